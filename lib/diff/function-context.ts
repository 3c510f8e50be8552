// Which C function encloses each line of a hunk. git's `@@` context names the last function that
// *started* before the hunk, so signatures and closing braces inside the hunk take precedence.
import { codeOf } from "./c-lines";
import type { Hunk } from "./types";
import { isSpace } from "../text/is-space";

const NOT_SIGNATURE = /^(if|else|for|while|do|switch|return|case|default|goto|typedef|extern)\b/;
// Before a C function's opening parenthesis stand only the return type, qualifiers and the name:
// words, spaces and `*`. Prose ("CONTROL GROUP - MEMORY (MEMCG)", "see foo.c (bar)") has other marks.
const DECLARATION_PREFIX = /^[\w\s*]*$/;
// C and the C++ spellings of it: only these files have C functions to name. Everything else (Documentation
// .rst/.txt/.yaml, Kconfig, Makefile, MAINTAINERS, scripts, assembly .S, Rust .rs) gets no function.
const C_SOURCE_PATH = /\.(?:c|h|cc|cpp|cxx|hh|hpp|hxx)$/i;

/** Whether `path` names a C source or header (.c, .h and the C++ spellings), the only files with C functions. */
export function isCSourcePath(path: string): boolean {
  return C_SOURCE_PATH.test(path);
}

/** The function named by a signature line at column 0 (`static int f(…`, `SYSCALL_DEFINE3(f, …`), or null. */
export function signatureName(text: string): string | null {
  const c = text.charCodeAt(0);
  // /^[A-Za-z_]/ without a regex: most diff lines are indented and leave here.
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return null;
  const code = codeOf(text).trimEnd();
  if (!code || code.endsWith(";") || code.endsWith(":") || code.startsWith("#")) return null;
  if (NOT_SIGNATURE.test(code)) return null;
  const paren = code.indexOf("(");
  if (paren < 0) return null;
  if (!DECLARATION_PREFIX.test(code.slice(0, paren))) return null;
  const sys = code.match(/^(?:COMPAT_)?SYSCALL_DEFINE\d\s*\(\s*(\w+)/);
  if (sys) return sys[1] ?? null;
  return lastIdentifier(code, paren);
}

/** `code.slice(0, end).match(/([A-Za-z_]\w*)\s*$/)?.[1] ?? null` without the regex's retries. */
function lastIdentifier(code: string, end: number): string | null {
  let e = end;
  while (e > 0 && isSpace(code.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && isWordChar(code.charCodeAt(s - 1))) s--;
  // The match starts at the run's first letter or underscore (digits before it are not part of it).
  while (s < e) {
    const c = code.charCodeAt(s);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return code.slice(s, e);
    s++;
  }
  return null;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}


/** The function named in a hunk header's context, or null when it is not a function. */
export function headerFunction(context: string): string | null {
  return signatureName(context.trim());
}

/** The return-type text before the name in a signature line (`static int` → `int`), or null. */
export function signatureReturnType(text: string): string | null {
  const name = signatureName(text);
  if (!name) return null;
  const code = codeOf(text);
  const at = code.indexOf(`${name}(`) >= 0 ? code.indexOf(`${name}(`) : code.indexOf(name);
  const before = code
    .slice(0, at)
    .replace(/\b(static|inline|__always_inline|noinline|__must_check|__init|__exit|extern|__cold|__weak|notrace)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return before || null;
}

/**
 * The enclosing function of every line of a hunk (null between functions and in top-level comments).
 * With the file's `path`, a file that is not C source (see isCSourcePath) has no function on any line.
 */
export function lineFunctions(hunk: Hunk, path?: string): (string | null)[] {
  const out: (string | null)[] = [];
  if (path !== undefined && !isCSourcePath(path)) return hunk.lines.map(() => null);
  let cur = headerFunction(hunk.headerContext);
  const sigs: (string | null)[] = [];
  // Lines of a removed and an added signature share one position; keep the pending name for both.
  for (const line of hunk.lines) {
    const text = line.text;
    const sig = signatureName(text);
    sigs.push(sig);
    if (sig) {
      cur = sig;
      out.push(cur);
      continue;
    }
    if (text.charCodeAt(0) === 125 /* } */) {
      out.push(cur);
      if (line.type !== "del") cur = null;
      continue;
    }
    if (isCommentStart(text)) {
      // A column-0 comment sits between functions (kernel-doc of the next one).
      out.push(null);
      if (line.type !== "del") cur = null;
      continue;
    }
    out.push(cur);
  }
  // Give kernel-doc lines to the signature that follows them inside the hunk.
  let next: string | null = null;
  for (let i = hunk.lines.length - 1; i >= 0; i--) {
    const text = hunk.lines[i]?.text ?? "";
    const sig = sigs[i] ?? null;
    if (sig) next = sig;
    else if (isCommentStart(text)) {
      if (next) out[i] = next;
    } else if (text.trim() !== "") next = null;
  }
  return out;
}

/** /^(\/\*| \*|\*\/)/ without a regex. */
function isCommentStart(text: string): boolean {
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  return (c0 === 47 && c1 === 42) || (c0 === 32 && c1 === 42) || (c0 === 42 && c1 === 47);
}

/** The function a hunk is about: the one enclosing its first changed line (null for a non-C `path`). */
export function hunkFunction(hunk: Hunk, fns: (string | null)[], path?: string): string | null {
  if (path !== undefined && !isCSourcePath(path)) return null;
  for (let i = 0; i < hunk.lines.length; i++) {
    if (hunk.lines[i]?.type !== "context" && fns[i]) return fns[i] ?? null;
  }
  for (let i = 0; i < hunk.lines.length; i++) {
    if (hunk.lines[i]?.type !== "context") return fns[i] ?? null;
  }
  return fns.find((f) => f) ?? headerFunction(hunk.headerContext);
}
