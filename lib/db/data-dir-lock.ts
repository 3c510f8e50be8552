import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, resolve } from "node:path";

/** What a lock file records about the process that holds the directory. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** ISO time the lock was taken. */
  startedAt: string;
  command: string;
  token?: string;
}

/** Another process (or this one) already has the PGlite directory open. */
export class StoreLockedError extends Error {
  override name = "StoreLockedError";
  readonly code = "STORE_LOCKED";
  constructor(
    readonly dir: string,
    readonly lockPath: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.hostname} (started ${holder.startedAt}): ${holder.command}`
      : "a process whose lock file is still being written";
    super(
      `The PGlite database ${dir} is in use by ${who}. PGlite allows one process at a time. ` +
        `Stop that process, or use DATABASE_URL=postgresql://... (a PostgreSQL server) for concurrent use. ` +
        `If you are sure nothing uses it, delete ${lockPath}.`,
    );
  }
}

export interface DataDirLock {
  readonly lockPath: string;
  readonly dir: string;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

const heldInThisProcess = new Map<string, () => void>();
// A lock file that exists but cannot be parsed is normally one being written right now; only older
// than this is it debris from a crash between open and write.
const UNREADABLE_GRACE_MS = 5_000;

/** The lock file guarding `dir`: a sibling `<dir>.lock`, since PGlite owns the directory's contents. */
export function lockPathFor(dir: string): string {
  const abs = resolve(dir);
  return resolve(dirname(abs), `${basename(abs)}.lock`);
}

/**
 * Takes the exclusive lock for a PGlite data directory (creating its parent), taking over a lock
 * left by a dead process. Throws StoreLockedError when a live process holds it. Released by
 * `release()`, and on exit/SIGINT/SIGTERM.
 */
export function acquireDataDirLock(dir: string, command = describeCommand()): DataDirLock {
  const abs = resolve(dir);
  const lockPath = lockPathFor(abs);
  mkdirSync(dirname(lockPath), { recursive: true });
  if (heldInThisProcess.has(lockPath)) {
    throw new StoreLockedError(abs, lockPath, { ...ownHolder(command), command: `${command} (this same process)` });
  }
  const me: LockHolder = { ...ownHolder(command), token: randomBytes(12).toString("hex") };

  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockPath, me)) return register(abs, lockPath, me);
    const seen = readHolder(lockPath);
    if (seen === "missing") continue;
    if (!isStale(lockPath, seen)) throw new StoreLockedError(abs, lockPath, seen === "unreadable" ? null : seen);
    takeOverStale(lockPath, seen);
  }
  const last = readHolder(lockPath);
  throw new StoreLockedError(abs, lockPath, typeof last === "object" ? last : null);
}

function ownHolder(command: string): LockHolder {
  return { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), command };
}

function describeCommand(): string {
  const cmd = process.argv.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
  return cmd.length > 300 ? `${cmd.slice(0, 300)}...` : cmd;
}

function tryCreate(lockPath: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, "wx", 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(lockPath: string): LockHolder | "missing" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    return "unreadable";
  }
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid !== "number" || !Number.isInteger(v.pid) || v.pid <= 0) return "unreadable";
    return {
      pid: v.pid,
      hostname: typeof v.hostname === "string" ? v.hostname : "?",
      startedAt: typeof v.startedAt === "string" ? v.startedAt : "?",
      command: typeof v.command === "string" ? v.command : "?",
      token: typeof v.token === "string" ? v.token : undefined,
    };
  } catch {
    return "unreadable";
  }
}

function isStale(lockPath: string, seen: LockHolder | "unreadable"): boolean {
  if (seen === "unreadable") {
    try {
      return Date.now() - statSync(lockPath).mtimeMs > UNREADABLE_GRACE_MS;
    } catch {
      return true;
    }
  }
  // A pid on another host cannot be checked: trust the lock (shared network directories).
  if (seen.hostname !== hostname()) return false;
  // Our own pid but not held by us: a restarted container reusing the pid of the dead holder.
  if (seen.pid === process.pid) return true;
  if (!pidAlive(seen.pid)) return true;
  return pidStartedAfter(seen.pid, seen.startedAt);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Linux only: the pid now belongs to a process younger than the lock, so the pid was reused. */
function pidStartedAfter(pid: number, lockTime: string): boolean {
  const taken = Date.parse(lockTime);
  if (!Number.isFinite(taken)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime, clock ticks since boot) counted after the ")" closing the command name.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return false;
    const startedMs = btime * 1000 + (ticks / 100) * 1000; // USER_HZ is 100 on Linux
    return startedMs > taken + 2_000;
  } catch {
    return false;
  }
}

/**
 * Removes a stale lock without racing another process doing the same: only whoever creates the
 * `.takeover` guard may unlink, and it re-checks that the file is still the stale one it judged.
 */
function takeOverStale(lockPath: string, judged: LockHolder | "unreadable"): void {
  const guard = `${lockPath}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    try {
      if (Date.now() - statSync(guard).mtimeMs > UNREADABLE_GRACE_MS) unlinkSync(guard);
    } catch {
      /* someone else removed it */
    }
    sleepSync(50);
    return;
  }
  try {
    closeSync(fd);
    const now = readHolder(lockPath);
    const same =
      now === "unreadable" ? judged === "unreadable" : typeof now === "object" && typeof judged === "object" &&
        now.pid === judged.pid && now.startedAt === judged.startedAt && now.token === judged.token;
    if (same) unlinkSync(lockPath);
  } finally {
    try {
      unlinkSync(guard);
    } catch {
      /* already gone */
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function register(dir: string, lockPath: string, me: LockHolder): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldInThisProcess.delete(lockPath);
    process.off("exit", release);
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigterm);
    const now = readHolder(lockPath);
    if (typeof now === "object" && now.token === me.token) {
      try {
        unlinkSync(lockPath);
      } catch {
        /* already gone */
      }
    }
  };
  // Listening to a signal cancels Node's default exit. When another handler owns shutdown (a server
  // draining requests), keep the lock until the "exit" event; otherwise release and re-raise the
  // signal so the process dies as it would have without us.
  const onSignal = (sig: NodeJS.Signals, self: () => void) => {
    if (process.listeners(sig).some((l) => l !== self)) return;
    release();
    process.kill(process.pid, sig);
  };
  const onSigint = () => onSignal("SIGINT", onSigint);
  const onSigterm = () => onSignal("SIGTERM", onSigterm);
  process.on("exit", release);
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigterm);
  heldInThisProcess.set(lockPath, release);
  return { lockPath, dir, release };
}
