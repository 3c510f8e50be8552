// Finds converted lock/wait call sites in one function and pairs each with the call it replaced.
import { firstArg, type CallRef } from "./c-lines";
import { signatureName, signatureReturnType } from "./function-context";
import type { FunctionView, Row } from "./function-view";
import { lockInfo, plainInfo, type LockInfo } from "./lock-catalogue";
import type { Direction, LockSite } from "./lock-site";
import { readFailurePath } from "./read-failure-path";
import { readMove } from "./read-move";

export type { Direction, Handling, LockSite } from "./lock-site";

interface Found {
  row: number;
  call: CallRef;
  info: LockInfo | null;
}



interface ReturnTypeMemo {
  view: FunctionView;
  value: string | null | undefined;
}

function returnTypeOnce(memo: ReturnTypeMemo): string | null {
  if (memo.value === undefined) memo.value = returnTypeChange(memo.view);
  return memo.value;
}

/** Every converted (or newly fallible) lock call in a function, paired with the call it replaced. */
export function findLockSites(view: FunctionView): LockSite[] {
  const adds: Found[] = [];
  const dels: Found[] = [];
  view.rows.forEach((r, i) => {
    if (r.type === "context" || !r.code.trim()) return;
    for (const call of r.calls) {
      const f = { row: i, call, info: lockInfo(call.name) };
      (r.type === "add" ? adds : dels).push(f);
    }
  });
  const usedDel = new Set<Found>();
  const usedAdd = new Set<Found>();
  const sites: LockSite[] = [];
  // Read only when a site is made: most functions have none. (A memo object, not a closure: tsx names each
  // closure as it is made, a cost on every function of every patch.)
  const memo: ReturnTypeMemo = { view, value: undefined };
  // Plain → variant and variant → variant.
  for (const a of adds) {
    if (!a.info || a.info.form === "plain") continue;
    const obj = firstArg(a.call.args);
    const d = nearest(a, dels, usedDel, (x) => x.call.name !== a.call.name && firstArg(x.call.args) === obj &&
      (x.call.name === a.info?.plain || (x.info !== null && x.info.plain === a.info?.plain)));
    if (d) usedDel.add(d);
    usedAdd.add(a);
    const direction: Direction = !d ? "added" : d.info && d.info.form !== "plain" ? "variant-change" : "to-variant";
    const matchedBy = a.info.matchedBy === "catalogue" ? "catalogue" : "naming";
    if (!d && a.info.matchedBy === "naming" && !/_(killable|interruptible)/.test(a.call.name)) continue;
    sites.push(makeSite(view, a, d, direction, a.info, matchedBy, returnTypeOnce(memo)));
  }
  // Same call, sleep mode argument changed (`wait_on_bit(…, TASK_UNINTERRUPTIBLE)` → `TASK_KILLABLE`).
  for (const a of adds) {
    if (usedAdd.has(a)) continue;
    const to = modeOf(a.call.args);
    if (!to) continue;
    const obj = firstArg(a.call.args);
    const d = nearest(a, dels, usedDel, (x) => x.call.name === a.call.name && firstArg(x.call.args) === obj &&
      modeOf(x.call.args) !== null && modeOf(x.call.args) !== to);
    if (!d) continue;
    const from = modeOf(d.call.args) as Mode;
    usedDel.add(d);
    usedAdd.add(a);
    const form = to === "TASK_UNINTERRUPTIBLE" ? "plain" : to === "TASK_KILLABLE" ? "killable" : "interruptible";
    const info: LockInfo = { name: a.call.name, plain: a.call.name, form, returns: form === "plain" ? "void" : "errno",
      errno: form === "plain" ? null : "-EINTR", mustCheck: false, matchedBy: "catalogue" };
    const direction: Direction = form === "plain" ? "to-plain" : from === "TASK_UNINTERRUPTIBLE" ? "to-variant" : "variant-change";
    const site = makeSite(view, a, d, direction, info, "catalogue", returnTypeOnce(memo));
    site.mode = `${from} -> ${to}`;
    sites.push(site);
  }
  // Variant → plain: the error path goes away.
  for (const a of adds) {
    if (usedAdd.has(a)) continue;
    // Computed only when a removed variant of this very call is there (rarely): most adds have none.
    let obj: string | undefined;
    const d = nearest(a, dels, usedDel, (x) => x.info !== null && x.info.form !== "plain" &&
      x.info.plain === a.call.name && firstArg(x.call.args) === (obj ??= firstArg(a.call.args)));
    if (!d || !d.info) continue;
    usedDel.add(d);
    const info = plainInfo(a.call.name);
    sites.push(makeSite(view, a, d, "to-plain", info, d.info.matchedBy, returnTypeOnce(memo)));
  }
  return sites.sort((x, y) => x.row - y.row);
}

type Mode = "TASK_UNINTERRUPTIBLE" | "TASK_KILLABLE" | "TASK_INTERRUPTIBLE";

function modeOf(args: string): Mode | null {
  const m = args.match(/\b(TASK_UNINTERRUPTIBLE|TASK_KILLABLE|TASK_INTERRUPTIBLE)\b/);
  return (m?.[1] as Mode | undefined) ?? null;
}

function nearest(a: Found, pool: Found[], used: Set<Found>, ok: (f: Found) => boolean): Found | null {
  let best: Found | null = null;
  for (const f of pool) {
    if (used.has(f) || !ok(f)) continue;
    if (!best || Math.abs(f.row - a.row) < Math.abs(best.row - a.row)) best = f;
  }
  return best;
}

function makeSite(
  view: FunctionView,
  a: Found,
  d: Found | null,
  direction: Direction,
  info: LockInfo,
  matchedBy: "catalogue" | "naming",
  returnType: string | null,
): LockSite {
  const row = view.rows[a.row] as Row;
  const site: LockSite = {
    function: view.name,
    direction,
    from: d ? d.call.name : null,
    to: a.call.name,
    info,
    matchedBy,
    object: firstArg(a.call.args),
    row: a.row,
    removedRow: d ? d.row : null,
    hunk: row.hunk,
    line: row.newLine,
    handling: "other",
    errno: null,
    label: null,
    resultVar: null,
    branchRows: [],
    cleanup: [],
    labelRow: null,
    moved: null,
    movedPast: [],
    movedLines: 0,
    movedAcrossUnseen: false,
    returnType,
  };
  if (direction !== "to-plain") readFailurePath(view, site, a.call, row.code);
  else site.handling = "ignored";
  if (d) readMove(view, site, a.row, d.row);
  return site;
}

/** `void -> int` when a function's signature changed its return type in this diff. */
export function returnTypeChange(view: FunctionView): string | null {
  if (!view.name) return null;
  let oldT: string | null = null;
  let newT: string | null = null;
  for (const r of view.rows) {
    if (r.type === "context" || signatureName(r.text) !== view.name) continue;
    const t = signatureReturnType(r.text);
    if (r.type === "del") oldT = t;
    else newT = t;
  }
  return oldT && newT && oldT !== newT ? `${oldT} -> ${newT}` : null;
}

