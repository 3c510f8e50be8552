import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotatePatch } from "./annotate-patch";
import { benchAnnotate, syntheticPatch } from "./bench-annotate";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "diff", "rules", name), "utf8");

describe("annotatePatch", () => {
  it("produces exactly the CONTRACT.md files[] shape", () => {
    const r = annotatePatch(fixture("reused-label/store-label.diff"));
    expect(r.errors).toEqual([]);
    expect(r.fileDiffs).toHaveLength(1);
    const f = r.files[0]!;
    expect(Object.keys(f)).toEqual(["path", "added", "removed", "hunks"]);
    expect(f).toMatchObject({ path: "mm/demo.c", added: 4, removed: 1 });
    expect(Object.keys(f.hunks[0]!)).toEqual(["index", "header", "function", "labels", "nits"]);
    expect(f.hunks[0]!.header).toMatch(/^@@ -400,4 \+400,7 @@ /);
    expect(f.hunks[0]!.labels[0]).toMatchObject({ rule: "lock-conversion", from: "vma_start_write", to: "vma_start_write_killable", handling: "goto", errno: "-EINTR", label: "mas_store_fail" });
    expect(f.hunks[0]!.nits[0]).toMatchObject({ rule: "reused-label", line: 403 });
  });

  it("lists plain calls left unconverted when the patch converts their family", () => {
    const text = fixture("never-fail/published.diff").replace(" \tvma_set_range(", " \tvma_start_write(other);\n \tvma_set_range(").replace("@@ -800,6 +800,8 @@", "@@ -800,7 +800,9 @@");
    const r = annotatePatch(text);
    expect(r.errors).toEqual([]);
    expect(r.files[0]!.hunks[0]!.labels.filter((l) => l.rule === "unconverted")).toEqual([
      { rule: "unconverted", from: "vma_start_write", function: "demo_new_vma", line: 807 },
    ]);
  });

  it("lists another mutex or completion as unconverted only when the patch converts that very one", () => {
    const t = [
      "diff --git a/drivers/demo/bus.c b/drivers/demo/bus.c",
      "--- a/drivers/demo/bus.c",
      "+++ b/drivers/demo/bus.c",
      "@@ -40,6 +40,6 @@ static int demo_bus_suspend(struct device *dev)",
      " 	if (atomic_read(&demo_conn.pending) > 0)",
      " 		wait_for_completion(&demo_conn.suspend_done);",
      " ",
      "-	demo_flush();",
      "+	demo_flush_all();",
      " 	wait_for_completion(&demo_conn.resume_done);",
      " 	return 0;",
      "@@ -80,6 +80,8 @@ static int demo_bus_resume(struct device *dev)",
      " 	demo_request_offers();",
      " ",
      "-	wait_for_completion(&demo_conn.resume_done);",
      "+	if (wait_for_completion_timeout(&demo_conn.resume_done, 10 * HZ) == 0)",
      "+		pr_err(\"demo: a device is missing after resume\\n\");",
      "+",
      " 	return 0;",
      " }",
      "",
    ].join("\n");
    const labels = annotatePatch(t).files[0]!.hunks.flatMap((h) => h.labels);
    expect(labels.filter((l) => l.rule === "unconverted").map((l) => [l.from, l.line])).toEqual([["wait_for_completion", 44]]);
    // A wait the patch only adds (no plain call converted) makes no other wait "unconverted".
    const added = t.replace("-\twait_for_completion(&demo_conn.resume_done);\n", "").replace("@@ -80,6 +80,8 @@", "@@ -80,5 +80,8 @@");
    expect(annotatePatch(added).files[0]!.hunks.flatMap((h) => h.labels).filter((l) => l.rule === "unconverted")).toEqual([]);
  });

  it("never throws on hostile input", () => {
    const base = syntheticPatch(12);
    const inputs = [
      "",
      "\u0000\u0001",
      "diff --git\n@@ -1 +1 @@\n+if (vma_start_write_killable(",
      `diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,1 +1,2 @@\n+${"a(".repeat(50000)}\n+if (x) goto ;\n`,
      base.slice(0, base.length / 2),
      base.replace(/@@ -(\d+),(\d+)/g, "@@ -$1,99999"),
      base.split("\n").reverse().join("\n"),
      "@@ -1,3 +1,3 @@\n-}\n+}\n }\n",
    ];
    for (const t of inputs) {
      const r = annotatePatch(t);
      expect(Array.isArray(r.files)).toBe(true);
      expect(Array.isArray(r.errors)).toBe(true);
    }
  });

  it("bench: annotates a 100-hunk synthetic patch (timing is reported by npm run bench, not asserted)", () => {
    const r = annotatePatch(syntheticPatch(100));
    expect(r.errors).toEqual([]);
    expect(r.files[0]!.hunks).toHaveLength(100);
    expect(r.files[0]!.hunks.every((h) => h.labels.some((l) => l.rule === "lock-conversion"))).toBe(true);
    expect(benchAnnotate(3).hunks).toBe(100);
  });
});
