// The author answers a remark by quoting it: an author block belongs to the remark whose lines appear
// among the prose lines quoted just above it (any depth, so answers further down the chain count too).
import { extractComments } from "./extract-comments";
import { normalizeCode } from "./anchor-comment";
import { classifyResponse } from "./classify-response";
import type { CommentResponse, ExtractedComment, ThreadReply } from "./types";

const NEAREST = 8;

function proseKey(text: string): string {
  return normalizeCode(text).toLowerCase();
}

/**
 * For each remark of one review, the author's answer: the author blocks quoting it (joined, in mail
 * order), classified; `{ kind: "none", messageId: null }` when the author never quoted it.
 */
export function matchResponses(
  comments: Pick<ExtractedComment, "text">[],
  authorReplies: ThreadReply[],
  /** `extractComments(reply.body).comments`, for a caller that has them already (one answer, many reviews). */
  commentsOf: (reply: ThreadReply) => ExtractedComment[] = (reply) => extractComments(reply.body).comments,
): CommentResponse[] {
  const owner = new Map<string, number>();
  comments.forEach((c, ci) => {
    for (const line of c.text.split("\n")) {
      const k = proseKey(line);
      if (k.length >= 6 && !owner.has(k)) owner.set(k, ci);
    }
  });
  const parts: { messageId: string; text: string }[][] = comments.map(() => []);
  for (const reply of authorReplies) {
    for (const block of commentsOf(reply)) {
      const votes = new Map<number, number>();
      for (const q of block.quotedAbove.slice(-NEAREST)) {
        const ci = owner.get(proseKey(q.text));
        if (ci !== undefined) votes.set(ci, (votes.get(ci) ?? 0) + 1);
      }
      let best = -1;
      let bestVotes = 0;
      // Ties go to the later remark: the nearest quote is the one being answered.
      for (const [ci, v] of votes) if (v > bestVotes || (v === bestVotes && ci > best)) [best, bestVotes] = [ci, v];
      if (best >= 0) parts[best]?.push({ messageId: reply.messageId, text: block.text });
    }
  }
  return parts.map((p) => {
    if (p.length === 0) return { messageId: null, kind: "none", text: "" };
    const text = p.map((x) => x.text).join("\n\n");
    return { messageId: p[0]?.messageId ?? null, kind: classifyResponse(text), text };
  });
}
