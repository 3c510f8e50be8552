// One patch and every reply in its thread -> the remarks in the `show --json` comment shape.
import { annotatePatch } from "../diff/annotate-patch";
import type { Address } from "../mail/types";
import { anchorComment } from "./anchor-comment";
import { appliedRemarkKind, cappedByNotice } from "./applied-remark-kind";
import { isByAuthor } from "./attribute-trailers";
import { classifyComment } from "./classify-comment";
import { extractComments } from "./extract-comments";
import { isNotificationBot } from "./is-notification-bot";
import { appliedNoticeListing, type AppliedScope } from "./is-applied-notice";
import { matchResponses } from "./match-responses";
import { resolveComment, type RevisionCode } from "./resolve-comment";
import { editDistance } from "../text/edit-distance";
import type { ChangelogLine, CommentKind, ContractComment, ExtractedComment, PatchInput, ThreadReply } from "./types";

export interface ReviewThreadInput {
  patch: PatchInput;
  /** Every reply below the patch, at any depth (order does not matter). */
  replies: ThreadReply[];
  /** The matched patch of the next revision, or null/absent while there is none. */
  next?: RevisionCode | null;
  /** Changelog of the next revision (cover letter "Changes since" notes and the patch's own notes). */
  changelog?: ChangelogLine[];
  /**
   * Every address of the patch author's person (lib/thread mergeIdentities merged them on evidence): a reply
   * from any of them is the author's own, whatever name it carries ("Allen" for "Allen Pais").
   */
  authorAddresses?: readonly string[];
}

// "Same" alone under the next quoted hunk says it too ("Same." is no remark of its own); "Same, just delete the
// flag." says its own words and is read for them.
const DITTO_RE = /^\s*(?:ditto|likewise|same (?:here|comment|as above)|same (?:applies|goes) (?:here|to this|for this)|obviously same comment)\b|^\s*same\s*[.!]*\s*$/i;
// The same, said other ways: "The same.", "And here.", "Here too.", "The same (unless it's the diff's doing).". They
// repeat a point the author has to act on or answer: after praise or an ack ("Looks good." then "Same issue as
// above") the remark is read for itself.
const SAME_AGAIN_RE =
  /^\W*(?:(?:and|also)\s+)?(?:the\s+)?same(?:\s+(?:here|below|again|too|thing|story|applies|(?:as\s+)?(?:above|before|earlier|previously)))*(?:\s*\([^()\n]{0,200}\))?\s*[.!]*\s*$|^\W*(?:and|also)\s+here\s*[.!]*\s*$|^\W*here\s+(?:too|as well|also)\s*[.!]*\s*$/i;
// "Same problems about the SoB chain...", "Same question about latching, shouldn't you stop it?": the point made
// above, maybe with words of its own; those words decide when they say something ("The same problem is in other
// patches, fix them all please."). Not "Same comments as in patch 3": those were made elsewhere.
const SAME_POINT_RE = /^\W*(?:the\s+)?same\s+(?:problems?|issues?|comments?|remarks?|questions?|concerns?)\b(?!\s+(?:as|in|on|for|from|to)\s+(?!(?:above|before|earlier|previously)\b))/i;

/** Remarks of every non-author reply to a patch, anchored, classified, answered and resolved. */
export function reviewPatchThread(input: ReviewThreadInput): ContractComment[] {
  const { patch } = input;
  // Without a parsed diff, annotate here: the annotator's enclosing functions and nits feed the evidence.
  const computed = patch.files ? null : annotatePatch(patch.diffText);
  const files = patch.files ?? computed?.fileDiffs ?? [];
  const annotated = patch.annotated ?? computed?.files;
  // Authors answer from a second address too (work and personal): the same full name is the same person,
  // and so is any address their identity holds.
  const own = new Set((input.authorAddresses ?? []).map((e) => e.trim().toLowerCase()));
  const isAuthor = (a: Address | null): boolean =>
    isByAuthor(patch.author, a) || (a !== null && typeof a.email === "string" && own.has(a.email.trim().toLowerCase()));
  const children = childrenOf(input.replies);
  const byDate = [...input.replies].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const out: ContractComment[] = [];
  // An author answer below several reviews is matched against each of them: its blocks are read once.
  const extracted = new Map<ThreadReply, ExtractedComment[]>();
  const commentsOf = (r: ThreadReply): ExtractedComment[] => {
    let comments = extracted.get(r);
    if (!comments) {
      comments = extractComments(r.body, r.from).comments;
      extracted.set(r, comments);
    }
    return comments;
  };
  for (const reply of byDate) {
    // The tracker's "has been merged into torvalds/linux.git" is read as an applied notice elsewhere
    // (appliedNotice on the mail's body), not here.
    if (isAuthor(reply.from) || isNotificationBot(reply.from)) continue;
    // The sender's own name or login signing the reply off is no remark (isSenderSignature).
    // The patch's author is whom the reply is to: a first line holding only their first name greets them.
    const { comments } = extractComments(reply.body, reply.from, patch.author?.name ? [patch.author.name] : undefined);
    if (comments.length === 0) continue;
    const authorAnswers = descendants(reply.messageId, children).filter((r) => isAuthor(r.from));
    const responses = matchResponses(comments, authorAnswers, commentsOf);
    // The applier's remarks in the notice itself hold nothing back: edits they made are notes, the rest nits.
    // Read only for a remark whose kind a notice can change (cappedByNotice): the notice reading costs more than the
    // rest of a reply's review.
    let applied: AppliedScope | null | undefined;
    const appliedScope = () => (applied === undefined ? (applied = appliedNoticeListing(reply.body, undefined, patch.number ?? null, patch.total ?? null)?.scope ?? null) : applied);
    let previousKind: CommentKind | null = null;
    comments.forEach((c, i) => {
      const anchor = anchorComment(c, files, annotated);
      const classified = DITTO_RE.test(c.text) && previousKind ? previousKind : ownOrPrevious(c.text, previousKind, () => classifyComment(c.text, patch.author?.name));
      const read = classified === "other" && correctsQuotedWord(c.text, c.quotedAbove) ? "nit" : classified;
      const kind = cappedByNotice(read) ? appliedRemarkKind(read, c.text, appliedScope(), patch.number) : read;
      previousKind = kind;
      const response = responses[i] ?? { messageId: null, kind: "none" as const, text: "" };
      const author = { name: reply.from?.name ?? "", email: reply.from?.email ?? "" };
      const resolution = resolveComment({
        // (A cover letter has no commit message: its remarks are read against the next changelog only.)
        comment: { text: c.text, kind, anchor, reviewer: author.name || author.email, quoted: c.quotedAbove.map((q) => q.text) },
        old: { version: patch.version, files, annotated, body: patch.number === 0 ? undefined : patch.body, text: patch.body },
        next: input.next ?? null,
        response,
        changelog: input.changelog ?? [],
      });
      out.push({ messageId: reply.messageId, author, anchor, text: c.text, kind, response, resolution });
    });
  }
  return out;
}

const REPEATABLE = new Set<CommentKind>(["nit", "objection", "question"]);
/**
 * The kind of a remark that may say the point above again: that point's kind for SAME_AGAIN_RE, and for
 * SAME_POINT_RE unless its own words have one; its own reading otherwise.
 */
function ownOrPrevious(text: string, previous: CommentKind | null, own: () => CommentKind): CommentKind {
  if (!previous || !REPEATABLE.has(previous)) return own();
  if (SAME_AGAIN_RE.test(text)) return previous;
  const kind = own();
  return kind === "other" && SAME_POINT_RE.test(text) ? previous : kind;
}

/**
 * Words written alone as a reply ("True." under "> ... tree"), never read as a spelling fix; nor is a remark holding
 * one ("Ok then." under "> ... them", "Will fix." under "> ... wil").
 */
const REPLY_WORDS = new Set(
  "true sure done fine good okay ok correct indeed agreed agree right nope yeah yes same also noted thanks thank nack sounds makes sense exactly weird odd strange wrong ugly nice great cool will sorry looks".split(" "),
);

/** Most words a remark may have to be read as the corrected spelling of a quoted word ("family." under "> ... familiy."). */
const MAX_CORRECTION_WORDS = 3;

/**
 * Whether a remark of a word or three gives the right spelling of a word on the quoted line just above it:
 * "family." under "> Add support for the AD485X DAS familiy." A word one or two edits away (a letter
 * added, dropped, changed or two swapped), not the same word with an ending added ("agreed" under "agree").
 */
export function correctsQuotedWord(text: string, quotedAbove: readonly { text: string }[]): boolean {
  const words = text.trim().replace(/[.!]+$/, "").split(/\s+/);
  if (words.length === 0 || words.length > MAX_CORRECTION_WORDS || !words.every((w) => /^[\p{L}'-]+$/u.test(w))) return false;
  if (words.length > 1 && words.some((w) => REPLY_WORDS.has(w.toLowerCase()))) return false;
  let last = quotedAbove.length - 1;
  while (last >= 0 && (quotedAbove[last]?.text ?? "").trim() === "") last--;
  const quoted = new Set(((quotedAbove[last]?.text ?? "").toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).filter((w) => w.length >= 4));
  return words.some((raw) => {
    const w = raw.toLowerCase();
    if (w.length < 4 || quoted.has(w) || REPLY_WORDS.has(w)) return false;
    for (const q of quoted) {
      if (q.startsWith(w) || w.startsWith(q) || q.charAt(0) !== w.charAt(0)) continue;
      if (slipDistance(w, q) <= 2) return true;
    }
    return false;
  });
}

/** `editDistance` with swaps, capped: words of very different lengths or long ones are never one slip apart. */
function slipDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40 || b.length > 40) return 3;
  return editDistance(a, b, true);
}

function childrenOf(replies: ThreadReply[]): Map<string, ThreadReply[]> {
  const map = new Map<string, ThreadReply[]>();
  for (const r of replies) {
    if (!r.inReplyTo) continue;
    const list = map.get(r.inReplyTo);
    if (list) list.push(r);
    else map.set(r.inReplyTo, [r]);
  }
  return map;
}

// Iterative walk: thread depth is attacker-controlled.
function descendants(rootId: string, children: Map<string, ThreadReply[]>): ThreadReply[] {
  const out: ThreadReply[] = [];
  const seen = new Set<string>([rootId]);
  const stack = [...(children.get(rootId) ?? [])];
  while (stack.length) {
    const r = stack.pop();
    if (!r || seen.has(r.messageId)) continue;
    seen.add(r.messageId);
    out.push(r);
    stack.push(...(children.get(r.messageId) ?? []));
  }
  return out.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
}
