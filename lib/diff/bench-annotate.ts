// Benchmark for `npm run bench`: annotating a synthetic 100-hunk lock-conversion patch.
import { performance } from "node:perf_hooks";
import { annotatePatch } from "./annotate-patch";

/** A synthetic patch: `hunks` hunks over `hunks / 4` functions, each converting one lock. */
export function syntheticPatch(hunks: number): string {
  const out = ["diff --git a/mm/synth.c b/mm/synth.c", "index 1111111..2222222 100644", "--- a/mm/synth.c", "+++ b/mm/synth.c"];
  let oldNo = 10;
  let delta = 0;
  for (let i = 0; i < hunks; i++) {
    const fn = `synth_fn_${Math.floor(i / 4)}`;
    const kind = i % 4;
    const body =
      kind === 0
        ? [" \tstruct vm_area_struct *vma = x;", " \tint err;", " ", " \tif (vma_iter_prealloc(vmi, vma))", " \t\treturn -ENOMEM;", "-\tvma_start_write(vma);", "+\terr = vma_start_write_killable(vma);", "+\tif (err) {", "+\t\tvma_iter_free(vmi);", "+\t\treturn err;", "+\t}", " \tvma_iter_store_new(vmi, vma);", " \tmm->map_count++;"]
        : kind === 1
          ? [" \tfor_each_vma(vmi, vma) {", "-\t\tmutex_lock(&vma->lock);", "+\t\tif (mutex_lock_killable(&vma->lock)) {", "+\t\t\terr = -EINTR;", "+\t\t\tbreak;", "+\t\t}", " \t\tvma_modify_flags(vma, flags);", " \t}"]
          : kind === 2
            ? [" \tvma = vm_area_alloc(mm);", " \tif (!vma)", " \t\tgoto vma_alloc_fail;", "-\tdown_write(&mm->sem);", "+\tif (down_write_killable(&mm->sem))", "+\t\tgoto mas_store_fail;", " \tif (vma_iter_store_gfp(vmi, vma, GFP_KERNEL))", " \t\tgoto mas_store_fail;"]
            : [" \tret = 0;", "-\tfoo_lock(obj);", "+\tret = foo_lock_killable(obj);", "+\tif (ret < 0)", "+\t\tgoto out;", " \tfoo_update(obj);", " out:", " \treturn ret;"];
    const oldCount = body.filter((l) => !l.startsWith("+")).length;
    const newCount = body.filter((l) => !l.startsWith("-")).length;
    const header = kind === 0 ? `int ${fn}(struct vma_iterator *vmi)` : `int ${fn}(struct mm_struct *mm)`;
    out.push(`@@ -${oldNo},${oldCount} +${oldNo + delta},${newCount} @@ ${header}`, ...body);
    oldNo += oldCount + 20;
    delta += newCount - oldCount;
  }
  return `${out.join("\n")}\n`;
}

/** Median wall time of annotatePatch on a 100-hunk patch over repeated runs (after warm-up). */
export function benchAnnotate(runs = 100): { medianMs: number; hunks: number } {
  const text = syntheticPatch(100);
  for (let i = 0; i < 50; i++) annotatePatch(text);
  const times: number[] = [];
  let hunks = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = annotatePatch(text);
    times.push(performance.now() - t0);
    hunks = r.files.reduce((n, f) => n + f.hunks.length, 0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? 0, hunks };
}
