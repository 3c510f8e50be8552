// Plain sleeping locks/waits and their fallible variants (LOCK-SEMANTICS.md §1.2), plus the kernel's
// naming conventions for helpers no catalogue lists.

export type LockForm = "plain" | "killable" | "interruptible" | "trylock" | "timeout" | "nowait" | "state";
/**
 * errno: 0 or negative errno; bool: true = acquired; inverse: 0 = acquired; jiffies: time left, 0 = timed out
 * (a wait); remaining: time left, non-zero = woken early by a signal (a sleep: `msleep_interruptible`).
 */
export type LockReturn = "void" | "errno" | "bool" | "inverse" | "jiffies" | "remaining";

export interface LockInfo {
  name: string;
  /** The plain (uninterruptible) form this name belongs to. */
  plain: string;
  form: LockForm;
  returns: LockReturn;
  /** The errno the variant itself returns on failure, when it has one. */
  errno: string | null;
  mustCheck: boolean;
  matchedBy: "catalogue" | "naming";
  /** Set when the form was read from a `*_state` call's state argument (find-lock-sites' stateInfo). */
  byState?: true;
}

type Row = [name: string, form: LockForm, returns: LockReturn, errno: string | null, mustCheck: boolean];

const CATALOGUE: Record<string, Row[]> = {
  mmap_write_lock: [["mmap_write_lock_killable", "killable", "errno", "-EINTR", false], ["mmap_write_trylock", "trylock", "bool", null, false]],
  mmap_read_lock: [["mmap_read_lock_killable", "killable", "errno", "-EINTR", false], ["mmap_read_trylock", "trylock", "bool", null, false]],
  vma_start_write: [["vma_start_write_killable", "killable", "errno", "-EINTR", true]],
  down_read: [
    ["down_read_killable", "killable", "errno", "-EINTR", true],
    ["down_read_interruptible", "interruptible", "errno", "-EINTR", true],
    ["down_read_trylock", "trylock", "bool", null, false],
  ],
  down_write: [["down_write_killable", "killable", "errno", "-EINTR", true], ["down_write_trylock", "trylock", "bool", null, false]],
  down_write_nested: [["down_write_killable_nested", "killable", "errno", "-EINTR", true]],
  inode_lock: [["inode_lock_killable", "killable", "errno", "-EINTR", false]],
  inode_lock_shared: [["inode_lock_shared_killable", "killable", "errno", "-EINTR", false]],
  inode_lock_nested: [["inode_lock_killable_nested", "killable", "errno", "-EINTR", false]],
  mutex_lock: [
    ["mutex_lock_killable", "killable", "errno", "-EINTR", true],
    ["mutex_lock_interruptible", "interruptible", "errno", "-EINTR", true],
    ["mutex_trylock", "trylock", "bool", null, false],
  ],
  mutex_lock_nested: [
    ["mutex_lock_killable_nested", "killable", "errno", "-EINTR", true],
    ["mutex_lock_interruptible_nested", "interruptible", "errno", "-EINTR", true],
  ],
  rt_mutex_lock: [
    ["rt_mutex_lock_killable", "killable", "errno", "-EINTR", true],
    ["rt_mutex_lock_interruptible", "interruptible", "errno", "-EINTR", true],
    ["rt_mutex_trylock", "trylock", "bool", null, false],
  ],
  down: [
    ["down_killable", "killable", "errno", "-EINTR", true],
    ["down_interruptible", "interruptible", "errno", "-EINTR", true],
    ["down_timeout", "timeout", "errno", "-ETIME", true],
    ["down_trylock", "trylock", "inverse", null, true],
  ],
  folio_lock: [["folio_lock_killable", "killable", "errno", "-EINTR", false], ["folio_trylock", "trylock", "bool", null, false]],
  lock_page: [["lock_page_killable", "killable", "errno", "-EINTR", false], ["trylock_page", "trylock", "bool", null, false]],
  rtnl_lock: [["rtnl_lock_killable", "killable", "errno", "-EINTR", false]],
  wait_event: [
    ["wait_event_killable", "killable", "errno", "-ERESTARTSYS", false],
    ["wait_event_interruptible", "interruptible", "errno", "-ERESTARTSYS", false],
    ["wait_event_timeout", "timeout", "jiffies", null, false],
    ["wait_event_killable_timeout", "timeout", "jiffies", "-ERESTARTSYS", false],
    ["wait_event_interruptible_timeout", "timeout", "jiffies", "-ERESTARTSYS", false],
    ["wait_event_freezable", "interruptible", "errno", "-ERESTARTSYS", false],
  ],
  wait_for_completion: [
    ["wait_for_completion_killable", "killable", "errno", "-ERESTARTSYS", false],
    ["wait_for_completion_interruptible", "interruptible", "errno", "-ERESTARTSYS", false],
    ["wait_for_completion_state", "state", "errno", "-ERESTARTSYS", false],
    ["wait_for_completion_timeout", "timeout", "jiffies", null, false],
    ["wait_for_completion_killable_timeout", "timeout", "jiffies", "-ERESTARTSYS", false],
    ["wait_for_completion_interruptible_timeout", "timeout", "jiffies", "-ERESTARTSYS", false],
    ["try_wait_for_completion", "trylock", "bool", null, false],
  ],
  schedule_timeout_uninterruptible: [
    ["schedule_timeout_killable", "killable", "remaining", null, false],
    ["schedule_timeout_interruptible", "interruptible", "remaining", null, false],
  ],
  msleep: [["msleep_interruptible", "interruptible", "remaining", null, false]],
};

const BY_NAME = new Map<string, LockInfo>();
for (const [plain, rows] of Object.entries(CATALOGUE)) {
  BY_NAME.set(plain, { name: plain, plain, form: "plain", returns: "void", errno: null, mustCheck: false, matchedBy: "catalogue" });
  for (const [name, form, returns, errno, mustCheck] of rows) {
    BY_NAME.set(name, { name, plain, form, returns, errno, mustCheck, matchedBy: "catalogue" });
  }
}

// A stem must look like a lock or a wait before a naming-convention guess is trusted on its own.
const LOCKISH = /(lock|mutex|sem|down|wait|acquire|grab)/;
// `_acquire`, `_release` and `_relaxed` at the end of an atomic or barrier name give its memory ordering
// (`atomic_cond_read_acquire`, `smp_cond_load_acquire_timeout`: a spin on a value, not a lock taken).
const MEMORY_ORDERING = /_(?:acquire|release|relaxed)$/;

/** Catalogue entry for a call name, or a guess from `_killable`/`_interruptible`/`_trylock`/`_nowait`/`_timeout`. */
export function lockInfo(name: string): LockInfo | null {
  const known = BY_NAME.get(name);
  if (known) return known;
  return guessFromName(name);
}

function guessFromName(name: string): LockInfo | null {
  // Every pattern below needs one of these parts: most call names have none and skip the regexes.
  if (!name.includes("_killable") && !name.includes("_interruptible") && !name.includes("trylock") &&
    !name.endsWith("_nowait") && !name.endsWith("_timeout")) return null;
  let m = name.match(/^(\w+?)_(killable|interruptible)(_nested)?$/);
  if (m) {
    const form = m[2] as LockForm;
    return naming(name, `${m[1]}${m[3] ?? ""}`, form, "errno", m[1]?.includes("wait") ? "-ERESTARTSYS" : "-EINTR");
  }
  m = name.match(/^(\w+?)_trylock$/);
  if (m) return naming(name, `${m[1]}_lock`, "trylock", "bool", null);
  m = name.match(/^trylock_(\w+)$/);
  if (m) return naming(name, `lock_${m[1]}`, "trylock", "bool", null);
  m = name.match(/^(\w+?)_nowait$/);
  if (m) return naming(name, m[1] ?? "", "nowait", "errno", "-EAGAIN");
  // `_killable_timeout` / `_interruptible_timeout` are timed forms of the plain call, as wait_event_killable_timeout
  // is of wait_event.
  m = name.match(/^(\w+?)(?:_killable|_interruptible)?_timeout$/);
  if (m) return naming(name, m[1] ?? "", "timeout", "jiffies", null);
  return null;
}

function naming(name: string, plain: string, form: LockForm, returns: LockReturn, errno: string | null): LockInfo | null {
  if (!LOCKISH.test(plain.replace(MEMORY_ORDERING, ""))) return null;
  return { name, plain, form, returns, errno, mustCheck: false, matchedBy: "naming" };
}

/** Info for `name` seen as the plain form of `variant` (naming conventions make unknown plain names known). */
export function plainInfo(name: string): LockInfo {
  return BY_NAME.get(name) ?? { name, plain: name, form: "plain", returns: "void", errno: null, mustCheck: false, matchedBy: "naming" };
}

/** True when two call names are forms of the same lock (same plain stem). */
export function sameFamily(a: string, b: string): boolean {
  return familyOf(a) === familyOf(b);
}

/** The plain stem a call belongs to, or the name itself. */
export function familyOf(name: string): string {
  return lockInfo(name)?.plain ?? name;
}

// Plain forms that take any lock or event of their kind: one mutex, semaphore, completion or wait queue says
// nothing of another. The other catalogued families name their lock class in the call itself (every
// vma_start_write() takes a VMA lock, every inode_lock() an inode's rwsem).
const GENERIC_PRIMITIVES = new Set(["mutex_lock", "mutex_lock_nested", "rt_mutex_lock", "down", "down_read", "down_write",
  "down_write_nested", "wait_event", "wait_for_completion", "schedule_timeout_uninterruptible", "msleep"]);

/** Whether every call of this plain family takes the same class of lock, whatever its argument. */
export function namesItsLockClass(plain: string): boolean {
  return !GENERIC_PRIMITIVES.has(plain) && lockInfo(plain)?.matchedBy === "catalogue";
}

/** True for catalogued plain forms (used to report plain calls left unconverted). */
export function isCataloguedPlain(name: string): boolean {
  return BY_NAME.get(name)?.form === "plain";
}
