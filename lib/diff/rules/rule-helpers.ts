// Shared reading helpers for nit rules.
import { callsIn } from "../c-lines";
import { enclosingLoopAt, rowAt } from "../function-view";
import type { FunctionView, Row } from "../function-view";
import type { LockSite } from "../lock-site";

/** Position of the site's call in view.newRows. */
export function sitePos(view: FunctionView, site: LockSite): number {
  return view.newRows.indexOf(site.row);
}

/** New-file rows before the site, nearest first, up to `limit`, within the function. */
export function rowsBefore(view: FunctionView, site: LockSite, limit: number): Row[] {
  const out: Row[] = [];
  // Stop at unseen lines: anything (a free, a publish) may hide between hunks.
  for (let p = sitePos(view, site) - 1; p >= 0 && out.length < limit; p--) {
    const r = rowAt(view, p);
    out.push(r);
    if (r.gapBefore) break;
  }
  return out;
}

/** True if the site can fail (killable/interruptible/state/timeout variants; trylocks count too). */
export function isFallible(site: LockSite): boolean {
  return site.direction !== "to-plain" && site.info.form !== "plain";
}

/** The identifier an object expression is rooted at: `vrm->vma` → `vrm`, `&mm->mmap_lock` → `mm`. */
export function rootOf(object: string): string {
  return object.replace(/^[&*(]+/, "").split(/->|\.|\[/)[0] ?? object;
}

/** A fixed errno constant: `-ENOMEM`, `-EINTR` (not `-1`, not a variable, not a domain code such as `H_STATE`). */
export const FIXED_ERRNO = /^-E[A-Z0-9]+$/;

export function callNames(code: string): string[] {
  return callsIn(code).map((c) => c.name);
}

/** The nearest loop enclosing the site (see `enclosingLoopAt`), or null. */
export function enclosingLoop(view: FunctionView, site: LockSite): { row: Row; pos: number } | null {
  return enclosingLoopAt(view, sitePos(view, site));
}
