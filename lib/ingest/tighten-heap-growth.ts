// How far V8 lets the heap grow past what survived the last full collection before collecting again.
// derive holds a few hundred MB of live objects (every message's summary and facts) and allocates as much
// again in garbage per phase; with V8's own factor (up to 2x and more for a big, fast-collected heap) that
// garbage pushed a re-derive of linux-gpio to 1.0 GB RSS. Growing by a quarter keeps it at 0.88-0.90 GB for
// ~9% more CPU in the main thread's collections (re-derives of gpio, one run each on a loaded machine:
// heap-growing-percent 20 / 25 / 40 / V8's default peaked at 0.86-0.88 / 0.88-0.90 / 0.93-0.95 / 1.00-1.02
// GB with 105 / 100 / 96 / 92 s of user time). The flag is process-wide and read at each full collection,
// so it is set for derive only and put back afterwards.
import { setFlagsFromString } from "node:v8";

const DERIVE_HEAP_GROWING_PERCENT = 25;

/** Makes V8 collect the old generation sooner; returns the function that restores V8's own heuristics. */
export function tightenHeapGrowth(): () => void {
  try {
    setFlagsFromString(`--heap-growing-percent=${DERIVE_HEAP_GROWING_PERCENT}`);
  } catch {
    return () => {}; // not available in this runtime: only a missed saving
  }
  return () => setFlagsFromString("--heap-growing-percent=0");
}
