// Which C function encloses each line of a hunk. git's `@@` context names the last function that
// *started* before the hunk, so signatures and closing braces inside the hunk take precedence.
import { codeOf } from "./c-lines";
import type { Hunk } from "./types";

const NOT_SIGNATURE = /^(if|else|for|while|do|switch|return|case|default|goto|typedef|extern)\b/;

/** The function named by a signature line at column 0 (`static int f(…`, `SYSCALL_DEFINE3(f, …`), or null. */
export function signatureName(text: string): string | null {
  if (!/^[A-Za-z_]/.test(text)) return null;
  const code = codeOf(text).trimEnd();
  if (!code || code.endsWith(";") || code.endsWith(":") || code.startsWith("#")) return null;
  if (NOT_SIGNATURE.test(code)) return null;
  const paren = code.indexOf("(");
  if (paren < 0) return null;
  if (code.slice(0, paren).includes("=")) return null;
  const sys = code.match(/^(?:COMPAT_)?SYSCALL_DEFINE\d\s*\(\s*(\w+)/);
  if (sys) return sys[1] ?? null;
  const m = code.slice(0, paren).match(/([A-Za-z_]\w*)\s*$/);
  return m?.[1] ?? null;
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

/** The enclosing function of every line of a hunk (null between functions and in top-level comments). */
export function lineFunctions(hunk: Hunk): (string | null)[] {
  const out: (string | null)[] = [];
  let cur = headerFunction(hunk.headerContext);
  // Lines of a removed and an added signature share one position; keep the pending name for both.
  for (const line of hunk.lines) {
    const text = line.text;
    const sig = signatureName(text);
    if (sig) {
      cur = sig;
      out.push(cur);
      continue;
    }
    if (/^}/.test(text)) {
      out.push(cur);
      if (line.type !== "del") cur = null;
      continue;
    }
    if (/^(\/\*| \*|\*\/)/.test(text)) {
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
    const sig = signatureName(text);
    if (sig) next = sig;
    else if (/^(\/\*| \*|\*\/)/.test(text)) {
      if (next) out[i] = next;
    } else if (text.trim() !== "") next = null;
  }
  return out;
}

/** The function a hunk is about: the one enclosing its first changed line. */
export function hunkFunction(hunk: Hunk, fns: (string | null)[]): string | null {
  for (let i = 0; i < hunk.lines.length; i++) {
    if (hunk.lines[i]?.type !== "context" && fns[i]) return fns[i] ?? null;
  }
  for (let i = 0; i < hunk.lines.length; i++) {
    if (hunk.lines[i]?.type !== "context") return fns[i] ?? null;
  }
  return fns.find((f) => f) ?? headerFunction(hunk.headerContext);
}
