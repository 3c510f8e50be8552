// The author answers a remark by quoting it: an author block belongs to the remark whose words appear in
// the prose quoted just above it (any depth, so answers further down the chain count too). Quotes are
// compared as word sequences, not lines: mail clients re-wrap quoted text (format=flowed, a 72-column
// refill), so a remark written as one long line comes back as several shorter ones, and vice versa.
import { extractComments } from "./extract-comments";
import { classifyResponse } from "./classify-response";
import type { CommentResponse, ExtractedComment, ThreadReply } from "./types";

/** Quoted lines above an author block that are searched for the remark it answers. */
const NEAREST_LINES = 16;
/** Word n-grams compared between a remark and a quote. */
const SHINGLE = 3;
/** A remark counts as quoted when this many of its shingles (or all, when it has fewer) are. */
const MIN_SHINGLES = 3;

/** Lower-case words (letters, digits, `_`), so punctuation, `>` markers and wrapping do not matter. */
export function quoteWords(text: string): string[] {
  return String(text ?? "").toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

interface RemarkKey {
  shingles: Set<string>;
  /** The whole remark as words, for remarks too short to have shingles ("Unnecessary."). */
  phrase: string;
  /** Shingles of what the reviewer quoted right above the remark: tells repeated remarks apart. */
  context: Set<string>;
}

/** Quoted lines of the review just above a remark that identify where it was made. */
const CONTEXT_LINES = 3;

interface QuoteIndex {
  /** Each shingle of the quote, with the word position where its last occurrence ends. */
  lastAt: Map<string, number>;
  /** The quote's words, space-separated and padded, for whole-phrase search. */
  joined: string;
  /** Per word position, the index of its line in `lines`. */
  lineOf: number[];
  /** The quoted lines searched, as depth and words. */
  lines: { depth: number; words: string[] }[];
}

// An author's answer block is compared with the remarks of every review above it: its quote is indexed
// once (blocks come from the caller's per-reply cache, so the same quote array is seen again).
const quoteIndexes = new WeakMap<readonly { text: string; depth?: number }[], QuoteIndex | null>();

/** Quote depth of a quoted line; callers that kept no depth are read as one level (nothing is overtaken). */
function depthOfLine(q: { text: string; depth?: number }): number {
  return typeof q.depth === "number" && q.depth > 0 ? q.depth : 1;
}

function quoteIndex(quoted: readonly { text: string; depth?: number }[]): QuoteIndex | null {
  const cached = quoteIndexes.get(quoted);
  if (cached !== undefined) return cached;
  const lines = quoted.slice(-NEAREST_LINES).map((q) => ({ depth: depthOfLine(q), words: quoteWords(q.text) }));
  const words: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((l, li) => {
    for (const w of l.words) {
      words.push(w);
      lineOf.push(li);
    }
  });
  let index: QuoteIndex | null = null;
  if (words.length > 0) {
    const lastAt = new Map<string, number>();
    shingles(words).forEach((s, i) => lastAt.set(s, i + SHINGLE - 1));
    index = { lastAt, joined: ` ${words.join(" ")} `, lineOf, lines };
  }
  quoteIndexes.set(quoted, index);
  return index;
}

/**
 * Whether, below the remark's words ending at `end`, the quote goes on with text quoted less deeply: a later
 * mail's words ("> > remark" then "> I agree, and ..."), which the block answers instead. The author's own
 * earlier answer there does not count: a follow-up to one's own answer still answers the remark.
 */
function overtaken(index: QuoteIndex, end: number, ownWords: string): boolean {
  const at = index.lineOf[end];
  if (at === undefined) return false;
  const depth = index.lines[at]?.depth ?? 1;
  for (let li = at + 1; li < index.lines.length; li++) {
    const line = index.lines[li];
    if (!line || line.depth >= depth || line.words.length === 0) continue;
    if (!ownWords.includes(` ${line.words.join(" ")} `)) return true;
  }
  return false;
}

/**
 * Which remark an author block answers: the one quoted nearest above it (the quote run's end is what is
 * being answered), or -1. Short remarks must be quoted whole, long ones by at least MIN_SHINGLES shingles.
 */
function answeredRemark(keys: readonly RemarkKey[], quoted: readonly { text: string; depth?: number }[], ownWords: string): number {
  const index = quoteIndex(quoted);
  if (!index) return -1;
  const { lastAt, joined } = index;
  let best = -1;
  let bestEnd = -1;
  let bestHits = 0;
  let bestContext = 0;
  keys.forEach((k, ci) => {
    let hits = 0;
    let end = -1;
    if (k.shingles.size > 0) {
      for (const s of k.shingles) {
        const at = lastAt.get(s);
        if (at === undefined) continue;
        hits++;
        if (at > end) end = at;
      }
      if (hits < Math.min(MIN_SHINGLES, k.shingles.size)) return;
    } else {
      // One or two words: whole-word containment; the position is where the phrase last occurs.
      if (k.phrase.length < 3) return;
      const pos = joined.lastIndexOf(` ${k.phrase} `);
      if (pos < 0) return;
      hits = 1;
      end = joined.slice(0, pos + k.phrase.length + 1).split(" ").length - 2;
    }
    // Below the remark, the quote goes on with a later mail's words ("> > remark" then "> I agree, and ..."):
    // the block answers that mail.
    if (overtaken(index, end, ownWords)) return;
    // Nearest quote wins; on a tie ("Unnecessary." said three times) the remark whose quoted code is
    // quoted too, then the better-covered remark, then the later one.
    if (end < bestEnd) return;
    let context = 0;
    for (const s of k.context) if (lastAt.has(s)) context++;
    const better = end > bestEnd || context > bestContext || (context === bestContext && hits >= bestHits);
    if (better) [best, bestEnd, bestHits, bestContext] = [ci, end, hits, context];
  });
  return best;
}

/**
 * For each remark of one review, the author's answer: the author blocks quoting it (joined, in mail
 * order), classified; `{ kind: "none", messageId: null }` when the author never quoted it.
 */
export function matchResponses(
  comments: (Pick<ExtractedComment, "text"> & Partial<Pick<ExtractedComment, "quotedAbove">>)[],
  authorReplies: ThreadReply[],
  /** `extractComments(reply.body, reply.from).comments`, for a caller that has them already (one answer, many reviews). */
  commentsOf: (reply: ThreadReply) => ExtractedComment[] = (reply) => extractComments(reply.body, reply.from).comments,
): CommentResponse[] {
  const keys: RemarkKey[] = comments.map((c) => {
    const words = quoteWords(c.text);
    const above = (c.quotedAbove ?? []).slice(-CONTEXT_LINES).map((q) => q.text).join(" ");
    return { shingles: new Set(shingles(words)), phrase: words.join(" "), context: new Set(shingles(quoteWords(above))) };
  });
  const parts: { messageId: string; text: string; words: string }[][] = comments.map(() => []);
  // Every block the author wrote below this review, as words: their own answers quoted back in a later one.
  const ownWords = ` ${authorReplies.flatMap((r) => commentsOf(r).map((b) => quoteWords(b.text).join(" "))).join(" | ")} `;
  for (const reply of authorReplies) {
    for (const block of commentsOf(reply)) {
      const best = answeredRemark(keys, block.quotedAbove, ownWords);
      // The same answer sent twice (a second sending minutes later, a copy to another list) is joined once.
      const said = quoteWords(block.text).join(" ");
      const part = best >= 0 ? parts[best] : undefined;
      if (part && !part.some((x) => x.words === said)) part.push({ messageId: reply.messageId, text: block.text, words: said });
    }
  }
  return parts.map((p, i) => {
    if (p.length === 0) return { messageId: null, kind: "none", text: "" };
    const text = p.map((x) => x.text).join("\n\n");
    return { messageId: p[0]?.messageId ?? null, kind: classifyResponse(text, comments[i]?.text), text };
  });
}
