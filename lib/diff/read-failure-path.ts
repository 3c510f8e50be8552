// Reads how a new lock failure is handled: the `if` after the call, its branch, and a visible goto label.
import { braceDelta, callsIn, parenDelta, type CallRef } from "./c-lines";
import { rowAt, type FunctionView } from "./function-view";
import type { LockSite } from "./lock-site";

export const ERRNO_CONST = /^-?E[A-Z0-9]+$|^[A-Z][A-Z0-9_]{2,}$|^0$/;

/** Fills handling/errno/label/cleanup of a site from the statements after the call in the new code. */
export function readFailurePath(view: FunctionView, site: LockSite, call: CallRef, code: string): void {
  const before = code.slice(0, call.index);
  const pos = view.newRows.indexOf(site.row);
  let condPos = -1;
  let condCode = code;
  const prevPos = pos > 0 ? pos - 1 : -1;
  if (/\bif\s*\(/.test(before)) {
    // `if (trylock(x))` guards the success path; only `if (!trylock(x))` is the failure (and so on).
    if (!testsFailure(site.info, before, afterCall(code, call))) return;
    condPos = pos;
  } else if (prevPos >= 0 && /^\s*(?:!\s*)?$|(?:&&|\|\|)\s*(?:!\s*)?$/.test(before) && opensCondition(rowAt(view, prevPos).code)) {
    // The condition began on the line above: `if (PageFsCache(page) &&\n    wait_on_page_bit_killable(...) < 0)`.
    if (!testsFailure(site.info, before, afterCall(code, call))) return;
    condPos = prevPos;
    condCode = rowAt(view, prevPos).code;
  } else if (/\breturn\s*$/.test(before)) {
    site.handling = "propagate";
    site.errno = "propagated";
    return;
  } else {
    const asg = before.match(/([A-Za-z_][\w>.-]*)\s*=\s*$/);
    if (asg) {
      site.resultVar = asg[1] ?? null;
      // The test follows the statement, which may run over several lines (`ret = wait_…(x,\n timeout);`).
      const nextPos = nextCodePos(view, statementEnd(view, pos, code.slice(call.index)));
      const next = nextPos >= 0 ? rowAt(view, nextPos).code : "";
      const v = escapeRe(site.resultVar ?? "");
      const test = next.match(new RegExp(`\\bif\\s*\\(\\s*((?:unlikely\\s*\\(\\s*)?!?\\s*)${v}\\b(.*)$`));
      if (test) {
        if (!testsFailure(site.info, test[1] ?? "", test[2] ?? "")) return;
        condPos = nextPos;
        condCode = next;
      } else {
        site.handling = "assigned";
        return;
      }
    } else if (
      /^\s*(\(\s*void\s*\)\s*)?$/.test(before) &&
      // The call is the whole statement, on its line or with its arguments running over several lines
      // (`wait_for_completion_interruptible_timeout(&d->done,\n msecs_to_jiffies(2000));`, then the device's status
      // read instead of the result).
      (/^[^;]*\)\s*;\s*$/.test(code.slice(call.index)) || isWholeStatement(view, pos, code.slice(call.index), call.name))
    ) {
      // The second line of `res = shared ? down_read_trylock(s) :\n down_write_trylock(s);` is no statement.
      if (prevPos >= 0 && continuesBelow(rowAt(view, prevPos).code)) return;
      site.handling = "ignored";
      return;
    } else {
      return;
    }
  }
  // The branch: after the condition's closing parenthesis, one statement or a braced block.
  const ifAt = condCode.search(/\bif\s*\(/);
  let depth = 0;
  let rest = "";
  let p = condPos;
  let text = condCode.slice(ifAt);
  let closed = false;
  for (let guard = 0; guard < 6 && p < view.newRows.length; guard++) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === "(") depth++;
      else if (c === ")") {
        depth--;
        if (depth === 0) {
          rest = text.slice(i + 1);
          closed = true;
          break;
        }
      }
    }
    if (closed) break;
    p++;
    text = p < view.newRows.length ? rowAt(view, p).code : "";
  }
  if (!closed) return;
  const branch: string[] = [];
  const rows: number[] = [];
  if (rest.trim().startsWith("{") || (rest.trim() === "" && rowAt(view, p + 1)?.code.trim() === "{")) {
    let bd = 0;
    let q = p;
    let cur = rest;
    if (rest.trim() === "") {
      q = p + 1;
      cur = rowAt(view, q).code;
    }
    for (let guard = 0; guard < 40 && q < view.newRows.length; guard++) {
      bd += braceDelta(cur);
      branch.push(cur);
      if (q !== condPos) rows.push(view.newRows[q] as number);
      if (bd <= 0) break;
      q++;
      cur = q < view.newRows.length ? rowAt(view, q).code : "";
    }
  } else if (rest.trim() !== "") {
    branch.push(rest);
  } else {
    for (let q = p + 1, guard = 0; guard < 4 && q < view.newRows.length; q++, guard++) {
      const c = rowAt(view, q).code;
      branch.push(c);
      rows.push(view.newRows[q] as number);
      if (c.trim().endsWith(";")) break;
    }
  }
  site.branchRows = rows.filter((r) => r !== site.row);
  classifyBranch(view, site, branch.join("\n"));
}

function classifyBranch(view: FunctionView, site: LockSite, body: string): void {
  const gotoL = body.match(/\bgoto\s+(\w+)\s*;/);
  const ret = body.match(/\breturn\b\s*([^;]*);/);
  let assigned: string | null = null;
  for (const m of body.matchAll(/([A-Za-z_][\w>.-]*)\s*=\s*([^;=]+);/g)) {
    const v = (m[2] ?? "").trim();
    if (ERRNO_CONST.test(v)) assigned = v;
  }
  site.cleanup = callsIn(body).map((c) => c.name).filter((n) => CLEANUP.test(n));
  // Only a 0/-errno result carries an errno on: a timed-out wait's 0 or a failed trylock's false does not.
  const carried = site.resultVar && site.info.returns === "errno" ? "propagated" : null;
  if (gotoL) {
    site.handling = "goto";
    site.label = gotoL[1] ?? null;
    const lab = findLabel(view, site.label ?? "");
    site.labelRow = lab.row;
    site.cleanup.push(...lab.calls.filter((n) => CLEANUP.test(n)));
    site.errno = assigned ?? carried ?? lab.returns;
  } else if (ret) {
    // `return ERR_PTR(err);` reports the same value as `return err;` (and ERR_PTR(-EINTR) as -EINTR).
    const v = (ret[1] ?? "").trim().replace(/^(?:ERR_PTR|ERR_CAST)\s*\(\s*(.*?)\s*\)$/, "$1");
    if (site.resultVar && v === site.resultVar) {
      site.handling = "propagate";
      site.errno = "propagated";
    } else {
      site.handling = "return";
      site.errno = ERRNO_CONST.test(v) ? v : assigned ?? (v || null);
    }
  } else if (/\bbreak\s*;/.test(body)) {
    site.handling = "break";
    site.errno = assigned ?? carried;
  } else if (/\bcontinue\s*;/.test(body)) {
    site.handling = "continue";
    site.errno = assigned;
  } else if (assigned) {
    // `if (!wait_for_completion_timeout(&c, t))\n\terr = -ETIMEDOUT;`: the failure sets the error the function
    // returns further down and carries on (20 of the 38 "other" among linux-spi's 56 lock and wait labels).
    site.handling = "assigned";
    site.errno = assigned;
  }
}

const CLEANUP = /free|_put$|^put_|uncharge|unacct|release|destroy|undo|unlock|kfree/;

function findLabel(view: FunctionView, label: string): { row: number | null; calls: string[]; returns: string | null } {
  const re = new RegExp(`^\\s*${escapeRe(label)}\\s*:`);
  for (let k = 0; k < view.newRows.length; k++) {
    const r = rowAt(view, k);
    if (!re.test(r.code)) continue;
    const calls: string[] = [];
    let returns: string | null = null;
    for (let q = k + 1; q < view.newRows.length && q < k + 30; q++) {
      const c = rowAt(view, q);
      if (c.gapBefore) break;
      calls.push(...c.calls.map((x) => x.name));
      const m = c.code.match(/\breturn\b\s*([^;]*);/);
      if (m) {
        const v = (m[1] ?? "").trim();
        returns = ERRNO_CONST.test(v) ? v : null;
        break;
      }
    }
    return { row: view.newRows[k] ?? null, calls, returns };
  }
  return { row: null, calls: [], returns: null };
}

/**
 * Whether `if (<before>CALL(...)<after>` takes its branch when the call fails, by its return convention:
 * 0/-errno fails when non-zero, a trylock (true = acquired) when false, a timeout (jiffies left) when 0
 * or negative (a signal), `down_trylock` (0 = acquired) and an interruptible sleep (time left) when non-zero.
 */
function testsFailure(info: LockSite["info"], before: string, after: string): boolean {
  // A `_nowait` helper guessed by its name may return 0/-errno or true = acquired: its use tells.
  if (info.form === "nowait") return true;
  const returns = info.returns;
  const negated = /!\s*(?:\(\s*)?$/.test(before);
  const cmp = after.match(/^\s*(==|!=|<=|>=|<|>)\s*(-?\w+)/);
  if (cmp) {
    const [, op, val] = cmp;
    if (val === "0" || val === "false") {
      if (returns === "jiffies") return op === "==" || op === "<=" || op === "<";
      if (returns === "bool") return op === "==" || op === "<=";
      return op === "!=" || op === "<" || op === ">";
    }
    return !negated;
  }
  if (returns === "bool" || returns === "jiffies") return negated;
  return !negated;
}

/** The code after a call's closing parenthesis (`< 0) {` of `if (folio_lock_killable(f) < 0) {`). */
function afterCall(code: string, call: CallRef): string {
  return code.slice(call.index + call.name.length).replace(/^\s*\((?:[^()]|\([^()]*\))*\)/, "");
}

/** Whether a line's expression goes on to the next line (an operator, `?:`, a comma or an open parenthesis). */
function continuesBelow(code: string): boolean {
  const t = code.trimEnd();
  if (/(?:[=?,(&|+*\/-]|[^-]>)$/.test(t)) return true;
  if (t.endsWith(":") && t.includes("?")) return true;
  return parenDelta(t) > 0;
}

/** Whether a line opens an `if (` whose parenthesis it leaves open (the condition goes on below). */
function opensCondition(code: string): boolean {
  const at = code.search(/\bif\s*\(/);
  return at >= 0 && parenDelta(code, at) > 0;
}

/** The position of the line where the statement starting at `pos` (at `from`) ends with `;`. */
function statementEnd(view: FunctionView, pos: number, from: string): number {
  let depth = 0;
  let text = from;
  for (let p = pos, guard = 0; guard < 8 && p < view.newRows.length; guard++) {
    depth += parenDelta(text);
    if (depth <= 0 && text.trimEnd().endsWith(";")) return p;
    p++;
    text = rowAt(view, p).code;
  }
  return pos;
}

/** Whether the call starting `from` (on the row at `pos`) is the whole statement, `;` right after its `)`. */
function isWholeStatement(view: FunctionView, pos: number, from: string, name: string): boolean {
  const end = statementEnd(view, pos, from);
  if (end <= pos) return false;
  let text = from.slice(name.length);
  for (let p = pos + 1; p <= end; p++) text += `\n${rowAt(view, p).code}`;
  const open = text.search(/\S/);
  if (open < 0 || text[open] !== "(") return false;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return /^\s*;\s*$/.test(text.slice(i + 1));
  }
  return false;
}

function nextCodePos(view: FunctionView, pos: number): number {
  for (let q = pos + 1; q < view.newRows.length; q++) {
    if (rowAt(view, q).code.trim()) return q;
  }
  return -1;
}
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
}
