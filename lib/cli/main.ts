// `patchdeck <command>`: the command line of CONTRACT.md. Thin shell: parse arguments, open the store
// (which applies pending migrations), call the pipeline or a loader, print, map errors to exit codes.
// The ingest pipeline (mail parsing, threading, review) is imported only by the commands that run it:
// scripts call `show` once per series, and loading it cost each call ~0.4 s.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { openStore, type Store } from "../db/open-store";
import { loadQuarantine } from "../db/queries/load-quarantine";
import { loadSeriesDetail } from "../db/queries/load-series-detail";
import { loadSeriesList } from "../db/queries/load-series-list";
import { exitCodeFor, NotFoundError, UsageError } from "./errors";
import { printSeriesDetail, printSeriesList, printQuarantine } from "./print";
import { createProgressBar } from "./progress-bar";

const USAGE = `usage: patchdeck <command> [options]

  ingest <source>...     mbox/mboxrd, maildir, .eml, directory, .gz, public-inbox epoch or inbox, - (stdin)
         [--workers N] [--batch-size N] [--no-derive]
  series [--json]        series, newest activity first
  show <id> [--json]     one series (series id, or the Message-ID of any of its messages)
  quarantine [--json]    messages that could not be parsed, with the reason
  reanalyze              recompute every derived table from the stored raw messages
  raw <message-id>       print a message's original bytes

DATABASE_URL: unset = embedded store in data/pglite; pglite:<dir>; postgresql://...`;

interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const [command = "", ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--") {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [name, value] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (value !== undefined) flags.set(name, value);
      else if (name === "workers" || name === "batch-size") flags.set(name, rest[++i] ?? "");
      else flags.set(name, true);
    } else positional.push(arg);
  }
  return { command, positional, flags };
}

let opened: Promise<Store> | null = null;

/**
 * The store, opened on first use. An embedded store the dashboard holds is borrowed from it (it closes the
 * store until this command ends: see lib/db/store-lending.ts); any other holder stops the command (exit 75).
 */
function getStore(): Promise<Store> {
  opened ??= openStore({
    borrow: {
      by: `patchdeck ${process.argv.slice(2).join(" ")}`.slice(0, 300),
      onBorrowed: (holder) =>
        process.stderr.write(`patchdeck: the store was in use by process ${holder.pid} (${holder.command}); it lent it to this command and reopens it afterwards\n`),
    },
  });
  return opened;
}

async function closeStore(): Promise<void> {
  const store = await opened?.catch(() => null);
  opened = null;
  await store?.close();
}

async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const json = args.flags.has("json");
  switch (args.command) {
    case "ingest": {
      if (!args.positional.length) throw new UsageError("ingest needs at least one source (a path, or - for stdin)");
      const workersFlag = args.flags.get("workers");
      const workers = typeof workersFlag === "string" ? Number(workersFlag) : undefined;
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
        throw new UsageError("--workers takes a whole number from 0 to 64");
      }
      const batchFlag = args.flags.get("batch-size");
      const batchSize = typeof batchFlag === "string" ? Number(batchFlag) : undefined;
      if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 10_000)) {
        throw new UsageError("--batch-size takes a whole number from 1 to 10000");
      }
      const store = await getStore();
      if (process.env.PATCHDECK_DEBUG) process.stderr.write(`[cli] store open at ${Math.round(performance.now())} ms\n`);
      const bar = createProgressBar();
      const { ingest } = await import("../ingest/ingest");
      const summary = await ingest({
        store,
        sources: args.positional.map((s) => (s === "-" ? s : resolve(s))),
        workers,
        batchSize,
        derive: !args.flags.has("no-derive"),
        onProgress: (p) => bar.update(p),
        onWarning: (w) => process.stderr.write(`warning: ${w}\n`),
      });
      bar.done();
      for (const f of summary.failedSources) process.stderr.write(`error: ${f.error}\n`);
      process.stdout.write(
        `ingested ${summary.new} new, ${summary.duplicate} duplicate, ${summary.quarantined} quarantined in ${summary.seconds.toFixed(1)} s\n`,
      );
      return summary.failedSources.length ? 66 : 0;
    }
    case "series": {
      const list = await loadSeriesList(await getStore());
      process.stdout.write(json ? `${JSON.stringify(list, null, 2)}\n` : printSeriesList(list));
      return 0;
    }
    case "show": {
      const id = args.positional[0];
      if (!id) throw new UsageError("show needs a series id or a message-id");
      const detail = await loadSeriesDetail(id, await getStore());
      if (!detail) throw new NotFoundError(`no series matches ${JSON.stringify(id)}`);
      process.stdout.write(json ? `${JSON.stringify(detail, null, 2)}\n` : printSeriesDetail(detail));
      return 0;
    }
    case "quarantine": {
      const rows = await loadQuarantine(await getStore());
      process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : printQuarantine(rows));
      return 0;
    }
    case "reanalyze": {
      const store = await getStore();
      const { reanalyze } = await import("../ingest/reanalyze");
      const summary = await reanalyze(store);
      process.stdout.write(`reanalyzed ${summary.messages} messages (${summary.failed} failed, ${summary.released} released from and ${summary.quarantined} still in quarantine) in ${summary.seconds.toFixed(1)} s\n`);
      return 0;
    }
    case "raw": {
      const id = args.positional[0]?.replace(/^<|>$/g, "");
      if (!id) throw new UsageError("raw needs a message-id");
      const store = await getStore();
      const rows = await store.query<{ rawRef: string }>(`SELECT "rawRef" FROM "Message" WHERE "messageId" = $1`, [id]);
      if (!rows[0]) throw new NotFoundError(`no message ${id}`);
      const { rawStoreFor } = await import("../ingest/open-raw-store");
      const raw = rawStoreFor(store);
      process.stdout.write(await raw.get(rows[0].rawRef));
      await raw.close();
      return 0;
    }
    case "":
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(`${USAGE}\n`);
      return args.command === "" ? 64 : 0;
    default:
      throw new UsageError(`unknown command ${JSON.stringify(args.command)}`);
  }
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  let code: number;
  try {
    code = await run(process.argv.slice(2));
  } catch (err) {
    const usage = err instanceof UsageError;
    process.stderr.write(`patchdeck: ${err instanceof Error ? err.message : String(err)}\n${usage ? `\n${USAGE}\n` : ""}`);
    if (process.env.PATCHDECK_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    code = exitCodeFor(err);
  }
  const closing = performance.now();
  await closeStore().catch(() => {});
  if (process.env.PATCHDECK_DEBUG) {
    process.stderr.write(`[cli] started after ${Math.round(startedAt)} ms, store closed in ${Math.round(performance.now() - closing)} ms\n`);
  }
  // For `npm run bench`: the peak RSS of this process (worker threads included) and the exit code.
  if (process.env.PATCHDECK_STATS_FILE) {
    writeFileSync(process.env.PATCHDECK_STATS_FILE, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, code }));
  }
  // Exit now rather than when the event loop drains: PGlite's wasm runtime and idle worker handles can
  // keep the process alive for seconds after the store is closed. stdout is flushed first.
  process.stdout.write("", () => process.exit(code));
}

await main();
