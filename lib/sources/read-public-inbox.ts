// public-inbox v2 epochs: bare git repositories where each commit adds, replaces or deletes one file `m`
// holding one message. Two long-lived git processes do all the work: one `git log --raw` lists the blob
// of `m` for every commit, oldest first, and one `git cat-file --batch` streams those blobs back.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CatFileParser, exited, gitEnv } from "./cat-file";
import { errorText } from "./open-stream";
import { SourceError, type ReadSourceOptions, type SourceEvent } from "./types";

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const PROGRESS_EVERY = 1000;
const STDERR_KEEP = 4096;
const QUEUE_HIGH = 20_000;
const QUEUE_LOW = 2_000;

/** What reading an epoch will do: resolved before reading so an inbox can total its epochs. */
export interface EpochPlan {
  /** Absolute git dir, symlinks resolved: the cursor location. */
  gitDir: string;
  /** Commit HEAD pointed at when planned; null for an empty repository. */
  head: string | null;
  /** Commits up to and including this one are skipped; null reads all. */
  since: string | null;
  /** Number of commits to read. */
  total: number;
  warnings: string[];
}

function git(gitDir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile("git", ["--git-dir", gitDir, ...args], { env: gitEnv(), maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (typeof code === "number") done({ code, stdout, stderr });
      else fail(error);
    });
  });
}

function firstLine(s: string): string {
  return s.trim().split("\n")[0] ?? "";
}

/**
 * Resolves HEAD, validates the cursor and counts the commits to read. Throws SourceError when `dir` is
 * missing or not a git repository. A cursor unknown to the repository (or not an ancestor of HEAD, as
 * after a history rewrite) is dropped with a warning: everything is read again.
 */
export async function planEpoch(dir: string, opts: ReadSourceOptions = {}): Promise<EpochPlan> {
  let gitDir: string;
  try {
    gitDir = await realpath(resolve(dir));
  } catch (e) {
    throw new SourceError(dir, errorText(e));
  }
  let headResult;
  try {
    headResult = await git(gitDir, ["rev-parse", "--verify", "-q", "HEAD^{commit}"]);
  } catch (e) {
    throw new SourceError(dir, `cannot run git: ${errorText(e)}`);
  }
  if (headResult.code !== 0 && headResult.code !== 1) {
    throw new SourceError(dir, `not a readable git repository (${firstLine(headResult.stderr)})`);
  }
  const head = headResult.code === 0 ? headResult.stdout.trim() : null;
  const warnings: string[] = [];
  let since = (await opts.cursor?.(gitDir)) ?? null;
  if (head === null) return { gitDir, head, since: null, total: 0, warnings };
  if (since !== null && since !== head) {
    const known = OID.test(since) ? (await git(gitDir, ["merge-base", "--is-ancestor", since, head])).code : 128;
    if (known !== 0) {
      warnings.push(`saved cursor ${since.slice(0, 64)} is ${known === 1 ? "not an ancestor of HEAD" : "unknown to this repository"} (history rewritten?): reading every commit again`);
      since = null;
    }
  }
  if (since === head) return { gitDir, head, since, total: 0, warnings };
  const count = await git(gitDir, ["rev-list", "--count", since ? `${since}..${head}` : head, "--"]);
  if (count.code !== 0) throw new SourceError(dir, `git rev-list failed: ${firstLine(count.stderr)}`);
  return { gitDir, head, since, total: Number(count.stdout.trim()) || 0, warnings };
}

interface Pending {
  commit: string;
  /** The blob asked for; "" when asked by path (`<commit>:m`, a commit that left `m` unchanged). */
  blob: string;
  /** 1-based position of the commit among those read. */
  ordinal: number;
}

function collectStderr(child: ChildProcess): () => string {
  let text = "";
  child.stderr?.on("data", (d: Buffer) => {
    if (text.length < STDERR_KEEP) text += d.toString("utf8");
  });
  return () => firstLine(text);
}

/**
 * Reads the commits of a planned epoch, oldest first: one mail event per commit whose file `m` was added
 * or replaced (deletions yield nothing), progress in commits, then a cursor event with the planned HEAD
 * once every commit was read. Nothing is yielded when the cursor is already at HEAD.
 */
export async function* readEpoch(plan: EpochPlan): AsyncGenerator<SourceEvent> {
  const { gitDir, head, since } = plan;
  for (const message of plan.warnings) yield { type: "warning", source: gitDir, message };
  if (head === null || since === head) return;
  const env = gitEnv();
  const log = spawn(
    "git",
    ["--git-dir", gitDir, "-c", "log.showSignature=false", "log", "--reverse", "--no-renames", "--no-color",
      "--root", "--raw", "--no-abbrev", "--format=%H", since ? `${since}..${head}` : head, "--"],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  // No --buffer: cat-file flushes each answer, so pausing the log below can never starve it.
  const cat = spawn("git", ["--git-dir", gitDir, "cat-file", "--batch"], { env, stdio: ["pipe", "pipe", "pipe"] });
  const logError = collectStderr(log);
  const catError = collectStderr(cat);
  let spawnError: Error | null = null;
  log.on("error", (e) => (spawnError ??= e));
  cat.on("error", (e) => (spawnError ??= e));
  cat.stdin!.on("error", () => {}); // EPIPE when we stop early: nothing to do.

  // The blobs asked of cat-file, in order; cat-file answers in the same order. The log is paused while
  // too many are outstanding, so a slow consumer does not pile up a whole epoch's list in memory.
  let queue: Pending[] = [];
  let queueHead = 0;
  let logPaused = false;
  const next = (): Pending | undefined => {
    const item = queue[queueHead++];
    if (queueHead >= QUEUE_LOW && queueHead * 2 >= queue.length) {
      queue = queue.slice(queueHead);
      queueHead = 0;
    }
    if (logPaused && queue.length - queueHead < QUEUE_LOW) {
      logPaused = false;
      log.stdout!.resume();
    }
    return item;
  };
  let commits = 0;
  let commit = "";
  let commitTouchedM = true;
  let partial = "";
  // A commit that stores the very bytes its parent stored (the same mail delivered twice) changes no file,
  // so the log lists no `m` for it: its `m` is asked for by path, to be counted as the duplicate it is.
  const askUnchanged = (): string => {
    if (commitTouchedM) return "";
    queue.push({ commit, blob: "", ordinal: commits });
    return `${commit}:m\n`;
  };
  log.stdout!.on("data", (data: Buffer) => {
    const lines = (partial + data.toString("latin1")).split("\n");
    partial = lines.pop() ?? "";
    let ask = "";
    for (const line of lines) {
      if (line.charCodeAt(0) === 58 /* : */) {
        // ":100644 100644 <old> <new> M\tm"
        const tab = line.indexOf("\t");
        if (tab < 0 || line.slice(tab + 1) !== "m") continue;
        commitTouchedM = true;
        const fields = line.slice(1, tab).split(" ");
        const blob = fields[3] ?? "";
        if ((fields[4] ?? "D").startsWith("D") || !OID.test(blob) || /^0+$/.test(blob)) continue;
        queue.push({ commit, blob, ordinal: commits });
        ask += blob + "\n";
      } else if (OID.test(line)) {
        ask += askUnchanged();
        commit = line;
        commitTouchedM = false;
        commits++;
      }
    }
    if (ask) cat.stdin!.write(ask);
    if (queue.length - queueHead > QUEUE_HIGH) {
      logPaused = true;
      log.stdout!.pause();
    }
  });
  log.stdout!.on("end", () => {
    const ask = askUnchanged();
    commitTouchedM = true;
    if (ask) cat.stdin!.write(ask);
    cat.stdin!.end();
  });

  let yielded = 0;
  let reported = 0;
  try {
    const parser = new CatFileParser();
    for await (const chunk of cat.stdout! as AsyncIterable<Buffer>) {
      for (const answer of parser.push(chunk)) {
        const item = next();
        if (!item) throw new Error("git cat-file answered more than was asked");
        // Asked by path: a commit that touched no file and has no `m` at all holds no mail.
        if (item.blob === "" && answer.type === "missing") continue;
        if (answer.bytes === null || answer.type !== "blob") {
          const problem = `commit ${item.commit}: m is ${answer.type === "missing" ? "missing from the repository" : `a ${answer.type}, not a blob`}`;
          yield { type: "warning", source: gitDir, message: problem };
          // Still a message of the archive: it goes to quarantine with the reason rather than vanish.
          yield { type: "mail", mail: { bytes: Buffer.alloc(0), origin: { kind: "public-inbox", gitDir, commit: item.commit, blob: item.blob }, unreadable: problem } };
          continue;
        }
        yielded++;
        yield { type: "mail", mail: { bytes: answer.bytes, origin: { kind: "public-inbox", gitDir, commit: item.commit, blob: item.blob || answer.oid } } };
        if (item.ordinal - reported >= PROGRESS_EVERY) {
          reported = item.ordinal;
          yield { type: "progress", unit: "commits", done: item.ordinal, total: plan.total };
        }
      }
    }
    const [logCode, catCode] = await Promise.all([exited(log), exited(cat)]);
    if (spawnError) throw spawnError;
    if (logCode !== 0) throw new Error(`git log failed (${logCode}): ${logError()}`);
    if (catCode !== 0) throw new Error(`git cat-file failed (${catCode}): ${catError()}`);
    if (queueHead !== queue.length || parser.midObject) throw new Error("git cat-file stopped early");
  } catch (e) {
    if (yielded === 0) throw new SourceError(gitDir, errorText(e));
    yield { type: "warning", source: gitDir, message: `stopped after ${yielded} messages: ${errorText(e)}` };
    return;
  } finally {
    log.stdout?.destroy();
    for (const child of [log, cat]) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    }
  }
  yield { type: "progress", unit: "commits", done: commits, total: plan.total };
  yield { type: "cursor", location: gitDir, commit: head };
}

/** Epoch git dirs of a public-inbox v2 inbox (`git/0.git`, `git/1.git`, ...), in epoch order. */
export async function listEpochs(inboxDir: string): Promise<string[]> {
  const dir = join(inboxDir, "git");
  const names = (await readdir(dir)).filter((n) => /^\d+\.git$/.test(n));
  names.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const out: string[] = [];
  for (const n of names) {
    if ((await stat(join(dir, n)).catch(() => null))?.isDirectory()) out.push(join(dir, n));
  }
  return out;
}

/**
 * Reads every epoch of an inbox in order (or one epoch when `dirs` has one entry), with progress in
 * commits over all of them and one cursor event per epoch.
 */
export async function* readEpochs(dirs: string[], opts: ReadSourceOptions = {}): AsyncGenerator<SourceEvent> {
  const plans: EpochPlan[] = [];
  for (const dir of dirs) plans.push(await planEpoch(dir, opts));
  const total = plans.reduce((n, p) => n + p.total, 0);
  let base = 0;
  for (const plan of plans) {
    for await (const event of readEpoch(plan)) {
      yield event.type === "progress" ? { ...event, done: base + event.done, total } : event;
    }
    base += plan.total;
  }
}
