// Splits a patch mail body into commit message, trailers, notes, diffstat and diff. Line-based scans
// only (no regex over the whole body), so hostile bodies cost linear time.
import { bracketNoteLength, isKnownTrailerKey, isReviewTrailerKind, isTrailerContinuation, parseTrailerLine, parseTrailers, readTrailerAt } from "./parse-trailers";
import { changelogBlocks } from "./parse-changelog";
import { EXAMPLE_SUBSYSTEM, expandList, readRemainingLeadIn, readScopeLeadIn, readSubsystemLeadIn, readTitledBackReference, readTrailingScope, type SubsystemScopedTrailer } from "./trailer-scope";
import { inBodyAuthor } from "./in-body-author";
import type { Address, PatchParts, Trailer } from "./types";
import { isSpace } from "../text/is-space";

const HUNK_RE = /^@@+ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const DIFF_HEADER_PREFIXES = [
  "diff ", "index ", "--- ", "+++ ", "old mode ", "new mode ", "deleted file mode ", "new file mode ",
  "similarity index ", "dissimilarity index ", "rename from ", "rename to ", "copy from ", "copy to ",
  "Binary files ", "Index: ", "===", "RCS file: ", "retrieving revision ", "Only in ",
];

/** The body's lines (CRLF/CR read as LF), as every splitter here reads them. */
export function bodyLines(body: string): string[] {
  return lines(body);
}

function lines(body: string): string[] {
  return (body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body).split("\n");
}

/** True when line `i` starts a diff: `diff --git`, `diff -u`, svn/cvs `Index:` + `===`, or `--- `+`+++ `. */
function isDiffStart(ls: string[], i: number): boolean {
  const l = ls[i]!;
  if (l.startsWith("diff --git ") || l.startsWith("diff --cc ")) return true;
  if (l.startsWith("diff -")) return (ls[i + 1] ?? "").startsWith("--- ") || (ls[i + 2] ?? "").startsWith("--- ");
  if (l.startsWith("Index: ")) return (ls[i + 1] ?? "").startsWith("===");
  if (l.startsWith("--- ") && (ls[i + 1] ?? "").startsWith("+++ ")) {
    const next = ls[i + 2] ?? "";
    return next.startsWith("@@") || next === "";
  }
  return false;
}

function firstDiffStart(ls: string[], from = 0): number {
  for (let i = from; i < ls.length; i++) if (isDiffStart(ls, i)) return i;
  return -1;
}

function isHeaderLine(l: string): boolean {
  return DIFF_HEADER_PREFIXES.some((p) => l.startsWith(p));
}

/**
 * Walks a diff from `start` and returns the index just past its last line. Hunk line counts are
 * followed, but leniently: whitespace-mangled diffs (blank context lines, wrong counts) still pass,
 * while the signature (`-- `), list footers and prose after the diff end it.
 */
function diffEnd(ls: string[], start: number, wrapped?: Set<number>): number {
  type State = "header" | "hunk" | "between" | "binary";
  let state: State = "header";
  let oldLeft = 0;
  let newLeft = 0;
  let end = start;
  let binaryData = false;
  for (let i = start; i < ls.length; i++) {
    const l = ls[i]!;
    if (state === "hunk") {
      const c = l[0];
      // A web mailer's wrap of the long line above (the hunk header's function, or a changed line): its rest.
      if (isWrappedRest(ls, i)) {
        wrapped?.add(i);
        end = i + 1;
        continue;
      }
      if (c === " " || c === undefined) {
        oldLeft--;
        newLeft--;
      } else if (c === "-") oldLeft--;
      else if (c === "+") newLeft--;
      else if (c !== "\\") {
        state = "between";
        i--;
        continue;
      }
      if (l !== "") end = i + 1;
      if (oldLeft <= 0 && newLeft <= 0) state = "between";
      continue;
    }
    if (state === "binary") {
      // `literal N`/`delta N` blocks of base85 lines, separated by blank lines.
      if (l === "") {
        binaryData = false;
        continue;
      }
      if (l.startsWith("literal ") || l.startsWith("delta ")) {
        binaryData = true;
        end = i + 1;
        continue;
      }
      if (binaryData && /^[A-Za-z]/.test(l)) {
        end = i + 1;
        continue;
      }
      state = "between";
    }
    const hunk = HUNK_RE.exec(l);
    if (hunk) {
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
      state = oldLeft <= 0 && newLeft <= 0 ? "between" : "hunk";
      end = i + 1;
      continue;
    }
    if (l.startsWith("GIT binary patch")) {
      state = "binary";
      end = i + 1;
      continue;
    }
    if (isHeaderLine(l)) {
      state = "header";
      end = i + 1;
      continue;
    }
    if (l === "") continue;
    if (l === "--" || l === "-- ") break;
    // Lenient: a hunk whose header undercounts still has its +/-/space lines (b4 stripped-lines).
    if (state === "between" && (l[0] === "+" || l[0] === "-" || l[0] === " " || l[0] === "\\")) {
      end = i + 1;
      continue;
    }
    if (state === "header" && l.startsWith("@@")) {
      end = i + 1;
      state = "between";
      continue;
    }
    break;
  }
  return end;
}

/** Shortest line a web mailer wraps (Gmail wraps at 78 columns; a tab counts as one character here). */
const MIN_WRAPPED = 60;

/**
 * Whether `ls[i]`, inside a hunk, is the rest of the line above wrapped by a web mailer: it opens with no
 * diff marker, the line above is long enough to have been wrapped, and is itself a hunk header or a
 * changed/context line (never a second wrap: at most one rest per line).
 */
function isWrappedRest(ls: string[], i: number): boolean {
  const l = ls[i]!;
  const c = l[0];
  if (c === undefined || c === " " || c === "+" || c === "-" || c === "\\" || c === "@" || l.startsWith("diff ")) return false;
  const above = ls[i - 1] ?? "";
  // A hunk header's function context is wrapped at any length (mailers wrap at a word before column 78).
  if (!(/^@@ .* @@ \S/.test(above) && HUNK_RE.test(above)) && (above.length < MIN_WRAPPED || !/^[-+ ]/.test(above))) return false;
  // The line after the rest goes on with the diff (a marker, a blank context line or the next header).
  const next = ls[i + 1];
  return next === undefined || next === "" || /^[-+ @\\]|^diff /.test(next);
}

/** The text of ls[s, e), the wrapped rests `diffEnd` found joined back onto their lines. */
function diffText(ls: string[], s: number, e: number, wrapped: ReadonlySet<number>): string {
  if (wrapped.size === 0) return ls.slice(s, e).join("\n");
  const out: string[] = [];
  for (let i = s; i < e; i++) {
    if (i > s && wrapped.has(i)) out[out.length - 1] += ` ${ls[i]!}`;
    else out.push(ls[i]!);
  }
  return out.join("\n");
}

/** Line ranges [start, end) of every diff in the body, in order. */
function diffRanges(ls: string[], wrapped?: Set<number>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  while (from < ls.length) {
    const start = firstDiffStart(ls, from);
    if (start < 0) break;
    const end = Math.max(diffEnd(ls, start, wrapped), start + 1);
    ranges.push([start, end]);
    from = end;
  }
  return ranges;
}

/** True when the body holds a unified diff (git, plain `--- `/`+++ `, or svn/cvs `Index:`). */
export function hasDiff(body: string): boolean {
  return firstDiffStart(lines(body)) >= 0;
}

/** The diff text of a body (every diff block, joined), without signature or list footer; "" when none. */
export function extractDiff(body: string): string {
  const ls = lines(body);
  const wrapped = new Set<number>();
  const parts = diffRanges(ls, wrapped).map(([s, e]) => diffText(ls, s, e, wrapped));
  return parts.length ? `${parts.join("\n")}\n` : "";
}

function isDiffstatLine(l: string): boolean {
  if (!l.startsWith(" ")) return false;
  const bar = l.lastIndexOf(" | ");
  if (bar < 0) return false;
  const stat = l.slice(bar + 3).trim();
  return /^\d+ ?[+-]*$/.test(stat) || stat.startsWith("Bin ");
}

function isFilesChangedLine(l: string): boolean {
  return /^\s*\d+ files? changed/.test(l);
}

function isModeLine(l: string): boolean {
  return /^ +(?:create mode|delete mode|rename|copy|mode change) /.test(l);
}

/** [start, end) of the diffstat block inside ls[from, to), or null. */
function findDiffstat(ls: string[], from: number, to: number): [number, number] | null {
  let summary = -1;
  for (let i = to - 1; i >= from; i--) {
    if (isFilesChangedLine(ls[i]!)) {
      summary = i;
      break;
    }
  }
  if (summary < 0) return null;
  let start = summary;
  while (start - 1 >= from && isDiffstatLine(ls[start - 1]!)) start--;
  let end = summary + 1;
  while (end < to && isModeLine(ls[end]!)) end++;
  return [start, end];
}

/** Index where the trailing trailer block of ls[0, end) starts (== end when there is none). */
function trailerBlockStart(ls: string[], end: number): number {
  let blockStart = end;
  let i = end;
  while (i > 0 && ls[i - 1]!.trim() === "") i--;
  for (let last = true; ; last = false) {
    const paraEnd = i;
    while (i > 0 && ls[i - 1]!.trim() !== "") i--;
    const para = ls.slice(i, paraEnd);
    if (para.length === 0) break;
    const tail = trailerTail(para);
    if (!tail.whole) {
      // "Thanks\n\nBR,\n  Richard\nSigned-off-by: ..." (no blank line before the sign-off): a last paragraph
      // ending in known trailers with a Signed-off-by among them ends in the trailer block; the words above
      // them stay in the message.
      if (last && tail.signed) blockStart = i + tail.knownStart;
      else if (last) {
        const start = signedParagraphStart(para);
        if (start >= 0) blockStart = i + start;
      }
      break;
    }
    blockStart = i;
    while (i > 0 && ls[i - 1]!.trim() === "") i--;
    if (i === 0) break;
  }
  return blockStart;
}

/**
 * Where the trailers of a last paragraph that holds a Signed-off-by but ends in other lines start, when trailer
 * lines are a quarter of it at least (as `git interpret-trailers` reads a block), else -1: "Tested-by: Serge …\n*
 * tested on Baikal-T1 based system …" (linux-spi), "Reviewed-by: Guenter …\n..." (linux-hwmon), a sign-off over a
 * lone "-" cut. The other lines are notes to a tag, no text of the message.
 */
function signedParagraphStart(para: string[]): number {
  let first = -1;
  let covered = 0;
  let signed = false;
  // A cut ("---") inside is the end of the message: what is below it is not the block's.
  if (para.some((l) => /^-{2,}\s*$/.test(l))) return -1;
  for (let i = 0; i < para.length; ) {
    const r = readTrailerAt(para, i);
    if (r && isKnownTrailerKey(r.trailer.kind)) {
      if (first < 0) first = i;
      covered += r.length;
      if (r.trailer.kind === "Signed-off-by") signed = true;
      i += r.length;
      continue;
    }
    i++;
  }
  return signed && covered * 4 >= para.length ? first : -1;
}

/** Lines below a trailer block that are looked through for it (a changelog, footnotes, a note to reviewers). */
const MAX_LINES_BELOW_TRAILERS = 200;

/**
 * [start, end) of the commit message's last trailer block in ls[0, end). With `below`, text under it
 * ("[1] sha (...)" footnotes, a "Changelog:" paragraph) is looked through: the block is then the last
 * paragraph above that is all trailers, or ends in them, with a Signed-off-by, when nothing in between opens
 * with a trailer key. Start == end when there is none.
 */
function lastTrailerBlock(ls: string[], end: number, below: boolean): [number, number] {
  const start = trailerBlockStart(ls, end);
  if (start < end || !below) return [start, end];
  let i = end;
  while (i > 0 && end - i <= MAX_LINES_BELOW_TRAILERS) {
    while (i > 0 && ls[i - 1]!.trim() === "") i--;
    const paraEnd = i;
    while (i > 0 && ls[i - 1]!.trim() !== "") i--;
    if (paraEnd === i || end - i > MAX_LINES_BELOW_TRAILERS) break;
    const para = ls.slice(i, paraEnd);
    const tail = trailerTail(para);
    if (tail.signed && tail.knownStart < para.length) {
      const s = trailerBlockStart(ls, paraEnd);
      return s < paraEnd ? [s, paraEnd] : [end, end];
    }
    // A trailer line here that is not part of a signed block: the text below is no plain note, give up.
    if (para.some((l) => isKnownTrailerLine(l))) break;
  }
  return [end, end];
}

function isKnownTrailerLine(line: string): boolean {
  const t = parseTrailerLine(line);
  return t !== null && isKnownTrailerKey(t.kind);
}

/**
 * How a paragraph ends in trailers: `whole` when every line is a trailer, its continuation or a "[note]"
 * and a known key is among them; `knownStart`, where its trailing run of known trailers (and notes) starts;
 * `signed`, when that run holds a Signed-off-by.
 */
function trailerTail(para: string[]): { whole: boolean; knownStart: number; signed: boolean } {
  let anyStart = 0;
  let known = false;
  let knownStart = 0;
  let signed = false;
  for (let i = 0; i < para.length; ) {
    const r = readTrailerAt(para, i);
    if (r) {
      if (isKnownTrailerKey(r.trailer.kind)) {
        known = true;
        if (r.trailer.kind === "Signed-off-by") signed = true;
      } else {
        knownStart = i + r.length;
        signed = false;
      }
      i += r.length;
      continue;
    }
    const note = bracketNoteLength(para, i);
    if (note > 0) {
      i += note;
      continue;
    }
    // "Cc: stable@vger.kernel.org\n```\nChanges in v2: ..." (linux-edac): a code fence closing the block, no text.
    if (i === para.length - 1 && i > 0 && CODE_FENCE_RE.test(para[i]!)) {
      i++;
      continue;
    }
    if (strayAddress(para, i)) {
      i++;
      continue;
    }
    i++;
    anyStart = i;
    knownStart = i;
    known = false;
    signed = false;
  }
  // Notes alone at the end of the run make no trailer.
  while (knownStart < para.length && !readTrailerAt(para, knownStart)) knownStart += Math.max(1, bracketNoteLength(para, knownStart));
  return { whole: anyStart === 0 && known, knownStart, signed: signed && knownStart < para.length };
}

/** A markdown code fence alone on a line: "```", "~~~". */
const CODE_FENCE_RE = /^\s*(?:`{3,}|~{3,})\s*$/;

/** "Ann Bee <ann@example.com>" alone on a line. */
const BARE_ADDRESS_RE = /^\s*[^\s:<>][^:<>]{0,80}<[^<>\s@]+@[^<>\s]+>\s*$/;

/**
 * A "Name <address>" line with no key between a person trailer and the next trailer ("Reported-by: Ann
 * <a@x>\nAnn <a@x>\nSigned-off-by: ..."): a pasting slip inside the block, not text ending it.
 */
function strayAddress(para: string[], i: number): boolean {
  if (i === 0 || !BARE_ADDRESS_RE.test(para[i]!)) return false;
  const prev = parseTrailerLine(para[i - 1]!);
  return prev !== null && prev.person !== null && isKnownTrailerKey(prev.kind) && readTrailerAt(para, i + 1) !== null;
}

/** "--", "----", "--- note" (git cuts there too) or a word processor's em dash for "---"; never "-- ", the signature. */
function isDashLine(l: string): boolean {
  return l === "--" || /^-{4,}\s*$/.test(l) || /^--- \S/.test(l) || /^[\u2013\u2014][-\u2013\u2014]{0,3}$/.test(l);
}

/**
 * Index of the first dash line (`isDashLine`) in ls[from, to) right below trailers (at most one blank line
 * between), or -1: it ends the commit message like "---".
 */
function dashSeparator(ls: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const l = ls[i]!;
    if (!isDashLine(l)) continue;
    const k = ls[i - 1]?.trim() === "" ? i - 2 : i - 1;
    if (k < 0) continue;
    if (isKnownTrailerLine(ls[k]!)) return i;
    // Under a "[note]" that closes the block: a trailer a few lines up.
    if (ls[k]!.trimEnd().endsWith("]") && ls.slice(Math.max(0, k - 8), k).some(isKnownTrailerLine)) return i;
  }
  return -1;
}

function joinTrim(ls: string[]): string {
  return ls.join("\n").replace(/^\s*\n/, "").trimEnd();
}

/** A patch mail body -> commit message, trailers, `---` notes, diffstat and diff. */
export function splitPatchBody(body: string): PatchParts {
  const ls = lines(body);
  const wrapped = new Set<number>();
  const ranges = diffRanges(ls, wrapped);
  const diffStart = ranges[0]?.[0] ?? ls.length;
  let sep = -1;
  for (let i = 0; i < diffStart; i++) {
    if (ls[i]!.trimEnd() === "---") {
      sep = i;
      break;
    }
  }
  const commitEnd = sep >= 0 ? sep : diffStart;
  const statFrom = sep >= 0 ? sep + 1 : 0;
  const stat = findDiffstat(ls, statFrom, diffStart);
  // Without `---`, a diffstat ends the message (pull requests, cover letters): keep it out of the text.
  const textEnd = sep < 0 && stat ? Math.min(commitEnd, stat[0]) : commitEnd;
  // A patch's trailers followed by "--" (or an em dash) instead of "---": what follows is notes.
  const dash = ranges.length ? dashSeparator(ls, 0, textEnd) : -1;
  const messageEnd = dash >= 0 ? dash : textEnd;
  // A versioned changelog written in the commit message ("v2: ..." above or below the trailers) is
  // read as notes: it is not part of the change, and trailers above it still end the message.
  const blocks = changelogBlocks(ls.slice(0, messageEnd));
  const message: string[] = [];
  const moved: string[] = [];
  let b = 0;
  for (let i = 0; i < messageEnd; i++) {
    while (b < blocks.length && blocks[b]![1] <= i) b++;
    const inBlock = b < blocks.length && blocks[b]![0] <= i;
    if (!inBlock) message.push(ls[i]!);
    else {
      if (i === blocks[b]![0] && moved.length) moved.push("");
      moved.push(ls[i]!);
    }
  }
  // Only a patch's text is looked through below its trailers: a cover letter's prose may hold anything.
  const [tStart, tEnd] = lastTrailerBlock(message, message.length, ranges.length > 0);
  const below = message.slice(tEnd);
  // "[1] sha (...)" footnotes under the trailers belong to the message; other text (a changelog) is notes.
  // So is any text under trailers that open the message ("Signed-off-by: ...\n\nFix the mask.").
  const opening = !message.slice(0, tStart).some((l) => l.trim() !== "");
  const belowInMessage = opening || /^\[\d{1,3}\]\s/.test(below.find((l) => l.trim() !== "")?.trim() ?? "");
  // "--- Add AMDIF031 support": the words after the dashes are a note.
  const dashNotes = dash >= 0 ? [ls[dash]!.replace(/^[-\u2013\u2014]+\s*/, ""), ...ls.slice(dash + 1, textEnd)] : [];
  // No trailers above "---" but a signed block closing the notes right above a second "---": the patch's own
  // trailers, written below the first cut by mistake (git am would drop them; they are no less given).
  const late = tStart === tEnd && sep >= 0 ? lateTrailerBlock(ls, sep, stat ? stat[0] : diffStart) : null;
  const notesLines = sep >= 0 ? ls.slice(sep + 1, diffStart).filter((_, k) => (!stat || k + sep + 1 < stat[0] || k + sep + 1 >= stat[1]) && (!late || k + sep + 1 < late[0] || k + sep + 1 > late[2])) : [];
  const notes = joinParts([moved, belowInMessage ? [] : below, dashNotes, notesLines]);
  const text = joinTrim(message.slice(0, tStart));
  const tail = belowInMessage ? joinTrim(below) : "";
  return {
    commitMessage: [text, tail].filter((t) => t !== "").join("\n\n"),
    trailers: late ? parseTrailers(ls.slice(late[0], late[1])) : withSquashedBlock(message, tStart, parseTrailers(message.slice(tStart, tEnd))),
    notes: joinTrim(notes).trim(),
    diffstat: stat ? ls.slice(stat[0], stat[1]).join("\n") : "",
    diff: ranges.length ? `${ranges.map(([s, e]) => diffText(ls, s, e, wrapped)).join("\n")}\n` : "",
  };
}

/** Lines of text between a squashed commit's trailer block and the last one ("Address Ann's review"). */
const MAX_SQUASH_SUBJECT_LINES = 3;

/**
 * The trailers of the last block, after those of a squashed commit's block above it: "Reviewed-by: Ann\n
 * Signed-off-by: Bo\n\nAddress Cy's review\n\nSigned-off-by: Bo" (a fixup squashed in with its own message,
 * linux-hwmon / platform-driver-x86): a paragraph of trailers only, holding a sign-off the last block repeats,
 * one short paragraph of text above it. What the earlier block gave stays given; a tag the last block
 * repeats is read once.
 */
function withSquashedBlock(message: string[], tStart: number, last: Trailer[]): Trailer[] {
  const signers = new Set(last.filter((t) => t.kind === "Signed-off-by" && t.person).map((t) => t.person!.email.toLowerCase()));
  // The last block a paragraph of its own: one ending a paragraph of text ("Cc: Ann\nSigned-off-by: Bo") is no squash.
  if (signers.size === 0 || tStart === 0 || message[tStart - 1]!.trim() !== "") return last;
  let i = tStart;
  while (i > 0 && message[i - 1]!.trim() === "") i--;
  const textEnd = i;
  while (i > 0 && message[i - 1]!.trim() !== "") i--;
  const text = message.slice(i, textEnd);
  if (text.length === 0 || text.length > MAX_SQUASH_SUBJECT_LINES || text.some((l) => readTrailerAt([l], 0) !== null)) return last;
  while (i > 0 && message[i - 1]!.trim() === "") i--;
  const blockEnd = i;
  while (i > 0 && message[i - 1]!.trim() !== "") i--;
  const block = message.slice(i, blockEnd);
  if (block.length === 0 || !trailerTail(block).whole) return last;
  const earlier = parseTrailers(block);
  if (!earlier.some((t) => t.kind === "Signed-off-by" && t.person && signers.has(t.person.email.toLowerCase()))) return last;
  const seen = new Set(last.map((t) => `${t.kind.toLowerCase()}\n${t.value}`));
  const added = earlier.filter((t) => !seen.has(`${t.kind.toLowerCase()}\n${t.value}`));
  return added.length > 0 ? [...added, ...last] : last;
}

/**
 * [start, end, cut] of a trailer block with a Signed-off-by that ends the notes below the "---" at `sep`, at
 * most one blank line above a second "---" (`cut`) with nothing but the diffstat or the diff under it; or null.
 */
function lateTrailerBlock(ls: string[], sep: number, to: number): [number, number, number] | null {
  // "Note, this only incorporates the fix …\n---\n<commit message>\nSigned-off-by: …\n---\nChanges from v6: …\n---\n<diffstat>"
  // (linux-crypto): a replacement patch under a note, its changelog below its own cut.
  for (let cut = sep + 1; cut < to; cut++) {
    if (ls[cut]!.trimEnd() !== "---") continue;
    const below = ls.slice(cut + 1, to).filter((l) => l.trimEnd() !== "---");
    const first = below.findIndex((l) => l.trim() !== "");
    if (first >= 0) {
      const blocks = changelogBlocks(below);
      if (blocks.length === 0 || blocks[0]![0] !== first) continue;
    }
    const found = signedAbove(ls, sep, cut);
    if (found) return found;
  }
  return null;
}

/** [start, end, cut] of a signed trailer block ending at most one blank line above `cut`, in ls(sep, cut); or null. */
function signedAbove(ls: string[], sep: number, cut: number): [number, number, number] | null {
  let end = cut;
  if (end > sep + 1 && ls[end - 1]!.trim() === "") end--;
  const region = ls.slice(sep + 1, end);
  const start = trailerBlockStart(region, region.length);
  if (start >= region.length || !parseTrailers(region.slice(start)).some((t) => t.kind === "Signed-off-by")) return null;
  return [sep + 1 + start, end, cut];
}

/** Non-empty parts joined with a blank line between. */
function joinParts(parts: string[][]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (!p.some((l) => l.trim() !== "")) continue;
    if (out.length) out.push("");
    out.push(...p);
  }
  return out;
}

function isQuoted(line: string): boolean {
  // `line.trimStart().startsWith(">")` without a copy per line.
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 62) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}


/** A scissors line closing a snippet opened at `from - 1` (within 60 lines, no diff between), or -1. */
function closingScissors(ls: string[], from: number): number {
  for (let j = from; j < ls.length && j < from + 60; j++) {
    if (isScissors(ls[j]!)) return j;
    if (isQuoted(ls[j]!) || isDiffStart(ls, j)) return -1;
  }
  return -1;
}

/** A scissors line (`-- >8 --`, `-- 8< --`, `---8<---`): what follows it is pasted, not the reply's own text. */
function isScissors(line: string): boolean {
  const t = line.trim();
  if (t.length > 100 || !/(?:8<|>8|✂)/.test(t)) return false;
  return /^[-_=~ ]*(?:8<|>8|✂)[-_=~ ]*(?:\s.*)?$/.test(t) && /[-_=~]/.test(t);
}

const MBOX_FROM_RE = /^From [0-9a-f]{40} Mon Sep 17 00:00:00 2001$/;

/** The "From <sha> Mon Sep 17 00:00:00 2001" line that opens a `git format-patch` file pasted into a mail. */
export function isFormatPatchStart(line: string): boolean {
  return MBOX_FROM_RE.test(line);
}
// "[PATCH v18 01/32] mm/memcg: ...", "Re: [RFC PATCH 3/5] ...": a reviewer's heading over remarks on patch k.
// "[PATCH 09_58] mmc: ..." is the same heading as b4 names its saved files.
const PATCH_HEADING_RE = /^(?:re:\s*)?\[[^\]]*?\b0*(\d{1,4})[\/_]0*(\d{1,4})\]\s*\S/i;

/** The patch number k of a "[PATCH ... k/N] title" heading line, or null. */
function patchHeading(line: string): number | null {
  if (line.length > 300) return null;
  const m = PATCH_HEADING_RE.exec(line.trim());
  if (!m) return null;
  const k = Number(m[1]);
  return k >= 1 && k <= Number(m[2]) ? k : null;
}

/** Outlook's line in English and in the languages its localised clients write on kernel lists. */
const ORIGINAL_MESSAGE_RE =
  /^-{3,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Mensagem original|Oorspronkelijk bericht|Originalmeddelande|Alkuperäinen viesti|Wiadomość oryginalna|Původní zpráva|Исходное сообщение|原始邮件|原始郵件|元のメッセージ)\s*-{3,}$/iu;

/** Outlook's "-----Original Message-----" line (or its translation), above the unindented mail a reply answers. */
export function isOriginalMessageLine(line: string): boolean {
  return line.includes("---") && ORIGINAL_MESSAGE_RE.test(line.trim());
}

/** A name or address written as a template: "Name", "Your Name", "John Doe", "<address@com>", "<your.email@...>". */
const PLACEHOLDER_NAME_RE = /^(?:(?:your|full|real|first|some)\s+)?name$|^(?:john|jane)\s+doe$|^first\s+last$/i;
const PLACEHOLDER_EMAIL_RE = /^(?:e-?mail|address|your[._-]?(?:e-?mail|address|name))@/i;

function isPlaceholder(person: { name: string; email: string }): boolean {
  return PLACEHOLDER_NAME_RE.test(person.name.trim()) || PLACEHOLDER_EMAIL_RE.test(person.email.trim());
}

/**
 * Review trailers (`isReviewTrailerKind`: Acked/Reviewed/Tested/Nacked-by...) a reply gives in its own
 * text: not quoted (`>`), not in a diff, above the signature, an Outlook "Original Message" block, a
 * scissors line (`-- >8 --`) or a `From <sha>` line, and not the trailer block of a patch pasted in the
 * reply. A trailer under a "[PATCH ... k/N] title" heading line gets `patches: [k]` (and `patch: k`); one
 * right below a numbered lead-in ("For patches 1-4:", "patches 1, 2, 4 are") gets the numbers it names.
 * `bodyLines`: `bodyLines(body)` when the caller already has them (it is not changed).
 */
export function extractReplyTrailers(body: string, bodyLines?: string[]): Trailer[] {
  const ls = bodyLines ?? lines(body);
  // One entry per trailer: its line and wrapped continuations, and the patch heading above it.
  type Entry = { lines: string[]; patch: number | null; scope: number[] | null; subsystems: string[] | null; reminder: boolean; pasted?: true };
  const entries: Entry[] = [];
  let current: Entry | null = null;
  let prev: Trailer | null = null;
  let heading: number | null = null;
  // Heading lines one under another ("For the following patches:" then a "[PATCH k_N] title" line each): the
  // patches a tag below them is for.
  let headingBlock: number[] = [];
  let lastWasHeading = false;
  // The lead-in scope of the run of trailer lines being read (a run shares the lead-in above its first line).
  let runScope: number[] | null = null;
  let runSubsystems: string[] | null = null;
  const namedBefore: number[] = [];
  // The lead-in paragraph above the run being read, for a back reference below it ("to those two").
  let runPara: string | null = null;
  // The run lists tags given before, under a reminder's "Missing tags:" lead-in.
  let runReminder = false;
  let inRun = false;
  // Where the run being read starts in `entries`: a scope written below it ("to patches 1, 2 and 4.") is its.
  let runStart = 0;
  // Entries of the trailer paragraph being read: a `---` line right below makes them a pasted patch's.
  let paraStart = -1;
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!;
    if (line === "-- " || isOriginalMessageLine(line)) break;
    // Scissors, a `git format-patch` From line or an unquoted diff: a patch is pasted here. Its commit
    // message and trailers are skipped up to the end of its diff, where the reply's own text resumes.
    const pasted = isScissors(line) || MBOX_FROM_RE.test(line);
    const sepOfPasted = line.trimEnd() === "---" && paraStart >= 0;
    if (pasted || sepOfPasted || isDiffStart(ls, i)) {
      const d = isDiffStart(ls, i) ? i : diffBelow(ls, i + 1, sepOfPasted && !pasted);
      if (d >= 0 || pasted) {
        if (sepOfPasted && d >= 0) entries.length = paraStart;
        // "----8<----" above and below a snippet of code with no diff (linux-i2c): the reply goes on after it.
        const close = d < 0 && isScissors(line) ? closingScissors(ls, i + 1) : -1;
        if (close >= 0) {
          i = close;
          prev = null;
          current = null;
          inRun = false;
          paraStart = -1;
          continue;
        }
        if (d < 0) break;
        i = Math.max(diffEnd(ls, d), d + 1) - 1;
        prev = null;
        current = null;
        inRun = false;
        paraStart = -1;
        continue;
      }
    }
    if (isQuoted(line)) {
      lastWasHeading = false;
      prev = null;
      current = null;
      inRun = false;
      continue;
    }
    const ownIndented = ownIndentedTrailer(ls, i);
    const own = ownIndented?.trailer ?? null;
    // An indented tag below another is a tag of its own ("\tReviewed-by: …\n\tSigned-off-by: …"), no wrapped value.
    if (!own && prev && isTrailerContinuation(line, prev) && !(ownIndented === null && isIndentedKnownTrailer(line))) {
      if (current) current.lines.push(line);
      continue;
    }
    const parsed = own ?? parseTrailerLine(line);
    // "Otherwise, Reviewed-by: Name <addr>", "5,6: Acked-by: …": a lead-in and its tag on one line.
    const inline = parsed === null ? inlineLeadInTrailer(line) : null;
    const t = parsed ?? inline?.trailer ?? null;
    if (t && isKnownTrailerKey(t.kind)) {
      lastWasHeading = false;
      if (paraStart < 0) paraStart = entries.length;
      if (inline) {
        // Its own lead-in is its scope (or none: "Otherwise,"); a run below it shares that.
        runStart = entries.length;
        runScope = inline.scope;
        runSubsystems = null;
        runPara = null;
        runReminder = false;
      } else if (inRun && t.kind === "Signed-off-by" && t.person && t.person.email !== "") {
        // "Reviewed-by: Bob …\nSigned-off-by: Cy …" (a commit's chain pasted as an example, linux-remoteproc): a tag
        // with another's sign-off below it in one run was applied to a commit, no tag given here.
        const signer = t.person.email.toLowerCase();
        for (const e of entries.slice(runStart)) {
          const given = parseTrailerLine(e.lines.join(" ").trim())?.person?.email.toLowerCase();
          if (given && given !== signer) e.pasted = true;
        }
      } else if (!inRun) {
        runStart = entries.length;
        const para = leadInParagraph(ls, i);
        runPara = para;
        runScope = para === null ? null : readScopeLeadIn(para);
        runSubsystems = para === null || runScope !== null ? null : (readRemainingLeadIn(para, namedBefore) ?? readSubsystemLeadIn(para));
        runReminder = para !== null && (REMINDER_LEAD_IN_RE.test(para.trim()) || RELAYED_LEAD_IN_RE.test(para.trim()));
        // "Applied, and I also added:\n\n    Reported-by: Ann …\n    Tested-by: Ann …": the lead-in above the whole block of tags.
        if (!runReminder) {
          const block = leadInParagraph(ls, firstOfTrailerBlock(ls, i));
          runReminder = block !== null && ADDED_TAGS_LEAD_IN_RE.test(block.trim());
        }
      }
      inRun = true;
      // An inline tag ends at its ">": the line below (a signature's "Pavel") continues nothing.
      prev = inline ? null : t;
      const blockScope = headingBlock.length > 1 && headingBlock.length <= 200 ? [...new Set(headingBlock)].sort((a, b) => a - b) : null;
      current = isReviewTrailerKind(t.kind) ? { lines: [inline ? inline.text : own ? line.trim() : line], patch: heading, scope: runScope ?? blockScope, subsystems: ownIndented?.example ? [EXAMPLE_SUBSYSTEM] : runSubsystems, reminder: runReminder } : null;
      if (current) entries.push(current);
      // The patches tags above named, for a later "Remaining patches:" (readRemainingLeadIn).
      if (current?.scope) namedBefore.push(...current.scope.slice(0, Math.max(0, 200 - namedBefore.length)));
      continue;
    }
    // "I forgot:\nReviewed-by: Ann …\n\nhttps://lore.kernel.org/…" (linux-samsung-soc), "Acked-by: Ann …\n\nvia irc": a run
    // followed by where its tags were given passes on their givers' word, as a reminder does.
    if (inRun && entries.length > runStart && CITED_BELOW_RE.test((trailingParagraph(ls, i) ?? "").split("\n")[0]!.trim())) {
      for (const e of entries.slice(runStart)) e.reminder = true;
    }
    // "Acked-by: ...\n\nto patches 1, 2, 11 and 12.": a run with no lead-in above takes the scope written below.
    if (inRun && runScope === null && runSubsystems === null && entries.length > runStart) {
      const below = trailingParagraph(ls, i);
      const titled = below === null ? null : readTitledBackReference(below, runPara);
      const trailing = below === null ? null : titled ? { scope: null, subsystems: titled } : readTrailingScope(below);
      if (trailing) for (const e of entries.slice(runStart)) Object.assign(e, trailing);
    }
    prev = null;
    current = null;
    inRun = false;
    // A blank line between the trailers and `---` still makes them the pasted patch's.
    if (line.trim() === "") continue;
    paraStart = -1;
    const k = patchHeading(line);
    if (k !== null) {
      heading = k;
      // Pushed, not copied: a hostile body of heading lines stays linear. A block past 200 names no real series.
      if (!lastWasHeading) headingBlock = [k];
      else if (headingBlock.length <= 200) headingBlock.push(k);
    }
    lastWasHeading = k !== null;
  }
  const out: Trailer[] = [];
  for (const e of entries) {
    if (e.pasted) continue;
    const t = parseTrailers([e.lines.join(" ")])[0];
    // No address, or a placeholder shown as the format to follow ("Reviewed-by: Name <address@com>"): no
    // one's tag. A real person's typo ("<mathieu.poirier@linaro>") is still theirs.
    if (!t || (t.person && (t.person.email === "" || isPlaceholder(t.person)))) continue;
    const scope = e.scope ?? (e.patch === null ? null : [e.patch]);
    // "Missing tags:\n\nAcked-by: Ann Roe <…>" (Rob Herring's bot, linux-renesas-soc): tags the patch got before, listed
    // as the author forgot them; Ann's, passed on.
    if (e.reminder) Object.assign(t, { reminded: true });
    if (scope === null && e.subsystems) {
      // Which patches are that subsystem's is known only against the series' subjects (attributeTrailers).
      const scoped: SubsystemScopedTrailer = { ...t, subsystems: e.subsystems };
      out.push(scoped);
      continue;
    }
    out.push(scope === null ? t : { ...t, ...(scope.length === 1 ? { patch: scope[0]! } : {}), patches: scope });
  }
  // "From: Ann Bee <ann@…>" opening the reply: the sender relays Ann's mail (a colleague forwarding her test
  // report), and her tags in it are hers. Not when a "Date:" and the quote follow it: that is the mailer's
  // attribution of the mail answered ("From: Ann …\nDate: Mon, …\n> her text"), the sender's tags his own.
  const relayed = out.length > 0 && !opensWithQuotedHeader(ls) ? inBodyAuthor(body) : null;
  return relayed ? out.map((t): RelayedTrailer => ({ ...t, relayedFrom: relayed })) : out;
}

/** A header line of the answered mail, as some mailers write it above the quote. */
const QUOTED_HEADER_LINE_RE = /^(?:Date|Sent|Subject|To|Cc):[ \t]/i;

/**
 * Whether the body opens with the answered mail's "From:" and "Date:" lines right above its quote (one reviewer's
 * mailer writes its attribution so): the lines directly below the "From:" are header lines, one a "Date:" or
 * "Sent:", and the first line after them is quoted.
 */
function opensWithQuotedHeader(ls: readonly string[]): boolean {
  let i = 0;
  while (i < ls.length && ls[i]!.trim() === "") i++;
  if (i >= ls.length || !/^From:/.test(ls[i]!)) return false;
  let dated = false;
  // A handful of header lines at most: the body's length does not matter.
  for (let k = i + 1; k < ls.length && k <= i + 6; k++) {
    const line = ls[k]!;
    if (QUOTED_HEADER_LINE_RE.test(line)) {
      dated ||= /^(?:Date|Sent):/i.test(line);
      continue;
    }
    return dated && line.startsWith(">");
  }
  return false;
}

/**
 * Where tags were given, on the line below them: a link to the mail in an archive (lore, lkml, patchwork, marc), or
 * "via irc" / "given on IRC".
 */
const CITED_BELOW_RE = /^(?:<?https?:\/\/(?:lore\.kernel\.org|lkml\.kernel\.org|patchwork\.[\w.-]+|marc\.info|lkml\.org|lists\.[\w.-]+|www\.spinics\.net)\/\S*>?|(?:\(?(?:given\s+)?(?:via|on|over|in)\s+irc\)?[.!]?))$/i;

/** The lead-in of a reminder listing tags the patch was given before and the posting lacks (Rob Herring's bot). */
const REMINDER_LEAD_IN_RE = /^(?:missing|forgotten|you\s+(?:forgot|missed|dropped))\s+(?:the\s+)?(?:tags?|trailers?)\s*:$/i;

/**
 * A lead-in saying the tags below were given elsewhere, by someone the sender names: "A-b'd by Ann via email", "Acked by
 * Bo via IRC", "Cy reviewed this on IRC:" (linux-fbdev, a maintainer collecting tags for a re-roll): their givers' word,
 * passed on, as a reminder's.
 */
const RELAYED_LEAD_IN_RE = /^(?:[\p{L}.'-]+\s+){0,3}?(?:[art]-?b'?d|acked|reviewed|tested|gave|given|sent|provided)\b[^\n.!?]{0,60}?\b(?:via|over|on|in|by)\s+(?:private\s+|direct\s+|off-?list\s+)?(?:irc|e-?mail|mail|chat|slack|matrix|phone)\b[\s.!:]*$/iu;

/**
 * A maintainer saying he added the tags below when applying, "Applied, and I also added:", "I've turned this into this tag for
 * the -v4 patch:" (linux-efi: a tester's "works for me" made a Tested-by): their givers' word, passed on.
 */
const ADDED_TAGS_LEAD_IN_RE = /(?:^|[\s,.;])i(?:'ve|\s+have)?\s+(?:also\s+|now\s+|just\s+)?(?:added|turned\s+(?:this|that|it|these)\s+into)(?:\s+(?:the\s+following|these|this|the|a|tags?|trailers?|lines?|for\s+the\s+[\w.-]+\s+(?:patch|version|posting)|when\s+applying|while\s+applying))*\s*:$/i;

/** A reply's tag listed under a reminder's "Missing tags:" lead-in: given before by the one it names, passed on. */
export type RemindedTrailer = Trailer & { reminded?: true };

/** Whether a reply's tag is one the patch was given before, passed on by a reminder (`RemindedTrailer`). */
export function isRemindedTrailer(t: Trailer): boolean {
  return (t as RemindedTrailer).reminded === true;
}

/** A reply's trailer whose text opens with an in-body "From:" line: whose mail the sender relays. */
export type RelayedTrailer = Trailer & { relayedFrom?: Address };

/** Whom a reply relays (`RelayedTrailer`), or null. */
export function relayedFromOf(t: Trailer): Address | null {
  const r = (t as RelayedTrailer).relayedFrom;
  return r && typeof r.email === "string" && typeof r.name === "string" ? r : null;
}

const MAX_LEAD_IN_LINES = 12;

/** The first line of the block of trailer lines (a known key, indented or not) that line `i` closes, at most 20 up. */
function firstOfTrailerBlock(ls: readonly string[], i: number): number {
  let k = i;
  while (k > 0 && k > i - 20) {
    const t = parseTrailerLine(ls[k - 1]!.trim());
    if (!t || !isKnownTrailerKey(t.kind)) break;
    k--;
  }
  return k;
}

/**
 * The lead-in right above the trailer at `i` (the paragraph just above, at most one blank line between), or
 * null. Quoted text, trailers and longer paragraphs are no lead-in.
 */
function leadInParagraph(ls: string[], i: number): string | null {
  let j = i - 1;
  if (j >= 0 && ls[j]!.trim() === "") j--;
  const para: string[] = [];
  for (; j >= 0 && para.length <= MAX_LEAD_IN_LINES; j--) {
    const l = ls[j]!;
    if (l.trim() === "" || isQuoted(l)) break;
    if (l.length > 300) return null;
    const t = parseTrailerLine(l.trim());
    if (t && isKnownTrailerKey(t.kind)) break;
    para.unshift(l);
  }
  if (para.length === 0 || para.length > MAX_LEAD_IN_LINES) return null;
  return para.join("\n");
}

/** A review tag after a lead-in on its line: "Otherwise, Reviewed-by: Name <addr>", "For patches 1-3: Acked-by: …". */
const INLINE_LEAD_IN_RE = /^\s*(?<lead>[^<>:]{1,80}?)\s*[,:]\s+(?<tag>(?:Acked|Reviewed|Tested)-by:\s*[^<>:]{1,80}<[^<>\s@]+@[^<>\s]+>)\s*$/i;
/**
 * Lead-ins that hand over a tag without naming patches: the condition or the go-ahead ("Otherwise,", "With that
 * fixed,", "FWIW,", "For the series:", "Feel free to add:"). Anything else before a tag on the same line (a sentence
 * quoting one: "The original patch had: Reviewed-by: …", "Please drop: Acked-by: …") is no one's tag given here.
 */
const INLINE_GIVING_RE = /^(?:otherwise|with\s+(?:that|those|this|these|the\s+\w+)(?:\s+(?:\w+\s+)?(?:fixed|addressed|changed|done|resolved|corrected|removed|dropped|fix(?:es|ed)?|nits?|comments?))?|(?:other|apart|aside)\s+(?:than|from)\s+(?:that|this|those|these)|besides\s+(?:that|this)|either\s+way|anyway|fwiw|that\s+said|for\s+(?:the\s+(?:whole\s+|entire\s+)?(?:series|set|patch(?:set)?)|this\s+(?:patch|one|series|version|change)|all(?:\s+of\s+them|\s+patches)?|both(?:\s+patches)?)|feel\s+free\s+to\s+add(?:\s+my)?|you\s+can\s+add(?:\s+my)?|(?:so|ok(?:ay)?|thanks|then),?(?:\s+(?:otherwise|for\s+the\s+series))?)$/i;
/** "5,6", "1-3", "2 & 4": a bare list of patch numbers as a lead-in. */
const BARE_NUMBERS_RE = /^\d{1,3}(?:\s*(?:,|-|&|and)\s*\d{1,3})*$/i;

function inlineLeadInTrailer(line: string): { trailer: Trailer; text: string; scope: number[] | null } | null {
  if (line.length > 200 || !/-by:/i.test(line)) return null;
  const m = INLINE_LEAD_IN_RE.exec(line);
  if (!m) return null;
  const lead = m.groups!.lead!.trim();
  const text = m.groups!.tag!.trim();
  const trailer = parseTrailerLine(text);
  if (!trailer || !isReviewTrailerKind(trailer.kind)) return null;
  if (INLINE_GIVING_RE.test(lead)) return { trailer, text, scope: null };
  const scope = BARE_NUMBERS_RE.test(lead) ? expandList(lead.toLowerCase()) : readScopeLeadIn(`${lead}:`);
  return scope !== null && scope.length > 0 ? { trailer, text, scope } : null;
}

/** The paragraph starting at `i` (one blank line skipped) below a run of trailers, up to 3 lines, or null. */
function trailingParagraph(ls: string[], i: number): string | null {
  let j = i;
  if (j < ls.length && ls[j]!.trim() === "") j++;
  const para: string[] = [];
  for (; j < ls.length && para.length < 3; j++) {
    const l = ls[j]!;
    if (l.trim() === "" || isQuoted(l) || l === "-- ") break;
    para.push(l);
  }
  return para.length > 0 ? para.join("\n") : null;
}

const MAX_TRAILER_INDENT = 8;

/**
 * A review trailer set off by a small indent below the reply's own unindented text or a quote ("For my own
 * reference (apply this as-is to your sign-off block):\n\n  Acked-for-MFD-by: ..."), or null. Under an
 * indented line (a pasted `git log`, whose commit message is indented as a whole) it is not the reply's own.
 */
function ownIndentedTrailer(ls: string[], i: number): { trailer: Trailer; example: boolean } | null {
  const line = ls[i]!;
  if (line.length === 0 || !isSpace(line.charCodeAt(0))) return null;
  const text = line.trimStart();
  if (line.length - text.length > MAX_TRAILER_INDENT) return null;
  const t = parseTrailerLine(text);
  if (!t || !isReviewTrailerKind(t.kind)) return null;
  // A block showing how a commit's trailers read ("\tReviewed-by: …\n\tSigned-off-by: …") may be an example, or the
  // sender's own tags ("It works fine for me too.\n\n\tReported-by: Ann …\n\tTested-by: Ann …", linux-iio): read
  // as an example, it counts as given by its sender alone (attributeTrailers).
  let example = false;
  for (let j = i + 1; j < ls.length && j <= i + 20 && isSpace(ls[j]!.charCodeAt(0)) && ls[j]!.trim() !== ""; j++) {
    const below = parseTrailerLine(ls[j]!.trimStart());
    if (below && !isReviewTrailerKind(below.kind)) example = true;
  }
  for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
    const above = ls[j]!;
    if (above.trim() === "") continue;
    // The block may list several: "  Acked-by: …\n  Reviewed-by: …".
    if (isSpace(above.charCodeAt(0))) {
      const t2 = parseTrailerLine(above.trimStart());
      if (t2 && isKnownTrailerKey(t2.kind)) {
        if (!isReviewTrailerKind(t2.kind)) example = true;
        continue;
      }
      return null;
    }
    // Right below a quote only when it ends in the answered patch's trailers: " Reviewed-by:Ann" under "> Signed-off-by:
    // …" between two quoted blocks (linux-mmc), "       Acked-by: …" under the quoted patch's sign-off (linux-input).
    return isQuoted(above) && !endsInQuotedTrailer(ls, j) ? null : { trailer: t, example };
  }
  return null;
}

/** An indented line holding a known trailer ("\tSigned-off-by: …"). */
function isIndentedKnownTrailer(line: string): boolean {
  if (line.length === 0 || !isSpace(line.charCodeAt(0))) return false;
  const t = parseTrailerLine(line.trimStart());
  return t !== null && isKnownTrailerKey(t.kind);
}

/** Whether the quote ending at `ls[end]` ends (blank quoted lines aside) with a trailer line ("> Signed-off-by: …"). */
function endsInQuotedTrailer(ls: string[], end: number): boolean {
  for (let j = end; j >= 0 && j > end - 4 && isQuoted(ls[j]!); j--) {
    const text = ls[j]!.replace(/^(?:\s*>)+\s*/, "");
    if (text === "") continue;
    const t = parseTrailerLine(text);
    return t !== null && isKnownTrailerKey(t.kind);
  }
  return false;
}

/**
 * Index of the first unquoted diff start at or below `from` (within 400 lines), or -1. `direct`: only
 * when nothing but notes and a diffstat come first (no other pasted mail, no trailers).
 */
function diffBelow(ls: string[], from: number, direct = false): number {
  for (let i = from; i < ls.length && i < from + 400; i++) {
    if (isQuoted(ls[i]!)) return -1;
    if (direct && (MBOX_FROM_RE.test(ls[i]!) || isScissors(ls[i]!) || ls[i]!.startsWith("Subject: "))) return -1;
    if (isDiffStart(ls, i)) return i;
  }
  return -1;
}
