// Line-level C helpers: enough lexing to find calls and statements in diff lines without a parser.
import { isSpace } from "../text/is-space";

/** The code part of one C line: comments removed; "" for a line that is only comment. */
export function codeOf(text: string): string {
  // Most lines hold no comment at all: without a "/" nothing below can change them.
  if (text.indexOf("/") < 0) return text.indexOf("*") < 0 || !text.trim().startsWith("*") ? text : "";
  const t = text.trim();
  if (t.startsWith("*") || t.startsWith("/*") && !t.includes("*/")) return "";
  let s = text.replace(/\/\*.*?\*\//g, " ");
  const sl = s.indexOf("//");
  if (sl >= 0 && !inString(s, sl)) s = s.slice(0, sl);
  const open = s.indexOf("/*");
  if (open >= 0) s = s.slice(0, open);
  return s;
}

function inString(s: string, at: number): boolean {
  let q = 0;
  for (let i = 0; i < at; i++) if (s[i] === '"' && s[i - 1] !== "\\") q++;
  return q % 2 === 1;
}

export interface CallRef {
  name: string;
  /** Argument text inside the parentheses (to the end of the line if unbalanced). */
  args: string;
  index: number;
}

const KEYWORDS = new Set(["if", "for", "while", "switch", "return", "sizeof", "do", "else", "case", "typeof", "__typeof__"]);

/** Calls in a line of code, outermost first by position. */
export function callsIn(code: string): CallRef[] {
  const out: CallRef[] = [];
  // What a global /([A-Za-z_]\w*)\s*\(/ scan finds, found from each "(" backwards (no regex retries):
  // a match ends at its "(", so the next match starts after it.
  let from = 0;
  for (let paren = code.indexOf("(", from); paren >= 0; paren = code.indexOf("(", paren + 1)) {
    let end = paren;
    while (end > from && isSpace(code.charCodeAt(end - 1))) end--;
    let run = end;
    while (run > from && isWord(code.charCodeAt(run - 1))) run--;
    while (run < end && !isWordStart(code.charCodeAt(run))) run++;
    if (run === end) continue;
    const name = code.slice(run, end);
    from = paren + 1;
    if (KEYWORDS.has(name)) continue;
    const start = paren + 1;
    let depth = 1;
    let i = start;
    for (; i < code.length && depth > 0; i++) {
      if (code[i] === "(") depth++;
      else if (code[i] === ")") depth--;
    }
    out.push({ name, args: code.slice(start, depth === 0 ? i - 1 : code.length), index: run });
  }
  return out;
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || isWordStart(c);
}


/** Arguments compared across a removed and an added call: no blanks, no leading `&`. */
export function normalizeArgs(args: string): string {
  return args
    .split(",")
    .map((a) => a.replace(/\s+/g, "").replace(/^&/, ""))
    .join(",");
}

/** The first argument, normalised: the object a lock call acts on. */
export function firstArg(args: string): string {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) return normalizeArgs(args.slice(0, i));
  }
  return normalizeArgs(args);
}

/** Net `{` minus `}` on a line of code. */
export function braceDelta(code: string): number {
  let d = 0;
  for (const c of code) {
    if (c === "{") d++;
    else if (c === "}") d--;
  }
  return d;
}

/** Net `(` minus `)` on a line of code (from `from`): above 0, a parenthesis stays open at its end. */
export function parenDelta(code: string, from = 0): number {
  let d = 0;
  for (let i = from; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 40) d++;
    else if (c === 41) d--;
  }
  return d;
}

/** `code` split at each `separator` outside parentheses, braces and brackets, trimmed (an empty part stays: `f(a, , b)`). */
export function splitTopLevel(code: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth--;
    else if (c === separator && depth === 0) {
      out.push(code.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(code.slice(start).trim());
  return out;
}

/** The position after the group opening at `at` (`(…)`, `{…}`), or -1 when there is none or it does not close. */
export function skipGroup(text: string, at: number, open: string, close: string): number {
  if (at < 0) return -1;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i + 1;
  }
  return -1;
}

/** The position of the first character from `at` on that is not white space (`text.length` when none is). */
export function skipBlank(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}
