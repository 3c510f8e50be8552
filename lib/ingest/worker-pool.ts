// A small pool of worker threads that run `analyzeMail` on batches of raw messages, so parsing uses every
// core while the main thread writes to the store. With `size: 0` the work runs in this thread (the web
// server's uploads, tests), through the very same function.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { analyzeMailBatch, readMailTextBatch, type AnalyzedMail, type MailText } from "./analyze-mail";

export interface MailPool {
  /** Analyses a batch; results come back in input order. */
  analyze(batch: Buffer[]): Promise<AnalyzedMail[]>;
  /** Decodes bodies (and diffs) of stored messages for the review pass; null where parsing fails. */
  readText(batch: Buffer[]): Promise<(MailText | null)[]>;
  close(): Promise<void>;
}

interface Job {
  resolve: (r: unknown[]) => void;
  reject: (e: Error) => void;
  revive: boolean;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export function createMailPool(size = defaultPoolSize()): MailPool {
  if (size <= 0) {
    return { analyze: async (batch) => analyzeMailBatch(batch), readText: async (batch) => readMailTextBatch(batch), close: async () => {} };
  }
  const workers: { worker: Worker; jobs: Map<number, Job>; busy: number }[] = [];
  let nextId = 0;
  for (let i = 0; i < size; i++) {
    // Workers load TypeScript through tsx, registered by a plain .mjs bootstrap (Node 20 does not pass the
    // parent's loader hooks to a worker's entry module).
    const worker = new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), {
      workerData: { entry: new URL("./mail-worker.ts", import.meta.url).href },
    });
    const slot = { worker, jobs: new Map<number, Job>(), busy: 0 };
    worker.on("message", (msg: { id: number; results?: unknown[]; error?: string }) => {
      const job = slot.jobs.get(msg.id);
      if (!job) return;
      slot.jobs.delete(msg.id);
      slot.busy--;
      if (msg.error !== undefined) job.reject(new Error(`mail worker: ${msg.error}`));
      else job.resolve(job.revive ? (msg.results as AnalyzedMail[]).map(reviveBuffers) : msg.results!);
    });
    worker.on("error", (err) => {
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
    });
    workers.push(slot);
  }
  function submit<T>(batch: Buffer[], job: "analyze" | "text"): Promise<T[]> {
    const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve: resolve as (r: unknown[]) => void, reject, revive: job === "analyze" });
      slot.worker.postMessage({ id, batch, job });
    });
  }
  return {
    analyze: (batch) => submit<AnalyzedMail>(batch, "analyze"),
    readText: (batch) => submit<MailText | null>(batch, "text"),
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/** Structured clone turns Buffers into Uint8Arrays: give the store real Buffers back. */
function reviveBuffers(r: AnalyzedMail): AnalyzedMail {
  return { ...r, deflated: Buffer.from(r.deflated.buffer, r.deflated.byteOffset, r.deflated.byteLength) };
}
