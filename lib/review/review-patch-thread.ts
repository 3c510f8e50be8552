// One patch and every reply in its thread -> the remarks in the `show --json` comment shape.
import { annotatePatch } from "../diff/annotate-patch";
import type { Address } from "../mail/types";
import { anchorComment } from "./anchor-comment";
import { appliedRemarkKind } from "./applied-remark-kind";
import { isByAuthor } from "./attribute-trailers";
import { classifyComment } from "./classify-comment";
import { extractComments } from "./extract-comments";
import { isNotificationBot } from "./is-notification-bot";
import { appliedNoticeListing } from "./is-applied-notice";
import { matchResponses } from "./match-responses";
import { resolveComment, type RevisionCode } from "./resolve-comment";
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

const DITTO_RE = /^\s*(?:ditto|same (?:here|comment|as above)|obviously same comment)\b/i;

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
    const { comments } = extractComments(reply.body, reply.from);
    if (comments.length === 0) continue;
    const authorAnswers = descendants(reply.messageId, children).filter((r) => isAuthor(r.from));
    const responses = matchResponses(comments, authorAnswers, commentsOf);
    // The applier's remarks in the notice itself hold nothing back: edits they made are notes, the rest nits.
    const applied = appliedNoticeListing(reply.body, undefined, patch.number ?? null, patch.total ?? null)?.scope ?? null;
    let previousKind: CommentKind | null = null;
    comments.forEach((c, i) => {
      const anchor = anchorComment(c, files, annotated);
      const read = DITTO_RE.test(c.text) && previousKind ? previousKind : classifyComment(c.text);
      const kind = appliedRemarkKind(read, c.text, applied, patch.number);
      previousKind = kind;
      const response = responses[i] ?? { messageId: null, kind: "none" as const, text: "" };
      const author = { name: reply.from?.name ?? "", email: reply.from?.email ?? "" };
      const resolution = resolveComment({
        comment: { text: c.text, kind, anchor, reviewer: author.name || author.email },
        old: { version: patch.version, files, annotated },
        next: input.next ?? null,
        response,
        changelog: input.changelog ?? [],
      });
      out.push({ messageId: reply.messageId, author, anchor, text: c.text, kind, response, resolution });
    });
  }
  return out;
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
