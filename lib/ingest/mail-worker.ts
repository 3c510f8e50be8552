// The worker thread's loop: one batch in, one batch of analyses out. Results are copied, not transferred:
// small Buffers share Node's allocation pool, and transferring a shared ArrayBuffer would corrupt others.
import { parentPort } from "node:worker_threads";
import { analyzeMailBatch, readMailTextBatch } from "./analyze-mail";

parentPort!.on("message", async (msg: { id: number; batch: Uint8Array[]; job?: "analyze" | "text" }) => {
  try {
    const batch = msg.batch.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    const results = msg.job === "text" ? await readMailTextBatch(batch) : await analyzeMailBatch(batch);
    parentPort!.postMessage({ id: msg.id, results });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
