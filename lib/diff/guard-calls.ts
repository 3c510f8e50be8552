// The scope-based lock guards of include/linux/cleanup.h read as the lock calls they make (LOCK-SEMANTICS.md,
// pattern P5): `guard(mutex)(&m)` takes `mutex_lock(&m)`, `scoped_cond_guard(mutex_intr, return -EINTR, &m)`
// takes `mutex_lock_interruptible(&m)` and runs `return -EINTR` when it fails, `ACQUIRE(mutex_intr, lock)(&m)`
// takes it too and leaves the failure to a later `ACQUIRE_ERR(mutex_intr, &lock)`. Read so, a conversion
// between the call and its guard pairs like any other: `mutex_lock` → `scoped_cond_guard(mutex_intr, …)` adds
// a failure path, `mutex_lock_interruptible` → `guard(mutex)` removes one, and the same lock in either
// spelling is a rewrite (the unlock lines the guard makes unnecessary go with it).
import { skipBlank, skipGroup, splitTopLevel, type CallRef } from "./c-lines";
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
