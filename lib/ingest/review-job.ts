// One patch's review pass, as a worker job: decode the patch, its replies and its successor from their
// raw bytes, then let lib/review anchor, classify, answer and resolve every comment. Running it in the
// workers keeps both the re-parsing and the analysis off the main thread, a chunk of patches at a time.
import type { CommentJson } from "../db/queries/contract-types";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import type { AnnotatedFile } from "../diff/types";
import { reviewPatchThread } from "../review/review-patch-thread";
import type { ChangelogLine } from "../review/types";
import { readMailTextBatch } from "./analyze-mail";
import { asBuffer } from "./as-buffer";

export interface ReplyHeaders {
  messageId: string;
  from: { name: string; email: string } | null;
  date: string | null;
  inReplyTo: string | null;
}

export interface ReviewJobInput {
  version: number;
  patch: Uint8Array;
  annotated: AnnotatedFile[] | undefined;
  /** Raw bytes, or for a reply without remarks of its own just its place in the thread (never decoded). */
  replies: (Uint8Array | ReplyHeaders)[];
  next: { version: number; bytes: Uint8Array; annotated: AnnotatedFile[] | undefined } | null;
  changelog: ChangelogLine[];
}

/** One patch's review as the store keeps it: the comments' JSON text, and what the series state needs of it. */
export interface ReviewedComments {
  json: string;
  /** An objection the next revision did not address (the series then waits for changes). */
  openObjection: boolean;
}

/** Whether any of these comments is an objection the next revision did not address. */
export function hasOpenObjection(comments: CommentJson[]): boolean {
  return comments.some((c) => c.kind === "objection" && c.resolution?.status !== "addressed");
}

const reviewed = (comments: CommentJson[]): ReviewedComments => ({ json: JSON.stringify(comments), openObjection: hasOpenObjection(comments) });

/**
 * Comments per job, in order, as JSON text (a string crosses to the main thread far cheaper than an object
 * tree, and the store wants the text); an empty list when the patch itself cannot be decoded.
 */
export async function runReviewJobs(jobs: ReviewJobInput[]): Promise<ReviewedComments[]> {
  const out: ReviewedComments[] = [];
  for (const job of jobs) {
    const raw = job.replies.filter((r): r is Uint8Array => r instanceof Uint8Array);
    const [patch, next, ...decoded] = await readMailTextBatch([asBuffer(job.patch), job.next ? asBuffer(job.next.bytes) : Buffer.alloc(0), ...raw.map(asBuffer)]);
    let k = 0;
    const replies = job.replies.map((r) => (r instanceof Uint8Array ? decoded[k++]! : { ...r, body: "" }));
    if (!patch) {
      out.push(reviewed([]));
      continue;
    }
    const comments = reviewPatchThread({
      patch: {
        messageId: patch.messageId,
        author: patch.from,
        version: job.version,
        body: patch.body,
        diffText: patch.diff,
        files: parseUnifiedDiff(patch.diff).files,
        annotated: job.annotated,
      },
      replies: replies.flatMap((t) => (t ? [{ messageId: t.messageId, from: t.from, date: t.date, body: t.body, inReplyTo: t.inReplyTo }] : [])),
      next: job.next && next ? { version: job.next.version, files: parseUnifiedDiff(next.diff).files, annotated: job.next.annotated } : null,
      changelog: job.changelog,
    });
    out.push(reviewed(comments as unknown as CommentJson[]));
  }
  return out;
}
