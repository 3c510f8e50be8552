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


function quotedContent(q: string): { marker: "add" | "del" | "context" | null; norm: string } {
  const c = q.charAt(0);
  if (c === "+" && !q.startsWith("+++ ")) return { marker: "add", norm: normalizeCode(q.slice(1)) };
  if (c === "-" && !q.startsWith("--- ")) return { marker: "del", norm: normalizeCode(q.slice(1)) };
  if (c === " " || c === "\t") return { marker: "context", norm: normalizeCode(q) };
  return { marker: null, norm: normalizeCode(q) };
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
  annotated?: AnnotatedFile[],
): Anchor | null {
  const index = cachedIndex(files);
  const above = comment.quotedAbove.slice(-WINDOW).reverse();
  const fromAbove = bestLocation(above, files, index);
  if (fromAbove) return toAnchor(fromAbove, files, annotated);
  if (introducesQuoteBelow(comment)) {
    const fromBelow = bestLocation(comment.quotedBelow.slice(0, WINDOW), files, index);
    // The remark introduces the code below it: point at the first change it shows.
    if (fromBelow) return toAnchor({ ...fromBelow, line: firstChanged(hunkAt(files, fromBelow), Math.max(fromBelow.line, 0)) ?? fromBelow.line }, files, annotated);
  }
  return null;
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

// `ordered` is nearest-first. Returns the best-voted hunk and the line to point at within it.
function bestLocation(ordered: QuotedLine[], files: FileDiff[], index: Map<string, Loc[]>): Loc | null {
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
          if (String(h.oldStart) === header[1] && String(h.newStart) === header[2]) {
            const k = key(fi, hi);
            scores.set(k, (scores.get(k) ?? 0) + 2 * proximity);
            if (!headerHits.has(k)) headerHits.set(k, distance);
          }
        }),
      );
      return;
    }
    const { marker, norm } = quotedContent(q.text);
    if (isTrivial(norm)) return;
    const locs = candidates(norm, index);
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

function toAnchor(loc: Loc, files: FileDiff[], annotated?: AnnotatedFile[]): Anchor | null {
  const file = files[loc.file];
  const hunk = file?.hunks[loc.hunk];
  if (!file || !hunk) return null;
  const annotatedFn = annotated?.find((a) => a.path === file.path)?.hunks.find((h) => h.index === hunk.index)?.function ?? null;
  if (loc.line < 0) {
    const first = firstChanged(hunk, 0) ?? 0;
    return { path: file.path, hunk: hunk.index, function: enclosingFunction(hunk, first, annotatedFn), line: lineNumber(hunk.lines[first]) };
  }
  const li = pointLine(hunk, loc.line);
  return { path: file.path, hunk: hunk.index, function: enclosingFunction(hunk, li, annotatedFn), line: lineNumber(hunk.lines[li]) };
}

// Point at the start of the changed run the comment sits under: its first added line, else its first
// removed one. A comment below trailing context lines refers to the change just above them.
function pointLine(hunk: Hunk, li: number): number {
  let i = li;
  let steps = 0;
  while (i > 0 && hunk.lines[i]?.type === "context" && steps < 6) {
    i--;
    steps++;
  }
  if (hunk.lines[i]?.type === "context") return li;
  let start = i;
  while (start > 0 && hunk.lines[start - 1]?.type !== "context") start--;
  for (let k = start; k <= i; k++) if (hunk.lines[k]?.type === "add") return k;
  return start;
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
