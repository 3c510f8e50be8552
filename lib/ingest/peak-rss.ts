// For PATCHDECK_DEBUG_MEMORY: the process's peak RSS since the last call. A phase's peak is what decides whether
// an ingest stays under its memory target; the RSS after the phase (and its final GC) hides it. Linux only.
import { readFileSync, writeFileSync } from "node:fs";

/** Peak RSS ("VmHWM") since the previous call (or the process start), as "123MB"; "n/a" where /proc cannot tell. */
export function peakRssSinceLastLap(): string {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    // Writing 5 to clear_refs resets the high-water mark to the current RSS.
    writeFileSync("/proc/self/clear_refs", "5");
    return hwm ? `${Math.round(Number(hwm[1]) / 1024)}MB` : "n/a";
  } catch {
    return "n/a";
  }
}
