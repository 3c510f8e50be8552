import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { acquireDataDirLock, lockPathFor, StoreLockedError, type DataDirLock, type LockHolder } from "./data-dir-lock";
import { parseDatabaseUrl } from "./database-url";
import { extractTar } from "./extract-tar";
import { applyMigrations } from "./migrate";
import { askHolderToLend, openLendingDoor, type LendingDoor } from "./store-lending";
import type { PrismaClient } from "../generated/prisma/client";
import type { QueryFn, Store, StoreTx } from "./store-types";

export type { Store, StoreTx, QueryFn } from "./store-types";

export interface OpenStoreOptions {
  /** A DATABASE_URL value; defaults to process.env.DATABASE_URL. */
  url?: string;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  /** Base for relative pglite: dirs and the default data/pglite; defaults to process.cwd(). */
  cwd?: string;
  /**
   * When another process holds the PGlite store and can lend it (the dashboard: see store-lending.ts), ask it
   * to: `by` names this command to it, `onBorrowed` hears who let go. Without it, a held store throws.
   */
  borrow?: { by: string; onBorrowed?: (holder: LockHolder) => void };
}

/**
 * Opens the store DATABASE_URL names (PGlite by default, locked against other processes) and applies
 * pending migrations. Throws DatabaseUrlError, StoreLockedError or a migration error; the caller
 * must `close()` it.
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const config = parseDatabaseUrl(opts.url ?? process.env.DATABASE_URL, opts.cwd ?? process.cwd());
  const store = config.kind === "pglite" ? await openPglite(config.dir, opts.borrow) : await openPostgres(config.url);
  if (opts.migrate !== false) {
    try {
      await applyMigrations(store);
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}

// Dynamic imports keep the drivers (and PGlite's wasm) out of processes that never open a store,
// and out of module evaluation during `next build`.
type PGliteClass = typeof import("@electric-sql/pglite").PGlite;
type PGliteDb = import("@electric-sql/pglite").PGlite;

/**
 * Opens a PGlite directory (or memory). A new store starts from a cached copy of a freshly initialised
 * data directory: PGlite's initdb costs ~2.4 s, loading the copy ~0.7 s (every test store and every first
 * ingest pays it). The copy is pure initdb output, keyed by PGlite's version, kept in node_modules/.cache.
 */
async function createPglite(PGlite: PGliteClass, dir: string | null, startParams: string[]): Promise<PGliteDb> {
  const open = (extra: { loadDataDir?: Blob } = {}) =>
    dir === null ? PGlite.create({ startParams, ...extra }) : PGlite.create(dir, { startParams, ...extra });
  // Only a directory that does not exist yet is made from the copy; anything else is PGlite's to judge.
  if (dir !== null && existsSync(dir)) return open();
  const templatePath = initdbTemplatePath();
  if (templatePath && existsSync(templatePath)) {
    // Unpacked here rather than handed to PGlite as a tarball, which it would keep in memory while open.
    // Unpacked beside the directory and renamed into place: a crash never leaves half a data directory.
    const unpacking = `${dir}.unpacking-${process.pid}`;
    try {
      if (dir === null) return await open({ loadDataDir: new Blob([readFileSync(templatePath)]) });
      rmSync(unpacking, { recursive: true, force: true });
      extractTar(readFileSync(templatePath), unpacking);
      renameSync(unpacking, dir);
      return await open();
    } catch {
      // A damaged copy: initialise from scratch below (and the fresh store writes a new copy).
      if (dir !== null) {
        rmSync(unpacking, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const db = await open();
  if (templatePath) {
    try {
      const tar = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
      mkdirSync(dirname(templatePath), { recursive: true });
      const tmp = `${templatePath}.${process.pid}.tmp`;
      writeFileSync(tmp, tar);
      renameSync(tmp, templatePath); // atomic: two processes racing both write whole files
    } catch {
      // Only a cache: a read-only install just keeps paying initdb.
    }
  }
  return db;
}

/**
 * Where the initdb copy lives for this PGlite version, or null when the package cannot be located.
 * PATCHDECK_PGLITE_TEMPLATE=off disables it; any other value is the file to use.
 */
function initdbTemplatePath(): string | null {
  const setting = process.env.PATCHDECK_PGLITE_TEMPLATE;
  if (setting === "off") return null;
  if (setting) return resolve(setting);
  try {
    const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
    const pkgDir = resolve(dirname(entry), "..");
    const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
    return join(pkgDir, "..", "..", ".cache", "patchdeck", `pglite-initdb-${version}.tar`);
  } catch {
    return null;
  }
}

/** A Prisma client made on first use: the CLI's commands run raw SQL only and skip its ~0.3 s start. */
function lazyPrisma(adapter: () => unknown) {
  let client: Promise<PrismaClient> | null = null;
  return {
    get: () =>
      (client ??= import("../generated/prisma/client").then(({ PrismaClient }) => new PrismaClient({ adapter: adapter() as never }))),
    disconnect: async () => {
      if (client) await (await client).$disconnect();
    },
  };
}

// PGlite's postgres reserves its buffers inside the process's wasm heap, which never shrinks: smaller
// buffers keep a bulk ingest's peak RSS down (measured with `npm run bench`; see README).
const PGLITE_SETTINGS = (process.env.PATCHDECK_PGLITE_SETTINGS ?? "shared_buffers=32MB,wal_buffers=4MB")
  .split(",")
  .filter(Boolean)
  .flatMap((setting) => ["-c", setting.trim()]);

/** How often a borrower asks again when someone else took the store between the lending and its own lock. */
const BORROW_ATTEMPTS = 3;

/** Takes the directory lock; when a lending holder has it and `borrow` is given, asks it to let go first. */
async function lockDataDir(dir: string, borrow: OpenStoreOptions["borrow"]): Promise<DataDirLock> {
  for (let attempt = 1; ; attempt++) {
    let holder: LockHolder | null;
    try {
      return acquireDataDirLock(dir);
    } catch (e) {
      if (!(e instanceof StoreLockedError) || !borrow || !e.holder || e.holder.hostname !== hostname() || attempt > BORROW_ATTEMPTS) throw e;
      holder = e.holder;
      if (!(await askHolderToLend(dir, holder.pid, borrow.by))) throw e;
    }
    // The holder released its lock before answering; a moment's retry covers a web request racing us to it.
    for (let tries = 0; tries < 20; tries++) {
      try {
        const lock = acquireDataDirLock(dir);
        borrow.onBorrowed?.(holder);
        return lock;
      } catch (e) {
        if (!(e instanceof StoreLockedError)) throw e;
        await sleep(50);
      }
    }
  }
}

async function openPglite(dir: string | null, borrow?: OpenStoreOptions["borrow"]): Promise<Store> {
  let lock: DataDirLock | null = null;
  if (dir !== null) {
    mkdirSync(dirname(dir), { recursive: true });
    lock = await lockDataDir(dir, borrow);
  }
  try {
    const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("pglite-prisma-adapter"),
    ]);
    const startParams = [...((PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams ?? []), ...PGLITE_SETTINGS];
    const db = await createPglite(PGlite, dir, startParams);
    const prisma = lazyPrisma(() => new PrismaPGlite(db));
    const query: QueryFn = timed(async (sql, params) => (await db.query(sql, params)).rows as never);
    let closed = false;
    return {
      kind: "pglite",
      prisma: prisma.get,
      dataDir: dir,
      query,
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            query: timed(async (sql, params) => (await tx.query(sql, params)).rows as never),
            exec: async (sql) => void (await tx.exec(sql)),
          }),
        ),
      async close() {
        if (closed) return;
        closed = true;
        try {
          reportQueryTimes();
          await prisma.disconnect();
          await db.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}

// PATCHDECK_DEBUG_SQL=1: time spent per statement (by its first words), printed to stderr on close.
const queryTimes = new Map<string, { ms: number; calls: number }>();
function timed(fn: QueryFn): QueryFn {
  if (!process.env.PATCHDECK_DEBUG_SQL) return fn;
  return async (sql, params) => {
    const t = performance.now();
    try {
      return await fn(sql, params);
    } finally {
      const key = sql.replace(/\s+/g, " ").trim().slice(0, 60);
      const e = queryTimes.get(key) ?? { ms: 0, calls: 0 };
      e.ms += performance.now() - t;
      e.calls++;
      queryTimes.set(key, e);
    }
  };
}
function reportQueryTimes(): void {
  for (const [key, e] of [...queryTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    process.stderr.write(`[sql] ${Math.round(e.ms)} ms in ${e.calls} calls: ${key}\n`);
  }
}

const INT8_OID = 20;

async function openPostgres(url: string): Promise<Store> {
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PATCHDECK_PG_POOL_MAX) || 10 });
  // An idle client's connection dying (server restart) must not crash the process.
  pool.on("error", () => {});
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (e) {
    await pool.end();
    throw e;
  }
  const prisma = lazyPrisma(() => new PrismaPg(pool));
  // Raw rows must look the same on both backends: PGlite gives int8 (count(*), bigint) as a number
  // (a bigint beyond 2^53), pg gives a string. Per-query types leave Prisma's own parsers alone.
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === INT8_OID && format !== "binary"
        ? (v: string) => (Number.isSafeInteger(Number(v)) ? Number(v) : BigInt(v))
        : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  const cfg = (text: string, params?: unknown[]) => ({ text, values: params, types });
  let closed = false;
  return {
    kind: "postgres",
    prisma: prisma.get,
    dataDir: null,
    query: async (sql, params) => (await pool.query(cfg(sql, params))).rows,
    async transaction(fn) {
      const client = await pool.connect();
      const tx: StoreTx = {
        query: async (sql, params) => (await client.query(cfg(sql, params))).rows,
        exec: async (sql) => void (await client.query(sql)),
      };
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        await client.query("COMMIT");
        client.release();
        return result;
      } catch (e) {
        try {
          await client.query("ROLLBACK");
          client.release();
        } catch {
          client.release(true); // the connection is broken: do not return it to the pool
        }
        throw e;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await prisma.disconnect();
      } finally {
        await pool.end();
      }
    },
  };
}

const SINGLETON = Symbol.for("patchdeck.store");
const LENT = Symbol.for("patchdeck.store.lent");
type Holder = { [SINGLETON]?: Promise<Store>; [LENT]?: { by: string; at: number; dir: string } };

/**
 * After lending the store, the web server leaves the lock free this long for the borrower to take it, rather
 * than reopening the store for the next page request and making the borrower ask again.
 */
const LEND_GRACE_MS = 2_000;

/** The web server lent its embedded store to a command and has not got it back yet. */
export class StoreLentError extends Error {
  override name = "StoreLentError";
  readonly code = "STORE_LOCKED";
  constructor(dir: string, by: string) {
    super(`The PGlite database ${dir} is lent to another command (${by}); it is reopened when that command ends.`);
  }
}

/**
 * The process-wide store for the web app, opened (and migrated) on first call from DATABASE_URL.
 * Kept on globalThis so dev-mode module reloads share it; on PGlite it holds the directory lock, and lends
 * the store to a command line that asks (store-lending.ts), reopening it on the next call after that
 * command ends. A failed open is not cached.
 */
export function getStore(): Promise<Store> {
  const g = globalThis as Holder;
  let p = g[SINGLETON];
  if (!p) {
    p = openLendingStore(g, () => p);
    g[SINGLETON] = p;
    p.catch(() => {
      if (g[SINGLETON] === p) delete g[SINGLETON];
    });
  }
  return p;
}

async function openLendingStore(g: Holder, self: () => Promise<Store> | undefined): Promise<Store> {
  const lent = g[LENT];
  if (lent && Date.now() - lent.at < LEND_GRACE_MS && !existsSync(lockPathFor(lent.dir))) throw new StoreLentError(lent.dir, lent.by);
  const store = await openStore();
  const dir = store.dataDir;
  if (store.kind !== "pglite" || dir === null) return store;
  let door: LendingDoor | null = null;
  const lending: Store = {
    ...store,
    async close() {
      door?.close();
      await store.close();
    },
  };
  try {
    door = await openLendingDoor(dir, async (by) => {
      g[LENT] = { by, at: Date.now(), dir };
      if (g[SINGLETON] === self()) delete g[SINGLETON];
      await lending.close();
    });
  } catch {
    // No loopback port to listen on: commands that find the store held stop with the lock's message.
  }
  return lending;
}

/** Closes the singleton if it was opened (tests, graceful shutdown). */
export async function closeStore(): Promise<void> {
  const g = globalThis as Holder;
  const p = g[SINGLETON];
  delete g[SINGLETON];
  if (p) await (await p.catch(() => null))?.close();
}
