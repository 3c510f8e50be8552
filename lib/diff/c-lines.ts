// Line-level C helpers: enough lexing to find calls and statements in diff lines without a parser.

/** The code part of one C line: comments removed; "" for a line that is only comment. */
export function codeOf(text: string): string {
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
  const re = /([A-Za-z_]\w*)\s*\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code))) {
    const name = m[1] ?? "";
    if (KEYWORDS.has(name)) continue;
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < code.length && depth > 0; i++) {
      if (code[i] === "(") depth++;
      else if (code[i] === ")") depth--;
    }
    out.push({ name, args: code.slice(start, depth === 0 ? i - 1 : code.length), index: m.index });
  }
  return out;
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
