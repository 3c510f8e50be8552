// Shared reading helpers for nit rules.
import { callsIn } from "../c-lines";
import { rowAt } from "../function-view";
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

export function callNames(code: string): string[] {
  return callsIn(code).map((c) => c.name);
}

/** Indentation width of a line (tabs count 8): kernel style makes it a reliable nesting signal across hunks. */
export function indentOf(text: string): number {
  let w = 0;
  for (const c of text) {
    if (c === "\t") w += 8 - (w % 8);
    else if (c === " ") w++;
    else break;
  }
  return w;
}

const LOOP = /\b(for|while)\s*\(|\bfor_each_\w*\s*\(|\blist_for_each\w*\s*\(|\bdo\s*\{|^\s*do\s*$/;

/**
 * The nearest enclosing loop header above the site, found by indentation (braces are unreliable when
 * unseen lines lie between hunks), or null.
 */
export function enclosingLoop(view: FunctionView, site: LockSite): { row: Row; pos: number } | null {
  const here = sitePos(view, site);
  let level = indentOf(rowAt(view, here).text);
  for (let p = here - 1; p >= 0 && level > 0; p--) {
    const r = rowAt(view, p);
    if (!r.code.trim() || /^\s*\w+:\s*$/.test(r.code)) continue;
    const ind = indentOf(r.text);
    if (ind >= level) continue;
    if (LOOP.test(r.code)) return { row: r, pos: p };
    level = ind;
  }
  return null;
}
