// The C function around a line of a hunk: the last definition opened inside the hunk above the line,
// else the function git named in the hunk header. A `}` in column 0 above the line closes it.
import type { Hunk } from "../diff/types";

const NOT_FUNCTIONS = new Set(["if", "for", "while", "switch", "return", "sizeof", "do", "else", "case", "defined"]);

/** Name of the function a C definition line opens (`static int vma_link(struct mm_struct *mm,`), or null. */
export function functionNameOf(line: string): string | null {
  if (!/^[A-Za-z_]/.test(line) || /;\s*$/.test(line) || /^\s*#/.test(line)) return null;
  const syscall = /^(?:COMPAT_)?SYSCALL_DEFINE\d\(\s*(\w+)/.exec(line);
  if (syscall) return syscall[1] ?? null;
  const paren = line.indexOf("(");
  if (paren < 0) return null;
  const m = /(\w+)\s*$/.exec(line.slice(0, paren));
  const name = m?.[1] ?? null;
  if (!name || NOT_FUNCTIONS.has(name) || /^[A-Z0-9_]+$/.test(name)) return null;
  return name;
}

/** Enclosing function of `hunk.lines[lineIndex]`; `fallback` (e.g. the annotator's) wins over the header. */
export function enclosingFunction(hunk: Hunk, lineIndex: number, fallback?: string | null): string | null {
  const end = Math.min(Math.max(lineIndex, 0), hunk.lines.length - 1);
  for (let i = end; i >= 0; i--) {
    const l = hunk.lines[i];
    if (!l) continue;
    if (i < end && /^}/.test(l.text)) return null;
    const name = functionNameOf(l.text);
    if (name) return name;
  }
  if (fallback) return fallback;
  return functionNameOf(hunk.headerContext) ?? headerIdentifier(hunk.headerContext);
}

// Header contexts are sometimes a struct or a label; keep the leading identifier-before-paren if any.
function headerIdentifier(ctx: string): string | null {
  const m = /(\w+)\s*\(/.exec(ctx);
  return m && !NOT_FUNCTIONS.has(m[1] ?? "") ? (m[1] ?? null) : null;
}
