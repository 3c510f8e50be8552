// One patch's review pass, as a worker job: decode the patch, its replies and its successor from their
// raw bytes, then let lib/review anchor, classify, answer and resolve every comment. Running it in the
// workers keeps both the re-parsing and the analysis off the main thread, a chunk of patches at a time.
import type { CommentJson } from "../db/queries/contract-types";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import type { AnnotatedFile, FileDiff } from "../diff/types";
import { reviewPatchThread } from "../review/review-patch-thread";
import type { ChangelogLine } from "../review/types";
import { readMailTextBatch, type MailText } from "./analyze-mail";
import { asBuffer } from "./as-buffer";
import { readRawRef, type RawRefForWorker } from "./raw-store";

export interface ReplyHeaders {
  messageId: string;
  from: { name: string; email: string } | null;
  date: string | null;
  inReplyTo: string | null;
}

/** A mail's raw bytes, or where the worker reads them itself (the main thread then never holds them). */
export type RawMailInput = Uint8Array | RawRefForWorker;

export interface ReviewJobInput {
  version: number;
  /** Message-ID of the patch (and of `next`): a chunk decodes each patch mail once by it. */
  patchId: string;
  patch: RawMailInput;
  /** The patch's annotated files as stored (JSON text: parsed here, a string crosses threads cheaply). */
  annotated: string | undefined;
  /** The raw mail, or for a reply without remarks of its own just its place in the thread (never decoded). */
  replies: (RawMailInput | ReplyHeaders)[];
  next: { version: number; messageId: string; bytes: RawMailInput; annotated: string | undefined } | null;
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
  const patches = new PatchCache();
  for (const job of jobs) {
    const patch = await patches.read(job.patchId, job.patch);
    const next = job.next ? await patches.read(job.next.messageId, job.next.bytes) : null;
    if (!patch) {
      out.push(reviewed([]));
      continue;
    }
    const raw = job.replies.filter((r): r is RawMailInput => !("messageId" in r));
    // Replies are only read for their text: no diff is looked for in them.
    const decoded = await readMailTextBatch(await Promise.all(raw.map(rawBytes)), raw.map(() => false));
    let k = 0;
    const replies = job.replies.map((r) => ("messageId" in r ? { ...r, body: "" } : decoded[k++]!));
    const comments = reviewPatchThread({
      patch: {
        messageId: patch.text.messageId,
        author: patch.text.from,
        version: job.version,
        body: patch.text.body,
        diffText: patch.text.diff,
        files: patch.files,
        annotated: annotatedFiles(job.annotated),
      },
      replies: replies.flatMap((t) => (t ? [{ messageId: t.messageId, from: t.from, date: t.date, body: t.body, inReplyTo: t.inReplyTo }] : [])),
      next: job.next && next ? { version: job.next.version, files: next.files, annotated: annotatedFiles(job.next.annotated) } : null,
      changelog: job.changelog,
    });
    out.push(reviewed(comments as unknown as CommentJson[]));
  }
  return out;
}

function rawBytes(input: RawMailInput): Promise<Buffer> {
  return input instanceof Uint8Array ? Promise.resolve(asBuffer(input)) : readRawRef(input);
}

function annotatedFiles(json: string | undefined): AnnotatedFile[] | undefined {
  return json === undefined ? undefined : (JSON.parse(json) as AnnotatedFile[]);
}

interface DecodedPatch {
  text: MailText;
  /** Parsed once and shared: lib/review only reads it (and caches per-hunk facts on it). */
  files: FileDiff[];
}

/**
 * Patch mails decoded for one chunk of jobs, by Message-ID: a patch is often also the successor of the job
 * before it (same series, one revision earlier), and decoding mail is the dearest step of a job.
 */
class PatchCache {
  private readonly byId = new Map<string, DecodedPatch | null>();

  async read(messageId: string, raw: RawMailInput): Promise<DecodedPatch | null> {
    if (this.byId.has(messageId)) return this.byId.get(messageId)!;
    const [text] = await readMailTextBatch([await rawBytes(raw)]);
    const decoded = text ? { text, files: parseUnifiedDiff(text.diff).files } : null;
    this.byId.set(messageId, decoded);
    return decoded;
  }
}
