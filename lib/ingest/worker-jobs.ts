// The jobs a mail worker can run, by name. Each takes plain (structured-clonable) data and returns plain
// data, so the same function runs in a worker thread or, with a pool of size 0, in the caller's thread.
import { analyzeMailBatch } from "./analyze-mail";
import { asBuffer } from "./as-buffer";
import { releaseRawReaders } from "./raw-store";
import { runReviewJobs } from "./review-job";

export const WORKER_JOBS = {
  analyze: (p: { batch: Uint8Array[]; compress: boolean[] }) => analyzeMailBatch(p.batch.map(asBuffer), p.compress),
  review: runReviewJobs,
  /** Before the pool terminates its workers: close what they opened (see releaseRawReaders). */
  release: (_: null) => releaseRawReaders(),
};

export type WorkerJobName = keyof typeof WORKER_JOBS;
export type WorkerJobInput<K extends WorkerJobName> = Parameters<(typeof WORKER_JOBS)[K]>[0];
export type WorkerJobOutput<K extends WorkerJobName> = Awaited<ReturnType<(typeof WORKER_JOBS)[K]>>;
