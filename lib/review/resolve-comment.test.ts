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

  it("a changelog crediting the reviewer by first name ('[Mia]') addresses the remark", () => {
    const out = general("Please split this patch.", "nit", { kind: "none", text: "" }, [{ text: "Split the patch in two [Mia]", credits: ["Mia"] }]);
    expect(out.status).toBe("addressed");
    expect(out.details.changelog).toBe("Split the patch in two [Mia]");
  });
});
