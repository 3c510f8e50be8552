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
    // Prose made of words alone reads like C; without the path `main(void)` names a function (audit finding 13).
    expect(lineFunctions(hunk)[3]).toBe("main");
  });

  const hunkOf = (lines: string[]) => {
    const diff = ["diff --git a/drivers/acme/gear.c b/drivers/acme/gear.c", "--- a/drivers/acme/gear.c", "+++ b/drivers/acme/gear.c", ...lines, ""].join("\n");
    return parseUnifiedDiff(diff).files[0]!.hunks[0]!;
  };

  it("a file-scope macro call in git's header is no function, and a table or struct at column 0 leaves any function", () => {
    const hunk = hunkOf([
      "@@ -369,6 +369,7 @@ static SIMPLE_DEV_PM_OPS(gear_pm_ops,",
      " \t\t\t gear_suspend, gear_resume);",
      " ",
      " static const struct of_device_id gear_of_match[] = {",
      " \t{ .compatible = \"acme,gear\", },",
      "+\t{ .compatible = \"acme,gear2\", },",
      " \t{},",
      " };",
    ]);
    expect(lineFunctions(hunk)).toEqual([null, null, null, null, null, null, null]);
    expect(headerFunction("OF_EARLYCON_DECLARE(gear, \"acme,gear\",")).toBeNull();
    // A one-line signature of a function-defining macro is still a function.
    expect(headerFunction("TEST_F(gear_fixture, turns)")).toBe("TEST_F");
    // Labels and statements someone left at column 0 stay in the function git's header names.
    const fn = hunkOf(["@@ -10,4 +10,6 @@ static int gear_probe(struct device *dev)", " \tif (err)", "+\t\tgoto out;", "+err = 0; /* hack */", " \treturn 0;", " out:", " \treturn err;"]);
    expect(lineFunctions(fn)).toEqual(["gear_probe", "gear_probe", "gear_probe", "gear_probe", "gear_probe", "gear_probe"]);
  });

  it("a signature whose list closes with ); is a call (no function) or a prototype (its own lines only)", () => {
    const hunk = hunkOf([
      "@@ -1,1 +1,12 @@",
      "+DEFINE_SIMPLE_DEV_PM_OPS(gear_pm, gear_suspend,",
      "+\t\t\t gear_resume);",
      "+int gear_read(struct gear *g,",
      "+\t      unsigned int reg);",
      "+",
      "+static inline int gear_count(void) { return 0; }",
      "+static int gear_probe(struct device *dev,",
      "-\t\t      int old)",
      "+\t\t      int flags)",
      "+{",
      "+\treturn 0;",
      "+}",
      "+MODULE_DEVICE_TABLE(of, gear_of_match);",
    ]);
    expect(lineFunctions(hunk)).toEqual([
      null,
      null,
      "gear_read",
      "gear_read",
      null,
      "gear_count",
      "gear_probe",
      "gear_probe",
      "gear_probe",
      "gear_probe",
      "gear_probe",
      "gear_probe",
      null,
    ]);
    // A multi-line prototype ends the function git's header named (itself often a prototype in a header).
    const proto = hunkOf(["@@ -5,3 +5,4 @@ int gear_walk(struct gear *g, void *data,", " \t      int (*fn)(struct gear *));", "-struct gear *gear_find(struct gear *g, void *data,", "+struct gear *gear_find(struct gear *g, const void *data,", " \t\t\t     int flags);", "+int gear_count(void);"]);
    expect(lineFunctions(proto)).toEqual(["gear_walk", "gear_find", "gear_find", "gear_find", "gear_count"]);
    // Annotations on their own line between a signature and its body.
    const annotated = hunkOf(["@@ -1,0 +1,4 @@", "+static inline void gear_unlock(struct gear *g)", "+\t__releases(&g->lock)", "+{", "+\tspin_unlock(&g->lock);"]);
    expect(lineFunctions(annotated)).toEqual(["gear_unlock", "gear_unlock", "gear_unlock", "gear_unlock"]);
  });
});
