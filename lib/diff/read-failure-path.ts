// Reads how a new lock failure is handled: the `if` after the call, its branch, and a visible goto label.
import { braceDelta, callsIn, parenDelta, skipBlank, skipGroup, splitTopLevel, type CallRef } from "./c-lines";
import { enclosingLoopAt, indentOf, rowAt, type FunctionView } from "./function-view";
import { LOG_CALL } from "./log-calls";
import { statementAfterGuard, SUCCESS_RETURN, type GuardedCall } from "./guard-calls";
import type { LockSite } from "./lock-site";

export const ERRNO_CONST = /^-?E[A-Z0-9]+$|^[A-Z][A-Z0-9_]{2,}$|^0$/;

/**
 * Fills handling/errno/label/cleanup of a site from the statements after the call in the new code. `row` is
 * where the result is read: the call's own row, or for an ACQUIRE guard the row of its ACQUIRE_ERR.
 */
export function readFailurePath(view: FunctionView, site: LockSite, call: CallRef, code: string, row = site.row): void {
  const before = code.slice(0, call.index);
  const pos = view.newRows.indexOf(row);
  let condPos = -1;
  let condCode = code;
  // Whether the condition tests success (`if (mutex_trylock(m))`, `if (rv > 0)`): the failure path is elsewhere.
  let testsSuccess = false;
  const prevPos = pos > 0 ? pos - 1 : -1;
  if (/\bwhile\s*\(\s*(?:!\s*)?$/.test(before)) {
    // `while (wait_for_completion_interruptible(&c))`, `} while (!wait_for_completion_timeout(&c, HZ));`: the
    // failure is waited out, the loop tries again until the call succeeds.
    site.handling = "retry";
    return;
  }
  if (/\bif\s*\(/.test(before)) {
    // `if (trylock(x))` guards the success path; only `if (!trylock(x))` is the failure (and so on).
    testsSuccess = !testsFailure(site.info, before, afterCallAcross(view, pos, code, call));
    condPos = pos;
  } else if (prevPos >= 0 && /^\s*(?:!\s*)?$|(?:&&|\|\|)\s*(?:!\s*)?$/.test(before) && opensCondition(rowAt(view, prevPos).code)) {
    // The condition began on the line above: `if (PageFsCache(page) &&\n    wait_on_page_bit_killable(...) < 0)`.
    testsSuccess = !testsFailure(site.info, before, afterCallAcross(view, pos, code, call));
    condPos = prevPos;
    condCode = rowAt(view, prevPos).code;
  } else if (/\breturn\s*$/.test(before)) {
    site.handling = "propagate";
    site.errno = "propagated";
    return;
  } else {
    // `ret = f(x);`, or one arm of a choice: `locked = shared ? down_read_trylock(s) : down_write_trylock(s);`,
    // the second arm also when it stands on a line of its own (`res = shared ? down_read_trylock(s) :\n
    // down_write_trylock(s);`).
    const asg = before.match(/([A-Za-z_][\w>.-]*)\s*=\s*$/) ?? before.match(TERNARY_ARM) ?? armBelow(view, prevPos, before);
    if (asg) {
      site.resultVar = asg[1] ?? null;
      // The test follows the statement, which may run over several lines (`ret = wait_…(x,\n timeout);`).
      const nextPos = nextCodePos(view, statementEnd(view, pos, code.slice(call.index)));
      const next = nextPos >= 0 ? rowAt(view, nextPos).code : "";
      const v = escapeRe(site.resultVar ?? "");
      const testRe = new RegExp(`\\bif\\s*\\(\\s*((?:unlikely\\s*\\(\\s*)?!?\\s*)${v}\\b(.*)$`);
      let testPos = nextPos;
      let test = next.match(testRe);
      if (!test && nextPos >= 0) {
        testPos = laterTest(view, pos, nextPos, v, testRe);
        if (testPos >= 0) test = rowAt(view, testPos).code.match(testRe);
      }
      if (test) {
        testsSuccess = !testsFailure(site.info, test[1] ?? "", test[2] ?? "");
        condPos = testPos;
        condCode = rowAt(view, testPos).code;
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
  const ifAt = condCode.search(/\bif\s*\(/);
  if (testsSuccess) {
    readOtherBranch(view, site, condPos, condCode.slice(ifAt));
    return;
  }
  // The branch: after the condition's closing parenthesis, one statement or a braced block.
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
  // Whether the whole branch is in view (a block cut off by the hunk's end may do more below).
  let whole = false;
  if (rest.trim().startsWith("{") || (rest.trim() === "" && rowAt(view, p + 1)?.code.trim() === "{")) {
    let bd = 0;
    let q = p;
    let cur = rest;
    if (rest.trim() === "") {
      q = p + 1;
      cur = rowAt(view, q).code;
    }
    let seamless = true;
    for (let guard = 0; guard < 40 && q < view.newRows.length; guard++) {
      // The block ends where its brace closes, even on a line that opens the next (`} else {`).
      const close = bd > 0 ? closingAt(cur, bd) : -1;
      bd += braceDelta(cur);
      branch.push(close >= 0 ? cur.slice(0, close + 1) : cur);
      if (q !== condPos) rows.push(view.newRows[q] as number);
      if (bd <= 0 || close >= 0) {
        bd = 0;
        break;
      }
      q++;
      cur = q < view.newRows.length ? rowAt(view, q).code : "";
      if (q < view.newRows.length && rowAt(view, q).gapBefore) seamless = false;
    }
    whole = bd <= 0 && seamless;
  } else if (rest.trim() !== "") {
    branch.push(rest);
    whole = rest.trimEnd().endsWith(";");
  } else {
    for (let q = p + 1, guard = 0; guard < 4 && q < view.newRows.length; q++, guard++) {
      const c = rowAt(view, q).code;
      branch.push(c);
      rows.push(view.newRows[q] as number);
      if (c.trim().endsWith(";")) {
        whole = true;
        break;
      }
    }
  }
  site.branchRows = rows.filter((r) => r !== site.row);
  classifyBranch(view, site, branch.join("\n"), whole);
}

/** Where a line closes a block that `depth` braces are open around at its start, or -1. */
function closingAt(code: string, depth: number): number {
  let d = depth;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === "{") d++;
    else if (code[i] === "}" && --d === 0) return i;
  }
  return -1;
}

/**
 * Fills a guard site's failure handling: scoped_cond_guard's own failure statement (`return -EINTR`), or the
 * test of ACQUIRE_ERR on its variable in the lines below (`if ((rc = ACQUIRE_ERR(mutex_intr, &lock)))`).
 * A guard that cannot fail has none.
 */
export function readGuardFailure(view: FunctionView, site: LockSite, guard: GuardedCall): void {
  if (guard.failure !== null) {
    classifyBranch(view, site, `${guard.failure};`);
    return;
  }
  const start = view.newRows.indexOf(site.row);
  if (guard.acquireVar === null) {
    // scoped_guard() of a class that can fail skips its body and goes on: the statement after the body is the
    // failure path when it reports an error (`return -EINTR;`). One that reports success, or the function's end,
    // leaves the handling "other" (the guard-skips-body nit says so).
    if (!guard.spelled.startsWith("scoped_guard(") || site.info.form === "plain") return;
    const after = statementAfterGuard(view, start);
    if (after && /^return\b/.test(after.code) && !SUCCESS_RETURN.test(after.code)) classifyBranch(view, site, after.code);
    return;
  }
  const tested = new RegExp(`^\\s*&?\\s*${escapeRe(guard.acquireVar)}\\s*$`);
  for (let p = start + 1, seen = 0; p < view.newRows.length && seen < 6; p++) {
    const r = rowAt(view, p);
    if (r.gapBefore) return;
    if (!r.code.trim()) continue;
    seen++;
    const err = r.calls.find((c) => c.name === "ACQUIRE_ERR" && tested.test(c.args.slice(c.args.indexOf(",") + 1)));
    if (!err) continue;
    const asg = r.code.slice(0, err.index).match(/([A-Za-z_][\w>.-]*)\s*=\s*$/);
    if (asg) site.resultVar = asg[1] ?? null;
    readFailurePath(view, site, err, r.code, view.newRows[p]);
    return;
  }
}

/**
 * The failure path of a condition that tests success: its `else` branch (`if (mutex_trylock(m)) {…} else return
 * -EBUSY;`), or, when the success branch leaves the block (`if (rv) {…; return 0; }`), the statements after it up
 * to the first that leaves (`return -1;`). A success branch that carries on has its failure path nowhere in
 * particular: the handling stays "other" (`if (mutex_trylock(m)) { … }` skips the work when the lock is busy).
 */
function readOtherBranch(view: FunctionView, site: LockSite, condPos: number, ifText: string): void {
  // The code from the `if` on, with where each row starts in it (to give the failure path its rows).
  const starts: number[] = [0];
  let text = ifText;
  for (let p = condPos + 1; p < view.newRows.length && p <= condPos + 40; p++) {
    const r = rowAt(view, p);
    if (r.gapBefore) break;
    starts.push(text.length + 1);
    text += `\n${r.code}`;
  }
  let i = skipGroup(text, text.indexOf("("), "(", ")");
  if (i < 0) return;
  i = skipBlank(text, i);
  const successEnd = text[i] === "{" ? skipGroup(text, i, "{", "}") : statementEndAt(text, i);
  if (successEnd < 0) return;
  const success = text.slice(i, successEnd);
  // `for (;;) { if (mutex_trylock(m)) break; … }`: the loop tries again until the lock is taken.
  if (/^\{?\s*break\s*;\s*\}?$/.test(success.trim()) && enclosingLoopAt(view, condPos)) {
    site.handling = "retry";
    return;
  }
  let from = skipBlank(text, successEnd);
  let to: number;
  if (/^else\b/.test(text.slice(from, from + 5))) {
    from = skipBlank(text, from + 4);
    if (/^if\b/.test(text.slice(from, from + 3))) return;
    to = text[from] === "{" ? skipGroup(text, from, "{", "}") : statementEndAt(text, from);
  } else if (LEAVES.test(success.replace(/[\s}]+$/, ""))) {
    to = leavingStatementsEnd(text, from);
  } else {
    return;
  }
  if (to <= from) return;
  const rows: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as number;
    const end = starts[k + 1] ?? text.length;
    if (end > from && start < to && k > 0) rows.push(view.newRows[condPos + k] as number);
  }
  site.branchRows = rows.filter((r) => r !== site.row);
  // Statements read to the end of what is in view may go on below it.
  classifyBranch(view, site, text.slice(from, to), text.slice(to).trim() !== "");
}

// The text before a call that is an arm of a conditional expression assigned to a variable.
const TERNARY_ARM = /([A-Za-z_][\w>.-]*)\s*=(?!=)\s*[^;?]+\?\s*(?:[^;?]+:\s*)?$/;

/** The assignment a call at the start of its line is the last arm of, when the line above opens it (`x = c ? f(a) :`). */
function armBelow(view: FunctionView, prevPos: number, before: string): RegExpMatchArray | null {
  if (prevPos < 0 || before.trim() !== "") return null;
  const above = rowAt(view, prevPos).code.trimEnd();
  return above.endsWith(":") && above.includes("?") ? `${above} `.match(TERNARY_ARM) : null;
}

// The last statement of a branch that leaves its block.
const LEAVES = /\b(?:return|goto\s+\w+|break|continue)\b[^;]*;$/;

/** The position after the `;` ending the statement at `at` (parentheses and braces balanced), or -1. */
function statementEndAt(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") {
      if (--depth < 0) return -1;
    } else if (c === ";" && depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The end of the statements from `at` up to and including the first that leaves (`return -1;`, `goto out;`),
 * at most eight; the block's own closing brace ends them too.
 */
function leavingStatementsEnd(text: string, at: number): number {
  let end = at;
  for (let n = 0; n < 8; n++) {
    const start = skipBlank(text, end);
    if (start >= text.length || text[start] === "}") return end;
    const next = text[start] === "{" ? skipGroup(text, start, "{", "}") : statementEndAt(text, start);
    if (next < 0) return end;
    end = next;
    if (/^(?:return|goto|break|continue)\b/.test(text.slice(start, start + 8))) return end;
  }
  return end;
}

/** Reads a failure branch's text; `whole` when all of it is in view (only then can it be said to only log). */
function classifyBranch(view: FunctionView, site: LockSite, body: string, whole = true): void {
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
    if (lab.row !== null && lab.row < site.row) {
      // `again: … if (!mutex_trylock(&m)) goto again;`: a label above the call starts it over.
      site.handling = "retry";
      return;
    }
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
  } else if (whole && !assigned && onlyLogs(body)) {
    // `if (!time_left)\n\tdev_err(dev, "reset timed out\n");`: the failure is reported and the code goes on.
    site.handling = "logged";
  } else if (assigned) {
    // `if (!wait_for_completion_timeout(&c, t))\n\terr = -ETIMEDOUT;`: the failure sets the error the function
    // returns further down and carries on (20 of the 38 "other" among linux-spi's 56 lock and wait labels).
    site.handling = "assigned";
    site.errno = assigned;
  }
}

/**
 * Whether every statement of a branch is a log call (`{ dev_err(…); }`; not `{ mutex_lock(m); dev_warn(…); }`): a
 * branch that only reports carries on as if the call had succeeded.
 */
function onlyLogs(body: string): boolean {
  let any = false;
  for (const stmt of splitTopLevel(body.replace(/[{}]/g, " "), ";")) {
    if (!stmt) continue;
    const name = stmt.match(/^([A-Za-z_]\w*)\s*\(/)?.[1];
    if (!name || !LOG_CALL.test(name)) return false;
    any = true;
  }
  return any;
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

/**
 * The code after a call's closing parenthesis when its arguments may run over the next lines: `if
 * (wait_for_completion_timeout(\n &d->done, 10 * HZ) == 0)` compares on the second line.
 */
function afterCallAcross(view: FunctionView, pos: number, code: string, call: CallRef): string {
  let text = code;
  for (let p = pos + 1; p <= pos + 3 && p < view.newRows.length && parenDelta(text, call.index) > 0; p++) {
    const r = rowAt(view, p);
    if (r.gapBefore) break;
    text += ` ${r.code.trim()}`;
  }
  return afterCall(text, call);
}

/**
 * Where the result kept in `v` is tested a few statements further on (`ret = wait_for_completion_timeout(&c, t);`,
 * the device stopped and its lock dropped, then `if (!ret) return -ETIMEDOUT;`), or -1. The search stops where
 * `v` is set again or its address taken, at a label (other paths join there) and where the call's block ends. It
 * crosses lines the diff does not show only to a test the patch itself adds beside a call it adds.
 */
function laterTest(view: FunctionView, callPos: number, from: number, v: string, testRe: RegExp): number {
  const callRow = rowAt(view, callPos);
  const depth = indentOf(callRow.text);
  const setAgain = new RegExp(`(?:\\b${v}\\s*(?:[-+*/|&^]|<<|>>)?=(?!=)|&\\s*${v}\\b|\\b${v}\\s*(?:\\+\\+|--))`);
  let unseen = false;
  for (let p = from, statements = 0; p < view.newRows.length && statements < 8; p++) {
    const r = rowAt(view, p);
    if (p > from && r.gapBefore) unseen = true;
    const code = r.code;
    if (!code.trim()) continue;
    statements++;
    if (indentOf(r.text) < depth || /^\s*\w+:/.test(code)) return -1;
    if (testRe.test(code)) return !unseen || (callRow.type === "add" && r.type === "add") ? p : -1;
    if (setAgain.test(code) || /\b(?:return|goto)\b/.test(code)) return -1;
  }
  return -1;
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
