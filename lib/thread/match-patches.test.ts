import { describe, expect, test } from "vitest";
import { changedDiffLines, computePatchId } from "./compute-patch-id";
import { fingerprintDiff } from "./fingerprint-diff";
import { matchPatches, type PatchInfo } from "./match-patches";

/** A small diff of `file` whose changed lines are `lines` (each turned into a -/+ pair). */
function diff(file: string, lines: string[], start = 10): string {
  const body = lines.flatMap((l) => [`-\told_${l}();`, `+\tnew_${l}();`]).join("\n");
  return `diff --git a/${file} b/${file}\nindex 1..2 100644\n--- a/${file}\n+++ b/${file}\n@@ -${start},${lines.length} +${start},${lines.length} @@ ctx\n${body}\n`;
}
const p = (messageId: string, number: number, title: string, d?: string): PatchInfo => ({
  messageId,
  number,
  title,
  ...(d ? { fingerprint: fingerprintDiff(d) } : {}),
});
const preds = (m: { predecessors: { messageId: string }[] }): string[] => m.predecessors.map((x) => x.messageId);

describe("computePatchId", () => {
  test("ignores whitespace, line numbers and context, not the change itself", () => {
    const a = diff("mm/vma.c", ["a", "b", "c"], 10);
    const moved = diff("mm/vma.c", ["a", "b", "c"], 250).replace(/\t/g, "    ");
    expect(computePatchId(moved)).toBe(computePatchId(a));
    expect(computePatchId(diff("mm/vma.c", ["a", "b", "d"]))).not.toBe(computePatchId(a));
    expect(computePatchId(diff("mm/other.c", ["a", "b", "c"]))).not.toBe(computePatchId(a));
    expect(computePatchId("no diff here")).toBe("");
  });

  test("changedDiffLines keeps only +/- lines of hunks, with their file", () => {
    const lines = changedDiffLines(`${diff("a.c", ["x"])}-- \n2.45.0\n`);
    expect(lines).toEqual([
      { file: "a.c", line: "-old_x();" },
      { file: "a.c", line: "+new_x();" },
    ]);
  });
});

describe("matchPatches", () => {
  test("by title, through renumbering", () => {
    const m = matchPatches(
      [p("v1-1", 1, "mm: replace vma_start_write() with vma_start_write_killable()")],
      [p("v2-1", 1, "mm/vma: cleanup error handling path in vma_expand()"), p("v2-2", 2, "mm: replace vma_start_write() with vma_start_write_killable()")],
    );
    expect(preds(m[0]!)).toEqual([]);
    expect(m[1]!.predecessors).toMatchObject([{ messageId: "v1-1", number: 1, by: "title" }]);
    expect(m[1]!.predecessors[0]!.similarity).toBeGreaterThanOrEqual(0.9);
  });

  test("by patch-id when the title was reworded", () => {
    const d = diff("kernel/fork.c", ["one", "two", "three", "four"]);
    const m = matchPatches([p("a", 1, "fork: tidy up", d), p("b", 2, "fork: other", diff("kernel/exit.c", ["z1", "z2", "z3"]))], [p("c", 1, "kernel/fork: simplify copy_process error path", d)]);
    expect(m[0]!.predecessors).toMatchObject([{ messageId: "a", similarity: 1, by: "patch-id" }]);
  });

  test("a patch split in three: each part finds the original", () => {
    const all = ["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3"];
    const big = `${diff("f/a.c", all.slice(0, 3))}${diff("f/b.c", all.slice(3, 6))}${diff("f/c.c", all.slice(6))}`;
    const m = matchPatches(
      [p("old", 1, "f: do everything", big), p("unrelated", 2, "g: misc", diff("g/x.c", ["q1", "q2", "q3"]))],
      [
        p("n1", 1, "f: do a", diff("f/a.c", all.slice(0, 3))),
        p("n2", 2, "f: do b", diff("f/b.c", all.slice(3, 6))),
        p("n3", 3, "f: do c", diff("f/c.c", all.slice(6))),
      ],
    );
    for (const x of m) {
      expect(preds(x)).toEqual(["old"]);
      expect(x.predecessors[0]!.by).toBe("diff");
    }
  });

  test("three patches merged into one: all three are predecessors", () => {
    const parts = [["a1", "a2", "a3"], ["b1", "b2", "b3"], ["c1", "c2", "c3"]];
    const merged = parts.map((ls, i) => diff(`f/${i}.c`, ls)).join("");
    const m = matchPatches(
      parts.map((ls, i) => p(`o${i + 1}`, i + 1, `f: part ${i + 1}`, diff(`f/${i}.c`, ls))),
      [p("n1", 1, "f: all parts at once", merged)],
    );
    expect(preds(m[0]!).sort()).toEqual(["o1", "o2", "o3"]);
  });

  test("a couple of shared trivial lines is no match", () => {
    const m = matchPatches([p("o", 1, "x: alpha", diff("x.c", ["k", "l", "m", "n"]))], [p("n", 1, "y: beta", diff("y.c", ["k", "z1", "z2", "z3", "z4"]))]);
    expect(preds(m[0]!)).toEqual([]);
  });
});
