// Remarks and answers as they were read wrong on lists the rules had never seen (rtc, samsung-soc): each
// fixture is our own wording of the shape found there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { classifyComment, matchCommentRule } from "./classify-comment";
import { classifyResponse } from "./classify-response";
import { extractComments } from "./extract-comments";
import { withBracesExpanded } from "./resolve-comment";
import { correctsQuotedWord, reviewPatchThread } from "./review-patch-thread";

describe("remark kinds", () => {
  it("reads a question mark trailed by an ellipsis as a question, not an aside's '?)'", () => {
    expect(classifyComment("Couldn't that have gone into the earlier cleanup series?...")).toBe("question");
    expect(classifyComment("You tested this on the old board?\u2026")).toBe("question");
    expect(classifyComment("This is (was?) the usual practice for such blocks.")).toBe("other");
  });

  it("reads an instruction after a reminder ('As I said before, drop this.') as one", () => {
    expect(classifyComment("As I said before, drop this. It cannot work once the binding is a schema.")).toBe("objection");
    expect(classifyComment("Again, remove the label.")).toBe("objection");
    expect(classifyComment("As I said, this was tested on two boards.")).toBe("other");
  });

  it("reads 'delete' as an instruction like 'remove'", () => {
    expect(classifyComment("Same, just delete the flag.")).toBe("objection");
    expect(classifyComment("Delete the whole wrapper, the core already does it.")).toBe("objection");
    // A diffstat's "delete mode 100644 <path>" line is no instruction.
    expect(classifyComment("The board is gone, nothing uses this.\n\n delete mode 100644 drivers/foo/bar.c")).toBe("other");
  });

  it("reads 'Prefer X' opening a sentence as a suggestion, and 'I would prefer' wrapped over two lines", () => {
    expect(classifyComment("That is a transport error as well. Prefer -EIO.")).toBe("nit");
    expect(classifyComment("Prefer a plain if/else over the ternary here.")).toBe("nit");
    expect(classifyComment("Most boards prefer the internal oscillator.")).toBe("other");
    // A line wrapped before "prefer" opens no sentence.
    expect(classifyComment("Subsystems differ in this, but most\nprefer one patch per driver.")).toBe("other");
    expect(classifyComment("These bounds are for the wall clock, I would\nprefer a field named for the alarm.")).toBe("nit");
  });

  it("reads patches said not to apply as an objection", () => {
    expect(classifyComment("No, your patches don't apply on top of foo-next.")).toBe("objection");
    expect(classifyComment("Those limits don't apply here, the part has no alarm.")).toBe("other");
  });

  it("reads a maintainer turning the change down as an objection", () => {
    expect(classifyComment("Unrelated change.")).toBe("objection");
    expect(classifyComment("This hunk looks unrelated to the cleanup and needs its own patch.")).toBe("objection");
    expect(classifyComment("This is not the correct solution, it breaks the alarm for every board with a watchdog.")).toBe("objection");
    expect(classifyComment("This is not how this is supposed to work: the feature does not depend on the board.")).toBe("objection");
    expect(classifyComment("These changes won't apply, they need another base.")).toBe("objection");
    expect(classifyComment("The checker reports many warnings, so we\ncan't apply this.")).toBe("objection");
    // Setting a remark apart, or waiting: no rejection.
    expect(classifyComment("The buffer size limit is unrelated to the question of which queue to use.")).toBe("other");
    expect(classifyComment("Where do I get these tools? A search gives me\nsomething that looks completely unrelated.")).toBe("question");
    expect(classifyComment("I can't merge any of this at the moment, the merge window is open.")).toBe("other");
    expect(classifyComment("My own fixes are in my tree. They don't apply cleanly anymore, but the conflict is easy.")).toBe("other");
    expect(classifyComment("This crash looks completely unrelated:\n\n[   10.38] Unable to handle paging request")).toBe("other");
    expect(classifyComment("I take the DTS once the bindings are in. I\ncannot take it earlier, it would warn.")).toBe("other");
    expect(classifyComment("I cannot merge this either. This goes through the serial tree.")).toBe("other");
    expect(classifyComment("This is unrelated, but why is the above an unsigned long?")).toBe("question");
    expect(classifyComment("These are unrelated, you can ignore them.")).toBe("other");
    expect(classifyComment("Just to be sure: this is unrelated to the\nswitch to threaded IRQs, right?")).toBe("question");
  });

  it("reads leave to route the patch through another tree as no request", () => {
    expect(classifyComment("And please feel free to route it along with the rest of the series.")).toBe("other");
    expect(classifyComment("Please feel free to drop the wrapper, then.")).not.toBe("other");
  });

  it("reads 'does not belong' as a request: a nit when it is about the commit message", () => {
    expect(classifyComment("This paragraph doesn't belong in the commit message.")).toBe("nit");
    expect(classifyComment("This does not belong in the driver.")).toBe("objection");
    expect(classifyComment("I added a check to warn the user when the pushed commits do not belong to the branch.")).toBe("other");
    expect(classifyComment("Page cache doesn't belong to any process.")).toBe("other");
  });

  it("reads 'Pulled into <branch>' as the maintainer applying it", () => {
    expect(matchCommentRule("Thanks. Pulled into to clk-next")?.id).toBe("applied");
    expect(classifyComment("Pulled into soc/fixes, thanks.")).toBe("ack");
    expect(classifyComment("I pulled into the car park and the board died.")).toBe("other");
  });

  it("reads 'One member per line.' as a note on layout", () => {
    expect(classifyComment("One member per line. This hurts readability.")).toBe("nit");
    expect(classifyComment("One argument per line.")).toBe("nit");
  });

  it("reads a question put by name on a line of its own to someone else as not the author's to answer", () => {
    expect(classifyComment("Bob,\nwhat do you think?", "Alice Author")).toBe("other");
    expect(classifyComment("Bob, Carl,\ndo you have any objection to this?", "Alice Author")).toBe("other");
    expect(classifyComment("Alice,\nwhat do you think?", "Alice Author")).toBe("question");
    expect(classifyComment("Bob,\nwhy is this needed?", "Alice Author")).toBe("question");
  });
});

describe("answer kinds", () => {
  it("reads a change named with the revision it comes in as a promise ('Fix it in v9.')", () => {
    expect(classifyResponse("Fix it in v9.")).toBe("will-fix");
    expect(classifyResponse("Will change to u32 in next version.")).toBe("will-fix");
    expect(classifyResponse("Add it in v3? No, that would break bisect.")).not.toBe("will-fix");
    // A verb that opens no instruction, and a kernel release, name no revision of the patch.
    expect(classifyResponse("Correct: patch 4 will wait for v5.10 since it needs the DTS change.")).not.toBe("will-fix");
    expect(classifyResponse("Fix is fine, but the code in v6.9 was different and the reference was needed there.")).not.toBe("will-fix");
  });

  it("reads 'Yes, ...' to a yes/no question after an opening clause as an answer, not a promise", () => {
    const remark = "Out of curiosity, did you check the rollover from 2099 to 2100?";
    expect(classifyResponse("Yes, I checked the rollover and both edge values on the board.", remark)).toBe("explained");
    expect(classifyResponse("Yes, will add a check for it in v2.", remark)).toBe("will-fix");
  });

  it("reads 'Will describe/document/reword ...' as a promise", () => {
    expect(classifyResponse('Will describe it as "title: Foo A1 and A2 RTC".')).toBe("will-fix");
    expect(classifyResponse("Will document the units.")).toBe("will-fix");
    expect(classifyResponse("These are reserved bytes. Whenever we add a new flag we will\nreplace them with a meaning.")).not.toBe("will-fix");
    expect(classifyResponse("True, will convert it to dev_dbg() then.")).toBe("will-fix");
    // What the code will do is no promise.
    expect(classifyResponse("Fine with the name, but note that this property\nwill describe the slow charge only.")).not.toBe("will-fix");
  });
});

describe("remark text", () => {
  it("drops a Korean client's attribution line", () => {
    const body = ["2026. 3. 2. 오후 8:40에 Ann Writer 이(가) 쓴 글:", "> +\tfoo();", "", "Why is this needed?"].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Why is this needed?"]);
  });

  it("drops a quoted diff header's or comment's tail that lost its '>' to the client's wrapping", () => {
    const body = [
      ">diff --git a/drivers/foo/bar.c",
      "b/drivers/foo/bar.c",
      ">index 1111111..2222222 100644",
      ">+/* Keep the clock running across suspend",
      "*/",
      ">+static int bar;",
      "",
      "Looks fine.",
    ].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Looks fine."]);
  });
});

describe("a ditto under the next hunk", () => {
  const dev = { name: "Dev Author", email: "dev@example.com" };
  const rev = { name: "Rev One", email: "rev1@example.com" };
  const diff = [
    "diff --git a/drivers/rtc/rtc-demo.c b/drivers/rtc/rtc-demo.c",
    "--- a/drivers/rtc/rtc-demo.c",
    "+++ b/drivers/rtc/rtc-demo.c",
    "@@ -10,3 +10,5 @@ static int demo_probe(struct device *dev)",
    " \tint ret;",
    "+\tret = demo_read(dev);",
    "+\tif (ret) return ret;",
    " \treturn 0;",
    "@@ -40,3 +42,4 @@ static int demo_remove(struct device *dev)",
    " \tint ret;",
    "+\tif (ret) return ret;",
    " \treturn 0;",
  ].join("\n");
  const review = (ditto: string) =>
    [
      "> +\tif (ret) return ret;",
      "",
      "Please put the return on its own line: this breaks the error path reading.",
      "",
      "> +\tif (ret) return ret;",
      "",
      ditto,
    ].join("\n");
  const kinds = (ditto: string) =>
    reviewPatchThread({
      patch: { messageId: "p1@example.com", author: dev, version: 1, body: "", diffText: diff },
      replies: [{ messageId: "r1@example.com", from: rev, date: "2026-03-02T12:00:00Z", body: review(ditto), inReplyTo: "p1@example.com" }],
    }).map((c) => c.kind);

  it.each(["The same.", "And here.", "Here too.", "The same (unless the diff mangled it).", "Same problem as above..."])("%j says the remark above again", (ditto) => {
    const [first, second] = kinds(ditto);
    expect(first).not.toBe("other");
    expect(second).toBe(first);
  });

  it("reads a 'Same problem ...' with words of its own for those words", () => {
    expect(kinds("The same problem is in the other patches too, fix them all please.")[1]).toBe("objection");
  });

  it("reads a repeat after an ack or praise for itself: only a point to act on or answer is repeated", () => {
    const afterAck = (ditto: string) =>
      reviewPatchThread({
        patch: { messageId: "p1@example.com", author: dev, version: 1, body: "", diffText: diff },
        replies: [{ messageId: "r1@example.com", from: rev, date: "2026-03-02T12:00:00Z", body: ["> +\tret = demo_read(dev);", "", "Looks good.", "", "> +\tif (ret) return ret;", "", ditto].join("\n"), inReplyTo: "p1@example.com" }],
      }).map((c) => c.kind);
    expect(afterAck("Same issue as above regarding the shift.")).toEqual(["ack", "other"]);
    expect(afterAck("And here.")).toEqual(["ack", "other"]);
  });

  it("does not take 'Same comments as in patch 3' for the remark above: those were made elsewhere", () => {
    expect(kinds("Same comments as in patch 3.")[1]).toBe("other");
  });

  it("reads a remark opening 'Same' with words of its own for those words", () => {
    expect(kinds("Same area, but I like this one.")[1]).not.toBe(kinds("The same.")[0]);
  });
});

describe("a changelog line naming functions in brace form", () => {
  const nf = join(import.meta.dirname, "..", "..", "fixtures", "review", "new-file");
  const v1Text = readFileSync(join(nf, "v1.diff"), "utf8");
  const run = (changelogLine: string) =>
    reviewPatchThread({
      patch: { messageId: "p1@example.com", author: { name: "Dev Author", email: "dev@example.com" }, version: 1, body: "", diffText: v1Text },
      replies: [{ messageId: "r1@example.com", from: { name: "Rev One", email: "rev1@example.com" }, date: "2026-03-02T12:00:00Z", body: readFileSync(join(nf, "review.txt"), "utf8"), inReplyTo: "p1@example.com" }],
      // The next revision's code is the same: only the changelog can say the remark was handled.
      next: { version: 2, files: parseUnifiedDiff(v1Text).files },
      changelog: [{ text: changelogLine, credits: ["Rev One"] }],
    })
      .filter((c) => c.anchor?.function === "foo_read_volt")
      .map((c) => c.resolution.status);

  it("credits the remark on one of the functions it stands for", () => {
    expect(run("Reworked foo_read_{volt,temp}() as Rev One asked")).toEqual(["addressed", "addressed"]);
    expect(run("Reworked foo_read_{curr,temp}() as Rev One asked")).toEqual(["unaddressed", "unaddressed"]);
  });

  it("expands braces with a prefix, a suffix or neither, and leaves other braces alone", () => {
    expect(withBracesExpanded("Rename dev_{rd,wr}_reg()")).toContain("dev_rd_reg, dev_wr_reg");
    expect(withBracesExpanded("Add {min,max}_uV")).toContain("min_uV, max_uV");
    expect(withBracesExpanded("Use {} to zero the struct")).toBe("Use {} to zero the struct");
  });
});

describe("a short reply under a quoted line", () => {
  it("is no spelling fix when it holds a reply word ('Ok then.' under '... them', 'Will fix.' under '... wil')", () => {
    expect(correctsQuotedWord("Ok then.", [{ text: "so we can drop both of them" }])).toBe(false);
    expect(correctsQuotedWord("Will fix.", [{ text: "the fox wil jump" }])).toBe(false);
    // A word alone still corrects the quoted one: "than" under "> bigger then".
    expect(correctsQuotedWord("than", [{ text: "it is bigger then the limit" }])).toBe(true);
  });
});
