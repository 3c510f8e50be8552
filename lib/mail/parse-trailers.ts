// Trailer lines (`Reviewed-by: Name <addr> # scope`): the one place that reads them.
import type { Address, Trailer } from "./types";
import { oneEditApart } from "../text/one-edit-apart";

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
// Hyphen-separated words: unambiguous, so no backtracking blow-up on long lines. A no-break space (U+00A0)
// after the colon, as some mailers write "Acked-by:\u00a0 Ann <ann@example.org>", is a space.
// "Reviewed--by:" (linux-raid): a doubled hyphen typed in a key is still one (reviewTrailerKey reads it).
const KEY_RE = /^([A-Za-z][A-Za-z0-9]*(?:-{1,2}[A-Za-z0-9]+)*):(?:[ \t\u00a0]+|$)/;

/** The review keys a misspelling is read as, by the word before "-by". */
const REVIEW_WORDS = new Map([["reviewed", "Reviewed-by"], ["acked", "Acked-by"], ["tested", "Tested-by"]]);
/** The bare stems some write for them ("Ack-by", "Review-by"). */
const REVIEW_STEMS = new Map([["ack", "Acked-by"], ["review", "Reviewed-by"], ["test", "Tested-by"]]);
const REVIEW_KEYS = new Set(REVIEW_WORDS.values());

/** `reviewed-BY` -> `Reviewed-by`, `CC` -> `Cc`, `message-id` -> `Message-ID`. */
export function canonicalTrailerKey(key: string): string {
  const lower = key.toLowerCase();
  return CANONICAL[lower] ?? lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The review key a trailer key means: a one-word key one typo away from Reviewed/Acked/Tested-by
 * ("Reviwed-by", "Reveiewed-by", "Testes-by") or its bare stem ("Ack-by", "Review-by") is that key, as the
 * maintainer applying it would write it; any other key is returned as given. The first two letters must
 * agree, so "Nacked-by", "Backed-by", "Asked-by" or "Rested-by" stay themselves. Keys are stored as
 * written; reviews read them through this.
 */
export function reviewTrailerKey(kind: string): string {
  // "Reviewed--by: Song Liu" (linux-raid): a doubled hyphen is a slip in the tag it spells.
  if (kind.includes("--")) return reviewTrailerKey(kind.replace(/-{2,}/g, "-"));
  const lower = kind.toLowerCase();
  // "Reviewed-off-by: Ray Jui" (the sign-off's "-off" typed into the reviewer's tag, linux-pwm): his
  // Reviewed-by, shown so, and not "dropped" when the next version spells it right.
  if (lower.endsWith("-off-by") && lower.indexOf("-") === lower.length - 7) {
    const key = reviewTrailerKey(`${kind.slice(0, -7)}-by`);
    return REVIEW_KEYS.has(key) ? key : kind;
  }
  // Cheap filter first: only "<one word>-by" of a review word's length goes on.
  const n = lower.length - 3;
  if (n < 3 || n > 9 || !lower.endsWith("-by") || lower.indexOf("-") !== n) return kind;
  const word = lower.slice(0, n);
  const stem = REVIEW_STEMS.get(word);
  if (stem) return stem;
  for (const [target, key] of REVIEW_WORDS) {
    if (word.charCodeAt(0) === target.charCodeAt(0) && word.charCodeAt(1) === target.charCodeAt(1) && (word === target || oneEditApart(word, target))) return key;
  }
  return kind;
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

/** True for a NAK ("Nacked-by", "NAKed-by", "Nack-by"): an objection, not a tag a patch collects. */
export function isNakTrailerKind(kind: string): boolean {
  return /^na(?:c?k)(?:ed)?-by$/i.test(kind);
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

/**
 * The comment a trailer carries after its value: "# powerpc", "[for the foo part]", "(For drivers/platform)",
 * a kernel version ("5.1+") or free text that reads as a remark (", with one nit:", "for the amdgpu parts.").
 * Not a stray character typed after the address ("<zohar@linux.ibm.com>h", ">4", '"'), a doubled or quoted
 * ">" ("<a@b.c>> ---") or a lone word ("Honza", "or"): those are typos and signatures, no scope of the tag.
 */
function splitComment(rest: string): string | null {
  const r = rest.trim();
  if (!r) return null;
  if (r.startsWith("#")) return r.slice(1).trim() || null;
  if (r.startsWith("[") && r.endsWith("]")) return r.slice(1, -1).trim() || null;
  if (r.startsWith("(")) return r;
  if (r.startsWith(">")) return null;
  // "Cc: Stable <stable@vger.kernel.org> 5.1+": the kernels a stable Cc is for.
  if (/^v?\d+(?:\.\d+)+[+-]?$/i.test(r)) return r;
  // ", with one nit:", ": vfio_ap part": a remark joined on by punctuation; else two words at least.
  const lead = /^[,;:.]+/.exec(r)?.[0] ?? "";
  const words = r.slice(lead.length).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return null;
  return lead !== "" || words.length >= 2 ? r : null;
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

// "Signed-off-by:Name<addr>", "Reviewed-by:: Name <addr>": a person key glued to its value, or with a doubled
// colon, still names the person when an address follows.
const GLUED_PERSON_RE = /^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-[Bb][Yy]):+[ \t\u00a0]*(?=[^\s/:])(?=[^<>]*<[^<>\s]+@[^<>\s]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+\s*$)/;
// "Acked-by Gregory CLEMENT <gregory@…>", "Reviewed-by : Akash <akash@…>" (linux-i2c): a review key without its
// colon, or spaced from it, still gives the tag when the line ends in the giver's address.
// "Reviewed-by; Nuno Sa <nuno.sa@…>" (linux-iio): a semicolon typed for the colon, likewise.
// "Reviewed by: Matthias Kaehlcke <mka@…>" (linux-spi, in a patch's own block): a space typed for the hyphen, likewise.
const LOOSE_REVIEW_RE = /^((?:Acked|Reviewed|Tested)[- ]by)(?:[ \t]+:?|;|(?<= by):)[ \t]*(?=[^<>:]*<[^<>\s]+@[^<>\s]+>\s*$)/i;

// "Signed-of_-by: Ann <ann@…>" (linux-raid, carried through seven versions of one patch): an underscore typed into a
// person key, read as the key it is one slip from (SLIPPED_KEYS) when the line ends in the person's address.
const SLIPPED_KEY_RE = /^([A-Za-z][\w-]{0,30}_[\w-]{0,30}-by):[ \t\u00a0]+(?=[^<>]*<[^<>\s]+@[^<>\s]+>\s*$)/i;
const SLIPPED_KEYS = ["signed-off-by", "reviewed-by", "acked-by", "tested-by", "reported-by", "suggested-by", "co-developed-by"];

/** The person key `key` (holding an underscore) is one slip from, or null. */
function unslippedKey(key: string): string | null {
  const lower = key.toLowerCase();
  return SLIPPED_KEYS.find((k) => k.length === lower.length && oneEditApart(lower, k)) ?? null;
}

/** One `Key: value` line -> Trailer, or null when the line is not shaped like a trailer. */
export function parseTrailerLine(line: string): Trailer | null {
  if (line.length > MAX_LINE) return null;
  let m = KEY_RE.exec(line) ?? GLUED_PERSON_RE.exec(line) ?? LOOSE_REVIEW_RE.exec(line);
  let key = m?.[1];
  if (!m && line.includes("_")) {
    m = SLIPPED_KEY_RE.exec(line);
    key = m ? (unslippedKey(m[1]!) ?? undefined) : undefined;
  }
  if (!m || key === undefined || key.length > MAX_KEY) return null;
  const value = cleanTrailerValue(line.slice(m[0].length));
  // `https://...` at a line start is a URL, not a trailer named "https".
  if (!value || value.startsWith("//")) return null;
  const kind = canonicalTrailerKey(key.replace(" ", "-"));
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

/**
 * "Acked-by: Ann <ann@…> (for Exynos and\ncore changes)" (linux-samsung-soc): a short line closing the parenthesis the
 * trailer's remark left open, wrapped without indent.
 */
function closesOpenRemark(line: string, previous: Trailer): boolean {
  const comment = previous.comment ?? "";
  const t = line.trim();
  return comment.startsWith("(") && !comment.includes(")") && t.length <= 80 && t.endsWith(")") && t.indexOf(")") === t.length - 1 && !t.includes("(") && !t.includes(":");
}

function isLoneAddress(line: string): boolean {
  const t = line.trim();
  return t.startsWith("<") && t.endsWith(">") && t.includes("@") && !t.includes(" ");
}

/**
 * An indented rule of dashes, underscores or equals signs ("    ---", "    ______"): in a reply quoted by indenting (Outlook for
 * Mac's "    " quote, linux-nvme) the quoted patch's `---` or the list footer's rule right below the reviewer's tag, no
 * wrapped part of its value.
 */
const INDENTED_RULE_RE = /^[ \t]+(?:-{2,}|_{2,}|={2,})[ \t]*$/;

/** True when `line` continues the trailer before it (indented text, `[scope]`, a wrapped `<address>`, a remark's close). */
export function isTrailerContinuation(line: string, previous: Trailer | null): boolean {
  if (!previous || line.trim().length === 0) return false;
  if (/^[ \t]/.test(line)) return !INDENTED_RULE_RE.test(line);
  if (isBracketLine(line)) return true;
  if (closesOpenRemark(line, previous)) return true;
  return isLoneAddress(line) && previous.person !== null && previous.person.email === "";
}

/** Keys whose value is a URL, which mailers wrap without indent ("Closes:\nhttps://...\n.kernel.org%2F..."). */
const URL_KEYS = new Set(["link", "closes", "buglink", "bug", "references"]);
const MAX_NOTE_LINES = 8;
const MAX_URL_LINES = 20;
/** A wrapped line is only taken for the rest of a URL below a line this long: a mailer broke it. */
const MIN_WRAPPED_LINE = 60;
const URL_PIECE_RE = /^[\w%&=/.:?#~+;,@!$'()*-]+$/;

/**
 * Lines of a "[name: note]" maintainer note opening at `ls[i]`, wrapped over up to 8 lines ("[EB: merged
 * ...,\n     fixed ...]"), or 0. A "[1] ..." footnote is no note.
 */
export function bracketNoteLength(ls: readonly string[], i: number): number {
  const first = (ls[i] ?? "").trim();
  if (first.length < 2 || !first.startsWith("[") || /^\[\d{1,3}\]/.test(first)) return 0;
  for (let j = i; j < ls.length && j < i + MAX_NOTE_LINES; j++) {
    const t = ls[j]!.trim();
    if (t === "" || (j > i && (t.startsWith("[") || parseTrailerLine(t) !== null))) return 0;
    if (t.endsWith("]")) return j - i + 1;
  }
  return 0;
}

/** Lines below `ls[i - 1]` that carry on a reference trailer's URL wrapped without indent, or 0. */
function urlWrapLength(ls: readonly string[], i: number, previous: Trailer): number {
  if (previous.person || !URL_KEYS.has(previous.kind.toLowerCase()) || !previous.value.includes("://")) return 0;
  let n = 0;
  while (i + n < ls.length && n < MAX_URL_LINES && (ls[i + n - 1] ?? "").length >= MIN_WRAPPED_LINE) {
    const l = ls[i + n]!;
    // A URL's rest has a URL's punctuation ("%2F", "&data=", ".org/"): a lone word below is a title.
    if (l.length > MAX_LINE || !URL_PIECE_RE.test(l) || !/[%&=/.?#~+@_]/.test(l) || l.startsWith("-") || parseTrailerLine(l)) break;
    n++;
  }
  return n;
}

/**
 * Lines below a "Fixes: sha ("title" whose quoted title was wrapped without indent, up to the line that
 * closes it with `")`, or 0.
 */
function titleWrapLength(ls: readonly string[], i: number, previous: Trailer): number {
  if (previous.kind !== "Fixes") return 0;
  const v = previous.value;
  const open = v.indexOf('("');
  if (open < 0 || v.indexOf('")', open) >= 0) return 0;
  for (let n = 0; n < 2 && i + n < ls.length; n++) {
    const l = ls[i + n]!;
    if (l.trim() === "" || l.length > MAX_LINE || parseTrailerLine(l)) return 0;
    if (l.trimEnd().endsWith('")')) return n + 1;
  }
  return 0;
}

/**
 * The trailer opening at `ls[i]` and how many lines it spans: its `Key: value` line and what continues it
 * (indented text, a "[note]" even when wrapped, a `<address>` on its own line, a URL wrapped without
 * indent, or the URL alone on the line below "Closes:"). Null when `ls[i]` opens no trailer.
 */
export function readTrailerAt(ls: readonly string[], i: number): { trailer: Trailer; length: number } | null {
  const line = ls[i] ?? "";
  let raw = line;
  let current = parseTrailerLine(line);
  let j = i + 1;
  if (!current) {
    // "Closes:" with its URL alone on the next line.
    const key = /^([A-Za-z]+):\s*$/.exec(line);
    const next = ls[i + 1] ?? "";
    if (!key || !URL_KEYS.has(key[1]!.toLowerCase()) || !/^https?:\/\/\S+$/.test(next)) return null;
    raw = `${key[1]}: ${next}`;
    current = parseTrailerLine(raw);
    if (!current) return null;
    j = i + 2;
  }
  while (j < ls.length) {
    const note = bracketNoteLength(ls, j);
    if (note > 1) {
      raw = `${raw} ${ls.slice(j, j + note).map((l) => l.trim()).join(" ")}`;
      current = parseTrailerLine(raw) ?? current;
      j += note;
      continue;
    }
    if (isTrailerContinuation(ls[j]!, current)) {
      raw = `${raw} ${ls[j]!.trim()}`;
      current = parseTrailerLine(raw) ?? current;
      j++;
      continue;
    }
    const wrap = urlWrapLength(ls, j, current) || titleWrapLength(ls, j, current);
    if (wrap === 0) break;
    // A URL's pieces join as they are; a title's words take a space between.
    raw = current.kind === "Fixes" ? `${raw} ${ls.slice(j, j + wrap).map((l) => l.trim()).join(" ")}` : `${raw}${ls.slice(j, j + wrap).join("")}`;
    current = parseTrailerLine(raw) ?? current;
    j += wrap;
  }
  return { trailer: current, length: j - i };
}

/** Trailer lines (with wrapped continuations) -> Trailers in order; other lines ("[note]"s too) are skipped. */
export function parseTrailers(lines: readonly string[]): Trailer[] {
  const out: Trailer[] = [];
  for (let i = 0; i < lines.length; ) {
    const r = readTrailerAt(lines, i);
    if (r) {
      out.push(r.trailer);
      i += r.length;
      continue;
    }
    i += Math.max(1, bracketNoteLength(lines, i));
  }
  return out;
}
