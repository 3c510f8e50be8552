// The code a remark is about is the line it was anchored to and the few lines it quotes above it, not the
// whole function: a function of 80 lines may change in the next revision for another remark, or a rebase,
// while the quoted lines come back as they were. This finds that window again in the next revision.
import type { FileDiff, Hunk } from "../diff/types";
import { normalizedLines } from "./anchor-comment";
import type { Anchor } from "./types";

/** Lines above the anchored one that a remark quotes (reviewers quote the statement, its condition...). */
const WINDOW_ABOVE = 3;
/**
 * Lines below too: "You could check here whether the device is started" is met by a check inserted a line or
 * three under the quoted one (after the call whose result it tests).
 */
const WINDOW_BELOW = 3;

/**
 * Whether the remarked lines (the anchored line with WINDOW_ABOVE lines above and WINDOW_BELOW below, as
 * diff lines: "+", "-" or context, white space aside unless `asWritten`) come back identical somewhere in
 * `newFiles`' hunks of the anchored file. null when the anchor names no line of the old patch (nothing to compare). A window
 * found nowhere means the code at the remark changed or went.
 */
export function remarkedLinesKept(oldFiles: FileDiff[], anchor: Anchor, newFiles: FileDiff[], asWritten = false): boolean | null {
  if (anchor.line === null) return null;
  const oldFile = oldFiles.find((f) => samePath(f, anchor.path));
  const h = oldFile?.hunks.find((x) => x.index === anchor.hunk);
  if (!h) return null;
  const at = h.lines.findIndex((l) => (l.type === "del" ? l.oldLine : l.newLine) === anchor.line);
  if (at < 0) return null;
  const from = Math.max(0, at - WINDOW_ABOVE);
  const to = Math.min(h.lines.length - 1, at + WINDOW_BELOW);
  const old = typed(h, asWritten);
  const want = old.slice(from, to + 1);
  const offset = at - from;
  const target = old[at]!;
  const newFile = newFiles.find((f) => samePath(f, anchor.path));
  for (const nh of newFile?.hunks ?? []) {
    const lines = typed(nh, asWritten);
    for (let j = 0; j < lines.length; j++) {
      if (lines[j] !== target) continue;
      const start = j - offset;
      if (start < 0 || start + want.length > lines.length) continue;
      if (want.every((w, k) => lines[start + k] === w)) return true;
    }
  }
  return false;
}

/** A hunk's lines with their diff sign, white-space-normalised, or as written (a CR line end aside). */
function typed(h: Hunk, asWritten: boolean): string[] {
  const norms = asWritten ? h.lines.map((l) => l.text.replace(/\r$/, "")) : normalizedLines(h);
  return h.lines.map((l, i) => `${l.type === "add" ? "+" : l.type === "del" ? "-" : " "}${norms[i]}`);
}

/** Whether a file diff is the file at `path` (its new name, or its old one across a rename). */
export function samePath(f: FileDiff, path: string): boolean {
  return f.path === path || f.oldPath === path || f.newPath === path;
}
