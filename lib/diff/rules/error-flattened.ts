// N12: a function that gains a killable or interruptible failure in this patch passes the lock's errno up;
// its callers decide what the user sees. A caller that maps any failure to one errno (`if (vma_expand(&vmg))
// return -ENOMEM;`) turns "killed" into "out of memory"; a caller the patch changes from that to propagating
// now hands -EINTR to its own callers (Lorenzo on v3 relocate_vma_down: "are we sure all callers are fine
// with -EINTR"). Patch-level: the lock sit in one function, the callers anywhere in the diff.
import type { FunctionView, Row } from "../function-view";
import type { LockSite } from "../lock-site";
import type { HunkNit } from "../types";
import { FIXED_ERRNO, isFallible } from "./rule-helpers";

/** A function of the patch whose own failure now includes the lock's (the errno it reports). */
export interface GainedFailure {
  function: string;
  lock: string;
  errno: string;
}

const PASSES_ON = new Set(["propagate", "return", "goto"]);
const SIGNAL_ERRNO = /^-(?:EINTR|ERESTART\w*)$/;

/** Functions whose converted killable/interruptible site reports the signal's errno to their caller. */
export function gainedFailures(sites: readonly LockSite[]): Map<string, GainedFailure> {
  const out = new Map<string, GainedFailure>();
  for (const s of sites) {
    if (!s.function || !isFallible(s) || s.direction === "variant-change" || s.direction === "to-guard") continue;
    if (s.info.form !== "killable" && s.info.form !== "interruptible") continue;
    if (!PASSES_ON.has(s.handling)) continue;
    const errno = s.errno === "propagated" ? s.info.errno : s.errno;
    if (!errno || !SIGNAL_ERRNO.test(errno)) continue;
    if (!out.has(s.function)) out.set(s.function, { function: s.function, lock: s.to, errno });
  }
  return out;
}

/** The nits for one function's callers of gained functions; each nit names the hunk of its row. */
export function errorFlattened(view: FunctionView, gained: Map<string, GainedFailure>): { hunk: number; nit: HunkNit }[] {
  if (gained.size === 0) return [];
  const out: { hunk: number; nit: HunkNit }[] = [];
  const newRows = view.newRows.map((i) => view.rows[i] as Row);
  for (let p = 0; p < newRows.length; p++) {
    const r = newRows[p] as Row;
    for (const c of r.calls) {
      const g = gained.get(c.name);
      if (!g || c.name === view.name) continue;
      const flat = flattenedReturn(newRows, p, r.code, c.index);
      if (flat && !SIGNAL_ERRNO.test(flat.errno)) {
        out.push({
          hunk: r.hunk,
          nit: {
            rule: "error-flattened",
            line: r.newLine,
            lines: flat.row.newLine !== null ? [flat.row.newLine] : undefined,
            severity: "check",
            message: `${c.name}() can now fail with ${g.errno} (its ${g.lock}() in this patch), but this caller reports every failure of it as ${flat.errno}: propagate the returned error, or say why ${g.errno} must not reach the caller.`,
          },
        });
      }
    }
  }
  // A flattened call the patch removed and now propagates: the function's own callers get the signal errno.
  if (view.name && !gained.has(view.name)) {
    const removed = view.rows.filter((r) => r.type === "del");
    for (let k = 0; k < removed.length; k++) {
      const r = removed[k] as Row;
      const c = r.calls.find((x) => gained.has(x.name));
      if (!c) continue;
      const flat = flattenedReturn(removed, k, r.code, c.index);
      if (!flat || SIGNAL_ERRNO.test(flat.errno)) continue;
      const at = newRows.findIndex((a) => a.type === "add" && a.calls.some((x) => x.name === c.name));
      const propagation = newRows[at];
      if (!propagation || !propagates(newRows, at, c.name)) continue;
      const g = gained.get(c.name) as GainedFailure;
      out.push({
        hunk: propagation.hunk,
        nit: {
          rule: "error-flattened",
          line: propagation.newLine,
          severity: "check",
          message: `${view.name}() now passes ${c.name}()'s error on where it returned ${flat.errno}, so its callers can get ${g.errno} (from ${g.lock}()): do they all handle it?`,
        },
      });
      break;
    }
  }
  return out;
}

/**
 * `if (g(...)) return -ENOMEM;`, `if (g(...) < 0)\n\terr = -ENOMEM;`, or `err = g(...);\nif (err)\n\treturn -ENOMEM;`:
 * the fixed errno a failure of the call at `index` of `rows[p]` is reported as, and the row that says so.
 */
function flattenedReturn(rows: Row[], p: number, code: string, index: number): { errno: string; row: Row } | null {
  const before = code.slice(0, index);
  let condRow = p;
  if (/\bif\s*\(\s*(?:unlikely\s*\(\s*)?$/.test(before)) {
    // The branch is what follows the condition: the rest of the line, or the next line.
  } else {
    const v = before.match(/([A-Za-z_]\w*)\s*=\s*$/)?.[1];
    const next = rows[p + 1];
    if (!v || !next || !new RegExp(`^\\s*if\\s*\\(\\s*(?:unlikely\\s*\\(\\s*)?${v}\\s*(?:<\\s*0\\s*|!=\\s*0\\s*)?\\)+\\s*(.*)$`).test(next.code)) return null;
    condRow = p + 1;
  }
  const line = (rows[condRow] as Row).code;
  const tail = line.slice(line.lastIndexOf(")") + 1).trim();
  const stmt = tail && tail !== "{" ? { text: tail, row: rows[condRow] as Row } : rows[condRow + 1] ? { text: (rows[condRow + 1] as Row).code.trim(), row: rows[condRow + 1] as Row } : null;
  if (!stmt) return null;
  const m = stmt.text.match(/^(?:return\s+|[A-Za-z_][\w>.-]*\s*=\s*)(?:ERR_PTR\s*\(\s*)?(-E[A-Z0-9]+)\b/);
  if (!m || !FIXED_ERRNO.test(m[1] ?? "")) return null;
  return { errno: m[1] as string, row: stmt.row };
}

/** Whether the added call of `name` at `p` has its result returned (`err = g(x); if (err) return err;`). */
function propagates(rows: Row[], p: number, name: string): boolean {
  const r = rows[p];
  if (!r) return false;
  if (new RegExp(`\\breturn\\s+${name}\\s*\\(`).test(r.code)) return true;
  const v = r.code.match(new RegExp(`([A-Za-z_]\\w*)\\s*=\\s*${name}\\s*\\(`))?.[1];
  if (!v) return false;
  for (let q = p + 1; q < rows.length && q <= p + 3; q++) {
    if (new RegExp(`\\breturn\\s+${v}\\s*;`).test((rows[q] as Row).code)) return true;
  }
  return false;
}
