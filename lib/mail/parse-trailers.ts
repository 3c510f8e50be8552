// Trailer lines (`Reviewed-by: Name <addr> # scope`): the one place that reads them.
import type { Address, Trailer } from "./types";

/** Keys whose capitalisation is not "first letter upper, rest lower". */
const CANONICAL: Record<string, string> = {
  cc: "Cc",
  "message-id": "Message-ID",
  "change-id": "Change-Id",
  buglink: "BugLink",
};
/** Utility trailers: the value is a reference, not a person. */
const UTILITY_KEYS = new Set([
  "fixes", "link", "closes", "message-id", "change-id", "bug", "buglink", "references", "depends-on", "based-on",
]);
/** Keys that name a person without ending in `-by`. */
const PERSON_KEYS = new Set(["cc", "to"]);

const MAX_LINE = 1000;
const MAX_KEY = 40;
// Hyphen-separated words: unambiguous, so no backtracking blow-up on long lines.
const KEY_RE = /^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):(?:[ \t]+|$)/;

/** `reviewed-BY` -> `Reviewed-by`, `CC` -> `Cc`, `message-id` -> `Message-ID`. */
export function canonicalTrailerKey(key: string): string {
  const lower = key.toLowerCase();
  return CANONICAL[lower] ?? lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** True for keys that carry a person (`*-by`, `Cc`). */
export function isPersonTrailerKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.endsWith("-by") || PERSON_KEYS.has(lower);
}

/** True for keys kernel-style projects use (`*-by`, Cc, Fixes, Link, Closes, Change-Id...). */
export function isKnownTrailerKey(key: string): boolean {
  const lower = key.toLowerCase();
  return isPersonTrailerKey(lower) || UTILITY_KEYS.has(lower);
}

/**
 * True for trailers a reviewer gives in a reply: Acked/Reviewed/Tested/Nacked-by and their compounds and
 * common misspellings ("Reviwed-by", "Reported-and-tested-by"). Signed-off-by, Reported-by, Suggested-by,
 * Cc and references (Fixes, Link, Closes) in a reply belong to a pasted patch or ask the author to add them.
 */
export function isReviewTrailerKind(kind: string): boolean {
  const k = kind.toLowerCase();
  if (!k.endsWith("-by") || k.includes("sign")) return false;
  // "ack" opens a word ("Acked-for-MFD-by", "Reviewed-and-acked-by", "Nacked-by"): "Backed-by" is no ack.
  return /(?:^|-)n?ack|nak|rev[a-z]*w|test/.test(k.slice(0, -3));
}

/** Removes Outlook/HTML-mail junk: `<x@y<mailto:x@y>>` -> `<x@y>`, `x@y [mailto:x@y]` -> `x@y`. */
export function cleanTrailerValue(value: string): string {
  let s = value;
  // Every junk form holds "mailto:": most values have none and skip the three case-folded scans.
  if (value.toLowerCase().includes("mailto:")) for (const [open, close] of [["<mailto:", ">"], ["[mailto:", "]"], ["(mailto:", ")"]] as const) {
    let guard = 0;
    for (let i = s.toLowerCase().indexOf(open); i >= 0 && guard < 20; i = s.toLowerCase().indexOf(open), guard++) {
      const end = s.indexOf(close, i + open.length);
      if (end < 0) break;
      s = s.slice(0, i) + s.slice(end + 1);
    }
  }
  return s.replace(/\s+/g, " ").trim();
}

function splitComment(rest: string): string | null {
  const r = rest.trim();
  if (!r) return null;
  if (r.startsWith("#")) return r.slice(1).trim() || null;
  if (r.startsWith("[") && r.endsWith("]")) return r.slice(1, -1).trim() || null;
  return r;
}

function unquote(name: string): string {
  const n = name.trim();
  if (n.length >= 2 && n.startsWith('"') && n.endsWith('"')) return n.slice(1, -1).replace(/\\(.)/g, "$1");
  return n;
}

function parsePerson(value: string): { person: Address; comment: string | null } {
  const open = value.indexOf("<");
  const close = open >= 0 ? value.indexOf(">", open + 1) : -1;
  if (open >= 0 && close > open) {
    const email = value.slice(open + 1, close).trim().toLowerCase();
    return { person: { name: unquote(value.slice(0, open)), email }, comment: splitComment(value.slice(close + 1)) };
  }
  // Bare address (`Cc: stable@vger.kernel.org # 6.1`) or a name alone.
  const hash = value.indexOf(" #");
  const main = hash >= 0 ? value.slice(0, hash) : value;
  const comment = hash >= 0 ? splitComment(value.slice(hash + 1)) : null;
  const tokens = main.trim().split(" ");
  const at = tokens.findIndex((t) => t.includes("@"));
  if (at >= 0) {
    const email = tokens[at]!.replace(/^[<(]+|[>),;]+$/g, "").toLowerCase();
    const name = unquote(tokens.filter((_, i) => i !== at).join(" "));
    return { person: { name, email }, comment };
  }
  return { person: { name: unquote(main), email: "" }, comment };
}

/** One `Key: value` line -> Trailer, or null when the line is not shaped like a trailer. */
export function parseTrailerLine(line: string): Trailer | null {
  if (line.length > MAX_LINE) return null;
  const m = KEY_RE.exec(line);
  if (!m || m[1]!.length > MAX_KEY) return null;
  const value = cleanTrailerValue(line.slice(m[0].length));
  // `https://...` at a line start is a URL, not a trailer named "https".
  if (!value || value.startsWith("//")) return null;
  const kind = canonicalTrailerKey(m[1]!);
  if (isPersonTrailerKey(kind)) {
    const { person, comment } = parsePerson(value);
    return { kind, value, person, comment };
  }
  const hash = value.search(/\s#/);
  const comment = hash >= 0 ? splitComment(value.slice(hash + 1)) : null;
  return { kind, value, person: null, comment };
}

function isBracketLine(line: string): boolean {
  const t = line.trim();
  return t.length > 1 && t.startsWith("[") && t.endsWith("]");
}

function isLoneAddress(line: string): boolean {
  const t = line.trim();
  return t.startsWith("<") && t.endsWith(">") && t.includes("@") && !t.includes(" ");
}

/** True when `line` continues the trailer before it (indented text, `[scope]`, a wrapped `<address>`). */
export function isTrailerContinuation(line: string, previous: Trailer | null): boolean {
  if (!previous || line.trim().length === 0) return false;
  if (/^[ \t]/.test(line)) return true;
  if (isBracketLine(line)) return true;
  return isLoneAddress(line) && previous.person !== null && previous.person.email === "";
}

/** Trailer lines (with wrapped continuations) -> Trailers in order; other lines are skipped. */
export function parseTrailers(lines: string[]): Trailer[] {
  const out: Trailer[] = [];
  let raw: string | null = null;
  let current: Trailer | null = null;
  const flush = (): void => {
    if (current) out.push(current);
    current = null;
    raw = null;
  };
  for (const line of lines) {
    if (current && raw !== null && isTrailerContinuation(line, current)) {
      raw = `${raw} ${line.trim()}`;
      current = parseTrailerLine(raw) ?? current;
      continue;
    }
    const t = parseTrailerLine(line);
    flush();
    if (t) {
      current = t;
      raw = line;
    }
  }
  flush();
  return out;
}
