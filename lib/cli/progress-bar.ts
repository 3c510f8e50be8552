// A one-line progress display for terminals: counts, rate and, when the source size is known, an ETA.
// Off when stderr is not a terminal (CI logs stay clean).
import type { IngestProgress } from "../ingest/ingest";

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  const enabled = Boolean(stream.isTTY);
  let last = 0;
  return {
    update(p: IngestProgress) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const secs = p.elapsedMs / 1000;
      const rate = secs > 0 ? p.messages / secs : 0;
      const width = 24;
      const bar = p.fraction === null ? "" : `[${"#".repeat(Math.round(p.fraction * width)).padEnd(width, ".")}] ${(p.fraction * 100).toFixed(0)}% `;
      const eta = p.fraction && p.fraction > 0.01 ? ` eta ${Math.max(0, secs / p.fraction - secs).toFixed(0)}s` : "";
      const line = `${bar}${p.messages} read, ${p.counts.new} new, ${p.counts.duplicate} dup, ${p.counts.quarantined} quarantined, ${rate.toFixed(0)} msg/s${eta}`;
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns || 120) - 1)}`);
    },
    done() {
      if (enabled) stream.write("\r\x1b[2K");
    },
  };
}
