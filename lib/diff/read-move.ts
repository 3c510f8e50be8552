// Whether a converted call moved relative to the plain call it replaced, and across what.
import type { FunctionView, Row } from "./function-view";
import type { LockSite } from "./lock-site";

const NOTABLE = /prealloc|alloc|_dup$|^dup_|clone|charge|mpol_|anon_vma_|open|lock|kmalloc|kzalloc|insert|store|link/;

/** Fills moved/movedPast/movedLines/movedAcrossUnseen from the positions of the added and removed calls. */
export function readMove(view: FunctionView, site: LockSite, addRow: number, delRow: number): void {
  const lo = Math.min(addRow, delRow);
  const hi = Math.max(addRow, delRow);
  let crossed = false;
  const past: string[] = [];
  for (let i = lo + 1; i <= hi; i++) {
    const r = view.rows[i] as Row;
    if (r.gapBefore) {
      crossed = true;
      site.movedAcrossUnseen = true;
      if (past[past.length - 1] !== "…") past.push("…");
    }
    if (i === hi || r.type !== "context" || !r.code.trim()) continue;
    crossed = true;
    if (/->\s*open\s*\(/.test(r.code)) past.push("->open()");
    site.movedLines++;
    for (const c of r.calls) {
      if (/(->|\.)\s*$/.test(r.code.slice(0, c.index))) continue;
      if (NOTABLE.test(c.name) && !past.includes(`${c.name}()`)) past.push(`${c.name}()`);
    }
  }
  if (!crossed) return;
  site.moved = addRow < delRow ? "earlier" : "later";
  site.movedPast = past[past.length - 1] === "…" ? past.slice(0, -1) : past;
  if (site.movedPast[0] === "…") site.movedPast = site.movedPast.slice(1);
}
