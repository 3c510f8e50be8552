// Finds converted lock/wait call sites in one function and pairs each with the call it replaced.
import { callsIn, firstArg, parenDelta, splitTopLevel, type CallRef } from "./c-lines";
import { signatureName, signatureReturnType } from "./function-context";
import type { FunctionView, Row } from "./function-view";
import { GUARD_MACROS, guardedLockCall, type GuardedCall } from "./guard-calls";
import { lockInfo, plainInfo, type LockInfo } from "./lock-catalogue";
import type { Direction, LockSite } from "./lock-site";
import { readFailurePath, readGuardFailure } from "./read-failure-path";
import { readMove } from "./read-move";

export type { Direction, Handling, LockSite } from "./lock-site";

interface Found {
  row: number;
  call: CallRef;
  info: LockInfo | null;
  /** The first argument, normalised (found when first compared). */
  obj: string | undefined;
  /** The scope guard this call was read from (`scoped_cond_guard(mutex_intr, …)`), or null for a plain call. */
  guard: GuardedCall | null;
}

function objOf(f: Found): string {
  if (f.obj === undefined) f.obj = firstArg(f.call.args);
  return f.obj;
}

/**
 * A call of the same name removed and added again is a rewritten line (arguments renamed, reflowed,
 * `5 * HZ` → `secs_to_jiffies(5)`), not a conversion: the failure path it had is the one it has.
 * Likewise a variant replaced by one of the same form and return convention in the same block of
 * changed lines (`down_write_killable(&mm->mmap_sem)` → `mmap_write_lock_killable(mm)`, LOCK-SEMANTICS P0).
 * Marks both calls used; the removed ones go to `rewritten`.
 */
function consumeRewrites(view: FunctionView, adds: Found[], dels: Found[], usedDel: Set<Found>, usedAdd: Set<Found>,
  rewritten: Set<Found>, guarded: [Found, Found][]): void {
  for (const a of adds) {
    const ai = a.info;
    if (!ai) continue;
    let mode: Mode | null | undefined;
    let sameObj: Found | null = null;
    let sameBlock: Found | null = null;
    let sameForm: Found | null = null;
    for (const x of dels) {
      if (usedDel.has(x)) continue;
      const dist = Math.abs(x.row - a.row);
      if (x.call.name === a.call.name) {
        if (mode === undefined) mode = modeOf(a.call.args);
        if (modeOf(x.call.args) !== mode) continue;
        if (objOf(x) === objOf(a)) {
          if (!sameObj || dist < Math.abs(sameObj.row - a.row)) sameObj = x;
        } else if ((!sameBlock || dist < Math.abs(sameBlock.row - a.row)) && sameChangeBlock(view, x.row, a.row)) sameBlock = x;
      } else if (x.info && ai.form !== "plain" && x.info.form === ai.form && x.info.returns === ai.returns &&
        (x.info.plain !== ai.plain || ai.byState === true || x.info.byState === true) && (!sameForm || dist < Math.abs(sameForm.row - a.row)) && sameChangeBlock(view, x.row, a.row)) {
        sameForm = x;
      }
    }
    const d = sameObj ?? sameBlock ?? sameForm;
    if (!d) continue;
    usedDel.add(d);
    usedAdd.add(a);
    rewritten.add(d);
    // A call that can fail, now made by a scope guard: its failure statement is rewritten with it (serio_raw's
    // `mutex_lock_interruptible()` + `if (err) return err;` → `scoped_guard(mutex_intr, …) {…} return -EINTR;`).
    if (a.guard && !d.guard && ai.form !== "plain" && ai.form !== "state") guarded.push([a, d]);
  }
}

/**
 * A call kept on one branch and given a new form on another (`if (nowait) { if (!down_read_trylock(s))
 * return -EAGAIN; } else down_read(s);`) converts it on that branch: the kept call's removed line is the
 * `from` of the new form, when both lie in one block of changed lines.
 */
function keptFrom(view: FunctionView, rewritten: Set<Found>, a: Found, ok: (x: Found) => boolean): Found | null {
  let best: Found | null = null;
  for (const x of rewritten) {
    if (x.call.name === a.call.name || !ok(x) || !sameChangeBlock(view, x.row, a.row)) continue;
    if (!best || Math.abs(x.row - a.row) < Math.abs(best.row - a.row)) best = x;
  }
  return best;
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
  // Most functions hold no lock call at all: they leave before any pairing is set up.
  let any = false;
  const rows = view.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (r.type === "context" || !r.code.trim()) continue;
    for (const written of r.calls) {
      // A scope guard is read as the lock call it makes (guard-calls.ts); other guards stay as they are.
      const guard = GUARD_MACROS.has(written.name) ? guardedLockCall(...guardText(view, i, written)) : null;
      let call = guard ? guard.call : written;
      let info = lockInfo(call.name);
      // A prototype (`extern int __must_check down_read_killable(struct rw_semaphore *sem);`) or a macro's
      // own name (`#define _raw_read_lock(lock) ...`) declares the call, it does not make it; a macro's body
      // (`#define lock_relaxed_timeout(p, t) \` then `\t__lock_wait_timeout((p), (t))`) only spells what a
      // caller will get, the way arch headers define the primitives themselves.
      if (info && (isDeclaration(r.code, call) || DEFINES_CLASS.test(r.code) || inMacroBody(rows, i))) continue;
      // Arguments running over the next lines (`wait_for_completion_timeout(\n &d->done, t)`) are read whole: the
      // object compared with the removed call's may stand on the next line.
      if (info && !guard && parenDelta(r.code, call.index) > 0) call = guardText(view, i, call)[0];
      if (info?.form === "state") info = stateInfo(info, call.args, rows, r.type);
      if (info || (r.type === "add" && call.args.includes("TASK_"))) any = true;
      (r.type === "add" ? adds : dels).push({ row: i, call, info, obj: undefined, guard });
    }
  }
  if (!any) return [];
  const usedDel = new Set<Found>();
  const usedAdd = new Set<Found>();
  const sites: LockSite[] = [];
  const rewritten = new Set<Found>();
  const guarded: [Found, Found][] = [];
  consumeRewrites(view, adds, dels, usedDel, usedAdd, rewritten, guarded);
  // Read only when a site is made. (A memo object, not a closure: tsx names each closure as it is made.)
  const memo: ReturnTypeMemo = { view, value: undefined };
  for (const [a, d] of guarded) {
    const info = a.info as LockInfo;
    sites.push(makeSite(view, a, d, "to-guard", info, info.matchedBy === "catalogue" ? "catalogue" : "naming", returnTypeOnce(memo)));
  }
  // Plain → variant and variant → variant.
  for (const a of adds) {
    if (!a.info || a.info.form === "plain" || usedAdd.has(a)) continue;
    const obj = objOf(a);
    // (Inline arrows, not named consts: tsx names every named closure as it is made, a cost per call site.)
    let d = nearest(a, dels, usedDel, (x) => replacedBy(view, a, obj, x));
    if (d) usedDel.add(d);
    else if (rewritten.size) d = keptFrom(view, rewritten, a, (x) => replacedBy(view, a, obj, x));
    usedAdd.add(a);
    const direction: Direction = !d ? "added" : d.info && d.info.form !== "plain" ? "variant-change" : "to-variant";
    const matchedBy = a.info.matchedBy === "catalogue" ? "catalogue" : "naming";
    if (!d && a.info.matchedBy === "naming" && !/_(killable|interruptible)/.test(a.call.name)) continue;
    const site = makeSite(view, a, d, direction, a.info, matchedBy, returnTypeOnce(memo));
    // A fallible call in code this patch writes (a new function, a new file, a new macro at file scope)
    // converts nothing: it is only worth a label when its result is thrown away.
    if (!d && (site.handling !== "ignored" || !REPORTS_FAILURE.has(a.info.returns)) && isNewCode(view)) continue;
    sites.push(site);
  }
  // Same call, sleep mode argument changed (`wait_on_bit(…, TASK_UNINTERRUPTIBLE)` → `TASK_KILLABLE`).
  for (const a of adds) {
    if (usedAdd.has(a)) continue;
    const to = modeOf(a.call.args);
    if (!to || WAKES_SLEEPERS.test(a.call.name)) continue;
    const obj = objOf(a);
    const d = nearest(a, dels, usedDel, (x) => x.call.name === a.call.name && objOf(x) === obj &&
      modeOf(x.call.args) !== null && modeOf(x.call.args) !== to);
    if (!d) continue;
    const from = modeOf(d.call.args) as Mode;
    usedDel.add(d);
    usedAdd.add(a);
    const form = to === "TASK_UNINTERRUPTIBLE" ? "plain" : to === "TASK_KILLABLE" ? "killable" : "interruptible";
    // A call that only sets the sleep state returns nothing: the signal shows in signal_pending() after the
    // sleep, so there is no result to ignore (io_uring's prepare_to_wait(…, TASK_INTERRUPTIBLE) was told so).
    const reports = form !== "plain" && !SETS_STATE_ONLY.test(a.call.name);
    const info: LockInfo = { name: a.call.name, plain: a.call.name, form, returns: reports ? "errno" : "void",
      errno: reports ? "-EINTR" : null, mustCheck: false, matchedBy: "catalogue" };
    const direction: Direction = form === "plain" ? "to-plain" : from === "TASK_UNINTERRUPTIBLE" ? "to-variant" : "variant-change";
    const site = makeSite(view, a, d, direction, info, "catalogue", returnTypeOnce(memo));
    site.mode = `${from} -> ${to}`;
    sites.push(site);
  }
  // Variant → plain: the error path goes away.
  for (const a of adds) {
    if (usedAdd.has(a)) continue;
    // Computed only when a removed variant of this very call is there (rarely): most adds have none.
    let d = nearest(a, dels, usedDel, (x) => variantOfPlain(a, x));
    if (d) usedDel.add(d);
    else if (rewritten.size) d = keptFrom(view, rewritten, a, (x) => variantOfPlain(a, x));
    if (!d || !d.info) continue;
    const info = a.info?.byState ? a.info : plainInfo(a.call.name);
    sites.push(makeSite(view, a, d, "to-plain", info, d.info.matchedBy, returnTypeOnce(memo)));
  }
  return sites.sort((x, y) => x.row - y.row);
}

// Calls taking a TASK_* state that set the current task's state and return nothing (the sleep comes later).
const SETS_STATE_ONLY = /^(?:__)?set_current_state$|^set_special_state$|^prepare_to_s?wait(?:_exclusive)?$/;
// Calls taking a TASK_* state to say whom to wake: no sleep of their own to convert.
const WAKES_SLEEPERS = /^(?:wake_up|signal_wake_up|try_to_wake_up|__wake_up)/;

/** Whether removed call `x` is what added variant `a` (first argument `obj`) replaced: its plain form or a sibling variant on the same object. */
function replacedBy(view: FunctionView, a: Found, obj: string, x: Found): boolean {
  return x.call.name !== a.call.name &&
    (x.call.name === a.info?.plain || (x.info !== null && x.info.plain === a.info?.plain)) &&
    (objOf(x) === obj || onlyAddsTimeout(a, x)) &&
    (x.info !== null || !isDeclaration((view.rows[x.row] as Row).code, x.call));
}

/**
 * A timed form of a call that takes no argument has the time as its only one (`wait_for_all_probes()` becoming
 * `wait_for_all_probes_killable_timeout(300 * HZ)`): there is no object to compare.
 */
function onlyAddsTimeout(a: Found, x: Found): boolean {
  return a.info?.form === "timeout" && x.call.args.trim() === "" && !a.call.args.includes(",");
}

/** Whether removed call `x` is a variant whose plain form is added call `a`, on the same object. */
function variantOfPlain(a: Found, x: Found): boolean {
  // `wait_for_completion_state(c, TASK_UNINTERRUPTIBLE)` is the plain `wait_for_completion(c)` (stateInfo).
  const plain = a.info?.byState ? a.info.plain : a.call.name;
  return x.info !== null && x.info.form !== "plain" && x.info.plain === plain && objOf(x) === objOf(a);
}

/**
 * A call given its sleep state (`wait_for_completion_state(c, TASK_UNINTERRUPTIBLE | TASK_FREEZABLE)`) is the
 * form its state names: killable with TASK_KILLABLE or TASK_WAKEKILL, interruptible with TASK_INTERRUPTIBLE, the
 * plain wait that cannot fail with TASK_UNINTERRUPTIBLE or TASK_IDLE alone. A state held in a variable stays
 * unknown ("state"), unless the visible lines of the same side set it (`unsigned int state = TASK_KILLABLE |
 * TASK_FREEZABLE;`, `state |= TASK_KILLABLE;`): then the states it may hold are read together. The freezer rewrite
 * turned `wait_for_completion(c)` into the uninterruptible form; it was read as a new failure whose result the code
 * ignored, and its `wait_for_completion_killable(vfork)` given a state in a variable as a change of form.
 */
function stateInfo(info: LockInfo, args: string, rows: readonly Row[], side: Row["type"]): LockInfo {
  let state = splitTopLevel(args, ",")[1] ?? "";
  if (!state.includes("TASK_")) state = stateVariable(state.trim(), rows, side);
  if (!state.includes("TASK_")) return info;
  const form = /\bTASK_(?:KILLABLE|WAKEKILL)\b/.test(state)
    ? "killable"
    : /\bTASK_INTERRUPTIBLE\b/.test(state)
      ? "interruptible"
      : /\bTASK_(?:UNINTERRUPTIBLE|IDLE)\b/.test(state)
        ? "plain"
        : null;
  if (!form) return info;
  if (form === "plain") return { ...info, form, returns: "void", errno: null, byState: true };
  return { ...info, form, byState: true };
}

/** What the lines of one side of the diff (new: context and added; old: context and removed) assign a state variable. */
function stateVariable(name: string, rows: readonly Row[], side: Row["type"]): string {
  if (!/^[A-Za-z_]\w*$/.test(name)) return "";
  const set = new RegExp(`\\b${name}\\s*\\|?=(?!=)([^;]*)`);
  let found = "";
  for (const r of rows) {
    if (r.type !== "context" && r.type !== side) continue;
    if (!r.text.includes(name)) continue;
    const m = r.code.match(set);
    if (m) found += ` ${m[1]}`;
  }
  return found;
}

/**
 * Whether row `i` is a `#define` line or continues one (the line before it on the same side of the diff ends
 * with a backslash).
 */
function inMacroBody(rows: readonly Row[], i: number): boolean {
  const r = rows[i] as Row;
  if (/^\s*#\s*define\b/.test(r.code)) return true;
  for (let k = i - 1; k >= 0; k--) {
    const p = rows[k] as Row;
    if (p.type !== "context" && p.type !== r.type) continue;
    return !rows[k + 1]?.gapBefore && endsWithBackslash(p.text);
  }
  return false;
}

/** `text.trimEnd().endsWith("\\")` without making the trimmed copy (read for every lock call's row). */
function endsWithBackslash(text: string): boolean {
  let e = text.length - 1;
  while (e >= 0 && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13)) e--;
  return e >= 0 && text.charCodeAt(e) === 92;
}

// Return conventions whose value must be read to know whether the lock was taken or the wait ended well.
const REPORTS_FAILURE = new Set(["errno", "bool", "inverse"]);

/** Whether every visible line of the function is added (new code), or the rows lie outside any function. */
function isNewCode(view: FunctionView): boolean {
  if (view.name === null) return true;
  // From its (last) added signature on, a new function has only added lines; what comes before may be
  // the removed lines of an old function of the same name (`make_folio_secure` renamed, a new one made).
  let from = -1;
  for (let i = view.rows.length - 1; i >= 0; i--) {
    const r = view.rows[i] as Row;
    if (r.type === "add" && signatureName(r.text) === view.name) {
      from = i;
      break;
    }
  }
  let lastAdd = -1;
  for (let i = view.rows.length - 1; i > from && lastAdd < 0; i--) if ((view.rows[i] as Row).type === "add") lastAdd = i;
  for (let i = Math.max(from, 0); i < view.rows.length; i++) {
    const r = view.rows[i] as Row;
    if (r.type === "add") continue;
    if (r.type === "del") return false;
    // A function rewritten whole keeps only its braces and blank lines as context (diff aligns them).
    if (BRACES_ONLY.test(r.code)) continue;
    // A function added above another's end takes that end as its own: diff aligns the old `out:` / `return ret;`
    // / `}` with the new function's last lines and adds the old function's end again above it.
    if (from >= 0 && i > lastAdd && FUNCTION_END.test(r.code)) continue;
    return false;
  }
  return true;
}

const BRACES_ONLY = /^\s*[{}]?;?\s*$/;
const FUNCTION_END = /^\s*(?:\w+:\s*|return\b[^;]*;\s*)$/;

/** Whether two rows lie in one run of changed lines (no context line between them). */
function sameChangeBlock(view: FunctionView, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  for (let i = lo + 1; i <= hi; i++) {
    const r = view.rows[i] as Row;
    if (r.gapBefore || (r.type === "context" && i !== hi)) return false;
  }
  return true;
}

/**
 * A guard or lock call and the code it is read from: when its arguments run on over the next lines of the same
 * kind (`scoped_cond_guard(mutex_intr, return -ERESTARTSYS,\n &ev->read_lock)`), those lines are joined to its own.
 */
function guardText(view: FunctionView, i: number, call: CallRef): [CallRef, string] {
  const r = view.rows[i] as Row;
  let code = r.code;
  if (parenDelta(code, call.index) <= 0) return [call, code];
  for (let k = i + 1; k < view.rows.length && k <= i + 3; k++) {
    const next = view.rows[k] as Row;
    if (next.type !== r.type || next.gapBefore) break;
    code += ` ${next.code.trim()}`;
    if (parenDelta(code, call.index) <= 0) break;
  }
  return [callsIn(code).find((c) => c.index === call.index) ?? call, code];
}

// `DEFINE_GUARD_COND(rwsem_write, _try, down_write_trylock(_T))`: cleanup.h's class definitions name the calls
// a guard will make; they make none themselves.
const DEFINES_CLASS = /^\s*DEFINE_\w*(?:GUARD|CLASS|FREE)\w*\s*\(/;

const NOT_A_TYPE = /^(return|else|do|goto|case|sizeof|typeof)$/;

/** Whether the call on this line is its declaration (prototype, definition, `#define` name), not a call. */
function isDeclaration(code: string, call: CallRef): boolean {
  // At column 0 a name opens a definition whose return type is on the line above (`long __sched` then
  // `wait_for_thing_timeout(struct thing *x,`): calls in a body are indented.
  if (call.index === 0) return true;
  const before = code.slice(0, call.index);
  if (/^\s*#\s*define\s+$/.test(before)) return true;
  // Only type words and `*` before the name: `extern int __must_check `, `static inline void `.
  const m = before.match(/^\s*((?:[A-Za-z_]\w*[\s*]+)+)$/);
  if (!m) return false;
  return !(m[1] ?? "").trim().split(/[\s*]+/).some((w) => NOT_A_TYPE.test(w));
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
    object: objOf(a),
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
  if (a.guard) site.guard = a.guard.spelled;
  if (direction === "to-plain") site.handling = "ignored";
  else if (a.guard) readGuardFailure(view, site, a.guard);
  else readFailurePath(view, site, a.call, row.code);
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
  return oldT && newT && sameReturnType(oldT, newT) === false ? `${oldT} -> ${newT}` : null;
}

/**
 * Whether two spellings of a return type differ only in attributes or in the spelling of one type:
 * `int __maybe_unused` / `int`, `uint32_t` / `u32`, `unsigned` / `unsigned int`, `unsigned long long` / `u64`.
 * Such respellings were 71 of linux-spi's 915 return-type labels and 297 of linux-iio's 656, nearly all
 * `__maybe_unused` added or dropped by the PM-ops cleanups. Attributes the list below does not know count too
 * when they read as attributes (see isAttributeWord): `u32 __pure`, `__init_or_module`, liburing's `IOURINGINLINE`.
 */
function sameReturnType(a: string, b: string): boolean {
  return a === b || canonicalType(a) === canonicalType(b);
}

const TYPE_ATTRIBUTE_RE = /\b(?:asmlinkage|__maybe_unused|__always_unused|__unused|__used|__ref|__meminit|__devinit|__devexit|__sched|__kprobes|noinstr|__cold|__hot)\b|\b__attribute__\s*\(\(.*?\)\)/g;
const FIXED_WIDTH_ALIASES: Record<string, string> = {
  uint8_t: "u8", uint16_t: "u16", uint32_t: "u32", uint64_t: "u64",
  int8_t: "s8", int16_t: "s16", int32_t: "s32", int64_t: "s64",
  __u8: "u8", __u16: "u16", __u32: "u32", __u64: "u64", __s8: "s8", __s16: "s16", __s32: "s32", __s64: "s64",
};

function canonicalType(t: string): string {
  const words = t
    .replace(TYPE_ATTRIBUTE_RE, " ")
    .replace(/\*/g, " * ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => FIXED_WIDTH_ALIASES[w] ?? w);
  // `unsigned` and `signed` alone are `unsigned int` and `int`; `long int` is `long`.
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === "signed" && (next === undefined || next === "int" || next === "*")) continue;
    if (w === "int" && (out[out.length - 1] === "long" || out[out.length - 1] === "short")) continue;
    out.push(w);
    if (w === "unsigned" && (next === undefined || next === "*")) out.push("int");
  }
  // Beside a type keyword (`void`, `int`, `unsigned long`) no typedef name can stand, so any other word is an
  // attribute macro, whatever its spelling (kcsan's `kcsan_noinstr void`).
  const spelled = out.some((w) => C_TYPE_KEYWORDS.has(w))
    ? out.filter((w) => w === "*" || C_TYPE_KEYWORDS.has(w) || C_TYPE_QUALIFIERS.has(w) || ADDRESS_SPACES.has(w))
    : out;
  // An attribute word beside the type it qualifies goes; a lone word is the type itself (`__wsum`, `BOOL`).
  const typeWords = spelled.filter((w) => w !== "*" && !isAttributeWord(w));
  let text = typeWords.length ? spelled.filter((w) => w === "*" || !isAttributeWord(w)).join(" ") : spelled.join(" ");
  for (const [spelled, name] of KERNEL_INTEGER_NAMES) text = text.replace(spelled, name);
  return text;
}

/**
 * The kernel's fixed-width names for the C integer types they are on every architecture
 * (include/asm-generic/int-ll64.h): `unsigned long long` and `u64` are one type, `int` and `s32` too.
 * `long` and `unsigned long` have no such name (their width is the architecture's). Longest spelling first.
 */
const KERNEL_INTEGER_NAMES: [RegExp, string][] = [
  [/\bunsigned long long\b/g, "u64"],
  [/\blong long\b/g, "s64"],
  [/\bunsigned int\b/g, "u32"],
  [/\bunsigned short\b/g, "u16"],
  [/\bunsigned char\b/g, "u8"],
  [/\bsigned char\b/g, "s8"],
  [/\bshort\b/g, "s16"],
  [/\bint\b/g, "s32"],
];

/**
 * A word that qualifies a type rather than naming one: the kernel's `__name` annotations without digits
 * (`__pure`, `__attribute_const__`, `__flatten`; `__u32`, `__le16`, `__sum16` and `__poll_t` are types) and
 * ALL-CAPS macros (`IOURINGINLINE`). Address spaces stay: a pointer into `__iomem` or `__percpu` is another
 * type to its callers.
 */
function isAttributeWord(w: string): boolean {
  if (ADDRESS_SPACES.has(w) || TYPE_WORDS.has(w)) return false;
  return /^__[a-z_]+$/.test(w) ? !w.endsWith("_t") : /^_*[A-Z][A-Z0-9_]*[A-Z]$/.test(w);
}

const C_TYPE_KEYWORDS = new Set(["void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool",
  "bool"]);
const C_TYPE_QUALIFIERS = new Set(["const", "volatile", "restrict", "static", "inline", "extern"]);
const ADDRESS_SPACES = new Set(["__iomem", "__user", "__percpu", "__rcu", "__kernel", "__force"]);
const TYPE_WORDS = new Set(["__wsum", "__int128", "__bitwise"]);

