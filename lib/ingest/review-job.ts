// One patch's review pass, as a worker job: decode the bodies of the patch, its replies and its successor
// from their raw bytes, then let lib/review anchor, classify, answer and resolve every comment. Running it
// in the workers keeps both the re-parsing and the analysis off the main thread, a chunk of patches at a
// time. Who wrote a mail, when and in answer to what come from the store: only bodies are decoded again.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { CommentJson } from "../db/queries/contract-types";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import type { AnnotatedFile, FileDiff } from "../diff/types";
import { parseMessageBody } from "../mail/parse-message";
import { extractDiff } from "../mail/split-patch-body";
import { reviewPatchThread } from "../review/review-patch-thread";
import type { ChangelogLine, ThreadReply } from "../review/types";
import { asBuffer } from "./as-buffer";
import { readRawRef, type RawRefForWorker } from "./raw-store";

/** A stored message's place in its thread, as the store has it (the same values its parse gave). */
export interface MailHeaders {
  messageId: string;
  from: { name: string; email: string } | null;
  date: string | null;
  inReplyTo: string | null;
}

/** A mail's raw bytes, or where the worker reads them itself (the main thread then never holds them). */
export type RawMailInput = Uint8Array | RawRefForWorker;

export interface ReviewJobInput {
  version: number;
  /** k of the patch's "[PATCH k/N]" (0 for a cover letter's job). */
  number: number;
  /** N of the posting's "[PATCH k/N]", null when unnumbered. */
  total: number | null;
  patch: { headers: MailHeaders; raw: RawMailInput };
  /** The patch's annotated files as stored (JSON text: parsed here, a string crosses threads cheaply). */
  annotated: string | undefined;
  /** Each reply; `raw` null for a reply without remarks of its own (only a link in the thread: not decoded). */
  replies: { headers: MailHeaders; raw: RawMailInput | null }[];
  /**
   * The next revision: its patch matched to this one (messageId/raw null when none matched) and its other
   * patches that change the same files (searched when the remarked code moved to another patch).
   */
  next: {
    version: number;
    messageId: string | null;
    raw: RawMailInput | null;
    annotated: string | undefined;
    others: { messageId: string; raw: RawMailInput; annotated: string | undefined }[];
  } | null;
  changelog: ChangelogLine[];
  /**
   * Replies that give the patch an Acked-by or Reviewed-by: a remark there is made while approving ("one nit
   * below ... Acked-by:"), so it does not hold the series back (see hasOpenObjection).
   */
  approvingReplies?: string[];
  /** The patch author's other addresses (their merged identity's): replies from them are the author's own. */
  authorAddresses?: string[];
}

/** One patch's review as the store keeps it: the comments' JSON, and what the series state needs of it. */
export interface ReviewedComments {
  /**
   * The comments' JSON text, or that text deflated. derive holds every patch's comments until its one write
   * transaction: as text they were the biggest thing on its heap (66 MB on linux-s390, 100 MB on linux-gpio);
   * deflated in the workers they take about a tenth, and the main thread inflates each once, as it writes it.
   */
  json: string | Uint8Array;
  /** An objection the next revision did not address (the series then waits for changes). */
  openObjection: boolean;
}

/** Comments JSON as the worker hands it over: deflated (a level-1 deflate of JSON text costs little). */
function packComments(json: string): Uint8Array {
  // A copy of exactly its length: a small Buffer is a view of a shared pool, which postMessage would copy whole.
  return json === "[]" ? EMPTY_PACKED : new Uint8Array(deflateRawSync(json, { level: 1 }));
}

const EMPTY_PACKED = new Uint8Array(deflateRawSync("[]", { level: 1 }));

/** The comments' JSON text, whether it came packed from a worker or as text from the store. */
export function commentsText(json: string | Uint8Array): string {
  return typeof json === "string" ? json : inflateRawSync(json).toString("utf8");
}

/**
 * Whether any of these comments is an objection the next revision did not address, made in a reply that did
 * not also approve the patch (`approving`: replies giving it an Acked-by or Reviewed-by). linux-pci: Bjorn
 * Helgaas's "pci_ids in the subject is unnecessary" above his Acked-by had put a series at changes-requested.
 */
export function hasOpenObjection(comments: CommentJson[], approving: ReadonlySet<string> = NO_REPLIES): boolean {
  return comments.some((c) => c.kind === "objection" && c.resolution?.status !== "addressed" && !approving.has(c.messageId));
}

const NO_REPLIES: ReadonlySet<string> = new Set();

const reviewed = (comments: CommentJson[], approving?: ReadonlySet<string>): ReviewedComments => ({
  json: packComments(JSON.stringify(comments)),
  openObjection: hasOpenObjection(comments, approving),
});

/**
 * Comments per job, in order, as packed JSON text (bytes cross to the main thread far cheaper than an object
 * tree, and the store wants the text); an empty list when the patch itself cannot be decoded.
 */
export async function runReviewJobs(jobs: ReviewJobInput[]): Promise<ReviewedComments[]> {
  const out: ReviewedComments[] = [];
  const rawBytes = prefetch(jobs);
  const patches = new PatchCache(rawBytes);
  for (const job of jobs) {
    const patch = await patches.read(job.patch.headers.messageId, job.patch.raw);
    if (!patch) {
      out.push(reviewed([]));
      continue;
    }
    // The next revision is decoded only for a patch that could be: nothing would be compared with it.
    const next = job.next?.messageId && job.next.raw ? await patches.read(job.next.messageId, job.next.raw) : null;
    const others: { files: FileDiff[]; annotated: AnnotatedFile[] | undefined }[] = [];
    for (const other of job.next?.others ?? []) {
      const decoded = await patches.read(other.messageId, other.raw);
      if (decoded) others.push({ files: decoded.files, annotated: annotatedFiles(other.annotated) });
    }
    const replies: ThreadReply[] = [];
    for (const { headers, raw } of job.replies) {
      const body = raw ? await parseMessageBody(await rawBytes(raw)) : { ok: true as const, body: "" };
      // A reply that cannot be decoded is left out, as it would be from its thread.
      if (body.ok) replies.push({ ...headers, body: body.body });
    }
    const comments = reviewPatchThread({
      patch: {
        messageId: job.patch.headers.messageId,
        author: job.patch.headers.from,
        version: job.version,
        number: job.number,
        total: job.total,
        body: patch.body,
        diffText: patch.diff,
        files: patch.files,
        annotated: annotatedFiles(job.annotated),
      },
      replies,
      // (Unknown when the matched patch cannot be decoded and nothing else of the next revision carries its code.)
      next:
        job.next && (next || others.length || !job.next.messageId)
          ? {
              version: job.next.version,
              files: next?.files ?? [],
              annotated: annotatedFiles(job.next.annotated),
              others,
              body: next?.body,
              absent: !job.next.messageId && others.length === 0,
            }
          : null,
      changelog: job.changelog,
      authorAddresses: job.authorAddresses,
    });
    out.push(reviewed(comments as unknown as CommentJson[], new Set(job.approvingReplies ?? [])));
  }
  return out;
}

/**
 * Starts reading every mail of the chunk at once and returns the reader: read one by one, each job would
 * wait for `git cat-file`'s answer before it could start (measured: a quarter of the workers' time idle).
 */
function prefetch(jobs: ReviewJobInput[]): (input: RawMailInput) => Promise<Buffer> {
  const reads = new Map<Uint8Array | string, Promise<Buffer>>();
  const read = (input: RawMailInput): Promise<Buffer> => {
    const key = input instanceof Uint8Array ? input : input.ref;
    let bytes = reads.get(key);
    if (!bytes) {
      bytes = input instanceof Uint8Array ? Promise.resolve(asBuffer(input)) : readRawRef(input);
      // A job whose patch cannot be decoded never asks for its replies: their failures are not unhandled.
      bytes.catch(() => {});
      reads.set(key, bytes);
    }
    return bytes;
  };
  for (const job of jobs) {
    read(job.patch.raw);
    if (job.next?.raw) read(job.next.raw);
    for (const other of job.next?.others ?? []) read(other.raw);
    for (const reply of job.replies) if (reply.raw) read(reply.raw);
  }
  return read;
}

function annotatedFiles(json: string | undefined): AnnotatedFile[] | undefined {
  return json === undefined ? undefined : (JSON.parse(json) as AnnotatedFile[]);
}

interface DecodedPatch {
  body: string;
  /** The diff, inline or attached. */
  diff: string;
  /** Parsed once and shared: lib/review only reads it (and caches per-hunk facts on it). */
  files: FileDiff[];
}

/**
 * Patch mails decoded for one chunk of jobs, by Message-ID: a patch is often also the successor of the job
 * before it (same series, one revision earlier), and decoding mail is the dearest step of a job.
 */
class PatchCache {
  private readonly byId = new Map<string, DecodedPatch | null>();

  constructor(private readonly rawBytes: (input: RawMailInput) => Promise<Buffer>) {}

  async read(messageId: string, raw: RawMailInput): Promise<DecodedPatch | null> {
    if (this.byId.has(messageId)) return this.byId.get(messageId)!;
    const decoded = await parseMessageBody(await this.rawBytes(raw));
    let patch: DecodedPatch | null = null;
    if (decoded.ok) {
      // extractDiff is splitPatchBody's `diff` without the commit message, trailers and notes it would build.
      const diff = extractDiff(decoded.body) || decoded.patchAttachments.join("\n");
      patch = { body: decoded.body, diff, files: parseUnifiedDiff(diff).files };
    }
    this.byId.set(messageId, patch);
    return patch;
  }
}
