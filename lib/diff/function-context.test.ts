import { describe, expect, it } from "vitest";
import { headerFunction, hunkFunction, isCSourcePath, lineFunctions, signatureName, signatureReturnType } from "./function-context";
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

  it("reads no function from prose: only words, spaces and * stand before a C function's parenthesis", () => {
    expect(signatureName("CONTROL GROUP - MEMORY RESOURCE CONTROLLER (MEMCG)")).toBeNull();
    expect(signatureName("Supported chips: see tmp513.rst (three channels)")).toBeNull();
    expect(signatureName("static int x = foo(1);")).toBeNull();
    expect(signatureName("unsigned long long *const_fn(void)")).toBe("const_fn");
  });

  it("decides C source by path: .c, .h and the C++ spellings", () => {
    for (const p of ["drivers/hwmon/tmp513.c", "include/linux/cgroup.h", "tools/x/y.cpp", "a/b.HH"]) expect(isCSourcePath(p)).toBe(true);
    for (const p of ["Documentation/hwmon/tmp513.rst", "MAINTAINERS", "kernel/cgroup/Kconfig", "Makefile", "arch/x86/entry/entry_64.S", "rust/kernel/lib.rs", "scripts/checkpatch.pl", "x.yaml"]) {
      expect(isCSourcePath(p)).toBe(false);
    }
  });

  it("gives no function to any line or hunk of a file that is not C", () => {
    const diff = [
      "diff --git a/Documentation/admin-guide/cgroup-v1/cpusets.rst b/Documentation/admin-guide/cgroup-v1/cpusets.rst",
      "--- a/Documentation/admin-guide/cgroup-v1/cpusets.rst",
      "+++ b/Documentation/admin-guide/cgroup-v1/cpusets.rst",
      "@@ -10,4 +10,4 @@ Beyond the three basic OOM (out of memory) cases",
      " a line",
      "-old text",
      "+new text",
      " main(void)",
    ].join("\n");
    const hunk = parseUnifiedDiff(diff).files[0]!.hunks[0]!;
    const path = "Documentation/admin-guide/cgroup-v1/cpusets.rst";
    expect(lineFunctions(hunk, path)).toEqual([null, null, null, null]);
    expect(hunkFunction(hunk, lineFunctions(hunk, path), path)).toBeNull();
    // Prose made of words alone reads like a declaration; without the path it names "OOM" (audit finding 13).
    expect(hunkFunction(hunk, lineFunctions(hunk))).toBe("OOM");
  });
});
