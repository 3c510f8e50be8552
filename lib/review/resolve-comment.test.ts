import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { resolveComment, type RevisionCode } from "./resolve-comment";
import { reviewPatchThread } from "./review-patch-thread";

// A new driver (fixtures/review/new-file): remarks on a .rst line, a MAINTAINERS entry, the #include block
// and two lines of foo_read_volt(), resolved against variants of the next revision.
const nf = join(import.meta.dirname, "..", "..", "fixtures", "review", "new-file");
const v1Text = readFileSync(join(nf, "v1.diff"), "utf8");
const v2Text = readFileSync(join(nf, "v2.diff"), "utf8");
const dev = { name: "Dev Author", email: "dev@example.com" };

/** The remarks of review.txt on v1, resolved against `next`. */
function reviewAgainst(next: RevisionCode) {
  return reviewPatchThread({
    patch: { messageId: "p1@example.com", author: dev, version: 1, body: "", diffText: v1Text, files: parseUnifiedDiff(v1Text).files },
    replies: [
      {
        messageId: "r1@example.com",
        from: { name: "Rev One", email: "rev1@example.com" },
        date: "2026-03-02T12:00:00Z",
        body: readFileSync(join(nf, "review.txt"), "utf8"),
        inReplyTo: "p1@example.com",
      },
    ],
    next,
  });
}

function resolve(nextText: string) {
  return reviewAgainst({ version: 2, files: parseUnifiedDiff(nextText).files }).map((c) => [c.anchor?.path ?? null, c.anchor?.function ?? null, c.resolution.status]);
}

// The v1 diff with only foo.c's DIV_ROUND_CLOSEST change.
const onlyVolt = v1Text.replace("+\t*val = ret * 1000 / 64;", "+\t*val = DIV_ROUND_CLOSEST(ret * 1000, 64);");

describe("resolving remarks outside any function", () => {
  it("compares the file-scope lines with the next revision's, not 'obsolete' while the file is changed", () => {
    expect(resolve(v2Text)).toEqual([
      ["Documentation/hwmon/foo.rst", null, "addressed"],
      ["MAINTAINERS", null, "unaddressed"],
      ["drivers/hwmon/foo.c", null, "addressed"],
      ["drivers/hwmon/foo.c", "foo_read_volt", "addressed"],
      ["drivers/hwmon/foo.c", "foo_read_volt", "addressed"],
    ]);
  });

  it("an unchanged #include block is unaddressed even when another function of the new file changed", () => {
    expect(resolve(onlyVolt).map((r) => r[2])).toEqual(["unaddressed", "unaddressed", "unaddressed", "addressed", "addressed"]);
  });

  it("a remark on one function of a new file is compared with that function only", () => {
    const onlyTemp = v1Text.replace("+\t*val = ret * 125;", "+\t*val = ret * 125 / 2;");
    expect(resolve(onlyTemp).slice(3).map((r) => r[2])).toEqual(["unaddressed", "unaddressed"]);
  });

  it("finds the same lines where the next revision moved them (an entry put in alphabetic order)", () => {
    const moved = v1Text.replace("@@ -200,6 +200,12 @@ CONTROL GROUP", "@@ -90,6 +90,12 @@ CONTROL GROUP");
    expect(resolve(moved)[1]).toEqual(["MAINTAINERS", null, "unaddressed"]);
  });

  it("is obsolete when the file, or that part of it, is no longer changed", () => {
    const withoutFooC = v2Text.slice(0, v2Text.indexOf("diff --git a/drivers/hwmon/foo.c"));
    expect(resolve(withoutFooC).slice(2).map((r) => r[2])).toEqual(["obsolete", "obsolete", "obsolete"]);
    const otherEntry = v2Text
      .replace("@@ -200,6 +200,12 @@", "@@ -900,6 +900,12 @@")
      .replace(/\+FOO HARDWARE MONITOR DRIVER\n\+M:\tDev Author <dev@example.com>\n\+L:\tlinux-hwmon@vger.kernel.org\n\+S:\tMaintained\n\+F:\tdrivers\/hwmon\/foo.c/, "+BAR DRIVER\n+M:\tBar Person <bar@example.com>\n+L:\tlinux-kernel@vger.kernel.org\n+S:\tOdd Fixes\n+F:\tdrivers/bar/bar.c")
      .replace(/ F:\tmm\/memcontrol.c\n F:\tmm\/swap_cgroup.c/, " F:\tkernel/other.c\n F:\tkernel/other.h")
      .replace(/ GPIO SUBSYSTEM\n M:\tSomeone Else <else@example.com>/, " HID CORE\n M:\tThird Person <third@example.com>");
    expect(resolve(otherEntry)[1]).toEqual(["MAINTAINERS", null, "obsolete"]);
  });
});

describe("resolving remarks whose code moved to another patch of the next revision", () => {
  const fooC = (text: string) => text.slice(text.indexOf("diff --git a/drivers/hwmon/foo.c"));
  const withoutFooC = (text: string) => text.slice(0, text.indexOf("diff --git a/drivers/hwmon/foo.c"));
  // The next revision split the driver out: its matched patch keeps the docs and MAINTAINERS, a sibling the code.
  function resolveSplit(sibling: string) {
    const cs = reviewAgainst({ version: 2, files: parseUnifiedDiff(withoutFooC(v2Text)).files, others: [{ files: parseUnifiedDiff(sibling).files }] });
    return cs.filter((c) => c.anchor?.function === "foo_read_volt").map((c) => [c.resolution.status, c.resolution.evidence]);
  }

  it("compares with the sibling patch that now carries the function: unchanged there is unaddressed", () => {
    expect(resolveSplit(fooC(v1Text)).map((r) => r[0])).toEqual(["unaddressed", "unaddressed"]);
  });

  it("changed there is addressed, and the evidence says the code moved", () => {
    const statuses = resolveSplit(fooC(v2Text));
    expect(statuses.map((r) => r[0])).toEqual(["addressed", "addressed"]);
    expect(statuses[0]![1]).toContain("moved to another patch");
  });

  it("a sibling that changes other lines of that function is not where the remarked code went", () => {
    const otherLines = fooC(v1Text).replace(
      /\+static int foo_read_volt\(struct i2c_client \*client, long \*val\)\n\+\{\n[\s\S]*?\n\+\}\n/,
      "+static int foo_read_volt(struct i2c_client *client, long *val)\n+{\n+\treturn foo_read_scaled(client, FOO_REG_VOLT, 1000, 64, val);\n+}\n",
    );
    expect(otherLines).not.toBe(fooC(v1Text));
    expect(resolveSplit(otherLines).map((r) => r[0])).toEqual(["obsolete", "obsolete"]);
  });
});

describe("resolveComment: the changelog line given as evidence", () => {
  it("prefers a credited change over a line that only records collected tags", () => {
    const out = resolveComment({
      comment: { text: "Please fix the typo in the subject.", kind: "nit", anchor: null, reviewer: "Lena Stokes" },
      old: { version: 2, files: [] },
      next: { version: 3, files: [] },
      response: { messageId: null, kind: "none", text: "" },
      changelog: [
        { text: "added Reviewed-by, per Liam Howard and Lena Stokes", credits: ["Liam Howard", "Lena Stokes"] },
        { text: "fixed cpusset -> cpuset, per Lena Stokes", credits: ["Lena Stokes"] },
      ],
    });
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("fixed cpusset -> cpuset");
  });

  it("a line that only records the reviewer's tag addresses none of the reviewer's requests", () => {
    const resolveWith = (line: string, credits: string[]) =>
      resolveComment({
        comment: { text: "Please split the locking change into a patch of its own.", kind: "objection", anchor: null, reviewer: "Lena Stokes" },
        old: { version: 2, files: [] },
        next: { version: 3, files: [] },
        response: { messageId: null, kind: "none", text: "" },
        changelog: [{ text: line, credits }],
      });
    for (const line of ["Included a review from Lena Stokes on the patches that did not change", "Collect review from Lena", "added tag (Lena)", "Add Lena's Acked-by", "Picked up the review tags from Lena"]) {
      const out = resolveWith(line, [line.includes("Stokes") ? "Lena Stokes" : "Lena"]);
      expect(out.status, line).toBe("unaddressed");
      expect(out.evidence, line).toContain("only for a tag");
    }
    // A line that records her tag and a change she asked for is more than a tag.
    expect(resolveWith("added tag (Lena), split out the locking change (Lena)", ["Lena"]).status).toBe("addressed");
    expect(resolveWith("Added Lena's R-b and added a sanity check to the unlock path", ["Lena"]).status).toBe("addressed");
    // A line crediting her for a change still addresses it.
    expect(resolveWith("Split out the locking change (Lena)", ["Lena"]).status).toBe("addressed");
  });
});

describe("resolveComment: remarks asking for nothing, answered remarks, first-name credits", () => {
  const general = (text: string, kind: "nit" | "question" | "ack" | "praise" | "other", response: { kind: "will-fix" | "none" | "explained"; text: string }, changelog: { text: string; credits: string[] }[] = []) =>
    resolveComment({
      comment: { text, kind, anchor: null, reviewer: "Mia Kestrel" },
      old: { version: 1, files: [] },
      next: { version: 2, files: [] },
      response: { messageId: response.kind === "none" ? null : "a@example.com", ...response },
      changelog,
    });

  it("an ack, praise or a reply in discussion is never unaddressed: the next revision supersedes it", () => {
    for (const kind of ["ack", "praise", "other"] as const) {
      const out = general("Looks good to me, thanks for the fix.", kind, { kind: "none", text: "" });
      expect(out.status).toBe("obsolete");
      expect(out.actionable).toBe(false);
    }
  });

  it("an actionable general remark the author promised to change is addressed by the next revision", () => {
    const out = general("Please describe the new locking in the commit message.", "nit", { kind: "will-fix", text: "Sure, I'll add that in the next version." });
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("posted v2");
  });

  it("an answer that only agrees promised nothing: explained, not addressed", () => {
    const out = general("Would a container runtime other than the default be useful?", "question", { kind: "will-fix", text: "Yes, probably. Although the samples talk to the kernel directly." });
    expect(out.status).toBe("explained");
  });

  it("a remark nobody answered and no changelog line credits stays unaddressed", () => {
    expect(general("Please split this patch.", "nit", { kind: "none", text: "" }).status).toBe("unaddressed");
  });

  it("a request to rebase is addressed by a changelog line saying the series was rebased, credited or not", () => {
    const rebased = [{ text: "Rebased onto for-next, no functional changes.", credits: [] }];
    expect(general("The patch doesn't apply. Could you please rebase and resend?", "nit", { kind: "none", text: "" }, rebased).status).toBe("addressed");
    expect(general("This version fails to apply to -next.", "nit", { kind: "none", text: "" }, rebased).status).toBe("addressed");
    // "I no longer apply patches" says who applies them; a line that only mentions a rebase in passing is no answer.
    expect(general("I no longer apply patches, please ask the new maintainer.", "nit", { kind: "none", text: "" }, rebased).status).toBe("unaddressed");
    expect(general("Please rebase onto for-next.", "nit", { kind: "none", text: "" }, [{ text: "Drop the patch that needed a rebase", credits: [] }]).status).toBe("unaddressed");
  });

  it("a changelog crediting the reviewer by first name ('[Mia]') addresses the remark", () => {
    const out = general("Please split this patch.", "nit", { kind: "none", text: "" }, [{ text: "Split the patch in two [Mia]", credits: ["Mia"] }]);
    expect(out.status).toBe("addressed");
    expect(out.details.changelog).toBe("Split the patch in two [Mia]");
  });
});

describe("resolveComment: a request to remove code that is gone, remarks asking for nothing", () => {
  // v1 adds a copy of widget_release() for one caller; v2 drops the copy and changes widget_release() instead.
  const v1 = [
    "--- a/drivers/misc/widget.c",
    "+++ b/drivers/misc/widget.c",
    "@@ -10,6 +10,16 @@ static void widget_release(struct widget *w)",
    " {",
    " \tkfree(w->buf);",
    " }",
    "+",
    "+static void widget_release_nested(struct widget *w)",
    "+{",
    "+\tspin_lock_nested(&w->lock, 1);",
    "+\tkfree(w->buf);",
    "+\tspin_unlock(&w->lock);",
    "+}",
    "+",
    " static int widget_open(struct widget *w)",
    " {",
    "",
  ].join("\n");
  const v2 = [
    "--- a/drivers/misc/widget.c",
    "+++ b/drivers/misc/widget.c",
    "@@ -8,7 +8,8 @@ struct widget;",
    " static void widget_release(struct widget *w)",
    " {",
    "+\tlockdep_assert_held(&w->lock);",
    " \tkfree(w->buf);",
    " }",
    "",
  ].join("\n");
  const anchor = { path: "drivers/misc/widget.c", hunk: 0, function: "widget_release_nested", line: 16 };
  const resolveOn = (text: string, kind: "objection" | "praise" | "ack", next: RevisionCode | null) =>
    resolveComment({
      comment: { text, kind, anchor: kind === "objection" ? anchor : null, reviewer: "Dana Miller" },
      old: { version: 1, files: parseUnifiedDiff(v1).files },
      next,
      response: { messageId: null, kind: "none", text: "" },
      changelog: [],
    });
  const next = { version: 2, files: parseUnifiedDiff(v2).files };

  it("a remark asking not to duplicate a function is addressed when the copy is gone", () => {
    const out = resolveOn("Do not duplicate an entire function just to adjust the lock nesting, please find a cleaner way.", "objection", next);
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("no longer added");
  });

  it("any other remark on code that is gone stays obsolete", () => {
    expect(resolveOn("This races with the interrupt handler taking the same lock.", "objection", next).status).toBe("obsolete");
    expect(resolveOn("Don't hesitate to add a blank line after the lock.", "objection", next).status).toBe("obsolete");
  });

  // linux-security-module: "I will fix it in v5", and v5's matched patch no longer touches the function: the
  // author moved the code as asked, not "obsolete". Without a matched patch nothing says where it went.
  it("a remark the author promised to act on is addressed when its code is gone from the matched patch", () => {
    const promised = (n: RevisionCode) =>
      resolveComment({
        comment: { text: "This races with the interrupt handler taking the same lock.", kind: "objection", anchor, reviewer: "Dana Miller" },
        old: { version: 1, files: parseUnifiedDiff(v1).files },
        next: n,
        response: { messageId: "a@example.com", kind: "will-fix", text: "You're right, I will take the lock in the caller instead." },
        changelog: [],
      });
    const out = promised(next);
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("the author agreed");
    expect(promised({ version: 2, files: [] }).status).toBe("obsolete");
  });

  it("an ack or praise has nothing to resolve on the latest revision either", () => {
    for (const kind of ["ack", "praise"] as const) {
      const latest = resolveOn("Thanks for the fix.", kind, null);
      expect(latest.status).toBe("obsolete");
      expect(latest.inVersion).toBeNull();
      expect(latest.evidence).toContain("nothing to resolve");
      expect(resolveOn("Thanks for the fix.", kind, next).status).toBe("obsolete");
    }
    // An ack the author promised to act on ("Otherwise this looks fine to me.") may carry a request: open.
    const promised = resolveComment({
      comment: { text: "Returning 0 here would be preferable. Otherwise this looks fine to me.", kind: "ack", anchor: null, reviewer: "Dana Miller" },
      old: { version: 1, files: [] },
      next: null,
      response: { messageId: "a@example.com", kind: "will-fix", text: "Good point, I'll return 0 in v2." },
      changelog: [],
    });
    expect(promised.status).toBe("open");
    // A remark that only copies someone in asks for nothing either.
    const cc = (text: string) =>
      resolveComment({ comment: { text, kind: "other", anchor: null, reviewer: "Dana Miller" }, old: { version: 1, files: [] }, next: null, response: { messageId: null, kind: "none", text: "" }, changelog: [] }).status;
    expect(cc("+Desmond")).toBe("obsolete");
    expect(cc("Adding Ann Lee to Cc.")).toBe("obsolete");
    expect(cc("Add locking.")).toBe("open");
    // A request on the latest revision is still open.
    expect(resolveOn("This races with the interrupt handler.", "objection", null).status).toBe("open");
  });
});

// linux-security-module: "use ksft_*() helpers in main", the author disagreed, and v3 reworked main() for
// other reasons: the change is not the remark's answer. A change that touches what the remark names is.
describe("a remark the author argued against", () => {
  const v1 = [
    "--- /dev/null",
    "+++ b/tools/bench.c",
    "@@ -0,0 +1,7 @@",
    "+int main(int argc, char *argv[])",
    "+{",
    "+\tint fd;",
    "+",
    "+\tfd = openat(dirfd, \".\", O_DIRECTORY);",
    "+\treturn fd < 0;",
    "+}",
    "",
  ].join("\n");
  const v2 = (body: string) =>
    ["--- /dev/null", "+++ b/tools/bench.c", "@@ -0,0 +1,7 @@", "+int main(int argc, char *argv[])", "+{", "+\tint fd;", "+", body, "+\treturn fd < 0;", "+}", ""].join("\n");
  const anchor = { path: "tools/bench.c", hunk: 0, function: "main", line: 5 };
  const resolveWith = (text: string, kind: "disagreed" | "explained" | "will-fix", nextBody: string) =>
    resolveComment({
      comment: { text, kind: "nit", anchor, reviewer: "Dana Miller" },
      old: { version: 1, files: parseUnifiedDiff(v1).files },
      next: { version: 2, files: parseUnifiedDiff(v2(nextBody)).files },
      response: { messageId: "a@example.com", kind, text: "I don't think these helpers bring any benefit here." },
      changelog: [],
    });
  const other = "+\tfd = openat(dirfd, \"file.txt\", O_CREAT | O_WRONLY);";

  it("is explained when the next revision's change does not touch the code it names", () => {
    const out = resolveWith("We should probably use ksft_*() helpers in main.", "disagreed", other);
    expect(out.status).toBe("explained");
    expect(out.evidence).toContain("ksft_");
  });

  it("is addressed when the change touches it, or when the author agreed", () => {
    expect(resolveWith("We should probably use ksft_*() helpers in main.", "disagreed", "+\tfd = ksft_open(dirfd);").status).toBe("addressed");
    expect(resolveWith("We should probably use ksft_*() helpers in main.", "will-fix", other).status).toBe("addressed");
    // A remark naming no code gives nothing to look for: the change counts.
    expect(resolveWith("This is not how benchmarks are usually written.", "disagreed", other).status).toBe("addressed");
  });
});

describe("resolveComment: remarks read as 'other' that the author promised to act on; answers when the code is gone (pwm audit)", () => {
  // v1 adds widget_probe() with two blank lines; v2 no longer adds widget_probe() (it went), v2b adds it unchanged.
  const v1 = [
    "--- a/drivers/misc/widget.c",
    "+++ b/drivers/misc/widget.c",
    "@@ -10,3 +10,9 @@ static int widget_open(struct widget *w)",
    " }",
    "+",
    "+static int widget_probe(struct widget *w)",
    "+{",
    "+",
    "+",
    "+\treturn widget_open(w);",
    "+}",
    "",
  ].join("\n");
  const v2 = ["--- a/drivers/misc/widget.c", "+++ b/drivers/misc/widget.c", "@@ -1,3 +1,4 @@", " #include <linux/io.h>", "+#include <linux/widget.h>", " ", " struct widget;", ""].join("\n");
  const anchor = { path: "drivers/misc/widget.c", hunk: 0, function: "widget_probe", line: 14 };
  const resolveOn = (text: string, kind: "other" | "question" | "ack", response: { kind: "will-fix" | "explained" | "none"; text: string }, nextText: string) =>
    resolveComment({
      comment: { text, kind, anchor, reviewer: "Dana Miller" },
      old: { version: 1, files: parseUnifiedDiff(v1).files },
      next: { version: 2, files: parseUnifiedDiff(nextText).files },
      response: { messageId: response.kind === "none" ? null : "a@example.com", ...response },
      changelog: [],
    });

  it("a terse remark the author promised to fix is addressed when the code is reworked away", () => {
    const out = resolveOn("A single empty line is enough.", "other", { kind: "will-fix", text: "Sorry, will fix." }, v2);
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("the author agreed");
  });

  it("a terse remark the author promised to fix is unaddressed when the lines are identical", () => {
    expect(resolveOn("A single empty line is enough.", "other", { kind: "will-fix", text: "Sorry, will fix." }, v1).status).toBe("unaddressed");
  });

  it("an ack the author thanked with a promise stays one asking for nothing", () => {
    expect(resolveOn("Looks okay.", "ack", { kind: "will-fix", text: "Will do." }, v1).status).toBe("obsolete");
  });

  it("a question the author answered in words is explained, not obsolete, when the code is no longer changed", () => {
    const out = resolveOn("Why two blank lines here?", "question", { kind: "explained", text: "The hardware needs the delay between the writes, that is why it is split." }, v2);
    expect(out.status).toBe("explained");
    expect(resolveOn("Why two blank lines here?", "question", { kind: "none", text: "" }, v2).status).toBe("obsolete");
  });
});

// A review of the commit message (modelled on linux-pwm's "s/caculation/calculation/" remarks): no code is
// remarked on, the commit message line is, and the next revision's message says whether it was reworded.
describe("remarks on the commit message", () => {
  const diff = "diff --git a/drivers/pwm/pwm-foo.c b/drivers/pwm/pwm-foo.c\n--- a/drivers/pwm/pwm-foo.c\n+++ b/drivers/pwm/pwm-foo.c\n@@ -10,3 +10,3 @@ static int foo_apply(void)\n \tint a;\n-\ta = 1;\n+\ta = 2;\n \treturn a;\n";
  const message = (line: string) => `pwm: foo: fix the period\n\n${line}\nso the output is right again.\n\nSigned-off-by: Dev Author <dev@example.com>\n---\n drivers/pwm/pwm-foo.c | 2 +-\n\n${diff}`;
  const v1 = message("The period caculation rounded down the");
  const review = "On Mon, Dev Author wrote:\n> pwm: foo: fix the period\n>\n> The period caculation rounded down the\n\ns/caculation/calculation/\n\n> so the output is right again.\n";
  const run = (nextBody: string) =>
    reviewPatchThread({
      patch: { messageId: "p1@example.com", author: dev, version: 1, number: 1, total: 1, body: v1, diffText: diff, files: parseUnifiedDiff(diff).files },
      replies: [{ messageId: "r1@example.com", from: { name: "Rev One", email: "rev1@example.com" }, date: "2026-03-02T12:00:00Z", body: review, inReplyTo: "p1@example.com" }],
      next: { version: 2, files: parseUnifiedDiff(diff).files, body: nextBody },
    });

  it("is addressed when the next commit message no longer has the line it answers", () => {
    const [c] = run(message("The period calculation rounded down the"));
    expect(c?.anchor).toBeNull();
    expect(c?.resolution.status).toBe("addressed");
    expect(c?.resolution.evidence).toContain("commit message no longer says");
  });

  it("is unaddressed, saying so, when the line is still there", () => {
    const [c] = run(message("The period caculation rounded down the"));
    expect(c?.resolution.status).toBe("unaddressed");
    expect(c?.resolution.evidence).toContain("commit message still says");
  });

  it("reads a quoted diff line as no commit message line", () => {
    const onDiff = "> +\ta = 2;\n\nWhy two here?\n";
    const [c] = reviewPatchThread({
      patch: { messageId: "p1@example.com", author: dev, version: 1, number: 1, total: 1, body: v1, diffText: diff, files: parseUnifiedDiff(diff).files },
      replies: [{ messageId: "r1@example.com", from: { name: "Rev One", email: "rev1@example.com" }, date: "2026-03-02T12:00:00Z", body: onDiff, inReplyTo: "p1@example.com" }],
      next: { version: 2, files: parseUnifiedDiff(diff).files, body: message("The period calculation rounded down the") },
    });
    expect(c?.resolution.evidence ?? "").not.toContain("commit message");
  });

  it("reads a sign-off kept below the remark as no evidence, one gone as evidence (mmc audit)", () => {
    const below = (remark: string) => `On Mon, Dev Author wrote:\n> so the output is right again.\n>\n> Signed-off-by: Dev Author <dev@example.com>\n\n${remark}\n`;
    const reply = (remark: string, nextBody: string) =>
      reviewPatchThread({
        patch: { messageId: "p1@example.com", author: dev, version: 1, number: 1, total: 1, body: v1, diffText: diff, files: parseUnifiedDiff(diff).files },
        replies: [{ messageId: "r1@example.com", from: { name: "Rev One", email: "rev1@example.com" }, date: "2026-03-02T12:00:00Z", body: below(remark), inReplyTo: "p1@example.com" }],
        next: { version: 2, files: parseUnifiedDiff(diff).files, body: nextBody },
      })[0];
    const kept = reply("Please describe what the user sees without this fix.", v1);
    expect(kept?.resolution.evidence).not.toContain("commit message still says");
    const gone = reply("Full name please.", v1.replace("Dev Author <", "Developer Full Author <"));
    expect(gone?.resolution.status).toBe("addressed");
    expect(gone?.resolution.evidence).toContain("commit message no longer says");
  });
});

describe("resolveComment: credits named in a changelog line's text, answered questions (integrity audit)", () => {
  const general = (text: string, kind: "nit" | "question" | "objection", response: { kind: "none" | "explained"; text: string }, changelog: { text: string; credits: string[] }[]) =>
    resolveComment({
      comment: { text, kind, anchor: null, reviewer: "Ivo Brandt" },
      old: { version: 4, files: [] },
      next: { version: 5, files: [] },
      response: { messageId: response.kind === "none" ? null : "a@example.com", ...response },
      changelog,
    });

  it("a line naming the reviewer in full credits him, however the changelog laid it out", () => {
    const changelog = [
      { text: "Reworded the summary line. Addressed comments from:", credits: [] },
      { text: "Ivo Brandt: https://lore.example.org/r/1234", credits: [] },
    ];
    const out = general("Empty line here.", "nit", { kind: "none", text: "" }, changelog);
    expect(out.status).toBe("addressed");
    expect(out.details.changelog).toContain("Ivo Brandt:");
  });

  it("a line about a tag naming the reviewer credits nothing, nor does a first name in the text", () => {
    expect(general("Empty line here.", "nit", { kind: "none", text: "" }, [{ text: "Add Reviewed-by from Ivo Brandt", credits: [] }]).status).toBe("unaddressed");
    expect(general("Empty line here.", "nit", { kind: "none", text: "" }, [{ text: "Ivo's remarks addressed", credits: [] }]).status).toBe("unaddressed");
  });

  it("a question the author answered is explained, not addressed by a credit for another remark", () => {
    const changelog = [{ text: "moved the check to tpm_foo_probe() as per request from Ivo Brandt", credits: ["Ivo Brandt"] }];
    const asked = general("How does this interact with the sealing code in QEMU?", "question", { kind: "explained", text: "It does not: the firmware seals the key before the kernel runs." }, changelog);
    expect(asked.status).toBe("explained");
    // A credit naming what the question was about still addresses it.
    const named = general("Why is the check not in tpm_foo_probe()?", "question", { kind: "explained", text: "It was simpler for now." }, changelog);
    expect(named.status).toBe("addressed");
  });
});

describe("resolveComment: a build report anchored at the line it names", () => {
  const diff = (body: string) =>
    parseUnifiedDiff(["diff --git a/x/foo.c b/x/foo.c", "--- a/x/foo.c", "+++ b/x/foo.c", "@@ -1,2 +1,4 @@", " #include <linux/foo.h>", " ", body, "+{ return 0; }"].join("\n")).files;
  const old = diff("+int foo_helper(void)");
  const anchor = { path: "x/foo.c", hunk: 0, function: "foo_helper", line: 3 };
  const text = "kernel test robot noticed the following build warnings:\nx/foo.c:3:5: warning: no previous prototype for 'foo_helper' [-Wmissing-prototypes]";
  const resolve = (next: ReturnType<typeof diff>, changelog: { text: string; credits: string[] }[]) =>
    resolveComment({ comment: { text, kind: "objection", anchor, reviewer: "kernel test robot" }, old: { version: 1, files: old }, next: { version: 2, files: next }, response: { messageId: null, kind: "none", text: "" }, changelog });

  it("is addressed when the warned code changed", () => {
    expect(resolve(diff("+static int foo_helper(void)"), []).status).toBe("addressed");
  });

  it("is addressed by a changelog line crediting the robot though the warned lines stayed (the fix went elsewhere)", () => {
    const out = resolve(old, [{ text: "Fixed the warning reported by the kernel test robot", credits: [] }]);
    expect(out.status).toBe("addressed");
    expect(resolve(old, []).status).toBe("unaddressed");
  });
});

describe("resolveComment: a whitespace-only fix (spi and hwmon audit, session 19)", () => {
  // v1 continues a Kconfig-like condition with a misaligned line; v2 aligns it, v2same keeps it as it was.
  const diffWith = (cont: string) =>
    ["--- a/drivers/misc/widget.c", "+++ b/drivers/misc/widget.c", "@@ -10,3 +10,5 @@ static int widget_open(struct widget *w)", " {", "+\tif (widget_ready(w) ||", `+${cont}widget_busy(w))`, "+\t\treturn 0;", " }", ""].join("\n");
  const v1 = diffWith("\t\t\t");
  const v2 = diffWith("\t    ");
  const anchor = { path: "drivers/misc/widget.c", hunk: 0, function: "widget_open", line: 12 };
  const resolveOn = (text: string, nextText: string) =>
    resolveComment({
      comment: { text, kind: "nit", anchor, reviewer: "Dana Miller" },
      old: { version: 1, files: parseUnifiedDiff(v1).files },
      next: { version: 2, files: parseUnifiedDiff(nextText).files },
      response: { messageId: null, kind: "none", text: "" },
      changelog: [],
    });

  it("a remark about alignment is addressed when only the white space of its lines changed", () => {
    const out = resolveOn("Please align continuation lines with '('.", v2);
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("white space");
  });

  it("stays unaddressed when the lines come back exactly as they were", () => {
    expect(resolveOn("Please align continuation lines with '('.", v1).status).toBe("unaddressed");
  });

  it("a remark about anything else is not met by a change of white space", () => {
    expect(resolveOn("Please check the return value of widget_busy().", v2).status).toBe("unaddressed");
  });

  it("a general checker report is addressed by a changelog line naming the same checker, credited or not", () => {
    const general = (text: string, changelog: { text: string; credits: string[] }[]) =>
      resolveComment({
        comment: { text, kind: "nit", anchor: null, reviewer: "Dana Miller" },
        old: { version: 1, files: parseUnifiedDiff(v1).files },
        next: { version: 2, files: parseUnifiedDiff(v2).files },
        response: { messageId: null, kind: "none", text: "" },
        changelog,
      });
    const report = "Please run checkpatch --strict on the patch and fix what it reports.";
    const out = general(report, [{ text: "fix checkpatch --strict warnings", credits: [] }]);
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("checkpatch");
    // Another checker, or a line about tags, is no answer.
    expect(general(report, [{ text: "fix sparse warnings", credits: [] }]).status).toBe("unaddressed");
    expect(general("Please fix the locking in widget_open().", [{ text: "fix checkpatch warnings", credits: [] }]).status).toBe("unaddressed");
  });
});

describe("resolveComment: an uncredited changelog line naming what the remark is about (io_uring audit)", () => {
  const base = {
    kind: "objection" as const,
    anchor: null,
    reviewer: "Rhea Quill",
  };
  const next = { version: 3, files: [] };
  const none = { messageId: null, kind: "none" as const, text: "" };

  it("reads a line naming the remark's function or macro as the change made", () => {
    const out = resolveComment({
      comment: { ...base, text: "Missing req_mark_failed() on this error path?" },
      old: { version: 2, files: [], text: "Add multishot support.\n\nSigned-off-by: A <a@example.org>\n---\n" },
      next,
      response: none,
      changelog: [{ text: "Added missing req_mark_failed() in the error path", credits: [] }],
    });
    expect(out.status).toBe("addressed");
    expect(out.evidence).toContain("req_mark_failed");
    const macro = resolveComment({
      comment: { ...base, text: "BLK_FLAG_NOVERIFY is unused now, and should go away." },
      old: { version: 2, files: [] },
      next,
      response: none,
      changelog: [{ text: "remove BLK_FLAG_NOVERIFY", credits: [] }],
    });
    expect(macro.status).toBe("addressed");
  });

  it("does not count a subsystem's name, a branch, a line crediting someone else, or what the patch is about", () => {
    const cases: [string, string, string[], string?][] = [
      ["Please use the io_uring helpers here instead.", "use io_uring regions for the refill ring", []],
      ["You should rebase on for-6.12/io_uring_next first.", "rebase on for-6.13/io_uring_next", []],
      ["Missing req_mark_failed() on this error path?", "Added missing req_mark_failed()", ["Other Person"]],
      ["Missing req_mark_failed() on this error path?", "Added missing req_mark_failed()", [], "Use req_mark_failed() in the new path.\n---\n"],
    ];
    for (const [text, line, credits, body] of cases) {
      const out = resolveComment({
        comment: { ...base, text },
        old: { version: 2, files: [], text: body },
        next,
        response: none,
        changelog: [{ text: line, credits }],
      });
      expect(out.status, text).toBe("unaddressed");
    }
  });
});
