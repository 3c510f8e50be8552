// The ingest pipeline: sources -> mail workers -> batched, idempotent writes -> derived tables.
// Reading, parsing and writing overlap: up to `maxInFlight` batches are parsed in the workers while the
// main thread writes the oldest finished one, always in source order (so a cursor is saved only after
// every message before it is stored, and a killed run resumes cleanly).
import { createHash } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import type { Store } from "../db/store-types";
import { readSource, type SourceEvent } from "../sources/read-source";
import { SourceError, type RawMail } from "../sources/types";
import { staleFactsWarning } from "./facts-version";
import { deriveAll, deriveIsStale } from "./derive";
import { createMailPool, defaultPoolSize, WorkerCrashError, type MailPool } from "./worker-pool";
import { raiseTieringBudget } from "./raise-tiering-budget";
import { rawStoreFor } from "./open-raw-store";
import { saveMailBatch, loadCursor, saveCursor, type BatchCounts } from "./save-mail-batch";
import type { RawStore } from "./raw-store";
import type { AnalyzedMail } from "./analyze-mail";

export interface IngestProgress {
  source: string;
  messages: number;
  counts: BatchCounts;
  /** Fraction of the current source read, when the source knows its size. */
  fraction: number | null;
  elapsedMs: number;
}

export interface IngestOptions {
  store: Store;
  sources: string[];
  /** Worker threads for parsing; 0 parses in this thread. */
  workers?: number;
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  onWarning?: (message: string) => void;
  /** Recompute threads/series/review after storing (default true). */
  derive?: boolean;
  /** Test hook: stop (as if killed) after this many batches were written. */
  stopAfterBatches?: number;
}

export interface IngestSummary extends BatchCounts {
  seconds: number;
  /** Sources that could not be read at all, with the reason. */
  failedSources: { source: string; error: string }[];
  deriveSeconds: number;
}

type Pending =
  | { type: "batch"; mails: RawMail[]; results: Promise<AnalyzedMail[]> }
  | { type: "cursor"; location: string; commit: string };

/** Ingests every source into the store; see CONTRACT.md for the counts it reports. */
export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  // Set before the parsing workers start, for storing and derive alike (see raise-tiering-budget.ts).
  const restoreTieringBudget = raiseTieringBudget();
  try {
    return await ingestSources(opts);
  } finally {
    restoreTieringBudget();
  }
}

async function ingestSources(opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const workers = opts.workers ?? defaultPoolSize();
  const pool = createMailPool(workers);
  const raw: RawStore = rawStoreFor(opts.store);
  const counts: BatchCounts = { new: 0, duplicate: 0, quarantined: 0 };
  const failedSources: IngestSummary["failedSources"] = [];
  const batchSize = opts.batchSize ?? 256;
  const maxInFlight = Math.max(2, workers * 2);
  const queue: Pending[] = [];
  let messages = 0;
  let batchesWritten = 0;
  let fraction: number | null = null;
  let currentSource = "";
  let stopped = false;
  // Stored messages analysed by older rules stay so (the new ones get the current facts) until `reanalyze`.
  const staleFacts = await staleFactsWarning(opts.store);
  if (staleFacts) opts.onWarning?.(staleFacts);

  const flushOne = async () => {
    const item = queue.shift()!;
    if (item.type === "cursor") {
      await saveCursor(opts.store, item.location, item.commit);
      return;
    }
    const results = await item.results;
    const batchCounts = await saveMailBatch(opts.store, raw, item.mails, results);
    counts.new += batchCounts.new;
    counts.duplicate += batchCounts.duplicate;
    counts.quarantined += batchCounts.quarantined;
    batchesWritten++;
    if (process.env.PATCHDECK_DEBUG_MEMORY && batchesWritten % 25 === 0) {
      const m = process.memoryUsage();
      process.stderr.write(`[memory] batch ${batchesWritten}: rss ${mb(m.rss)} heap ${mb(m.heapUsed)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}\n`);
    }
    opts.onProgress?.({ source: currentSource, messages, counts: { ...counts }, fraction, elapsedMs: performance.now() - started });
    if (opts.stopAfterBatches !== undefined && batchesWritten >= opts.stopAfterBatches) stopped = true;
  };
  const batchesQueued = () => queue.filter((q) => q.type === "batch").length;

  try {
    for (const source of opts.sources) {
      currentSource = source;
      let batch: RawMail[] = [];
      const submit = async () => {
        if (!batch.length) return;
        queue.push({ type: "batch", mails: batch, results: analyzeBatch(pool, raw, batch) });
        batch = [];
        while (batchesQueued() >= maxInFlight && !stopped) await flushOne();
      };
      try {
        const events: AsyncGenerator<SourceEvent> = readSource(source, { cursor: (loc) => loadCursor(opts.store, loc) });
        for await (const event of events) {
          if (stopped) break;
          if (event.type === "mail") {
            batch.push(event.mail);
            messages++;
            if (batch.length >= batchSize) await submit();
          } else if (event.type === "cursor") {
            await submit();
            queue.push({ type: "cursor", location: event.location, commit: event.commit });
          } else if (event.type === "progress") {
            fraction = event.total ? Math.min(1, event.done / event.total) : null;
          } else if (event.type === "warning") {
            opts.onWarning?.(`${source}: ${event.message}`);
          }
        }
        await submit();
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        failedSources.push({ source, error: err.message });
        // Messages read before the failure are still stored below.
        await submit();
      }
      if (stopped) break;
    }
    while (queue.length && !stopped) await flushOne();
  } finally {
    await pool.close();
  }

  let deriveSeconds = 0;
  if (opts.derive !== false && !stopped && (counts.new > 0 || (await deriveIsStale(opts.store)))) {
    const t = performance.now();
    const derived = await deriveAll(opts.store, raw);
    if (process.env.PATCHDECK_DEBUG) process.stderr.write(`[derive] ${JSON.stringify(derived.timings)} ms, cpu ${JSON.stringify(derived.cpuTimings)} ms, review ${JSON.stringify(derived.review)}, series rewritten ${derived.seriesRewritten} of ${derived.series}\n`);
    deriveSeconds = (performance.now() - t) / 1000;
  }
  await raw.close();
  return { ...counts, failedSources, seconds: (performance.now() - started) / 1000, deriveSeconds };
}

const mb = (n: number) => `${Math.round(n / 1048576)}MB`;

/**
 * Analyses a batch in the workers. If a worker dies on it, each message is retried alone, and one that
 * kills a worker again is quarantined with that reason: one monstrous mail never sinks its neighbours.
 */
async function analyzeBatch(pool: MailPool, raw: RawStore, mails: RawMail[]): Promise<AnalyzedMail[]> {
  if (!mails.some((m) => m.unreadable !== undefined)) return analyzeReadable(pool, raw, mails);
  const analyzed = await analyzeReadable(pool, raw, mails.filter((m) => m.unreadable === undefined));
  let k = 0;
  return mails.map((m) => (m.unreadable === undefined ? analyzed[k++]! : unreadableMail(raw, m, m.unreadable)));
}

/** Whether the raw store keeps a deflated copy of this mail's bytes (not a pointer, nor the bytes as they are). */
function deflates(raw: RawStore, mail: RawMail): boolean {
  return raw.storesDeflated && raw.wants(mail.origin);
}

/** A message the source could not give the bytes of: quarantined with the source's reason, keyed by where it is. */
function unreadableMail(raw: RawStore, mail: RawMail, reason: string): AnalyzedMail {
  return {
    ok: false,
    reason,
    sha256: createHash("sha256").update(`unreadable\0${JSON.stringify(mail.origin)}`).digest("hex"),
    deflated: deflates(raw, mail) ? deflateRawSync(mail.bytes) : null,
    size: 0,
  };
}

async function analyzeReadable(pool: MailPool, raw: RawStore, mails: RawMail[]): Promise<AnalyzedMail[]> {
  if (!mails.length) return [];
  const run = (ms: RawMail[]) => pool.run("analyze", { batch: ms.map((m) => m.bytes), compress: ms.map((m) => deflates(raw, m)) });
  try {
    return await run(mails);
  } catch (err) {
    if (!(err instanceof WorkerCrashError)) throw err;
    // One at a time: a crash fails every job queued on that worker, so neighbours must not share it.
    const results: AnalyzedMail[] = [];
    for (const mail of mails) {
      try {
        results.push((await run([mail]))[0]!);
      } catch (again) {
        if (!(again instanceof WorkerCrashError)) throw again;
        results.push({
          ok: false,
          reason: `analysing this message crashed a worker (${again.message}); too large or too deeply nested?`,
          sha256: createHash("sha256").update(mail.bytes).digest("hex"),
          deflated: deflates(raw, mail) ? deflateRawSync(mail.bytes, { level: 1 }) : null,
          size: mail.bytes.length,
        });
      }
    }
    return results;
  }
}
