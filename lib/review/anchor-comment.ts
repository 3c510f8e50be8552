// Anchoring matches quoted diff lines back to the patch by content, not position: quotes are trimmed,
// re-wrapped (Gmail turns tabs into spaces and breaks long lines) and may be quotes of quotes. Each quoted
// line votes for the hunks holding the same text, weighted by rarity and by nearness to the comment.
import type { AnnotatedFile, DiffLine, FileDiff, Hunk } from "../diff/types";
import { enclosingFunction } from "./enclosing-function";
import type { Anchor, ExtractedComment, QuotedLine } from "./types";
import { isSpace } from "../text/is-space";

const WINDOW = 40;
const MIN_SCORE = 0.34;
const HUNK_HEADER_RE = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

interface Loc {
  file: number;
  hunk: number;
  line: number;
}

/** Normalised content of a diff or quoted line: marker dropped, whitespace collapsed. */
export function normalizeCode(text: string): string {
  // `text.replace(/\s+/g, " ").trim()` as one scan: called for every diff and quoted line, and most
  // lines only need their indentation cut off (a slice), not a new string built.
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) continue;
    let j = i + 1;
    while (isSpace(text.charCodeAt(j))) j++;
    if (c === 32 && j === i + 1) continue;
    out += `${text.slice(from, i)} `;
    from = j;
    i = j - 1;
  }
  if (from === start) return start === 0 && end === text.length ? text : text.slice(start, end);
  return out + text.slice(from, end);
}


type Marker = "add" | "del" | "context" | null;
interface QuotedContent {
  marker: Marker;
  norm: string;
  /** The line read as a changed line behind leading blanks, when it may be one (see SPACED_CHANGE_RE). */
  alt?: { marker: "add" | "del"; norm: string };
}

// A quoted blank context line is a lone space, and in a format=flowed reply a trailing space joins the line
// to the next one: "  +static int foo(...)" is the blank line and the added line below it, run together.
const SPACED_CHANGE_RE = /^[ \t]+([+-])(?![+-])(?=\S)/;

function quotedContent(q: string): QuotedContent {
  const c = q.charAt(0);
  if (c === "+" && !q.startsWith("+++ ")) return { marker: "add", norm: normalizeCode(q.slice(1)) };
  if (c === "-" && !q.startsWith("--- ")) return { marker: "del", norm: normalizeCode(q.slice(1)) };
  if (c === " " || c === "\t") {
    const m = SPACED_CHANGE_RE.exec(q);
    const norm = normalizeCode(q);
    if (!m) return { marker: "context", norm };
    return { marker: "context", norm, alt: { marker: m[1] === "+" ? "add" : "del", norm: normalizeCode(q.slice(m[0].length)) } };
  }
  return { marker: null, norm: normalizeCode(q) };
}

/** The reading of a quoted line the patch holds: as quoted, else as the changed line it may hide. */
function readQuoted(q: string, index: Map<string, Loc[]>): { marker: Marker; norm: string; locs: Loc[] } {
  const content = quotedContent(q);
  const locs = isTrivial(content.norm) ? [] : candidates(content.norm, index);
  if (locs.length > 0 || !content.alt || isTrivial(content.alt.norm)) return { marker: content.marker, norm: content.norm, locs };
  return { ...content.alt, locs: candidates(content.alt.norm, index) };
}

// Lines such as `}` or `return err;` match everywhere; the rarity weight handles the rest.
function isTrivial(norm: string): boolean {
  return norm.length < 3 || !/[A-Za-z0-9_]{2}/.test(norm);
}

// Anchoring indexes every line of a patch and resolution compares the changed ones, often of the same
// hunks for many remarks: each hunk is normalised once. Keyed by the hunk, so nothing outlives its diff.
const NORMALIZED = new WeakMap<Hunk, string[]>();

/** `normalizeCode` of each line of the hunk, in order (shared: do not modify). */
export function normalizedLines(hunk: Hunk): string[] {
  let norms = NORMALIZED.get(hunk);
  if (!norms) {
    norms = hunk.lines.map((l) => normalizeCode(l.text));
    NORMALIZED.set(hunk, norms);
  }
  return norms;
}

/** Index from normalised line text to where it occurs in the patch. */
export function indexPatchLines(files: FileDiff[]): Map<string, Loc[]> {
  const index = new Map<string, Loc[]>();
  for (let fi = 0; fi < files.length; fi++) {
    const hunks = files[fi]!.hunks;
    for (let hi = 0; hi < hunks.length; hi++) {
      const norms = normalizedLines(hunks[hi]!);
      for (let li = 0; li < norms.length; li++) {
        const n = norms[li]!;
        if (isTrivial(n)) continue;
        const list = index.get(n);
        if (list) list.push({ file: fi, hunk: hi, line: li });
        else index.set(n, [{ file: fi, hunk: hi, line: li }]);
      }
    }
  }
  return index;
}

/**
 * Anchor a comment to the patch it answers: the hunk best matching the quoted lines above it (or below it,
 * for a remark that introduces the code), or null for a general comment (commit message or nothing quoted).
 */
export function anchorComment(
  comment: Pick<ExtractedComment, "quotedAbove" | "quotedBelow" | "text">,
  files: FileDiff[],
  // Accepted for callers that have it; the function is read from the hunk's own lines (see toAnchor).
  _annotated?: AnnotatedFile[],
): Anchor | null {
  // A build robot's or checkpatch's report quotes no code but names the line: "drivers/foo.c:591:3: warning:
  // variable 'ret' is used uninitialized", "#30: FILE: drivers/foo.c:34:". Quoted code, when there is some, says more.
  return anchorFromQuotes(comment, files) ?? diagnosticAnchor(comment.text, files);
}

// A compiler, sparse or checkpatch diagnostic opening a line: the file and the new file's line it names.
const DIAGNOSTIC_RE = /^[ \t]*(?:[|>]+[ \t]*)?(?:#\d+:[ \t]+FILE:[ \t]+)?((?:[\w.+-]+\/)*[\w+-][\w.+-]*\.[A-Za-z]{1,5}):(\d{1,6}):(?:\d{1,4}:)?(?=[ \t]*$|[ \t]+(?:(?:fatal )?error|warning|note|sparse|(?:WARNING|ERROR|CHECK)\b))/gm;
/** Most diagnostics read for one remark: a long build log names the first ones first. */
const MAX_DIAGNOSTICS = 20;

/** The changed or context line a diagnostic in the remark names, in a file of the patch; null when none does. */
export function diagnosticAnchor(text: string, files: FileDiff[]): Anchor | null {
  if (!text.includes(":") || files.length === 0) return null;
  DIAGNOSTIC_RE.lastIndex = 0;
  let seen = 0;
  for (let m = DIAGNOSTIC_RE.exec(text); m && seen < MAX_DIAGNOSTICS; m = DIAGNOSTIC_RE.exec(text), seen++) {
    const path = m[1] ?? "";
    const line = Number(m[2]);
    const file = files.find((f) => f.path === path || f.newPath === path || f.path.endsWith(`/${path}`));
    if (!file) continue;
    for (const hunk of file.hunks) {
      const li = hunk.lines.findIndex((l) => l.type !== "del" && l.newLine === line);
      if (li >= 0) return { path: file.path, hunk: hunk.index, function: enclosingFunction(hunk, li, file.path), line };
    }
  }
  return null;
}

function anchorFromQuotes(comment: Pick<ExtractedComment, "quotedAbove" | "quotedBelow" | "text">, files: FileDiff[]): Anchor | null {
  // Written below the quoted patch's end ("-- \n2.35.1"): a remark on the whole patch, not its last hunk.
  if (endsAtPatchSignature(comment.quotedAbove)) return null;
  // Written under a quoted mail's sign-off ("Thanks,\nWei"), the remark answers that whole mail; written inside
  // the quoted commit message (its sign-offs or the `---` line come below it), it is about the text.
  if (endsAtSignOff(comment.quotedAbove) || insideCommitMessage(comment.quotedBelow)) return null;
  const index = cachedIndex(files);
  // Under prose quoted below the patch's end or under a trailer, the quote above points at no hunk; the
  // remark may still introduce code quoted below it ("Looks fine, except:").
  if (!answersProseBelowPatch(comment.quotedAbove) && !endsAtTrailer(comment.quotedAbove)) {
    const above = comment.quotedAbove.slice(-WINDOW).reverse();
    const section = nearestSection(above, files);
    if (section) {
      const loc = bestLocation(section.lines, files, index, section.file) ?? headerOnlyLocation(section, files);
      if (loc) return toAnchor(alignQuote(loc, section.lines, files, -1), files, false, section.lines);
    }
    const fromAbove = bestLocation(above, files, index);
    if (fromAbove) return toAnchor(alignQuote(fromAbove, above, files, -1), files, false, above);
  }
  if (introducesQuoteBelow(comment)) {
    const below = comment.quotedBelow.slice(0, WINDOW);
    const fromBelow = bestLocation(below, files, index);
    // The remark introduces the code below it: point at the first change it shows.
    if (fromBelow) return toAnchor(alignQuote(fromBelow, below, files, 1), files, true);
  }
  return null;
}

// The "-- " line `git format-patch` closes a patch with, and below it only its git version ("2.35.1") or
// nothing: the last quoted lines above a remark written after the whole patch.
const GIT_VERSION_RE = /^\d+\.\d+(?:\.\d+)*(?:[.-]\w+)*$/;
const SIGNATURE_TAIL = 4;

/** Whether the quote just above the remark ends with the patch's "-- " signature line (and its version). */
export function endsAtPatchSignature(quotedAbove: readonly QuotedLine[]): boolean {
  for (let k = quotedAbove.length - 1, seen = 0; k >= 0 && seen <= SIGNATURE_TAIL; k--, seen++) {
    const t = (quotedAbove[k]?.text ?? "").trim();
    if (t === "--") return k > 0;
    if (t !== "" && !GIT_VERSION_RE.test(t)) return false;
  }
  return false;
}

/**
 * Whether the quote above the remark runs from the patch's "-- " line down to it through prose only: the
 * applier's "Applied, thanks" or a question written under the whole patch, which the remark answers.
 */
export function answersProseBelowPatch(quotedAbove: readonly QuotedLine[]): boolean {
  let prose = 0;
  for (let k = quotedAbove.length - 1, seen = 0; k >= 0 && seen < WINDOW; k--, seen++) {
    const text = quotedAbove[k]?.text ?? "";
    const t = text.trim();
    if (t === "--") return k > 0 && prose > 0;
    if (t === "") continue;
    // A diff line (or a hunk header): the remark is about the code right above it.
    if (/^[-+@ \t\\]/.test(text)) return false;
    prose++;
  }
  return false;
}

const TRAILER_RE = /^(?:Signed-off-by|Reviewed-by|Acked-by|Tested-by|Reported-by|Suggested-by|Co-developed-by|Cc|Fixes|Link|Closes):\s/i;

/**
 * Whether the quote above the remark ends with a trailer line: the patch's own sign-offs (a remark on the
 * commit message or the whole patch) or a reviewer's closing tag ("Reviewed-by: …" answered with thanks).
 */
export function endsAtTrailer(quotedAbove: readonly QuotedLine[]): boolean {
  for (let k = quotedAbove.length - 1; k >= 0; k--) {
    // At column 0: a diff line quoting a trailer (` Link: …` in a document) starts with its marker.
    const t = quotedAbove[k]?.text ?? "";
    if (t.trim() !== "") return TRAILER_RE.test(t);
  }
  return false;
}

// One index per parsed patch, however many remarks are anchored to it.
const INDEX_CACHE = new WeakMap<FileDiff[], Map<string, Loc[]>>();
function cachedIndex(files: FileDiff[]): Map<string, Loc[]> {
  let index = INDEX_CACHE.get(files);
  if (!index) {
    index = indexPatchLines(files);
    INDEX_CACHE.set(files, index);
  }
  return index;
}

// Only a remark ending in ":" right above quoted code is about the code below it;
// otherwise a top-posted reply would anchor to the first hunk of the quoted patch.
function introducesQuoteBelow(comment: Pick<ExtractedComment, "quotedAbove" | "quotedBelow" | "text">): boolean {
  const first = comment.quotedBelow.find((q) => q.text.trim() !== "");
  if (!first) return false;
  const codeFirst = HUNK_HEADER_RE.test(first.text) || /^(?:diff --git |[+-](?![+-]{2}))/.test(first.text);
  return /:\s*$/.test(comment.text) && codeFirst && !/\b(?:lgtm|looks good|so)\s*:\s*$/i.test(comment.text);
}

// A quote's own `diff --git`, `--- a/…` and `+++ b/…` lines: the file header of the section below them.
const FILE_HEADER_RE = /^(?:diff --git |\+\+\+ |--- (?:a\/|\/dev\/null))/;
const FILE_HEADER_PATH_RE = /^(?:diff --git \S+ b\/(\S+)|\+\+\+ b\/(\S+)|--- a\/(\S+))/;
const HEADER_PATH_LINES = 6;

interface Section {
  /** Nearest-first quoted lines of the section, its hunk header last when quoted. */
  lines: QuotedLine[];
  /** The patch file the section's file header names, or null. */
  file: number | null;
  /** Whether the section quotes any line that can vote (not only headers and trivial lines). */
  distinctive: boolean;
}

/**
 * The part of the quote right above a remark, up to its nearest hunk header (kept) or file header (dropped),
 * with the file that header names. Lines further up belong to another hunk or file: on a short section
 * they outvoted it (a remark under a new file's `@@ -0,0 +1,210 @@` went to the file quoted above it).
 */
function nearestSection(above: QuotedLine[], files: FileDiff[]): Section | null {
  for (let k = 0; k < above.length; k++) {
    const t = above[k]!.text;
    const isHunk = HUNK_HEADER_RE.test(t);
    if (!isHunk && !FILE_HEADER_RE.test(t)) continue;
    const lines = above.slice(0, isHunk ? k + 1 : k);
    const distinctive = lines.some((q) => !HUNK_HEADER_RE.test(q.text) && !isTrivial(quotedContent(q.text).norm));
    // A quote cut at `--- a/…` stops inside a file header, before its `+++` line: an ending ("Applied,
    // thanks"), not a remark about that file.
    const file = !isHunk && t.startsWith("--- ") ? null : headerFile(above, isHunk ? k + 1 : k, files);
    return { lines, file, distinctive };
  }
  return null;
}

// The file named by the file header starting at `from` (a hunk header's is right above it), if in the patch.
function headerFile(above: QuotedLine[], from: number, files: FileDiff[]): number | null {
  for (let k = from; k < above.length && k < from + HEADER_PATH_LINES; k++) {
    const t = above[k]!.text;
    const m = FILE_HEADER_PATH_RE.exec(t);
    if (m) {
      const path = m[1] ?? m[2] ?? m[3] ?? "";
      const fi = files.findIndex((f) => f.path === path || f.newPath === path || f.oldPath === path);
      if (fi >= 0) return fi;
      continue;
    }
    // Between a file header and its first hunk stand only `index`, mode and rename lines.
    if (!FILE_HEADER_RE.test(t) && !/^(?:index |new file mode |deleted file mode |old mode |new mode |similarity index |rename |copy )/.test(t)) return null;
  }
  return null;
}

// A section quoting nothing but its headers, right under a named file's header: the remark is about that
// file as a whole ("missing SPDX?"), read as its first hunk.
function headerOnlyLocation(section: Section, files: FileDiff[]): Loc | null {
  if (section.distinctive || section.file === null) return null;
  if (section.lines.some((q) => HUNK_HEADER_RE.test(q.text))) return null;
  return (files[section.file]?.hunks.length ?? 0) > 0 ? { file: section.file, hunk: 0, line: -1 } : null;
}

// `ordered` is nearest-first. Returns the best-voted hunk and the line to point at within it; with
// `onlyFile`, only that file's hunks are candidates.
function bestLocation(ordered: QuotedLine[], files: FileDiff[], index: Map<string, Loc[]>, onlyFile: number | null = null): Loc | null {
  // Hunks are keyed by number (file * stride + hunk): no key string is built per candidate line.
  let stride = 1;
  for (const f of files) stride = Math.max(stride, f.hunks.length);
  const scores = new Map<number, number>();
  const nearest = new Map<number, { loc: Loc; distance: number }>();
  const headerHits = new Map<number, number>();
  const key = (f: number, h: number): number => f * stride + h;
  ordered.forEach((q, distance) => {
    const proximity = 1 / (1 + distance / 6);
    const header = HUNK_HEADER_RE.exec(q.text);
    if (header) {
      files.forEach((f, fi) =>
        f.hunks.forEach((h, hi) => {
          if (onlyFile !== null && fi !== onlyFile) return;
          if (String(h.oldStart) === header[1] && String(h.newStart) === header[2]) {
            const k = key(fi, hi);
            scores.set(k, (scores.get(k) ?? 0) + 2 * proximity);
            if (!headerHits.has(k)) headerHits.set(k, distance);
          }
        }),
      );
      return;
    }
    const { marker, norm, locs: all } = readQuoted(q.text, index);
    if (isTrivial(norm)) return;
    const locs = onlyFile === null ? all : all.filter((l) => l.file === onlyFile);
    if (locs.length === 0) return;
    const rarity = 1 / locs.length;
    for (const loc of locs) {
      const dl = lineAt(files, loc);
      const typeFactor = marker === null || dl?.type === marker ? 1 : 0.6;
      const k = key(loc.file, loc.hunk);
      scores.set(k, (scores.get(k) ?? 0) + rarity * proximity * typeFactor);
      const seen = nearest.get(k);
      if (!seen || distance < seen.distance) nearest.set(k, { loc, distance });
    }
  });
  let best: number | null = null;
  let bestScore = 0;
  for (const [k, s] of scores) {
    if (s > bestScore) {
      best = k;
      bestScore = s;
    }
  }
  if (best === null || bestScore < MIN_SCORE) return null;
  const hit = nearest.get(best);
  if (hit) return hit.loc;
  return { file: Math.floor(best / stride), hunk: best % stride, line: -1 };
}

// Exact content first; a re-wrapped fragment (>= 12 chars) matches the line it starts or ends.
function candidates(norm: string, index: Map<string, Loc[]>): Loc[] {
  const exact = index.get(norm);
  if (exact) return exact;
  if (norm.length < 12) return [];
  const out: Loc[] = [];
  for (const [text, locs] of index) {
    if (text.length > norm.length && (text.startsWith(norm) || text.endsWith(norm))) out.push(...locs);
  }
  return out;
}

function lineAt(files: FileDiff[], loc: Loc): DiffLine | undefined {
  return files[loc.file]?.hunks[loc.hunk]?.lines[loc.line];
}

// A quoted line often occurs many times in one hunk (`return ret;`, a blank `+` line; a new driver is a
// single hunk of hundreds of lines): the quote is placed where the most of its lines, read away from the
// remark (upwards for a quote above it), follow one another in the hunk, and the nearest one is used.
const ALIGN_LINES = 12;
const ALIGN_SLACK = 3;

function alignQuote(loc: Loc, ordered: QuotedLine[], files: FileDiff[], dir: -1 | 1): Loc {
  const hunk = hunkAt(files, loc);
  if (!hunk || loc.line < 0) return loc;
  const norms = normalizedLines(hunk);
  const quoted: string[] = [];
  for (const q of ordered) {
    if (quoted.length >= ALIGN_LINES || HUNK_HEADER_RE.test(q.text)) break;
    const content = quotedContent(q.text);
    const alt = content.alt && !norms.some((n) => sameLine(content.norm, n)) ? content.alt.norm : null;
    quoted.push(alt ?? content.norm);
  }
  // Start at the nearest distinctive quoted line (as the vote does: `}` says little) found in the hunk.
  let first = -1;
  const starts: number[] = [];
  for (let qi = 0; qi < quoted.length && first < 0; qi++) {
    const qn = quoted[qi]!;
    if (isTrivial(qn)) continue;
    for (let i = 0; i < norms.length; i++) if (sameLine(qn, norms[i]!)) starts.push(i);
    if (starts.length) first = qi;
  }
  if (starts.length <= 1) return starts.length === 1 ? { ...loc, line: starts[0]! } : loc;
  let best = loc.line;
  let bestScore = -1;
  for (const start of starts) {
    let score = 0;
    let at = start + dir;
    for (let qi = first + 1; qi < quoted.length; qi++) {
      const qn = quoted[qi]!;
      for (let k = 0; k < ALIGN_SLACK; k++) {
        const hn = norms[at + dir * k];
        if (hn === undefined) break;
        if (sameLine(qn, hn)) {
          score += qn === "" ? 0.25 : 1;
          at += dir * (k + 1);
          break;
        }
      }
    }
    // Ties keep the voted line when it is among them, else the first in the hunk.
    if (score > bestScore || (score === bestScore && start === loc.line)) {
      best = start;
      bestScore = score;
    }
  }
  return { ...loc, line: best };
}

// A quoted line matches a hunk line by content, or as a fragment of it when a mailer re-wrapped it.
function sameLine(quoted: string, line: string): boolean {
  if (quoted === line) return true;
  return quoted.length >= 8 && line.length > quoted.length && (line.startsWith(quoted) || line.endsWith(quoted));
}

function toAnchor(loc: Loc, files: FileDiff[], introduces: boolean, quotedAbove: QuotedLine[] = []): Anchor | null {
  const file = files[loc.file];
  const hunk = file?.hunks[loc.hunk];
  if (!file || !hunk) return null;
  let li: number;
  if (loc.line < 0) li = firstChanged(hunk, 0) ?? 0;
  else if (introduces) li = firstChanged(hunk, loc.line) ?? loc.line;
  else li = pointLine(hunk, loc.line, file.path, quotedNorms(quotedAbove));
  return { path: file.path, hunk: hunk.index, function: enclosingFunction(hunk, li, file.path), line: lineNumber(hunk.lines[li]) };
}

// A remark under a short change is about the whole change: point at its start (its first added line,
// else its first removed one). A change ends at a context line, a blank line or another function; past
// MAX_BACK added lines (new code: a new function is one long run) it is the quoted line itself, and in a
// new file always the quoted line. Below trailing context lines, a remark is about the change above them.
const MAX_BACK = 8;

function pointLine(hunk: Hunk, li: number, path: string, quoted: QuotedNorm[] | null = null): number {
  // Walking up from trailing context, a lone `}` or blank changed line closes the change above it.
  const norms = normalizedLines(hunk);
  const passable = (k: number): boolean => hunk.lines[k]?.type === "context" || (k !== li && hunk.lines[li]?.type === "context" && isTrivial(norms[k] ?? ""));
  let i = li;
  for (let steps = 0; i > 0 && steps < 6 && passable(i); steps++) i--;
  if (hunk.lines[i]?.type === "context") return li;
  // A quote of context lines only ("if (!arg)\n\tgoto out;" under "is this check needed?"): the change above
  // them was not quoted, the remark is about the lines that were.
  if (i !== li && quoted && !quotesChangeBetween(hunk, i, li, quoted)) return li;
  // A new file has no change to start: it is read line by line, and the remark is about the quoted line.
  if (hunk.oldStart === 0 && hunk.oldLines === 0) return i;
  const fn = enclosingFunction(hunk, i, path);
  const joins = (k: number): boolean => {
    const l = hunk.lines[k];
    return l !== undefined && l.type !== "context" && l.text.trim() !== "" && enclosingFunction(hunk, k, path) === fn;
  };
  // Only added lines count towards MAX_BACK: the removed half of a replaced block is part of the change.
  let start = i;
  let added = 0;
  while (start > 0 && added < MAX_BACK && joins(start - 1)) {
    start--;
    if (hunk.lines[start]?.type === "add") added++;
  }
  if (start > 0 && joins(start - 1)) return i;
  for (let k = start; k <= i; k++) if (hunk.lines[k]?.type === "add") return k;
  return start;
}

interface QuotedNorm {
  marker: Marker;
  norm: string;
}

/**
 * The nearest quoted lines above a remark (up to its hunk header), normalised; null when none were passed or
 * when the nearest is no diff line (a remark under quoted prose: where the code was quoted is unknown).
 */
function quotedNorms(quoted: QuotedLine[]): QuotedNorm[] | null {
  const nearest = quoted.find((q) => q.text.trim() !== "");
  if (!nearest || !/^[-+ \t]/.test(nearest.text)) return null;
  const out: QuotedNorm[] = [];
  for (const q of quoted) {
    if (out.length >= ALIGN_LINES || HUNK_HEADER_RE.test(q.text)) break;
    const content = quotedContent(q.text);
    out.push({ marker: content.marker, norm: content.norm });
    if (content.alt) out.push(content.alt);
  }
  return out;
}

/**
 * Whether a changed line from `from` up to (not including) `to` is among the quoted lines: by content (a
 * re-wrapped fragment too), or, for a line such as `}`, by content and its +/- marker.
 */
function quotesChangeBetween(hunk: Hunk, from: number, to: number, quoted: QuotedNorm[]): boolean {
  const norms = normalizedLines(hunk);
  for (let k = from; k < to; k++) {
    const type = hunk.lines[k]?.type;
    if (type === "context") continue;
    const n = norms[k] ?? "";
    if (isTrivial(n) ? quoted.some((q) => q.marker === type && q.norm === n) : quoted.some((q) => !isTrivial(q.norm) && (sameLine(q.norm, n) || sameLine(n, q.norm)))) return true;
  }
  return false;
}

// "Thanks,\nWei" (or "Regards, Ann"): the quoted mail's closing, maybe with a name below it.
const CLOSING_LINE_RE = /^(?:thanks|thank you|many thanks|cheers|regards|best regards|kind regards|best|br|thx)\b[\w ,.!]{0,30}$/i;
const QUOTED_NAME_RE = /^[-~]*\s?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u;

/** Whether the quote above the remark ends with a closing ("Thanks,") and at most two name lines. */
export function endsAtSignOff(quotedAbove: readonly QuotedLine[]): boolean {
  let names = 0;
  for (let k = quotedAbove.length - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const t = (quotedAbove[k]?.text ?? "").trim();
    if (t === "") continue;
    if (CLOSING_LINE_RE.test(t)) return true;
    if (names >= 2 || !QUOTED_NAME_RE.test(t)) return false;
    names++;
  }
  return false;
}

// The patch's own sign-off, or its `---` line over the diffstat (b4 writes another `---` below the diff, over
// "base-commit:"): a reviewer's "Reviewed-by:" quoted below a remark closes a review mail.
const SIGN_OFF_RE = /^Signed-off-by:\s/;
const DIFFSTAT_LINE_RE = /^\s*\S+\s+\|\s+\d+|^\s*\d+ files? changed\b/;
const DIFF_START_RE = /^(?:diff --git |@@ -\d|\+\+\+ |--- a\/|Index: )/;
const COMMIT_SCAN = 60;

/** Whether the quote below the remark reaches the commit's sign-off or its `---` line before any diff: the remark is inside the commit message. */
export function insideCommitMessage(quotedBelow: readonly QuotedLine[]): boolean {
  for (let k = 0; k < quotedBelow.length && k < COMMIT_SCAN; k++) {
    const t = quotedBelow[k]?.text ?? "";
    if (DIFF_START_RE.test(t)) return false;
    if (SIGN_OFF_RE.test(t)) return true;
    if (/^---\s*$/.test(t)) return quotedBelow.slice(k + 1, k + 4).some((q) => DIFFSTAT_LINE_RE.test(q.text));
  }
  return false;
}

function hunkAt(files: FileDiff[], loc: Loc): Hunk | undefined {
  return files[loc.file]?.hunks[loc.hunk];
}

function firstChanged(hunk: Hunk | undefined, from: number): number | null {
  if (!hunk) return null;
  for (let i = from; i < hunk.lines.length; i++) if (hunk.lines[i]?.type !== "context") return i;
  return null;
}

function lineNumber(l: DiffLine | undefined): number | null {
  if (!l) return null;
  return l.type === "del" ? l.oldLine : l.newLine;
}
