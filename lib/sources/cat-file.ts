// `git cat-file --batch` output parsing, and a batch blob reader for callers that keep pointers to
// epoch blobs instead of copies of the mail (RawMailOrigin kind "public-inbox").
import { spawn, type ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { SourceError } from "./types";

const NL = 0x0a;

/** One answer of cat-file: the object's bytes, or null with `type` "missing"/"ambiguous". */
export interface CatFileAnswer {
  oid: string;
  type: string;
  bytes: Buffer | null;
}

/** Push-style parser of `git cat-file --batch` output; each object is copied once into its own Buffer. */
export class CatFileParser {
  private header: Buffer[] = [];
  private body: Buffer | null = null;
  private oid = "";
  private type = "";
  private filled = 0;
  private skipNewline = false;

  /** True while an object is only partly received. */
  get midObject(): boolean {
    return this.body !== null || this.header.length > 0;
  }

  push(chunk: Buffer): CatFileAnswer[] {
    const out: CatFileAnswer[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this.skipNewline) {
        this.skipNewline = false;
        if (chunk[pos] === NL) pos++;
        continue;
      }
      if (this.body === null) {
        const newline = chunk.indexOf(NL, pos);
        if (newline < 0) {
          this.header.push(chunk.subarray(pos));
          break;
        }
        this.header.push(chunk.subarray(pos, newline));
        const line = Buffer.concat(this.header).toString("latin1");
        this.header = [];
        pos = newline + 1;
        // "<oid> <type> <size>" then the content and a newline, or "<oid> missing" alone.
        const [oid = "", type = "unreadable", size] = line.split(" ");
        if (size === undefined || !/^\d+$/.test(size)) {
          out.push({ oid, type, bytes: null });
          continue;
        }
        this.body = Buffer.allocUnsafe(Number(size));
        this.oid = oid;
        this.type = type;
        this.filled = 0;
      }
      // Copied into a buffer of the final size: no concat of small chunks, no pinned pipe chunks.
      const take = Math.min(this.body.length - this.filled, chunk.length - pos);
      chunk.copy(this.body, this.filled, pos, pos + take);
      this.filled += take;
      pos += take;
      if (this.filled < this.body.length) continue;
      out.push({ oid: this.oid, type: this.type, bytes: this.body });
      this.body = null;
      this.skipNewline = true;
    }
    return out;
  }
}

/** Environment for git children: no inherited repository overrides, no prompts, C locale messages. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", GIT_NO_LAZY_FETCH: "1" };
  for (const k of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE"]) {
    delete env[k];
  }
  return env;
}

/** Resolves with the exit code once the child is gone (-1 when killed by a signal). */
export function exited(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode ?? -1);
    else child.once("close", (code) => done(code ?? -1));
  });
}

/**
 * Resolves when a full pipe to a child drains, or when it closes or fails: a git that died (a directory
 * that is no repository) never drains, and waiting for "drain" alone hung the reader forever.
 */
function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.once("drain", done);
    stream.once("close", done);
    stream.once("error", done);
  });
}

/**
 * Streams the given objects of a git dir back, in order, through one `git cat-file --batch` process:
 * `{ oid, type, bytes }`, bytes null for a missing object. Throws SourceError when git fails.
 */
export async function* readBlobs(gitDir: string, oids: Iterable<string> | AsyncIterable<string>): AsyncGenerator<CatFileAnswer> {
  const cat = spawn("git", ["--git-dir", gitDir, "cat-file", "--batch"], { env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  cat.stderr!.on("data", (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString("utf8");
  });
  let failure: unknown = null;
  cat.on("error", (e) => (failure ??= e));
  cat.stdin!.on("error", () => {});
  // Fed from a separate task so that a slow reader never blocks the writer (or the reverse).
  const feeding = (async () => {
    try {
      for await (const oid of oids) {
        if (!/^[0-9a-f]{4,64}$/.test(oid)) throw new Error(`not an object id: ${oid.slice(0, 80)}`);
        if (cat.stdin!.destroyed) return;
        if (!cat.stdin!.write(oid + "\n") && !cat.stdin!.destroyed) await drainedOrClosed(cat.stdin!);
        if (cat.stdin!.destroyed) return;
      }
    } catch (e) {
      failure ??= e;
    } finally {
      cat.stdin!.end();
    }
  })();
  try {
    const parser = new CatFileParser();
    for await (const chunk of cat.stdout! as AsyncIterable<Buffer>) yield* parser.push(chunk);
    await feeding;
    const code = await exited(cat);
    if (failure) throw failure;
    if (code !== 0 || parser.midObject) throw new Error(`git cat-file failed (${code}): ${stderr.trim().split("\n")[0] ?? ""}`);
  } catch (e) {
    throw e instanceof SourceError ? e : new SourceError(gitDir, e instanceof Error ? e.message : String(e));
  } finally {
    if (cat.exitCode === null && cat.signalCode === null) cat.kill("SIGTERM");
  }
}
