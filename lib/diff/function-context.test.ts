import { describe, expect, it } from "vitest";
import { headerFunction, lineFunctions, signatureName, signatureReturnType } from "./function-context";
import { parseUnifiedDiff } from "./parse-unified-diff";

describe("function context", () => {
  it("reads signatures and headers", () => {
    expect(signatureName("static int vma_link(struct mm_struct *mm, struct vm_area_struct *vma)")).toBe("vma_link");
    expect(signatureName("SYSCALL_DEFINE4(set_mempolicy_home_node, unsigned long, start,")).toBe("set_mempolicy_home_node");
    expect(signatureName("static __must_check struct vm_area_struct *vma_merge_existing_range(")).toBe("vma_merge_existing_range");
    expect(signatureName("extern void f(int);")).toBeNull();
    expect(signatureName("out:")).toBeNull();
    expect(signatureName("\tfoo(x);")).toBeNull();
    expect(signatureName("static const struct ops o = {")).toBeNull();
    expect(headerFunction("struct vma_munmap_struct {")).toBeNull();
    expect(signatureReturnType("static inline void f(int a)")).toBe("void");
  });

  it("gives changed lines the function that encloses them, not the one in the @@ header", () => {
    const diff = [
      "diff --git a/mm/v.c b/mm/v.c",
      "--- a/mm/v.c",
      "+++ b/mm/v.c",
      "@@ -10,7 +10,9 @@ static void vma_link_file(struct vm_area_struct *vma)",
      " \tx();",
      " }",
      " ",
      "+/* doc */",
      " static int vma_link(struct mm_struct *mm)",
      " {",
      "-\tvma_start_write(vma);",
      "+\tif (vma_start_write_killable(vma))",
      "+\t\treturn -EINTR;",
      " \ty();",
    ].join("\n");
    const { files, errors } = parseUnifiedDiff(diff);
    expect(errors).toEqual([]);
    const fns = lineFunctions(files[0]!.hunks[0]!);
    expect(fns).toEqual(["vma_link_file", "vma_link_file", null, "vma_link", "vma_link", "vma_link", "vma_link", "vma_link", "vma_link", "vma_link"]);
  });
});
