import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, lockPathFor, StoreLockedError } from "./data-dir-lock";

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "pd-lock-"));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

function writeLock(dir: string, holder: object): string {
  const path = lockPathFor(dir);
  writeFileSync(path, JSON.stringify(holder));
  return path;
}

describe("acquireDataDirLock", () => {
  it("creates <dir>.lock (and missing parents) with pid, host, time and command; release removes it", () => {
    const dir = join(base, "a", "b", "pglite");
    const lock = acquireDataDirLock(dir, "patchdeck serve");
    expect(lock.lockPath).toBe(join(base, "a", "b", "pglite.lock"));
    const holder = JSON.parse(readFileSync(lock.lockPath, "utf8"));
    expect(holder).toMatchObject({ pid: process.pid, hostname: hostname(), command: "patchdeck serve" });
    expect(Date.parse(holder.startedAt)).toBeGreaterThan(Date.now() - 60_000);
    lock.release();
    lock.release();
    expect(existsSync(lock.lockPath)).toBe(false);
  });

  it("refuses a second open of the same dir in this process", () => {
    const dir = join(base, "pglite");
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(StoreLockedError);
    lock.release();
    acquireDataDirLock(dir).release();
  });

  it("refuses when a live process holds it, naming pid and command and the way out", () => {
    const dir = join(base, "pglite");
    // process 1 (init) is alive on every Linux and is not us.
    writeLock(dir, { pid: 1, hostname: hostname(), startedAt: new Date().toISOString(), command: "patchdeck ingest x" });
    let err: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreLockedError);
    const msg = (err as Error).message;
    expect(msg).toContain("process 1 ");
    expect(msg).toContain("patchdeck ingest x");
    expect(msg).toContain("DATABASE_URL=postgresql://");
    expect((err as StoreLockedError).holder?.pid).toBe(1);
  });

  it("takes over a lock left by a dead process", () => {
    const dir = join(base, "pglite");
    const path = writeLock(dir, { pid: deadPid(), hostname: hostname(), startedAt: new Date().toISOString(), command: "old" });
    const lock = acquireDataDirLock(dir, "new");
    expect(JSON.parse(readFileSync(path, "utf8")).command).toBe("new");
    lock.release();
  });

  it("takes over a lock that names our own pid (pid reused after a container restart)", () => {
    const dir = join(base, "pglite");
    writeLock(dir, { pid: process.pid, hostname: hostname(), startedAt: "2020-01-01T00:00:00Z", command: "old" });
    acquireDataDirLock(dir).release();
  });

  it("takes over a lock whose live pid started after the lock was taken (pid reuse)", () => {
    const dir = join(base, "pglite");
    // Our parent is alive and started long after 2001.
    writeLock(dir, { pid: process.ppid, hostname: hostname(), startedAt: "2001-01-01T00:00:00Z", command: "old" });
    acquireDataDirLock(dir).release();
  });

  it("trusts a lock from another host", () => {
    const dir = join(base, "pglite");
    writeLock(dir, { pid: deadPid(), hostname: `not-${hostname()}`, startedAt: new Date().toISOString(), command: "x" });
    expect(() => acquireDataDirLock(dir)).toThrow(/on not-/);
  });

  it("treats a fresh unreadable lock as held, an old one as debris", () => {
    const dir = join(base, "pglite");
    const path = lockPathFor(dir);
    writeFileSync(path, "");
    expect(() => acquireDataDirLock(dir)).toThrow(/still being written/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    acquireDataDirLock(dir).release();
  });
});
