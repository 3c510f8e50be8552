// The C function around a line of a hunk, for anchoring a comment. One rule for the whole project:
// lib/diff's lineFunctions (signatures and closing braces inside the hunk win over git's header).
import { lineFunctions } from "../diff/function-context";
import type { Hunk } from "../diff/types";

/** Enclosing function of `hunk.lines[lineIndex]`; `fallback` (e.g. the annotator's) when the line has none. */
export function enclosingFunction(hunk: Hunk, lineIndex: number, fallback?: string | null): string | null {
  const index = Math.min(Math.max(lineIndex, 0), hunk.lines.length - 1);
  return lineFunctions(hunk)[index] ?? fallback ?? null;
}
