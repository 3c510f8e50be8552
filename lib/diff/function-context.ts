// Which C function encloses each line of a hunk. git's `@@` context names the last function that
// *started* before the hunk, so signatures and closing braces inside the hunk take precedence.
import { codeOf } from "./c-lines";
import type { DiffLine, Hunk } from "./types";
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


/**
 * The function named in a hunk header's context, or null when it is not a function. git names the last
 * column-0 line with a parenthesis, which is as often a file-scope macro call (`static SIMPLE_DEV_PM_OPS(x,`,
 * `OF_EARLYCON_DECLARE(a, "b",`): a macro name in capitals is a function only on a whole one-line signature.
 */
export function headerFunction(context: string): string | null {
  const text = context.trim();
  const name = signatureName(text);
  if (!name || !MACRO_NAME.test(name)) return name;
  const code = codeOf(text).trimEnd();
  return code.endsWith(")") || code.endsWith("{") ? name : null;
}

// SYSCALL_DEFINEn gives the syscall's name, so a name in capitals is a macro's own.
const MACRO_NAME = /^[A-Z_][A-Z0-9_]*$/;
// How far a signature's parameter list may run on before its `)` is taken as out of sight.
const MAX_SIGNATURE_LINES = 8;

/**
 * Whether the signature at `lines[i]` opens a function body: its parameter list closes, nothing but
 * attributes follow, and `{` ends that line or starts the next. A list closed by `);` or followed by more
 * arguments is a file-scope call or prototype (SIMPLE_DEV_PM_OPS(...), DEFINE_*(...), a multi-line extern).
 * When the hunk ends first it cannot tell, and says yes.
 */
function opensBody(lines: readonly DiffLine[], i: number): boolean {
  // One side of a rewritten signature is read: the old one from a removed line, else the new one.
  const skip = lines[i]?.type === "del" ? "add" : "del";
  let depth = 0;
  let closed = false;
  // Bounded in lines of either side too: a long removed block after an added signature is not read.
  const end = Math.min(lines.length, i + 8 * MAX_SIGNATURE_LINES);
  for (let k = i, seen = 0; k < end && seen < MAX_SIGNATURE_LINES; k++) {
    const l = lines[k]!;
    if (l.type === skip) continue;
    seen++;
    const code = codeOf(l.text).trim();
    if (closed) {
      // Sparse and GCC annotations may stand on lines of their own: `__releases(lock)`, `__attribute__((x))`.
      if (code === "" || /^__\w+\s*(?:\(.*\))?$/.test(code)) continue;
      return code.startsWith("{");
    }
    for (let c = 0; c < code.length; c++) {
      const ch = code.charCodeAt(c);
      if (ch === 40 /* ( */) depth++;
      else if (ch === 41 /* ) */ && --depth === 0) {
        const rest = code.slice(c + 1);
        // A one-line body (`static inline int f(void) { return 0; }`) opens and closes here.
        if (rest.trimStart().startsWith("{")) return true;
        if (/[;,=]/.test(rest.replace(/\([^()]*\)/g, ""))) return false;
        if (rest.trimEnd().endsWith("{")) return true;
        closed = true;
        break;
      }
    }
  }
  return true;
}

// A column-0 declaration: type words and a name, then `=`, `;`, `{`, `,` or `[`
// (`static const struct of_device_id foo[] = {`, `struct x {`, `extern spinlock_t lock;`), or a macro
// call in capitals (`MODULE_DEVICE_TABLE(of, foo);`, `static DEFINE_MUTEX(lock);`). Not a statement.
const FILE_SCOPE_DECLARATION =
  /^(?!(?:return|goto|break|continue|case|default|else|if|while|do|for|switch|sizeof)\b)(?:[A-Za-z_]\w*[\s*]+)+[A-Za-z_]\w*\s*(?:=|;|\{|,|\[)/;
const FILE_SCOPE_MACRO_CALL = /^(?:static\s+)?[A-Z_][A-Z0-9_]*\s*\(/;

// The name a prototype declares (`int f(int a);`, `struct x *f(void);`): a return type stands before it.
// A call (`late_initcall(f)`, `static SIMPLE_DEV_PM_OPS(...)`) has none and names nothing.
function prototypeName(text: string): string | null {
  const name = signatureName(text);
  return name && !MACRO_NAME.test(name) && signatureReturnType(text) ? name : null;
}

// `int f(int a);` on one line (signatureName leaves lines ending in `;`).
function oneLinePrototype(text: string): string | null {
  const c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return null;
  const code = codeOf(text).trimEnd();
  return code.endsWith(");") ? prototypeName(code.slice(0, -1)) : null;
}

function endsStatement(text: string): boolean {
  return codeOf(text).trimEnd().endsWith(";");
}

/**
 * Whether a column-0 line that is no signature, brace or comment is a file-scope declaration, which leaves
 * any function git's header or an unclosed signature named. A statement someone left at column 0 inside
 * a body (`rc = 0; // HACK`, `printk(...)`) is not one.
 */
function isFileScopeLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  const code = codeOf(text).trim();
  return FILE_SCOPE_DECLARATION.test(code) || FILE_SCOPE_MACRO_CALL.test(code);
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
  const lines = hunk.lines;
  // A prototype names its own lines (to its `;`) and its kernel-doc, and leaves any function.
  let proto: string | null = null;
  let protoLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    let sig = signatureName(text);
    // A prototype or macro call that only looks like a signature is a file-scope line.
    const oneLine = sig === null ? oneLinePrototype(text) : null;
    const declaration = oneLine !== null || (sig !== null && !opensBody(lines, i));
    if (declaration) {
      sig = null;
      proto = oneLine ?? prototypeName(text);
      protoLines = 0;
      sigs.push(proto);
      out.push(proto);
      if (line.type !== "del") cur = null;
      if (endsStatement(text)) proto = null;
      continue;
    }
    sigs.push(sig);
    if (proto && !sig && ++protoLines <= MAX_SIGNATURE_LINES) {
      out.push(proto);
      if (endsStatement(text)) proto = null;
      continue;
    }
    proto = null;
    if (sig) {
      cur = sig;
      out.push(cur);
      continue;
    }
    if (isFileScopeLine(text)) {
      out.push(null);
      if (line.type !== "del") cur = null;
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
