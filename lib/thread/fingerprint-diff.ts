import { changedDiffLines, patchIdOfLines } from "./compute-patch-id";
import type { DiffFingerprint } from "./types";

/** Changed-line hashes kept per patch: enough to compare versions, small enough for 60,000 summaries. */
const MAX_KEPT_LINES = 4000;

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The compact `DiffFingerprint` of a diff (files, patch-id, short hashes of its changed lines). */
export function fingerprintDiff(diffText: string): DiffFingerprint {
  const lines = changedDiffLines(diffText);
  const files = [...new Set(lines.map((l) => l.file).filter((f) => f !== ""))].sort();
  for (const m of diffText.matchAll(/^diff --git a\/\S+ b\/(\S+)$/gm)) if (m[1] && !files.includes(m[1])) files.push(m[1]);
  files.sort();
  const changedLines: string[] = [];
  for (const l of lines) {
    // Bare "+"/"-" lines (blank lines) say nothing about which change this is.
    if (l.line.length <= 1) continue;
    changedLines.push(fnv1a(l.line));
    if (changedLines.length >= MAX_KEPT_LINES) break;
  }
  return { files, patchId: patchIdOfLines(lines), changedLines };
}
