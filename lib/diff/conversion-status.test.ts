import { describe, expect, it } from "vitest";
import { annotatePatch } from "./annotate-patch";
import { parseExclusions, summarizeConversions } from "./conversion-status";

const cover = [
  "Some intro.",
  "",
  "These places are left untouched by this series:",
  "",
  "1. demo_teardown() because teardown must finish even if a fatal",
  "signal is pending.",
  "",
  "2. the frob code, where some paths cannot handle EINTR.",
  "",
  "3. demo_flags_{set|clear} require moving the lock out of them.",
  "",
  "Changes since v1:",
  "- something",
].join("\n");

const diff = [
  "diff --git a/mm/d.c b/mm/d.c",
  "--- a/mm/d.c",
  "+++ b/mm/d.c",
  "@@ -10,5 +10,6 @@ static int demo_a(struct vm_area_struct *vma)",
  "-\tvma_start_write(vma);",
  "+\tif (vma_start_write_killable(vma))",
  "+\t\treturn -EINTR;",
  " \tvma->x = 1;",
  " \tvma_start_write(other);",
  " \tdemo_teardown(vma);",
  " \treturn 0;",
].join("\n");

describe("conversion status", () => {
  it("parses the cover letter's exclusions with reasons", () => {
    const ex = parseExclusions(cover);
    expect(ex.map((e) => [e.subject, e.functions])).toEqual([
      ["demo_teardown()", ["demo_teardown"]],
      ["the frob code", []],
      ["demo_flags_{set|clear}", ["demo_flags_set", "demo_flags_clear"]],
    ]);
    expect(ex[0]!.reason).toBe("teardown must finish even if a fatal signal is pending.");
  });

  it("lists converted sites, plain calls left in context and attached exclusions per file", () => {
    const r = annotatePatch(diff);
    expect(r.errors).toEqual([]);
    const s = summarizeConversions(r.files, cover, r.fileDiffs);
    expect(s.files[0]!.converted).toEqual([
      { function: "demo_a", sites: [{ from: "vma_start_write", to: "vma_start_write_killable", line: 10, handling: "return" }] },
    ]);
    expect(s.files[0]!.unconverted).toEqual([{ function: "demo_a", call: "vma_start_write", line: 13 }]);
    expect(s.files[0]!.exclusions.map((e) => e.subject)).toEqual(["demo_teardown()"]);
    expect(summarizeConversions(r.files).files[0]!.exclusions).toEqual([]);
  });

  it("merges a revision's patches by path", () => {
    const a = annotatePatch(diff);
    const s = summarizeConversions([...a.files, ...a.files], cover);
    expect(s.files).toHaveLength(1);
    expect(s.files[0]!.converted[0]!.sites).toHaveLength(2);
  });

  it("finds no exclusions without an intro sentence", () => {
    expect(parseExclusions("1. foo() because bar")).toEqual([]);
  });
});
