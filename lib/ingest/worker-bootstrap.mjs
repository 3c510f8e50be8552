// Entry of each mail worker thread: registers tsx so the worker can load the TypeScript sources, then
// loads the real entry module. Kept as plain JavaScript on purpose (see worker-pool.ts).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
