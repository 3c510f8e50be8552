import { describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "./parse-unified-diff";

const two = [
  "diff --git a/mm/a.c b/mm/a.c",
  "index 111..222 100644",
  "--- a/mm/a.c",
  "+++ b/mm/a.c",
  "@@ -10,4 +10,5 @@ static int f(void)",
  " int x;",
  "-\tfoo();",
  "+\tbar();",
  "+\tbaz();",
  "",
  " }",
  "diff --git a/mm/b.c b/mm/b.c",
  "--- a/mm/b.c",
  "+++ b/mm/b.c",
  "@@ -1,2 +1,2 @@",
  "-a",
  "+b",
  " c",
].join("\n");

describe("parseUnifiedDiff", () => {
  it("numbers every line and treats a bare empty line as blank context", () => {
    const { files, errors } = parseUnifiedDiff(two);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(["mm/a.c", "mm/b.c"]);
    const h = files[0]!.hunks[0]!;
    expect(h.headerContext).toBe("static int f(void)");
    expect(h.lines.map((l) => [l.type, l.oldLine, l.newLine])).toEqual([
      ["context", 10, 10],
      ["del", 11, null],
      ["add", null, 11],
      ["add", null, 12],
      ["context", 12, 13],
      ["context", 13, 14],
    ]);
    expect(h.lines[4]!.text).toBe("");
    expect(files[0]!.added).toBe(2);
    expect(files[0]!.removed).toBe(1);
    expect(files[0]!.oldMode).toBe("100644");
  });

  it("does not let an overstated count swallow the next file", () => {
    const bad = two.replace("@@ -10,4 +10,5 @@", "@@ -10,40 +10,50 @@");
    const { files, errors } = parseUnifiedDiff(bad);
    expect(files).toHaveLength(2);
    expect(files[1]!.hunks[0]!.lines).toHaveLength(3);
    expect(errors.length).toBe(1);
    expect(errors[0]).toMatch(/header says -40 \+50/);
    expect(files[0]!.hunks[0]!.oldLines).toBe(4);
  });

  it("repairs an understated count when the extra lines end cleanly at the next file", () => {
    const bad = two.replace("@@ -10,4 +10,5 @@", "@@ -10,3 +10,4 @@");
    const { files, errors } = parseUnifiedDiff(bad);
    expect(files).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/1 more diff line\(s\) follow; counts repaired/);
    const h = files[0]!.hunks[0]!;
    expect(h.lines).toHaveLength(6);
    expect(h.lines[5]).toMatchObject({ type: "context", text: "}", oldLine: 13, newLine: 14 });
    expect([h.oldLines, h.newLines]).toEqual([4, 5]);
  });

  it("ignores stray diff-looking lines followed by prose", () => {
    const text = two.split("\ndiff --git a/mm/b.c")[0]!.replace("@@ -10,4 +10,5 @@", "@@ -10,3 +10,4 @@") + "\nthanks for reading\n";
    const { files, errors } = parseUnifiedDiff(text);
    expect(files[0]!.hunks[0]!.lines).toHaveLength(5);
    expect(errors[0]).toMatch(/ignored/);
  });

  it("reads tab-indented lines that lost their leading space as context", () => {
    const text = two.replace(" int x;", "\tint x;");
    const { files, errors } = parseUnifiedDiff(text);
    expect(files[0]!.hunks[0]!.lines[0]).toMatchObject({ type: "context", text: "\tint x;", oldLine: 10, newLine: 10 });
    expect(errors).toEqual([expect.stringMatching(/lost their leading space/)]);
  });

  it("handles CRLF and the no-newline marker", () => {
    const text = [
      "diff --git a/x b/x",
      "--- a/x",
      "+++ b/x",
      "@@ -1 +1 @@",
      "-old",
      "\\ No newline at end of file",
      "+new",
      "\\ No newline at end of file",
      "",
    ].join("\r\n");
    const { files, errors } = parseUnifiedDiff(text);
    expect(errors).toEqual([]);
    const ls = files[0]!.hunks[0]!.lines;
    expect(ls).toHaveLength(2);
    expect(ls[0]).toMatchObject({ type: "del", text: "old", oldLine: 1, noNewline: true });
    expect(ls[1]).toMatchObject({ type: "add", text: "new", newLine: 1, noNewline: true });
  });

  it("reads renames, copies, mode changes, new/deleted and binary files", () => {
    const text = [
      "diff --git a/old.c b/new.c",
      "similarity index 90%",
      "rename from old.c",
      "rename to new.c",
      "diff --git a/s.sh b/s.sh",
      "old mode 100644",
      "new mode 100755",
      "diff --git a/c1.c b/c2.c",
      "similarity index 100%",
      "copy from c1.c",
      "copy to c2.c",
      "diff --git a/img.png b/img.png",
      "index 1..2 100644",
      "Binary files a/img.png and b/img.png differ",
      "diff --git a/gone.c b/gone.c",
      "deleted file mode 100644",
      "index 1..0",
      "--- a/gone.c",
      "+++ /dev/null",
      "@@ -1,2 +0,0 @@",
      "-a",
      "-b",
      "diff --git a/born.c b/born.c",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/born.c",
      "@@ -0,0 +1 @@",
      "+x",
    ].join("\n");
    const { files, errors } = parseUnifiedDiff(text);
    expect(errors).toEqual([]);
    expect(files.map((f) => [f.status, f.oldPath, f.newPath])).toEqual([
      ["renamed", "old.c", "new.c"],
      ["modified", "s.sh", "s.sh"],
      ["copied", "c1.c", "c2.c"],
      ["modified", "img.png", "img.png"],
      ["deleted", "gone.c", null],
      ["added", null, "born.c"],
    ]);
    expect(files[0]!.similarity).toBe(90);
    expect(files[1]).toMatchObject({ oldMode: "100644", newMode: "100755" });
    expect(files[3]!.binary).toBe(true);
    expect(files[4]!.path).toBe("gone.c");
    expect(files[4]!.removed).toBe(2);
    expect(files[5]!.hunks[0]!.lines[0]).toMatchObject({ newLine: 1, oldLine: null });
  });

  it("reads paths of a --no-prefix diff", () => {
    const text = ["diff --git quit.sh quit.sh", "new file mode 100644", "--- /dev/null", "+++ quit.sh", "@@ -0,0 +1 @@", "+exit"].join("\n");
    const { files, errors } = parseUnifiedDiff(text);
    expect(errors).toEqual([]);
    expect(files.map((f) => [f.status, f.oldPath, f.newPath])).toEqual([["added", null, "quit.sh"]]);
  });

  it("stops at the mail signature and survives hostile input", () => {
    const text = two + "\n-- \n2.43.0\n";
    expect(parseUnifiedDiff(text).errors).toEqual([]);
    for (const junk of ["", "@@ -x +y @@", "diff --git", "--- a\n+++ b\n@@ -1,999999999 +1 @@\n", "\u0000\n@@"]) {
      expect(() => parseUnifiedDiff(junk)).not.toThrow();
    }
    expect(parseUnifiedDiff(undefined as unknown as string).files).toEqual([]);
  });
});
