// The C function around a line of a hunk, for anchoring a comment. One rule for the whole project:
// lib/diff's lineFunctions (signatures and closing braces inside the hunk win over git's header).
import { lineFunctions } from "../diff/function-context";
import type { Hunk } from "../diff/types";

// Anchoring asks about many lines of the same hunk (every comment, every candidate line): the per-line
// functions of a hunk are computed once. Keyed by the hunk object, so nothing outlives its diff.
const functionsOfHunk = new WeakMap<Hunk, (string | null)[]>();

/** Enclosing function of `hunk.lines[lineIndex]`; `fallback` (e.g. the annotator's) when the line has none. */
export function enclosingFunction(hunk: Hunk, lineIndex: number, fallback?: string | null): string | null {
  const index = Math.min(Math.max(lineIndex, 0), hunk.lines.length - 1);
  let functions = functionsOfHunk.get(hunk);
  if (!functions) {
    functions = lineFunctions(hunk);
    functionsOfHunk.set(hunk, functions);
  }
  return functions[index] ?? fallback ?? null;
}
