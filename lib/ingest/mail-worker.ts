// The worker thread's loop: one job in, one result out. Results are copied, not transferred: small
// Buffers share Node's allocation pool, and transferring a shared ArrayBuffer would corrupt others.
import { parentPort } from "node:worker_threads";
import type { ReviewJobInput } from "./review-job";
import { WORKER_JOBS, type WorkerJobName } from "./worker-jobs";

// Test hooks: a message holding this marker kills the worker, as an out-of-memory crash would; the second
// marker does so when a review job reads the message.
const crashMarker = process.env.PATCHDECK_TEST_CRASH_MARKER;
const reviewCrashMarker = process.env.PATCHDECK_TEST_REVIEW_CRASH_MARKER;
const holds = (raw: unknown, marker: string) => raw instanceof Uint8Array && Buffer.from(raw).includes(marker);

parentPort!.on("message", async (msg: { id: number; name: WorkerJobName; payload: never }) => {
  if (crashMarker && msg.name === "analyze" && (msg.payload as { batch: Uint8Array[] }).batch.some((b) => holds(b, crashMarker))) {
    process.exit(70);
  }
  if (reviewCrashMarker && msg.name === "review" && (msg.payload as ReviewJobInput[]).some((job) => job.replies.some((r) => holds(r.raw, reviewCrashMarker)))) {
    process.exit(70);
  }
  try {
    const results = await WORKER_JOBS[msg.name](msg.payload);
    parentPort!.postMessage({ id: msg.id, results });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
