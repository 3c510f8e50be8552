// `npm run bench [-- --source <path> --runs N --no-pg]`: how fast patchdeck ingests a real archive.
// Prints, for the same messages: mailparser alone on every core (the baseline the targets are relative
// to), a full ingest into a fresh embedded store and into a PostgreSQL server (wall time, messages/s, peak
// RSS), the re-run that finds nothing new, an ingest of 22 new mails into the full store, the diff
// annotator on a 100-hunk patch, and the pure passes alone (grouping at scale, parsers on hostile input).
// Medians over --runs.
// Default source: $PATCHDECK_BENCH_SOURCE, else the linux-s390 public-inbox epoch if fetched beside us.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { readSource } from "../lib/sources/read-source";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? "") : undefined;
};
const runs = Number(flag("runs") ?? 1);
const S390 = "/work/.mirror/linux-mailinglist-archives+linux-s390.vger.kernel.org.0/repo";
const source = resolve(flag("source") ?? process.env.PATCHDECK_BENCH_SOURCE ?? (existsSync(S390) ? S390 : "fixtures/demo/demo.mbox"));
const root = resolve(import.meta.dirname, "..");
const DEMO = join(root, "fixtures", "demo", "demo.mbox");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, d = 1) => n.toFixed(d);

async function readAll(): Promise<{ count: number; bytes: number; seconds: number }> {
  const t = performance.now();
  let count = 0;
  let bytes = 0;
  for await (const ev of readSource(source)) {
    if (ev.type !== "mail") continue;
    count++;
    bytes += ev.mail.bytes.length;
  }
  return { count, bytes, seconds: (performance.now() - t) / 1000 };
}

/** mailparser alone on `workers` threads, fed by the same reader. */
async function mailparserBaseline(workers: number): Promise<number> {
  const t = performance.now();
  const pool = Array.from({ length: workers }, () => {
    const w = new Worker(new URL("../lib/ingest/worker-bootstrap.mjs", import.meta.url), {
      workerData: { entry: new URL("./bench/mailparser-baseline-worker.ts", import.meta.url).href },
    });
    return { w, inFlight: 0, waiters: [] as (() => void)[] };
  });
  for (const slot of pool) {
    slot.w.on("message", () => {
      slot.inFlight--;
      slot.waiters.shift()?.();
    });
  }
  let batch: Buffer[] = [];
  let next = 0;
  const send = async () => {
    const slot = pool[next++ % pool.length]!;
    while (slot.inFlight >= 2) await new Promise<void>((r) => slot.waiters.push(r));
    slot.inFlight++;
    slot.w.postMessage(batch);
    batch = [];
  };
  for await (const ev of readSource(source)) {
    if (ev.type !== "mail") continue;
    batch.push(ev.mail.bytes);
    if (batch.length >= 256) await send();
  }
  if (batch.length) await send();
  for (const slot of pool) while (slot.inFlight > 0) await new Promise<void>((r) => slot.waiters.push(r));
  await Promise.all(pool.map((s) => s.w.terminate()));
  return (performance.now() - t) / 1000;
}

interface CliRun {
  seconds: number;
  maxRssMB: number;
  line: string;
}

function cli(databaseUrl: string, cliArgs: string[]): CliRun {
  const stats = join(tmpdir(), `patchdeck-bench-${process.pid}-${Date.now()}.json`);
  const t = performance.now();
  const res = spawnSync(process.execPath, ["--import", "tsx", join(root, "lib/cli/main.ts"), ...cliArgs], {
    cwd: root,
    // The malloc arena limit `npm run patchdeck` and bin/patchdeck.mjs run the CLI with.
    env: { MALLOC_ARENA_MAX: "2", ...process.env, DATABASE_URL: databaseUrl, PATCHDECK_STATS_FILE: stats },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t) / 1000;
  if (res.status !== 0) throw new Error(`patchdeck ${cliArgs.join(" ")} failed (${res.status}): ${res.stderr}`);
  const s = JSON.parse(readFileSync(stats, "utf8")) as { maxRssKB: number };
  rmSync(stats, { force: true });
  return { seconds, maxRssMB: s.maxRssKB / 1024, line: res.stdout.trim().split("\n").pop() ?? "" };
}

/**
 * Per store: storing alone (`--no-derive`: read, parse, analyse each message, write it), the full ingest
 * (storing plus threads, series, trailers and the review pass), and the re-run that finds nothing new.
 */
function ingestBench(name: string, freshUrl: () => string, count: number) {
  const storeOnly: CliRun[] = [];
  const first: CliRun[] = [];
  const again: CliRun[] = [];
  const fewNew: CliRun[] = [];
  for (let i = 0; i < runs; i++) {
    storeOnly.push(cli(freshUrl(), ["ingest", "--no-derive", source]));
    const url = freshUrl();
    first.push(cli(url, ["ingest", source]));
    again.push(cli(url, ["ingest", source]));
    // A day's new mail: the demo archive's 22 messages, new to the store (derive rewrites only their series).
    fewNew.push(cli(url, ["ingest", DEMO]));
  }
  const line = (label: string, rs: CliRun[], digits = 1, messages = count) => {
    const secs = median(rs.map((r) => r.seconds));
    console.log(
      `${name.padEnd(9)} ${label.padEnd(13)} ${fmt(secs, digits)} s  ${fmt(messages / secs, 0)} msg/s  peak RSS ${fmt(median(rs.map((r) => r.maxRssMB)), 0)} MB   | ${rs[0]!.line}`,
    );
    return secs;
  };
  const stored = line("store only", storeOnly);
  const full = line("full ingest", first);
  line("re-run", again, 2);
  line("+22 new mails", fewNew, 2, 22);
  return { stored, full };
}

const cores = availableParallelism();
console.log(`source: ${source}`);
console.log(`machine: ${cores} cores, node ${process.versions.node}; runs per figure: ${runs} (median)`);
const read = await readAll();
console.log(`read only        ${fmt(read.seconds)} s  ${read.count} messages, ${fmt(read.bytes / 1e6, 0)} MB`);
const baseRuns: number[] = [];
for (let i = 0; i < runs; i++) baseRuns.push(await mailparserBaseline(cores));
const base = median(baseRuns);
console.log(`mailparser alone ${fmt(base)} s  ${fmt(read.count / base, 0)} msg/s on ${cores} threads (baseline)`);

const tmp = mkdtempSync(join(tmpdir(), "patchdeck-bench-"));
chmodSync(tmp, 0o755); // the PostgreSQL server runs as user postgres and must reach its directory inside
try {
  let n = 0;
  const pglite = ingestBench("pglite", () => `pglite:${join(tmp, `pglite-${n++}`)}`, read.count);
  console.log(`pglite    ratio to mailparser alone: store only ${fmt(pglite.stored / base, 2)}x, full ingest ${fmt(pglite.full / base, 2)}x (target <= 1.5x)`);
  if (!args.includes("--no-pg")) {
    const pgDir = join(tmp, "pg");
    const started = spawnSync("bash", [join(root, "scripts/pg-test-server.sh"), "start", pgDir, "55439"], { encoding: "utf8" });
    if (started.status !== 0) {
      console.log(`postgres  skipped: could not start a server (${started.stderr.trim().split("\n").pop()})`);
    } else {
      const url = started.stdout.trim().split("\n").pop()!;
      try {
        const pg = ingestBench("postgres", () => {
          spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/reset-db.ts")], { env: { ...process.env, DATABASE_URL: url } });
          return url;
        }, read.count);
        console.log(`postgres  ratio to mailparser alone: store only ${fmt(pg.stored / base, 2)}x, full ingest ${fmt(pg.full / base, 2)}x`);
      } finally {
        spawnSync("bash", [join(root, "scripts/pg-test-server.sh"), "stop", pgDir]);
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

try {
  const { benchAnnotate } = await import("../lib/diff/bench-annotate");
  const r = benchAnnotate();
  console.log(`diff annotate    ${fmt(r.medianMs, 2)} ms median for a ${r.hunks}-hunk patch (target < 5 ms)`);
} catch (err) {
  console.log(`diff annotate    not available: ${err instanceof Error ? err.message : String(err)}`);
}

try {
  const { benchPurePasses } = await import("./bench/pure-passes");
  for (const line of benchPurePasses(runs < 3 ? 3 : runs)) console.log(line);
} catch (err) {
  console.log(`pure passes      not available: ${err instanceof Error ? err.message : String(err)}`);
}
