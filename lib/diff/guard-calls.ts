// The scope-based lock guards of include/linux/cleanup.h read as the lock calls they make (LOCK-SEMANTICS.md,
// pattern P5): `guard(mutex)(&m)` takes `mutex_lock(&m)`, `scoped_cond_guard(mutex_intr, return -EINTR, &m)`
// takes `mutex_lock_interruptible(&m)` and runs `return -EINTR` when it fails, `ACQUIRE(mutex_intr, lock)(&m)`
// takes it too and leaves the failure to a later `ACQUIRE_ERR(mutex_intr, &lock)`. Read so, a conversion
// between the call and its guard pairs like any other: `mutex_lock` → `scoped_cond_guard(mutex_intr, …)` adds
// a failure path, `mutex_lock_interruptible` → `guard(mutex)` removes one, and the same lock in either
// spelling is a rewrite (the unlock lines the guard makes unnecessary go with it).
import { braceDelta, parenDelta, skipBlank, skipGroup, splitTopLevel, type CallRef } from "./c-lines";
import { rowAt, type FunctionView } from "./function-view";
import { lockInfo } from "./lock-catalogue";

/** A guard read as its lock call. */
export interface GuardedCall {
  /** The lock call the guard makes: `mutex_lock_interruptible` with the guarded object as its argument. */
  call: CallRef;
  /** The guard as written, without its object: `scoped_cond_guard(mutex_intr)`, `guard(mutex)`. */
  spelled: string;
  /** scoped_cond_guard's failure statement (`return -EINTR`), run when the lock is not taken. */
  failure: string | null;
  /** ACQUIRE's variable, tested later by `ACQUIRE_ERR(class, &var)`. */
  acquireVar: string | null;
}

/**
 * The guard classes the kernel defines for the catalogued sleeping locks (DEFINE_GUARD and DEFINE_GUARD_COND in
 * mutex.h, rwsem.h, spinlock.h), by the call each one makes. A class named after a catalogued plain call
 * (`guard(mmap_read_lock)(mm)`) makes that call.
 */
const GUARD_CLASS_CALLS = new Map<string, string>([
  ["mutex", "mutex_lock"],
  ["mutex_try", "mutex_trylock"],
  ["mutex_intr", "mutex_lock_interruptible"],
  ["mutex_kill", "mutex_lock_killable"],
  ["rwsem_read", "down_read"],
  ["rwsem_read_try", "down_read_trylock"],
  ["rwsem_read_intr", "down_read_interruptible"],
  ["rwsem_read_kill", "down_read_killable"],
  ["rwsem_write", "down_write"],
  ["rwsem_write_try", "down_write_trylock"],
  ["rwsem_write_kill", "down_write_killable"],
  ["spinlock", "spin_lock"],
  ["spinlock_try", "spin_trylock"],
  ["raw_spinlock", "raw_spin_lock"],
  ["raw_spinlock_try", "raw_spin_trylock"],
]);

/** Names of the guard macros: callsIn sees each as a call. */
export const GUARD_MACROS = new Set(["guard", "scoped_guard", "scoped_cond_guard", "ACQUIRE"]);

/**
 * The lock call a guard makes, or null when `call` is no guard of a known lock class. `code` is the line's code
 * with, when the guard's arguments run over several lines, the lines that close them appended.
 */
export function guardedLockCall(call: CallRef, code: string): GuardedCall | null {
  const args = splitTopLevel(call.args, ",");
  const cls = args[0] ?? "";
  const named = lockInfo(cls);
  const made = GUARD_CLASS_CALLS.get(cls) ?? (named?.form === "plain" && named.matchedBy === "catalogue" ? cls : null);
  if (!made) return null;
  let object: string | null;
  let failure: string | null = null;
  let acquireVar: string | null = null;
  if (call.name === "guard" || call.name === "ACQUIRE") {
    // `guard(mutex)(&m)`: the object is in the parentheses after the class's.
    object = secondGroup(code, call);
    if (call.name === "ACQUIRE") acquireVar = args[1] ?? null;
  } else if (call.name === "scoped_guard") {
    object = args[1] ?? null;
  } else {
    failure = args[1] ?? null;
    object = args[2] ?? null;
  }
  if (object === null) return null;
  return {
    call: { name: made, args: object, index: call.index },
    spelled: `${call.name}(${cls})`,
    failure,
    acquireVar,
  };
}

/** The text of the parenthesised group right after the call's own (`&m` of `guard(mutex)(&m)`), or null. */
function secondGroup(code: string, call: CallRef): string | null {
  const first = skipGroup(code, code.indexOf("(", call.index + call.name.length), "(", ")");
  if (first < 0) return null;
  const open = skipBlank(code, first);
  if (code[open] !== "(") return null;
  const end = skipGroup(code, open, "(", ")");
  return end < 0 ? null : code.slice(open + 1, end - 1).trim();
}

/** A return that reports success (`return 0;`, `return true;`, a void function's `return;`). */
export const SUCCESS_RETURN = /^return\s*(?:\(\s*)?(?:0|true)?\s*\)?\s*;/;

/**
 * What runs when a `scoped_guard()` of a killable or interruptible class is not taken: the guard skips its body
 * and the code goes on after it, so the first statement after the body is the failure path
 * (`scoped_guard(mutex_intr, &m) { …; return 0; }` then `return -EINTR;`). `pos` is the guard's position in
 * view.newRows. Returns that statement's code and whether it ends the function (the function's own closing
 * brace), or null when the body or what follows is not visible (a hunk ends, unseen lines lie between).
 */
export function statementAfterGuard(view: FunctionView, pos: number): { code: string; endsFunction: boolean } | null {
  const first = rowAt(view, pos);
  // Only the guard's own row (and the rows closing its arguments) come before its body.
  let p = pos;
  let depth = parenDelta(first.code);
  while (depth > 0 && p < pos + 3) {
    const r = rowAt(view, ++p);
    if (r.gapBefore) return null;
    depth += parenDelta(r.code);
  }
  const guardLine = rowAt(view, p).code;
  let braces = braceDelta(guardLine);
  // Without a brace on the guard's line the body is one statement: the next rows up to a `;` or a braced block.
  if (braces <= 0 && !/\{\s*$/.test(guardLine)) {
    for (let k = 0; k < 8; k++) {
      const r = rowAt(view, ++p);
      if (r.gapBefore) return null;
      const code = r.code.trim();
      if (!code) continue;
      braces += braceDelta(code);
      if (braces > 0) break;
      if (code.endsWith(";")) break;
      if (k === 7) return null;
    }
  }
  // Walk the braced body to its closing brace (bounded: a long body is read only up to 200 rows).
  for (let k = 0; braces > 0; k++) {
    if (k >= 200) return null;
    const r = rowAt(view, ++p);
    if (r.gapBefore) return null;
    braces += braceDelta(r.code);
  }
  for (let k = 0; k < 4; k++) {
    const r = rowAt(view, ++p);
    if (r.gapBefore) return null;
    const code = r.code.trim();
    if (!code) continue;
    return { code, endsFunction: code === "}" && r.text.startsWith("}") };
  }
  return null;
}
