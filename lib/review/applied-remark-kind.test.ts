import { describe, expect, it } from "vitest";
import { appliedRemarkKind, coversAnswered } from "./applied-remark-kind";
import { classifyComment } from "./classify-comment";
import { reviewPatchThread } from "./review-patch-thread";

// Modelled on iio maintainer replies that apply a patch and say what they changed or still think.
const TWEAKED =
  "I tweaked a little bit below to drop the select for REGULATOR.\nThat should be unnecessary.\n\nApplied to the togreg branch of widget.git and pushed out as testing.";
const ASIDE = "The error path in probe leaks the regmap and needs fixing.\n\nApplied to the togreg branch of widget.git.";
const FOLLOW_UP = "I fixed up the typo whilst applying, but please send a follow-up patch dropping the unused lock.";

describe("appliedRemarkKind", () => {
  it("reads the applier's description of an edit made while applying as a note", () => {
    expect(classifyComment(TWEAKED)).toBe("objection");
    expect(appliedRemarkKind("objection", TWEAKED, "answered")).toBe("other");
    expect(appliedRemarkKind("nit", "One minor thing I'll fix up whilst applying.", "series")).toBe("other");
    expect(appliedRemarkKind("objection", "Applied with these tweaks to the togreg branch of widget.git.", "answered")).toBe("other");
  });

  it("reads the diff a new version made to the tree as a note", () => {
    const updated = "Thanks, I updated foo-unstable to this version.  Here's how that altered\nfoo.git:\n\n foo/bar.c | 4 ++--\n 1 file changed";
    expect(appliedRemarkKind("objection", updated, "answered")).toBe("other");
    expect(appliedRemarkKind("nit", "Below is how v3 altered foo.git:", "series")).toBe("other");
  });

  it("caps any other request in the notice at a nit", () => {
    expect(classifyComment(ASIDE)).toBe("objection");
    expect(appliedRemarkKind("objection", ASIDE, "answered")).toBe("nit");
    // A follow-up asked for beside the edit is still a request.
    expect(appliedRemarkKind("objection", FOLLOW_UP, "answered")).toBe("nit");
  });

  it("leaves kinds alone without a notice covering the answered patch, and never raises one", () => {
    expect(appliedRemarkKind("objection", ASIDE, null)).toBe("objection");
    // "Applied 1-3" under patch 4 may still object to patch 4.
    expect(appliedRemarkKind("objection", ASIDE, [1, 2, 3])).toBe("objection");
    expect(appliedRemarkKind("ack", "Applied, thanks.", "answered")).toBe("ack");
    expect(appliedRemarkKind("question", "Applied. Does this need a Fixes tag?", "answered")).toBe("question");
    expect(appliedRemarkKind("other", TWEAKED, "answered")).toBe("other");
  });
});

describe("reviewPatchThread with an applied notice", () => {
  const patch = {
    messageId: "p1@example.org",
    author: { name: "Ann Author", email: "ann@example.org" },
    version: 1,
    body: "widget: add probe\n\nSigned-off-by: Ann Author <ann@example.org>\n",
    diffText: "--- a/drivers/widget.c\n+++ b/drivers/widget.c\n@@ -1,2 +1,3 @@\n int a;\n+int b;\n int c;\n",
  };
  const reply = (id: string, body: string) => ({
    messageId: id,
    from: { name: "Maintainer", email: "maint@example.org" },
    date: "2024-01-02T00:00:00Z",
    body,
    inReplyTo: "p1@example.org",
  });

  it("holds no open objection in the applier's notice, but keeps one in a plain review", () => {
    const out = reviewPatchThread({ patch, replies: [reply("r1@example.org", `On Mon, Ann wrote:\n> +int b;\n\n${ASIDE}\n`)] });
    expect(out.map((c) => c.kind)).toEqual(["nit"]);
    const plain = reviewPatchThread({ patch, replies: [reply("r2@example.org", `On Mon, Ann wrote:\n> +int b;\n\n${ASIDE.split("\n\n")[0]}\n`)] });
    expect(plain.map((c) => c.kind)).toEqual(["objection"]);
  });

  it("reads 'these two patches' as the whole series when the posting has two", () => {
    const notice = "The error path in probe leaks the regmap and needs fixing.\n\nApplied these two patches to the togreg branch of widget.git.";
    const replies = [reply("r3@example.org", `On Mon, Ann wrote:\n> +int b;\n\n${notice}\n`)];
    expect(reviewPatchThread({ patch: { ...patch, number: 1, total: 2 }, replies }).map((c) => c.kind)).toEqual(["nit"]);
    // Out of three, "these two" names some patches, not which: the remark keeps its kind.
    expect(reviewPatchThread({ patch: { ...patch, number: 1, total: 3 }, replies }).map((c) => c.kind)).toEqual(["objection"]);
  });
});

describe("appliedRemarkKind with a notice naming patch numbers", () => {
  const NUMBERED = "Patches 1 & 2 applied! Patch 3 needs to go to the SoC tree, and the driver should drop the lock.";

  it("caps remarks under a patch the notice names, and only there", () => {
    expect(appliedRemarkKind("objection", NUMBERED, [1, 2], 2)).toBe("nit");
    expect(appliedRemarkKind("objection", NUMBERED, [1, 2], 3)).toBe("objection");
    // Without the answered patch's number the numbers cover nothing.
    expect(appliedRemarkKind("objection", NUMBERED, [1, 2], null)).toBe("objection");
    expect(coversAnswered([1, 2], 1)).toBe(true);
    expect(coversAnswered([], 1)).toBe(false);
  });

  it("reviewPatchThread caps the remark under the patch a numbered notice names, from the patch's number", () => {
    const body = "Patches 1 & 2 applied!\n\n> +int b;\n\nThe error path in probe leaks the regmap and needs fixing.\n";
    const reply = { messageId: "r3@example.org", from: { name: "Maintainer", email: "maint@example.org" }, date: "2024-01-02T00:00:00Z", body, inReplyTo: "p2@example.org" };
    const patch = (number: number) => ({
      messageId: "p2@example.org",
      author: { name: "Ann Author", email: "ann@example.org" },
      version: 1,
      number,
      body: "widget: add probe\n\nSigned-off-by: Ann Author <ann@example.org>\n",
      diffText: "--- a/drivers/widget.c\n+++ b/drivers/widget.c\n@@ -1,2 +1,3 @@\n int a;\n+int b;\n int c;\n",
    });
    // The notice line is a remark of its own (an ack, as "Applied, thanks." is); the one on the code follows it.
    const kinds = (number: number) => reviewPatchThread({ patch: patch(number), replies: [reply] }).map((c) => c.kind);
    expect(kinds(2)).toEqual(["ack", "nit"]);
    expect(kinds(3)).toEqual(["ack", "objection"]);
  });
});
