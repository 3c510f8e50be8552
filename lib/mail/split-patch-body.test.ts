import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { hostileDiffBody, hostileTrailerBlockPatch } from "../../test/hostile-inputs";
import { parseMessage } from "./parse-message";
import { extractDiff, extractReplyTrailers, hasDiff, isOriginalMessageLine, splitPatchBody } from "./split-patch-body";

const GIT_DIFF = [
  "diff --git a/f.c b/f.c",
  "index 1..2 100644",
  "--- a/f.c",
  "+++ b/f.c",
  "@@ -1,2 +1,2 @@ int main(void)",
  " a",
  "-b",
  "+c",
].join("\n");

describe("splitPatchBody", () => {
  it("splits message, trailers, notes, diffstat and diff, dropping the signature", () => {
    const body = [
      "Fix the thing.", "", "More words.", "", "Acked-by: A <a@x.org>", "Signed-off-by: S <s@x.org>", "---",
      "v2: reworded", "", " f.c | 2 +-", " 1 file changed, 1 insertion(+), 1 deletion(-)", "", GIT_DIFF, "-- ", "2.43.0", "",
    ].join("\n");
    const p = splitPatchBody(body);
    expect(p.commitMessage).toBe("Fix the thing.\n\nMore words.");
    expect(p.trailers.map((t) => t.kind)).toEqual(["Acked-by", "Signed-off-by"]);
    expect(p.notes).toBe("v2: reworded");
    expect(p.diffstat).toBe(" f.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)");
    expect(p.diff).toBe(`${GIT_DIFF}\n`);
  });

  it("splits a patch with no --- line", () => {
    const p = splitPatchBody(`Message.\n\nSigned-off-by: S <s@x.org>\n\n${GIT_DIFF}\n`);
    expect(p.commitMessage).toBe("Message.");
    expect(p.trailers).toHaveLength(1);
    expect(p.diff).toBe(`${GIT_DIFF}\n`);
    expect(p.notes).toBe("");
  });

  it("reads svn-style Index: diffs", () => {
    const svn = "Index: a.c\n===================================================================\n--- a.c\t(revision 1)\n+++ a.c\t(working copy)\n@@ -1 +1 @@\n-x\n+y\n";
    expect(extractDiff(`Hi\n\n${svn}`)).toBe(svn);
  });

  it("stops the diff at a list footer and keeps `-- ` lines that the hunk counts", () => {
    const diff = "--- a/m\n+++ b/m\n@@ -1,3 +1,2 @@\n a\n-- \n b\n";
    expect(extractDiff(`${diff}\n_______________\nList mailing list\n`)).toBe(diff);
  });

  it("keeps a whitespace-mangled hunk whose blank context lost its space", () => {
    const d = extractDiff("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n");
    expect(d).toBe("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n");
  });

  it("finds a cover letter's diffstat and keeps it out of the text", () => {
    const p = splitPatchBody("Cover text.\n\nA (1):\n  x: y\n\n a.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n-- \n2.43\n");
    expect(p.diffstat).toBe(" a.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)");
    expect(p.commitMessage).toBe("Cover text.\n\nA (1):\n  x: y");
    expect(p.diff).toBe("");
  });

  it("has no diff, trailers or notes for plain text", () => {
    const p = splitPatchBody("Just a note.\nNo: trailer here really\n");
    expect(p.diff).toBe("");
    expect(hasDiff("Just a note.\n--- not a diff\n")).toBe(false);
    expect(p.commitMessage).toBe("Just a note.\nNo: trailer here really");
  });

  it("does not take a prose paragraph for trailers", () => {
    const p = splitPatchBody(`Intro.\n\nNote: this is prose.\n---\n${GIT_DIFF}\n`);
    expect(p.trailers).toEqual([]);
    expect(p.commitMessage).toBe("Intro.\n\nNote: this is prose.");
  });

  // How long the hostile bodies take is a figure of `npm run bench`; here, what comes out.
  it("reads hostile bodies: file headers without diffs, hunks claiming 99,999 lines", () => {
    const big = hostileDiffBody();
    const p = splitPatchBody(big);
    expect(p.trailers).toEqual([]);
    expect(p.diff.startsWith("--- a\n+++ b\n")).toBe(true);
    expect(extractReplyTrailers(big)).toEqual([]);
  });
});

describe("extractReplyTrailers", () => {
  it("ignores quoted trailers and trailers in diffs, keeps own ones", () => {
    const body = [
      "On Mon, X wrote:", "> Reviewed-by: Q <q@x.org>", ">", "Looks fine.", "", GIT_DIFF, "+Acked-by: In Diff <d@x.org>", "",
      "Reviewed-by: Me <me@x.org> # arm", "Cc: someone@x.org", "Random: thing", "-- ", "Acked-by: Sig <sig@x.org>",
    ].join("\n");
    const t = extractReplyTrailers(body);
    expect(t.map((x) => `${x.kind} ${x.person?.email} ${x.comment}`)).toEqual(["Reviewed-by me@x.org arm"]);
  });

  it("skips person trailers without an address", () => {
    expect(extractReplyTrailers("Reported-by: a bot somewhere\n")).toEqual([]);
  });
});

describe.skipIf(!haveCorpus)("splitPatchBody on lore/killable-vma patches", () => {
  const index = haveCorpus
    ? (JSON.parse(readFileSync(corpusPath("lore", "killable-vma", "index.json"), "utf8")) as {
        messages: Array<{ kind: string; subject: string; unquoted_trailers: string[]; copies: Array<{ file: string }> }>;
      })
    : { messages: [] };
  const patches = index.messages.filter((m) => m.kind === "patch");

  it.each(patches.map((p) => ({ ...p, name: p.subject })))("$name", async (msg) => {
    const res = await parseMessage(readFileSync(corpusPath("lore", "killable-vma", msg.copies[0]!.file)));
    if (!res.ok) throw new Error(res.reason);
    const p = splitPatchBody(res.message.body);
    expect(p.diff.startsWith("diff --git ")).toBe(true);
    expect(p.diff).not.toMatch(/\n-- \n2\.\d+/); // git's signature is not part of the diff
    expect(p.diffstat).toMatch(/\d+ files? changed/);
    expect(p.commitMessage.length).toBeGreaterThan(20);
    expect(p.commitMessage).not.toMatch(/Signed-off-by:/);
    expect(p.trailers.map((t) => `${t.kind}: ${t.value}`)).toEqual(msg.unquoted_trailers);
    // Each file in the diffstat has its diff.
    const statFiles = p.diffstat.split("\n").filter((l) => l.includes(" | ")).length;
    expect(p.diff.split("\n").filter((l) => l.startsWith("diff --git ")).length).toBe(statFiles);
  });
});

describe.skipIf(!haveCorpus)("splitPatchBody on public-inbox and b4 patches", () => {
  it.each(["data/0001.patch", "data/binary.patch", "solve/0001-simple-mod.patch", "solve/0002-rename-with-modifications.patch"])(
    "public-inbox/%s",
    async (f) => {
      const res = await parseMessage(readFileSync(corpusPath("public-inbox", f)));
      if (!res.ok) throw new Error(res.reason);
      const p = splitPatchBody(res.message.body);
      expect(p.diff.startsWith("diff --git ")).toBe(true);
      expect(p.diff).not.toContain("\n-- \n");
      expect(p.commitMessage).not.toContain("diff --git");
      expect(p.diffstat).toMatch(/\d+ files? changed/);
    },
  );

  it("b4 non-git patch with free text after --- keeps it as notes", async () => {
    const text = readFileSync(corpusPath("b4", "trailers-followup-non-git-patch-with-comments.mbox"), "utf8").split(/\n(?=From )/)[0]!;
    const res = await parseMessage(Buffer.from(text));
    if (!res.ok) throw new Error(res.reason);
    const p = splitPatchBody(res.message.body);
    expect(p.notes).toContain("no diffstat");
    expect(p.diff.startsWith("--- a/b4/junk.py\n+++ b/b4/junk.py\n")).toBe(true);
    expect(p.trailers.map((t) => t.kind)).toEqual(["Fixes", "Reviewed-by", "Link", "Signed-off-by"]);
  });

  it("patchwork/patches/*.patch bare diffs come back unchanged", () => {
    for (const f of readdirSync(corpusPath("patchwork", "patches"))) {
      const diff = readFileSync(corpusPath("patchwork", "patches", f), "utf8");
      expect(extractDiff(`Some message\n---\n${diff}-- \n2.1\n`)).toBe(diff);
    }
  });
});

describe("extractReplyTrailers: patches pasted into a reply", () => {
  const PASTED_PATCH = [
    "Subject: [PATCH] foo: fix the bar",
    "",
    "Fix the bar so the baz works.",
    "",
    "Reviewed-by: Old Reviewer <old@example.org>",
    "Signed-off-by: Paste Author <paste@example.org>",
    "---",
    " f.c | 2 +-",
    " 1 file changed, 1 insertion(+), 1 deletion(-)",
    "",
    GIT_DIFF,
  ].join("\n");
  const kinds = (body: string): string[] => extractReplyTrailers(body).map((t) => `${t.kind} ${t.person?.email ?? t.value}`);

  it("stops at a scissors line and skips the pasted patch up to the end of its diff", () => {
    for (const scissors of ["-- >8 --", "-- 8< --", "---8<---", "----- >8 -----", "-->8-- cut here"]) {
      const body = ["Looks right to me.", "", "Acked-by: Me Reviewer <me@example.org>", "", scissors, PASTED_PATCH, "", "With the above:", "Tested-by: Me Reviewer <me@example.org>"].join("\n");
      expect(kinds(body), scissors).toEqual(["Acked-by me@example.org", "Tested-by me@example.org"]);
    }
  });

  it("skips a patch after a `From <sha> Mon Sep 17` line, even when `---` precedes that line", () => {
    const body = ["See below.", "", "Acked-by: Me Reviewer <me@example.org>", "", "---", "From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001", "From: Paste Author <paste@example.org>", PASTED_PATCH].join("\n");
    expect(kinds(body)).toEqual(["Acked-by me@example.org"]);
  });

  it("drops the trailer block right above a `---` that leads to a diff (a patch pasted without scissors)", () => {
    const body = ["Updated version:", "", "Fix the bar.", "", "Acked-by: Some One <one@example.org>", "Signed-off-by: Me <me@example.org>", "---", " f.c | 2 +-", "", GIT_DIFF].join("\n");
    expect(kinds(body)).toEqual([]);
  });

  it("keeps only review trailers: no Signed-off-by, Reported-by, Suggested-by, Cc, Fixes, Link or Closes", () => {
    const body = [
      "Signed-off-by: A <a@example.org>", "Reported-by: kernel test robot <lkp@example.org>", "Closes: https://example.org/r/1",
      "Suggested-by: B <b@example.org>", "Fixes: 0123456789ab (\"x: y\")", "Link: https://example.org/x", "Cc: c@example.org",
      "Reviwed-by: D <d@example.org>", "Reported-and-tested-by: E <e@example.org>", "Nacked-by: F <f@example.org>",
    ].join("\n");
    expect(kinds(body)).toEqual(["Reviwed-by d@example.org", "Reported-and-tested-by e@example.org", "Nacked-by f@example.org"]);
  });

  it("gives trailers under a \"[PATCH ... k/N] title\" heading to patch k only", () => {
    const body = [
      "On Mon, Author wrote:", "> [PATCH v4 00/05] cover title", "", "Overall fine.", "", "Tested-by: Rev <rev@example.org>", "",
      "[PATCH v4 01/05] mm: first thing", "Acked-by: Rev <rev@example.org>", "",
      "[PATCH v4 03/05] mm: third thing", "I would rather not; but if you insist,", "Acked-by: Rev <rev@example.org>",
    ].join("\n");
    expect(extractReplyTrailers(body).map((t) => [t.kind, t.patch ?? null])).toEqual([["Tested-by", null], ["Acked-by", 1], ["Acked-by", 3]]);
  });

  // gpio's "For patches 1-4" / "patches 1, 2, 4 are" above a cover reply's tag (both were given to every patch).
  it("gives trailers right below a numbered lead-in the patches it names; the run below shares it", () => {
    const scopes = (body: string) => extractReplyTrailers(body).map((t) => [t.kind, t.patches ?? null, t.patch ?? null]);
    expect(scopes(["> cover text", "", "Thanks.", "For patches 1-4", "", "Reviewed-by: Rev <rev@example.org>"].join("\n")))
      .toEqual([["Reviewed-by", [1, 2, 3, 4], null]]);
    expect(scopes(["> cover text", "", "Let's proceed like this.", "patches 1, 2, 4 are", "Acked-by: Rev <rev@example.org>", "Tested-by: Rev <rev@example.org>"].join("\n")))
      .toEqual([["Acked-by", [1, 2, 4], null], ["Tested-by", [1, 2, 4], null]]);
    expect(scopes(["patch 1-2 are:", "Reviewed-by: Rev <rev@example.org>", "", "and patch 3 is:", "Acked-by: Rev <rev@example.org>", "", "Tested-by: Rev <rev@example.org>"].join("\n")))
      .toEqual([["Reviewed-by", [1, 2], null], ["Acked-by", [3], 3], ["Tested-by", null, null]]);
  });

  it("reads no scope from a remark on a patch, a quoted lead-in or one two paragraphs up", () => {
    const scopes = (body: string) => extractReplyTrailers(body).map((t) => t.patches ?? null);
    expect(scopes(["patch 3 needs work.", "Reviewed-by: Rev <rev@example.org>"].join("\n"))).toEqual([null]);
    expect(scopes(["After addressing a comment in patch 3:", "", "Reviewed-by: Rev <rev@example.org>"].join("\n"))).toEqual([null]);
    expect(scopes(["> For patches 1-4:", "Reviewed-by: Rev <rev@example.org>"].join("\n"))).toEqual([null]);
    expect(scopes(["For patches 1-4:", "", "", "Reviewed-by: Rev <rev@example.org>"].join("\n"))).toEqual([null]);
  });

  it("a lead-in outranks a patch heading above it", () => {
    const body = ["[PATCH v2 2/5] x: thing", "Looks fine.", "", "For patches 2-3:", "Acked-by: Rev <rev@example.org>"].join("\n");
    expect(extractReplyTrailers(body).map((t) => t.patches)).toEqual([[2, 3]]);
  });
});

describe("splitPatchBody: changelogs in the commit message", () => {
  it("moves a versioned changelog above the trailers into the notes", () => {
    const body = ["foo: replace the ids with pointers", "", "Long explanation.", "", "v2: Update the lookup to use pointers.", "", "Signed-off-by: A <a@example.org>", "Acked-by: B <b@example.org>", "", GIT_DIFF].join("\n");
    const p = splitPatchBody(body);
    expect(p.commitMessage).toBe("foo: replace the ids with pointers\n\nLong explanation.");
    expect(p.trailers.map((t) => t.kind)).toEqual(["Signed-off-by", "Acked-by"]);
    expect(p.notes).toBe("v2: Update the lookup to use pointers.");
  });

  it("finds the trailers above a changelog written below them, and keeps the --- notes", () => {
    const body = ["Explanation.", "", "Signed-off-by: A <a@example.org>", "v2->v3:", " - fix offsets", "v1->v2:", " - drop a helper", "---", "Notes here.", " f.c | 2 +-", " 1 file changed, 1 insertion(+), 1 deletion(-)", "", GIT_DIFF].join("\n");
    const p = splitPatchBody(body);
    expect(p.commitMessage).toBe("Explanation.");
    expect(p.trailers.map((t) => t.kind)).toEqual(["Signed-off-by"]);
    expect(p.notes).toBe("v2->v3:\n - fix offsets\nv1->v2:\n - drop a helper\n\nNotes here.");
  });

  it("moves \"changelog of v2:\" and \"Changed in v3:\" sections below the trailers into the notes", () => {
    const body = ["Explanation.", "", "Signed-off-by: A <a@example.org>", "", "Changed in v3:", " - wrap the log", "", "changelog of v2:", "", "   - one exit path", "---", " f.c | 2 +-", " 1 file changed, 1 insertion(+), 1 deletion(-)", "", GIT_DIFF].join("\n");
    const p = splitPatchBody(body);
    expect(p.commitMessage).toBe("Explanation.");
    expect(p.trailers.map((t) => t.kind)).toEqual(["Signed-off-by"]);
    expect(p.notes).toBe("Changed in v3:\n - wrap the log\n\nchangelog of v2:\n\n   - one exit path");
  });

  it("leaves a commit message's own \"Changes:\" list (no version) alone", () => {
    const body = ["Rework the driver.", "", "Changes:", "- convert to the new API", "- drop the old table", "", "Signed-off-by: A <a@example.org>", "", GIT_DIFF].join("\n");
    const p = splitPatchBody(body);
    expect(p.commitMessage).toContain("- drop the old table");
    expect(p.notes).toBe("");
  });
});

// gpio: "Please, fix your tools to be it like\nReviewed-by: Name <address@com>" shows the format, gives no tag.
// linux-integrity, linux-iio, linux-i2c: a lead-in and the tag on one line (5 such tags in 93,394 replies).
describe("extractReplyTrailers: a lead-in and its tag on one line", () => {
  const tags = (body: string) => extractReplyTrailers(body).map((t) => [t.kind, t.value, t.patches ?? null]);

  it("reads a condition or go-ahead before the tag as no scope", () => {
    expect(tags("> +\tfoo();\n\nMissing a check here.\n\nOtherwise, Reviewed-by: Ann Reviewer <ann@example.org>\n")).toEqual([
      ["Reviewed-by", "Ann Reviewer <ann@example.org>", null],
    ]);
    expect(tags("Looks good.\n\nYou can add my: Reviewed-by: Ann Reviewer <ann@example.org>\n")).toEqual([["Reviewed-by", "Ann Reviewer <ann@example.org>", null]]);
  });

  it("reads patch numbers before the tag as its scope, and the signature below as no part of it", () => {
    expect(tags("> [PATCH 10/12] leds: x\n\n10,12: Acked-by: Pat Maint <pat@example.org>\nPat\n")).toEqual([["Acked-by", "Pat Maint <pat@example.org>", [10, 12]]]);
    expect(tags("For patches 1-3: Reviewed-by: Ann Reviewer <ann@example.org>\n")).toEqual([["Reviewed-by", "Ann Reviewer <ann@example.org>", [1, 2, 3]]]);
  });

  it("leaves a tag quoted in a sentence", () => {
    expect(tags("The original patch had: Reviewed-by: Ann Reviewer <ann@example.org>\n")).toEqual([]);
    expect(tags("Please drop this, Acked-by: Ann Reviewer <ann@example.org>\n")).toEqual([]);
  });
});

describe("extractReplyTrailers: a tag written as a template", () => {
  it("is nobody's tag, while a real person's mistyped address still is theirs", () => {
    const kinds = (body: string) => extractReplyTrailers(body).map((t) => `${t.kind} ${t.person?.name}`);
    expect(kinds("It's not the first time your tag goes like this. Please fix your tools:\nReviewed-by: Name <address@com>\n(one line)\n")).toEqual([]);
    expect(kinds("Use this form:\n\nAcked-by: Your Name <your.email@example.org>\n")).toEqual([]);
    expect(kinds("Looks good.\n\nAcked-by: Mathieu Poirier <mathieu.poirier@linaro>\n")).toEqual(["Acked-by Mathieu Poirier"]);
  });
});

// gpio S1087 v2: "BR,\n  Richard\nSigned-off-by: ..." with no blank line before the sign-off; s390 had 58
// patches whose trailers were all lost the same way.
describe("splitPatchBody: trailers at the end of the last paragraph", () => {
  it("reads the trailing trailer lines with a Signed-off-by as the trailer block, the words above stay", () => {
    const body = ["I have fixed the warnings.", "", "BR,", "  Richard", "Signed-off-by: Richard Hsu <richard@example.org>", "---", " a.c | 1 +", "", "diff --git a/a.c b/a.c", "--- a/a.c", "+++ b/a.c", "@@ -1 +1,2 @@", " int a;", "+int b;", ""].join("\n");
    const parts = splitPatchBody(body);
    expect(parts.trailers.map((t) => t.kind)).toEqual(["Signed-off-by"]);
    expect(parts.commitMessage).toContain("Richard");
    // Without a Signed-off-by, or under a quarter of the paragraph, prose ending in "Word: value" stays prose.
    const prose = ["The fix:", "first we take the lock", "then we drop it", "and finally we check", "Note: this is safe", "---", " a.c | 1 +", "", "diff --git a/a.c b/a.c", "--- a/a.c", "+++ b/a.c", "@@ -1 +1,2 @@", " int a;", "+int b;", ""].join("\n");
    expect(splitPatchBody(prose).trailers).toEqual([]);
  });
});

describe("isOriginalMessageLine", () => {
  it("knows Outlook's line in English and in localised clients, and nothing else with dashes", () => {
    for (const line of ["-----Original Message-----", "-----Ursprüngliche Nachricht-----", "----- Message d'origine -----", "-----原始邮件-----"]) {
      expect(isOriginalMessageLine(line)).toBe(true);
    }
    for (const line of ["---", "-----BEGIN PGP SIGNATURE-----", "-- Original message follows --x", "Original Message"]) {
      expect(isOriginalMessageLine(line)).toBe(false);
    }
  });
});

// Patches whose whole trailer block was lost because something interrupted or followed it (linux-mmc audit).
describe("splitPatchBody: the commit message's last trailer block", () => {
  const DIFF = ["diff --git a/a.c b/a.c", "--- a/a.c", "+++ b/a.c", "@@ -1 +1,2 @@", " int a;", "+int b;", ""];
  const patch = (...msg: string[]) => [...msg, " a.c | 1 +", " 1 file changed, 1 insertion(+)", "", ...DIFF].join("\n");
  const kinds = (body: string) => splitPatchBody(body).trailers.map((t) => `${t.kind} ${t.person?.email ?? t.value}`);

  it("reads a block with \"[name: note]\" lines, one or wrapped over several, and one opening it", () => {
    const body = patch("Add the clocks.", "", "[ann: first version]", "Signed-off-by: Ann <ann@x.org>", "[bob: added the", "  other clocks and", "fixed the end]", "Signed-off-by: Bob <bob@x.org>", "---");
    expect(kinds(body)).toEqual(["Signed-off-by ann@x.org", "Signed-off-by bob@x.org"]);
    expect(splitPatchBody(body).commitMessage).toBe("Add the clocks.");
  });

  it("joins a Closes: URL wrapped over lines without indent, and a wrapped Fixes title", () => {
    const url = "https://mail.example.com/?url=https%3A%2F%2Flore.kernel.org%2Fall%2F2025051602.ABC-lkp%40x.com";
    const body = patch(
      "Fix warnings.", "", "Fixes: 0123456789ab (\"drv: widen the tuning", "window\")", "Reported-by: Robot <robot@x.org>", "Closes:",
      url.slice(0, 64), url.slice(64), "Signed-off-by: Ann <ann@x.org>", "---",
    );
    const t = splitPatchBody(body).trailers;
    expect(t.map((x) => x.kind)).toEqual(["Fixes", "Reported-by", "Closes", "Signed-off-by"]);
    expect(t[0]!.value).toBe("0123456789ab (\"drv: widen the tuning window\")");
    expect(t[2]!.value).toBe(url);
  });

  it("looks through footnotes and a changelog between the trailers and ---", () => {
    const foot = patch("A recent update [1] broke it.", "", "Reported-by: Ann <ann@x.org>", "Signed-off-by: Bob <bob@x.org>", "", "[1] 0123456789ab (\"arm64: new memcpy\")", "---");
    expect(kinds(foot)).toEqual(["Reported-by ann@x.org", "Signed-off-by bob@x.org"]);
    expect(splitPatchBody(foot).commitMessage).toBe("A recent update [1] broke it.\n\n[1] 0123456789ab (\"arm64: new memcpy\")");
    const log = patch("Clean up.", "", "Signed-off-by: Bob <bob@x.org>", "Reviewed-by: Cy <cy@x.org>", "", "Changelog:", "V3--V4:", "    1. use NULL", "", "---");
    expect(kinds(log)).toEqual(["Signed-off-by bob@x.org", "Reviewed-by cy@x.org"]);
    expect(splitPatchBody(log).notes).toBe("Changelog:\nV3--V4:\n    1. use NULL");
  });

  it("ends the message at a \"--\" (or \"----\", \"--- note\", an em dash) right below the trailers, not at \"-- \"", () => {
    for (const dash of ["--", "----", "--- add ids", "\u2014--"]) {
      const body = patch("Enable it.", "", "Signed-off-by: Bob <bob@x.org>", dash, "", "Updates in V21:", " - reset fixed", "", "---");
      expect(kinds(body)).toEqual(["Signed-off-by bob@x.org"]);
      expect(splitPatchBody(body).notes).toContain("Updates in V21:");
    }
    // The signature separator is no cut: the old reading (no trailer block ends the message) stands.
    expect(kinds(patch("Enable it.", "", "Signed-off-by: Bob <bob@x.org>", "-- ", "Bob", "", "Updates in V21:", "---"))).toEqual([]);
  });

  it("reads a person key glued to its value and a sign-off ending a long paragraph", () => {
    expect(kinds(patch("Fix the lock.", "", "Signed-off-by:Ann Lee<ann@x.org>", "---"))).toEqual(["Signed-off-by ann@x.org"]);
    const log = patch("Crash:", "[  1.0] el0_svc+0x38/0x68", "[  1.1] el0t_64_sync+0x1a8/0x1ac", "[  1.2] ret_from_fork+0x10/0x20", "[  1.3] kthread+0x10/0x20", "Signed-off-by: Ann <ann@x.org>", "---");
    expect(kinds(log)).toEqual(["Signed-off-by ann@x.org"]);
  });

  it("takes no trailers from prose, from a paragraph of trailers without a sign-off, or above other trailer lines", () => {
    // A sentence wrapped so a line opens with a key is no block.
    expect(kinds(patch("Fix it.", "", "Signed-off-by: Ann <ann@x.org> and as", "Reported-by: Bob in the bug, this is", "the fix.", "", "[1] https://x.org/bug", "---"))).toEqual([]);
    // No Signed-off-by in the paragraph above the text: nothing is looked through.
    expect(kinds(patch("Fix it.", "", "Cc: Ann <ann@x.org>", "", "Some notes for reviewers.", "---"))).toEqual([]);
    // A trailer line in the text below stops the search.
    expect(kinds(patch("Fix it.", "", "Signed-off-by: Ann <ann@x.org>", "", "Notes:", "Tested-by: someone later", "maybe", "---"))).toEqual([]);
    // A cover letter (no diff) is not looked through.
    expect(splitPatchBody("Series.\n\nSigned-off-by: Ann <ann@x.org>\n\nThanks for looking.\n").trailers).toEqual([]);
  });

  it("keeps text under trailers that open the message in the message", () => {
    const p = splitPatchBody(patch("Signed-off-by: Ann <ann@x.org>", "", "Fix the mask.", "---"));
    expect(p.trailers).toHaveLength(1);
    expect(p.commitMessage).toBe("Fix the mask.");
    expect(p.notes).toBe("");
  });
});

describe("splitPatchBody: hostile trailer-like text", () => {
  it("reads unclosed notes, wrapped URLs and dash lines", () => {
    const p = splitPatchBody(hostileTrailerBlockPatch());
    // The trailer block is the last Link and the sign-off above "--"; the 20,000 split "Closes:" lines are notes.
    expect(p.trailers.map((t) => t.kind)).toEqual(["Link", "Signed-off-by"]);
    expect(p.notes.split("\n").filter((l) => l === "Closes:")).toHaveLength(20_000);
    expect(p.diff).toBe("diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1 +1 @@\n-a\n+b\n");
  });
});

// linux-serial audits: the author's sign-off written below the first "---" (S2322), a key-less
// "Name <address>" line inside the trailer block (S1761), a web mailer's wrapped diff lines (S851).
describe("splitPatchBody: trailers and diffs left by mistakes", () => {
  const DIFF = "diff --git a/f.c b/f.c\nindex 1..2 100644\n--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n";
  const STAT = " f.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n";

  it("takes a signed trailer block closing the notes above a second '---' as the patch's trailers", () => {
    const p = splitPatchBody(`Use the managed helper.\n\n---\nv1->v2 changes\n1.foo returns the line\n\nSigned-off-by: Ann Bee <ann@example.org>\n---\n${STAT}${DIFF}`);
    expect(p.trailers.map((t) => `${t.kind}: ${t.person?.email}`)).toEqual(["Signed-off-by: ann@example.org"]);
    expect(p.notes).toBe("v1->v2 changes\n1.foo returns the line");
    expect(p.commitMessage).toBe("Use the managed helper.");
  });

  it("leaves such a block alone when the message has trailers or text follows the second '---'", () => {
    const own = splitPatchBody(`Fix.\n\nSigned-off-by: Ann Bee <ann@example.org>\n---\nAcked-by: Cy Dee <cy@example.org>\n---\n${STAT}${DIFF}`);
    expect(own.trailers.map((t) => t.kind)).toEqual(["Signed-off-by"]);
    const prose = splitPatchBody(`Fix.\n---\nSigned-off-by: Ann Bee <ann@example.org>\n---\nmore words\n${STAT}${DIFF}`);
    expect(prose.trailers).toEqual([]);
  });

  it("keeps the trailers around a key-less 'Name <address>' line", () => {
    const p = splitPatchBody(`Fix the id.\n\nFixes: 0123456789ab ("core: x")\nReported-by: Ann Bee <ann@example.org>\nAnn Bee <ann@example.org>\nSigned-off-by: Cy Dee <cy@example.org>\n---\n${STAT}${DIFF}`);
    expect(p.trailers.map((t) => t.kind)).toEqual(["Fixes", "Reported-by", "Signed-off-by"]);
    expect(p.commitMessage).toBe("Fix the id.");
    // Not between trailers: it stays text.
    expect(splitPatchBody(`Fix.\n\nAnn Bee <ann@example.org>\n\nSigned-off-by: Cy Dee <cy@example.org>\n---\n${DIFF}`).commitMessage).toBe("Fix.\n\nAnn Bee <ann@example.org>");
  });

  it("joins a web mailer's wrapped lines back into the diff", () => {
    const wrapped = [
      "diff --git a/f.c b/f.c", "index 1..2 100644", "--- a/f.c", "+++ b/f.c",
      "@@ -10,3 +10,3 @@ static void foo_write_lcr(struct", "foo_port *p, unsigned int lcr)", "",
      " static int foo(void)",
      "-       return request_irq(port->irq, foo_interrupt, IRQF_SHARED,", "\"uart-foo\", p);",
      "+       return request_irq(port->irq, foo_int, IRQF_SHARED, \"foo\", p);",
      "-- ", "2.17.1", "",
    ].join("\n");
    const d = splitPatchBody(`Fix.\n\nSigned-off-by: Ann <a@example.org>\n---\n${wrapped}`).diff;
    expect(d.split("\n")).toEqual([
      "diff --git a/f.c b/f.c", "index 1..2 100644", "--- a/f.c", "+++ b/f.c",
      "@@ -10,3 +10,3 @@ static void foo_write_lcr(struct foo_port *p, unsigned int lcr)", "",
      " static int foo(void)",
      "-       return request_irq(port->irq, foo_interrupt, IRQF_SHARED, \"uart-foo\", p);",
      "+       return request_irq(port->irq, foo_int, IRQF_SHARED, \"foo\", p);", "",
    ]);
    expect(extractDiff(`x\n${wrapped}`)).toBe(d);
    // A short line above is no wrap: the text below ends the diff.
    expect(splitPatchBody(`Fix.\n---\n${DIFF}thanks\n`).diff).toBe(DIFF);
  });
});

describe("splitPatchBody: a signed block ending in other lines, read as git reads one (linux-spi, linux-hwmon)", () => {
  it("reads the tags above a note written under the last one", () => {
    const p = splitPatchBody(`Use 4 bytes.\n\nSigned-off-by: Ann Roe <ann@example.org>\nReviewed-by: Bob Poe <bob@example.org>\nTested-by: Bob Poe <bob@example.org>\n* tested on a board with a looped back\ninterface.\n---\n${GIT_DIFF}\n`);
    expect(p.trailers.map((t) => t.kind)).toEqual(["Signed-off-by", "Reviewed-by", "Tested-by"]);
    expect(p.commitMessage).toBe("Use 4 bytes.");
  });
  it("reads the tags above a stray '...' line", () => {
    const p = splitPatchBody(`Add a getter.\n\nSigned-off-by: Ann Roe <ann@example.org>\nReviewed-by: Bob Poe <bob@example.org>\n...\nChanges in v2:\n- None\n---\n${GIT_DIFF}\n`);
    expect(p.trailers.map((t) => t.kind)).toEqual(["Signed-off-by", "Reviewed-by"]);
  });
  it("takes no paragraph with a lone sign-off among prose lines, nor one cut by '---'", () => {
    expect(splitPatchBody(`Intro.\n\nSigned-off-by: Ann Roe <ann@example.org>\nmore text here\nand here\nand more here\nand the end\n---\n${GIT_DIFF}\n`).trailers).toEqual([]);
  });
});

describe("splitPatchBody: a squashed commit's trailer block above the last one (linux-hwmon, platform-driver-x86)", () => {
  it("keeps the tags of the block above a short squashed subject and a repeated sign-off", () => {
    const p = splitPatchBody(`Add a driver.\n\nReviewed-by: Bob Poe <bob@example.org>\nSigned-off-by: Ann Roe <ann@example.org>\n\nAddress Cy's review\n\nSigned-off-by: Ann Roe <ann@example.org>\n---\n${GIT_DIFF}\n`);
    expect(p.trailers.map((t) => `${t.kind} ${t.person?.email}`)).toEqual(["Reviewed-by bob@example.org", "Signed-off-by ann@example.org"]);
  });
  it("takes nothing above when the sign-offs differ, the text between is long, or the block ends a paragraph of text", () => {
    const other = splitPatchBody(`Add a driver.\n\nReviewed-by: Bob Poe <bob@example.org>\nSigned-off-by: Dee Doe <dee@example.org>\n\nAddress Cy's review\n\nSigned-off-by: Ann Roe <ann@example.org>\n---\n${GIT_DIFF}\n`);
    expect(other.trailers.map((t) => t.kind)).toEqual(["Signed-off-by"]);
    const long = splitPatchBody(`Add a driver.\n\nReviewed-by: Bob Poe <bob@example.org>\nSigned-off-by: Ann Roe <ann@example.org>\n\nOne\ntwo\nthree\nfour\n\nSigned-off-by: Ann Roe <ann@example.org>\n---\n${GIT_DIFF}\n`);
    expect(long.trailers.map((t) => t.kind)).toEqual(["Signed-off-by"]);
  });
});

describe("extractReplyTrailers: a reply relaying another's mail (linux-crypto)", () => {
  it("marks the tags of a reply opening with an in-body From: with whom it relays", () => {
    const t = extractReplyTrailers("From: Ann Roe <ann@example.org>\n\nBob Poe wrote:\n> text\n\nWorks here.\n\nTested-by: Ann Roe <ann@example.org>\n");
    expect(t.map((x) => [x.kind, (x as { relayedFrom?: { email: string } }).relayedFrom?.email])).toEqual([["Tested-by", "ann@example.org"]]);
    expect(extractReplyTrailers("Works here.\n\nTested-by: Ann Roe <ann@example.org>\n").map((x) => "relayedFrom" in x)).toEqual([false]);
  });
  it("reads a From: and Date: right above the quote as the answered mail's attribution, not a relay", () => {
    const t = extractReplyTrailers("From: Ann Roe <ann@example.org>\nDate: Mon, 3 Feb 2031 10:00:00 +0000\n> text\n> more\n\nReviewed-by: Cy Doe <cy@example.org>\n");
    expect(t.map((x) => [x.kind, x.person?.email, "relayedFrom" in x])).toEqual([["Reviewed-by", "cy@example.org", false]]);
    // A relay may still give the date of the mail it passes on: own text below, not a quote.
    const relay = extractReplyTrailers("From: Ann Roe <ann@example.org>\nDate: Mon, 3 Feb 2031 10:00:00 +0000\n\nWorks here.\n\nTested-by: Ann Roe <ann@example.org>\n");
    expect(relay.map((x) => (x as { relayedFrom?: { email: string } }).relayedFrom?.email)).toEqual(["ann@example.org"]);
  });
});

describe("splitPatchBody: a code fence closing the trailer block (linux-edac)", () => {
  it("reads the tags above a '```' line and a changelog left in the commit message", () => {
    const p = splitPatchBody(`Fix the size.\n\nReported-by: Bob Poe <bob@example.org>\nSigned-off-by: Ann Roe <ann@example.org>\nReviewed-by: Cy Doe <cy@example.org>\nCc: stable@vger.kernel.org\n\`\`\`\nChanges in v2:\n1. Avoid a needless initialization.\n\nLinks:\nv1: https://lore.kernel.org/all/1@example.org/\n---\n${GIT_DIFF}\n`);
    expect(p.trailers.map((t) => t.kind)).toEqual(["Reported-by", "Signed-off-by", "Reviewed-by", "Cc"]);
    expect(p.notes).toContain("Changes in v2:");
    expect(p.commitMessage).toBe("Fix the size.");
  });
  it("takes no fence opening a paragraph of prose for a block", () => {
    expect(splitPatchBody(`Fix it:\n\`\`\`\nfoo: bar\n\`\`\`\n\nMore text.\n---\n${GIT_DIFF}\n`).trailers).toEqual([]);
  });
});

describe("extractReplyTrailers: a reminder listing the tags a patch got before (Rob Herring's bot)", () => {
  it("marks the tags under a 'Missing tags:' lead-in as reminded, and no other", () => {
    const t = extractReplyTrailers("On Mon, Ann Roe wrote:\n> Document the board.\n\nPlease add tags when posting new versions.\n\nMissing tags:\n\nAcked-by: Cy Doe <cy@example.org>\nReviewed-by: Dee Poe <dee@example.org>\n");
    expect(t.map((x) => [x.kind, (x as { reminded?: boolean }).reminded])).toEqual([["Acked-by", true], ["Reviewed-by", true]]);
    expect(extractReplyTrailers("Looks good.\n\nAcked-by: Cy Doe <cy@example.org>\n").map((x) => "reminded" in x)).toEqual([false]);
  });
});

describe("extractReplyTrailers: a commit's trailer chain pasted as an example (linux-remoteproc)", () => {
  it("reads no tag with another's sign-off below it in the same run", () => {
    const body = "For backports follow this pattern:\n\ne.g.\nSubject: [PATCH 5.10 1/1] foo: fix bar\n\nThe fix.\n\nSigned-off-by: Ann Roe <ann@example.org>\nReviewed-by: Bob Poe <bob@example.org>\nSigned-off-by: Cy Doe <cy@example.org>\nLink:\nhttps://lore.example.org/r/1@example.org\n\nSigned-off-by: Dee Poe <dee@example.org>\n---\n.....\n\nThanks,\nEd\n";
    expect(extractReplyTrailers(body)).toEqual([]);
    // The sender's own tag over his own sign-off stays his.
    expect(extractReplyTrailers("Looks good.\n\nReviewed-by: Bob Poe <bob@example.org>\nSigned-off-by: Bob Poe <bob@example.org>\n").map((t) => t.kind)).toEqual(["Reviewed-by"]);
  });
});
