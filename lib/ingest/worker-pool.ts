// A small pool of worker threads for the CPU-heavy jobs of worker-jobs.ts (parsing and analysing mail,
// the review pass), so they use every core while the main thread reads sources and writes the store.
// With `size: 0` the jobs run in this thread (the web server's uploads, tests), through the same code.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { asBuffer } from "./as-buffer";
import { workerBundleUrl } from "./worker-bundle";
import { WORKER_JOBS, type WorkerJobInput, type WorkerJobName, type WorkerJobOutput } from "./worker-jobs";

export interface MailPool {
  run<K extends WorkerJobName>(name: K, payload: WorkerJobInput<K>): Promise<WorkerJobOutput<K>>;
  close(): Promise<void>;
}

/** A worker thread died while running a job (not an error the job itself reported). */
export class WorkerCrashError extends Error {
  override name = "WorkerCrashError";
}

interface Job {
  resolve: (r: unknown) => void;
  reject: (e: Error) => void;
}

// A bound, not a squeeze: measured on linux-s390, a 256 MB cap made GC run often (38 s -> 45 s of
// storing) without lowering peak RSS; the bound only stops a runaway message from eating the machine
// (the worker dies, its message is quarantined: see analyzeBatch in ingest.ts).
const WORKER_OLD_SPACE_MB = Number(process.env.PATCHDECK_WORKER_HEAP_MB) || 1536;

/**
 * How long `close` waits for a worker to release its child processes before terminating it anyway (on a
 * loaded machine a git process can take seconds to be scheduled and exit: 2 s was too short in CI).
 */
const RELEASE_WAIT_MS = 10_000;

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export interface MailPoolOptions {
  /**
   * V8's young generation per worker, in MB (default: V8's own, ~16). The review pool runs beside derive's
   * big main-thread heap and PGlite: a small one keeps the ingest's peak RSS lower (see derive-review.ts).
   */
  youngGenerationMb?: number;
}

export function createMailPool(size = defaultPoolSize(), options: MailPoolOptions = {}): MailPool {
  if (size <= 0) {
    return {
      run: async (name, payload) => (await WORKER_JOBS[name](payload as never)) as never,
      close: async () => {},
    };
  }
  interface Slot {
    worker: Worker;
    jobs: Map<number, Job>;
  }
  const slots: Slot[] = [];
  let nextId = 0;
  let closing = false;
  const entry = new URL("./mail-worker.ts", import.meta.url);
  // A prebuilt bundle of the worker's modules when one can be had (worker-bundle.ts: it starts in less than half
  // the CPU); else the TypeScript sources through tsx, registered by a plain .mjs bootstrap (Node 20 does not
  // pass the parent's loader hooks to a worker's entry module).
  let bundle: URL | null = null;
  const spawnInto = (slot: Slot) => {
    // (A bundle replaced and pruned since the pool started: a worker started again after a crash loads the sources.)
    const worker = new Worker(bundle !== null && existsSync(bundle) ? bundle : new URL("./worker-bootstrap.mjs", import.meta.url), {
      workerData: { entry: entry.href },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, ...(options.youngGenerationMb ? { maxYoungGenerationSizeMb: options.youngGenerationMb } : {}) },
    });
    slot.worker = worker;
    worker.on("message", (msg: { id: number; results?: unknown; error?: string }) => {
      const job = slot.jobs.get(msg.id);
      if (!job) return;
      slot.jobs.delete(msg.id);
      if (msg.error !== undefined) job.reject(new Error(`mail worker: ${msg.error}`));
      else job.resolve(msg.results);
    });
    // A worker that dies (out of memory on a monstrous message, say) fails its jobs with WorkerCrashError
    // and is replaced, so the caller can retry smaller pieces.
    worker.on("exit", (code) => {
      if (slot.worker !== worker) return;
      for (const job of slot.jobs.values()) job.reject(new WorkerCrashError(`mail worker exited (code ${code})`));
      slot.jobs.clear();
      if (!closing) spawnInto(slot);
    });
    worker.on("error", () => {
      // followed by "exit", which does the work
    });
  };
  // The workers start with the first job: a run that finds nothing new (an epoch re-run) never pays for them.
  const start = () => {
    if (slots.length) return;
    bundle = workerBundleUrl(entry);
    for (let i = 0; i < size; i++) {
      const slot = { jobs: new Map<number, Job>() } as Slot;
      spawnInto(slot);
      slots.push(slot);
    }
  };
  const runOn = <K extends WorkerJobName>(slot: Slot, name: K, payload: WorkerJobInput<K>): Promise<unknown> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve: resolve as (r: unknown) => void, reject });
      slot.worker.postMessage({ id, name, payload });
    });
  };
  return {
    run(name, payload) {
      start();
      const slot = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      return runOn(slot, name, payload).then((results) => (name === "analyze" ? reviveAnalyzed(results) : results) as never);
    },
    async close() {
      closing = true;
      // Each worker first closes the child processes it opened (bounded, and a failure ignored: a stuck or
      // dead worker is terminated anyway).
      await Promise.all(
        slots.map((slot) =>
          Promise.race([runOn(slot, "release", null).catch(() => {}), new Promise((resolve) => setTimeout(resolve, RELEASE_WAIT_MS).unref())]),
        ),
      );
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Give the store real Buffers back for the compressed bytes. */
function reviveAnalyzed(results: unknown): unknown {
  return (results as { deflated: Uint8Array | null }[]).map((r) => ({ ...r, deflated: r.deflated ? asBuffer(r.deflated) : null }));
}
