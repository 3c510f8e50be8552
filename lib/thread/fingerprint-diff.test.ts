import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { changedDiffLines, computePatchId } from "./compute-patch-id";
import { fingerprintDiff } from "./fingerprint-diff";

// The definition fingerprintDiff's one-pass scan must agree with (files, patch-id, line hashes).
function reference(diff: string): { files: string[]; patchId: string; changedLines: string[] } {
  const lines = changedDiffLines(diff);
  const files = new Set(lines.map((l) => l.file).filter((f) => f !== ""));
  for (const m of diff.matchAll(/^diff --git a\/\S+ b\/(\S+)$/gm)) if (m[1]) files.add(m[1]);
  const fnv = (s: string): string => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
  };
  return { files: [...files].sort(), patchId: computePatchId(diff), changedLines: lines.filter((l) => l.line.length > 1).map((l) => fnv(l.line)) };
}

const DIFF = [
  "diff --git a/mm/vma.c b/mm/vma.c",
  "index 1111111..2222222 100644",
  "--- a/mm/vma.c",
  "+++ b/mm/vma.c",
  "@@ -10,4 +10,4 @@ static int f(void)",
  " \tint a;",
  "-\tmmap_write_lock(mm);",
  "+\tif (mmap_write_lock_killable(mm))",
  "+",
  "",
  "\\ No newline at end of file",
  "diff --git a/include/x.h b/include/x.h",
  "--- a/include/x.h",
  "+++ b/include/x.h",
  "@@ -1 +1 @@",
  "-#define A  1",
  "+#define A\u00a0 2",
  "-- ",
  "2.43.0",
  "",
].join("\n");

describe("fingerprintDiff", () => {
  test("agrees with changedDiffLines + computePatchId on an ASCII diff", () => {
    const ascii = DIFF.replace("\u00a0", " ");
    const fp = fingerprintDiff(ascii);
    expect(fp).toEqual(reference(ascii));
    expect(fp.files).toEqual(["include/x.h", "mm/vma.c"]);
    expect(fp.patchId).toMatch(/^[0-9a-f]{40}$/);
  });

  test("agrees on non-ASCII text (no-break space, accents) and CRLF lines", () => {
    for (const d of [DIFF, DIFF.replace("A  1", "Ä 1"), DIFF.replace(/\n/g, "\r\n")]) expect(fingerprintDiff(d)).toEqual(reference(d));
  });

  test("patch-id is SHA-1 over file markers and whitespace-free changed lines", () => {
    const d = "--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-a b\n+a  c\n";
    const want = createHash("sha1").update("\u0000f.c\u0000-ab\n+ac\n").digest("hex");
    expect(fingerprintDiff(d).patchId).toBe(want);
  });

  test("names a file of a diff made from a subdirectory by its path from the top", () => {
    const fromSubdir = DIFF.replaceAll("a/mm/vma.c", "a/../mm/vma.c").replaceAll("b/mm/vma.c", "b/../mm/vma.c").replaceAll("a/include/", "a/./include/").replaceAll("b/include/", "b/./include/");
    expect(fingerprintDiff(fromSubdir).files).toEqual(["include/x.h", "mm/vma.c"]);
  });

  test("no changed line: empty patch-id, no hashes", () => {
    expect(fingerprintDiff("no diff here")).toEqual({ files: [], patchId: "", changedLines: [] });
  });
});
