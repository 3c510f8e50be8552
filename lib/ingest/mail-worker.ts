// The worker thread's loop: one job in, one result out. Results are copied, not transferred: small
// Buffers share Node's allocation pool, and transferring a shared ArrayBuffer would corrupt others.
import { parentPort } from "node:worker_threads";
import { WORKER_JOBS, type WorkerJobName } from "./worker-jobs";

parentPort!.on("message", async (msg: { id: number; name: WorkerJobName; payload: never }) => {
  try {
    const results = await WORKER_JOBS[msg.name](msg.payload);
    parentPort!.postMessage({ id: msg.id, results });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
