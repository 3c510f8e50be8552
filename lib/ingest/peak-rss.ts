// For PATCHDECK_DEBUG_MEMORY: the process's peak RSS so far. A phase's peak is what decides whether an ingest
// stays under its memory target; the RSS after the phase (and its final GC) hides it. Not reset between
// phases (/proc/self/clear_refs could), because that would also lower the max RSS that `time` and the
// benchmark read at exit. Linux only.
import { readFileSync } from "node:fs";

/** Peak RSS ("VmHWM") of this process so far, as "123MB"; "n/a" where /proc cannot tell. */
export function peakRssSoFar(): string {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    return hwm ? `${Math.round(Number(hwm[1]) / 1024)}MB` : "n/a";
  } catch {
    return "n/a";
  }
}
