// Where the original bytes of every message live. PGlite writes large values slowly (TOOLCHAIN.md: ~700
// rows/s as bytea), so the embedded store keeps them outside the database and the database keeps a
// pointer (`Message.rawRef`):
//   pi:<git-dir>:<blob>            a public-inbox epoch already stores the message: point at its blob
//   pack:<file>:<offset>:<length>  append-only pack files under <data dir>/raw/, each record deflate-raw
//   db:<id>                        the RawBlob table (PostgreSQL server: a team shares the store, not a disk),
//                                  deflate-raw (stores written before the bytes went in as they are)
//   dbraw:<id>                     the RawBlob table, the bytes as they are: the server compresses them (lz4
//                                  TOAST where built with it) at a fraction of the parse workers' deflate cost
//   mem:<n>                        an in-memory store (`pglite:` without a directory: tests)
// Refs are immutable: bytes are never rewritten, so a crash leaves at worst unreferenced pack bytes.
import { spawn } from "node:child_process";
import { closeSync, fdatasyncSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { RawMailOrigin } from "../sources/types";

export interface RawPut {
  /** Deflate-raw compressed bytes (compressed in the parse workers) for a store that `storesDeflated`; else null. */
  deflated: Buffer | null;
  /** The original bytes, for a store that keeps them as they are. */
  bytes?: Buffer | null;
  origin: RawMailOrigin;
}

export interface RawStore {
  /** Whether `putMany` needs the bytes of a message from this origin (false: a pointer is enough). */
  wants(origin: RawMailOrigin): boolean;
  /** Whether the bytes it needs go in deflated (the parse workers compress them) or as they are. */
  storesDeflated: boolean;
  /** Stores the messages and returns one ref per item, in order. Durable when it resolves. */
  putMany(items: RawPut[], query?: QueryFn): Promise<string[]>;
  /** The original bytes behind a ref. */
  get(ref: string): Promise<Buffer>;
  /**
   * How another thread can read this ref itself (see readRawRef), or null when only this store can: the
   * review workers then fetch raw mail without the main thread reading and copying it to them.
   */
  refForWorker(ref: string): RawRefForWorker | null;
  close(): Promise<void>;
}

export type QueryFn = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** A ref another thread can read on its own: an epoch blob, or a pack record under `packDir`. */
export interface RawRefForWorker {
  ref: string;
  packDir: string | null;
}

const PACK_LIMIT = 512 * 1024 * 1024;

/** A public-inbox message needs no copy: its blob already holds the bytes. */
function epochRef(origin: RawMailOrigin): string | null {
  return origin.kind === "public-inbox" ? `pi:${origin.gitDir}:${origin.blob}` : null;
}

/** Append-only pack files under `dir` (the embedded store). */
export function createPackRawStore(dir: string): RawStore {
  mkdirSync(dir, { recursive: true });
  let packNo = 1;
  let fd: number | null = null;
  let size = 0;
  const git = new GitBlobReader();

  function openPack(): number {
    if (fd !== null && size < PACK_LIMIT) return fd;
    if (fd !== null) {
      closeSync(fd);
      packNo++;
    }
    for (;;) {
      const path = join(dir, packName(packNo));
      fd = openSync(path, "a+");
      size = fstatSync(fd).size;
      if (size < PACK_LIMIT) return fd;
      closeSync(fd);
      packNo++;
    }
  }

  return {
    wants: (origin) => epochRef(origin) === null,
    storesDeflated: true,
    async putMany(items) {
      const refs: string[] = [];
      let wrote = false;
      for (const item of items) {
        const pointer = epochRef(item.origin);
        if (pointer) {
          refs.push(pointer);
          continue;
        }
        const handle = openPack();
        const offset = size;
        const bytes = required(item);
        writeSync(handle, bytes);
        size += bytes.length;
        wrote = true;
        refs.push(`pack:${packName(packNo)}:${offset}:${bytes.length}`);
      }
      // The database rows that point here commit right after: make the bytes durable first.
      if (wrote && fd !== null) fdatasyncSync(fd);
      return refs;
    },
    async get(ref) {
      return ref.startsWith("pi:") ? git.read(ref) : readPackRecord(dir, ref);
    },
    refForWorker: (ref) => ({ ref, packDir: dir }),
    async close() {
      if (fd !== null) closeSync(fd);
      fd = null;
      await git.close();
    },
  };
}

/** One record of a pack file under `dir`, inflated. */
function readPackRecord(dir: string, ref: string): Buffer {
  const m = /^pack:([\w.-]+):(\d+):(\d+)$/.exec(ref);
  if (!m) throw new Error(`raw store: cannot read ref ${ref}`);
  const handle = openSync(join(dir, m[1]!), "r");
  try {
    const buf = Buffer.alloc(Number(m[3]));
    readSync(handle, buf, 0, buf.length, Number(m[2]));
    return inflateRawSync(buf);
  } finally {
    closeSync(handle);
  }
}

let workerGit: GitBlobReader | null = null;

/**
 * Reads a ref handed out by `refForWorker` in a worker thread: one `git cat-file` per epoch and worker,
 * kept until `releaseRawReaders` (a review worker reads thousands of blobs).
 */
export function readRawRef(spec: RawRefForWorker): Promise<Buffer> {
  if (spec.ref.startsWith("pi:")) {
    workerGit ??= new GitBlobReader();
    return workerGit.read(spec.ref);
  }
  if (spec.packDir === null) return Promise.reject(new Error(`raw store: cannot read ref ${spec.ref} here`));
  try {
    return Promise.resolve(readPackRecord(spec.packDir, spec.ref));
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

/**
 * Stops this thread's `git cat-file` readers and waits for them to exit. A worker runs it before it is
 * terminated: a child whose worker is gone is never reaped, and a long-running server would collect zombies.
 */
export async function releaseRawReaders(): Promise<void> {
  const git = workerGit;
  workerGit = null;
  await git?.close();
}

function asTheyAre(item: RawPut): Buffer {
  if (!item.bytes) throw new Error("raw store: bytes were not kept for a message that needs them");
  return item.bytes;
}

function required(item: RawPut): Buffer {
  if (!item.deflated) throw new Error("raw store: bytes were not kept for a message that needs them");
  return item.deflated;
}

function packName(n: number): string {
  return `pack-${String(n).padStart(6, "0")}.pdk`;
}

const MAX_ROWS_PER_READ = 256;

/** Bytes inside the database (PostgreSQL server). Written in the caller's transaction when given. */
export function createDbRawStore(query: QueryFn): RawStore {
  // Reads asked for together (the review pass asks for a chunk's mail at once) go as one query: one
  // round trip per row was most of a PostgreSQL derive's extra time.
  let pending: { id: number; resolve: (row: Uint8Array | undefined) => void; reject: (err: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    try {
      const rows = await query<{ id: number; bytes: Uint8Array }>(`SELECT id, bytes FROM "RawBlob" WHERE id = ANY($1::int[])`, [[...new Set(batch.map((b) => b.id))]]);
      const byId = new Map(rows.map((r) => [r.id, r.bytes]));
      for (const b of batch) b.resolve(byId.get(b.id));
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  };
  const readRow = (id: number) =>
    new Promise<Uint8Array | undefined>((resolve, reject) => {
      if (!pending.length) setImmediate(() => void flush());
      pending.push({ id, resolve, reject });
      // A bounded batch: thousands of mails asked for at once must not come back as one result.
      if (pending.length >= MAX_ROWS_PER_READ) void flush();
    });
  return {
    wants: () => true,
    storesDeflated: false,
    async putMany(items, txQuery) {
      const q = txQuery ?? query;
      const refs: string[] = [];
      for (let i = 0; i < items.length; i += 200) {
        const chunk = items.slice(i, i + 200);
        const params = chunk.map(asTheyAre);
        const values = chunk.map((_, j) => `($${j + 1})`).join(",");
        const rows = await q<{ id: number }>(`INSERT INTO "RawBlob" (bytes) VALUES ${values} RETURNING id`, params);
        for (const row of rows) refs.push(`dbraw:${row.id}`);
      }
      return refs;
    },
    async get(ref) {
      const m = /^(db|dbraw):(\d+)$/.exec(ref);
      if (!m) throw new Error(`raw store: cannot read ref ${ref}`);
      const row = await readRow(Number(m[2]));
      if (!row) throw new Error(`raw store: ${ref} is missing`);
      const bytes = Buffer.from(row.buffer, row.byteOffset, row.byteLength);
      return m[1] === "db" ? inflateRawSync(bytes) : bytes;
    },
    refForWorker: () => null,
    async close() {},
  };
}

/** Bytes in memory only (`pglite:` in-memory stores, tests). */
export function createMemoryRawStore(): RawStore {
  const blobs: Buffer[] = [];
  const git = new GitBlobReader();
  return {
    wants: (origin) => epochRef(origin) === null,
    storesDeflated: true,
    async putMany(items) {
      return items.map((item) => epochRef(item.origin) ?? `mem:${blobs.push(required(item)) - 1}`);
    },
    async get(ref) {
      if (ref.startsWith("pi:")) return git.read(ref);
      const blob = blobs[Number(ref.slice(4))];
      if (!ref.startsWith("mem:") || !blob) throw new Error(`raw store: cannot read ref ${ref}`);
      return inflateRawSync(blob);
    },
    refForWorker: (ref) => (ref.startsWith("pi:") ? { ref, packDir: null } : null),
    async close() {
      await git.close();
    },
  };
}

/** Reads blobs of public-inbox epochs through one long-lived `git cat-file --batch` per git dir. */
class GitBlobReader {
  private readers = new Map<string, CatFile>();

  read(ref: string): Promise<Buffer> {
    const m = /^pi:(.+):([0-9a-f]{40,64})$/.exec(ref);
    if (!m) return Promise.reject(new Error(`raw store: cannot read ref ${ref}`));
    let reader = this.readers.get(m[1]!);
    if (!reader) {
      reader = new CatFile(m[1]!);
      this.readers.set(m[1]!, reader);
    }
    return reader.read(m[2]!);
  }

  /** Stops every `git cat-file`; resolves once they have exited (and so been reaped). */
  close(): Promise<void> {
    const exits = [...this.readers.values()].map((reader) => reader.close());
    this.readers.clear();
    return Promise.all(exits).then(() => undefined);
  }
}

class CatFile {
  private proc;
  private pending: { oid: string; resolve: (b: Buffer) => void; reject: (e: Error) => void }[] = [];
  private unsent: string[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  /** Why git can no longer answer (it exited or failed), once it cannot. */
  private dead: Error | null = null;

  constructor(private gitDir: string) {
    this.proc = spawn("git", [`--git-dir=${gitDir}`, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "ignore"] });
    this.proc.stdout.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    this.proc.on("error", (err) => this.failAll(err));
    this.proc.on("exit", () => this.failAll(new Error(`git cat-file exited for ${gitDir}`)));
    // Writing to a git that has died fails the pipe: an unheard "error" would take the worker down.
    this.proc.stdin.on("error", (err) => this.failAll(err));
  }

  read(oid: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      // After git is gone nothing would ever answer: fail at once rather than wait forever.
      if (this.dead) return reject(this.dead);
      this.pending.push({ oid, resolve, reject });
      // Requests made in one go are written in one go: a pipe write per blob cost more than the read.
      this.unsent.push(oid);
      if (this.unsent.length === 1) queueMicrotask(() => this.send());
    });
  }

  private send(): void {
    const text = this.unsent.join("\n") + "\n";
    this.unsent = [];
    if (!this.dead) this.proc.stdin.write(text);
  }

  private drain(): void {
    for (;;) {
      const head = this.pending[0];
      if (!head) return;
      const nl = this.buffer.indexOf(10);
      if (nl < 0) return;
      const header = this.buffer.subarray(0, nl).toString();
      if (header.endsWith(" missing")) {
        this.buffer = this.buffer.subarray(nl + 1);
        this.pending.shift();
        head.reject(new Error(`raw store: blob ${head.oid} is missing from ${this.gitDir}`));
        continue;
      }
      const size = Number(header.split(" ")[2]);
      if (this.buffer.length < nl + 1 + size + 1) return;
      const body = Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size));
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.pending.shift();
      head.resolve(body);
    }
  }

  private failAll(err: Error): void {
    this.dead ??= err;
    for (const p of this.pending.splice(0)) p.reject(err);
  }

  close(): Promise<void> {
    const exited = this.proc.exitCode !== null || this.proc.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => this.proc.once("exit", () => resolve()));
    this.proc.stdin.end();
    this.proc.kill();
    return exited;
  }
}
