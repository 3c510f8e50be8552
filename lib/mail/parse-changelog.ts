// Reads version changelogs ("Changes since v2:", "v2 -> v3:", "Changes in v3:") from a cover letter
// or from a patch's `---` notes, one entry per bullet, with the people credited for each change.
import { parseTrailerLine } from "./parse-trailers";
import type { ChangelogEntry } from "./types";

const MAX_HEADING = 120;
const HEADINGS: Array<{ re: RegExp; version: (m: RegExpExecArray) => number | null }> = [
  { re: /^(?:changes?|changelog)\s+(?:since|from)\s+v?(\d{1,3})\b[^:]{0,40}:?\s*(.*)$/i, version: (m) => Number(m[1]) + 1 },
  { re: /^(?:changes?|changelog)\s+(?:in|for)\s+v?(\d{1,3})\b[^:]{0,40}:?\s*(.*)$/i, version: (m) => Number(m[1]) },
  { re: /^(?:changes?\s+)?v(\d{1,3})\s*(?:->|→|-->|=>|to|\.\.)\s*v(\d{1,3})\b[^:]{0,40}:?\s*(.*)$/i, version: (m) => Number(m[2]) },
  { re: /^since\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]) + 1 },
  { re: /^v(\d{1,3})(?:\s+changes?)?\s*:\s*(.*)$/i, version: (m) => Number(m[1]) },
  { re: /^(?:changes?|changelog)\s*:\s*(.*)$/i, version: () => null },
];
const BULLET_RE = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+(.*)$/;
/** Words after which a capitalised name is the person who asked. */
const CREDIT_LEAD: Array<[string | null, string]> = [
  [null, "per"], ["suggested", "by"], ["requested", "by"], ["reported", "by"], ["noticed", "by"], ["spotted", "by"],
  ["out", "by"], ["asked", "by"], ["thanks", "to"], ["suggestion", "from"], ["feedback", "from"],
];
const MAX_NAME_TOKENS = 4;

function readHeading(line: string): { version: number | null; rest: string } | null {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_HEADING) return null;
  for (const h of HEADINGS) {
    const m = h.re.exec(t);
    if (m) return { version: h.version(m), rest: (m[m.length - 1] ?? "").trim() };
  }
  return null;
}

function isNameToken(tok: string): boolean {
  return /^[A-Z][\p{L}'.-]*$/u.test(tok);
}

/** Capitalised words starting at `words[i]`: "Liam R. Howlett;" -> "Liam R. Howlett". */
function nameAt(words: string[], i: number): string | null {
  const parts: string[] = [];
  for (let k = i; k < words.length && parts.length < MAX_NAME_TOKENS; k++) {
    let tok = words[k]!;
    const stop = /[,;:!?)]$/.test(tok) || (/\.$/.test(tok) && !/^[A-Z]\.$/.test(tok));
    // An initial ("R.") keeps its dot; other trailing punctuation ends the name.
    if (!/^[A-Z]\.$/.test(tok)) tok = tok.replace(/[,;:!?.)]+$/, "").replace(/'s$/, "");
    if (!isNameToken(tok)) break;
    parts.push(tok);
    if (stop || words[k]!.endsWith("'s")) break;
  }
  return parts.length > 0 && parts.some((p) => /\p{Ll}/u.test(p)) ? parts.join(" ") : null;
}

function creditsOf(text: string): string[] {
  const out: string[] = [];
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.toLowerCase().replace(/^\(/, "");
    const prev = (words[i - 1] ?? "").toLowerCase().replace(/^\(/, "");
    if (!CREDIT_LEAD.some(([p, lead]) => lead === w && (p === null || p === prev))) continue;
    const name = nameAt(words, i + 1);
    if (name) out.push(name);
  }
  const t = text.trimEnd().replace(/[.;,]$/, "");
  if (t.endsWith(")")) {
    const open = t.lastIndexOf("(");
    const inner = open >= 0 ? t.slice(open + 1, -1) : "";
    for (const piece of inner.split(/,|\band\b/)) {
      const tokens = piece.trim().split(/\s+/).filter((x) => x.length > 0);
      if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) continue;
      const name = nameAt(tokens, 0);
      if (name && name.split(" ").length === tokens.length) out.push(name);
    }
  }
  return out;
}

function finish(version: number | null, lines: string[], out: ChangelogEntry[]): void {
  if (lines.length === 0) return;
  const credits: string[] = [];
  const textLines: string[] = [];
  for (const l of lines) {
    const t = parseTrailerLine(l.trim());
    if (t?.person && t.kind !== "Signed-off-by" && t.kind !== "Cc") {
      if (t.person.name) credits.push(t.person.name);
    }
    textLines.push(l.trim());
  }
  const text = textLines.join(" ").replace(/\s+/g, " ").trim();
  if (!text) return;
  credits.push(...creditsOf(text));
  out.push({ version, text, credits: [...new Set(credits)] });
}

/** Changelog entries of a cover letter or `---` notes, in order; [] when there is no changelog. */
export function parseChangelog(text: string): ChangelogEntry[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: ChangelogEntry[] = [];
  let inSection = false;
  let version: number | null = null;
  let item: string[] = [];
  let afterBlank = false;
  for (const line of lines) {
    const heading = readHeading(line);
    // "v1: https://lore.../<msgid>/" (or "v1: <msgid>") points at an earlier posting: a link, not a change.
    if (heading && heading.rest && /^(?:<[^<>\s]+>|https?:\/\/\S+)$/.test(heading.rest.trim())) {
      finish(version, item, out);
      item = [];
      inSection = false;
      continue;
    }
    if (heading) {
      finish(version, item, out);
      inSection = true;
      version = heading.version;
      item = heading.rest ? [heading.rest.replace(BULLET_RE, "$1")] : [];
      afterBlank = false;
      continue;
    }
    if (!inSection) continue;
    if (line.trim() === "") {
      afterBlank = true;
      continue;
    }
    const bullet = BULLET_RE.exec(line);
    if (bullet) {
      finish(version, item, out);
      item = [bullet[1]!];
      afterBlank = false;
      continue;
    }
    const indented = /^\s/.test(line);
    // After a blank line, only an indented paragraph or a bullet stays in the changelog.
    if (afterBlank && !indented) {
      finish(version, item, out);
      item = [];
      inSection = false;
      continue;
    }
    if (line.trim().startsWith("[") || line.startsWith("---")) {
      finish(version, item, out);
      item = [];
      inSection = false;
      continue;
    }
    if (afterBlank) {
      finish(version, item, out);
      item = [];
    }
    item.push(line);
    afterBlank = false;
  }
  if (inSection) finish(version, item, out);
  return out;
}
