// The C function around a line of a hunk, for anchoring a comment. One rule for the whole project:
// lib/diff's lineFunctions (signatures and closing braces inside the hunk win over git's header).
import { isCSourcePath, lineFunctions } from "../diff/function-context";
import type { Hunk } from "../diff/types";

// Anchoring asks about many lines of the same hunk (every comment, every candidate line): the per-line
// functions of a hunk are computed once. Keyed by the hunk object, so nothing outlives its diff.
const functionsOfHunk = new WeakMap<Hunk, (string | null)[]>();

/**
 * Enclosing function of `hunk.lines[lineIndex]`: null at file scope (includes, declarations, between
 * functions) and, given the file's `path`, for every line of a file that is not C source.
 */
export function enclosingFunction(hunk: Hunk, lineIndex: number, path?: string): string | null {
  if (path !== undefined && !isCSourcePath(path)) return null;
  if (hunk.lines.length === 0) return null;
  const index = Math.min(Math.max(lineIndex, 0), hunk.lines.length - 1);
  let functions = functionsOfHunk.get(hunk);
  if (!functions) {
    functions = lineFunctions(hunk);
    functionsOfHunk.set(hunk, functions);
  }
  return functions[index] ?? null;
}
