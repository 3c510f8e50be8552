// Review tracking for the derived tables: each patch's trailers with their status (lib/review's
// attributeTrailers, from the trailers stored at ingest: no mail is re-read for them), and the reviewer
// comments anchored, classified, answered and resolved against the next revision (review-job.ts), which
// needs the decoded bodies again: only patches with replies that hold comments are re-read, in the mail
// workers when there are many.
import { createHash } from "node:crypto";
import type { CommentJson, TrailerJson } from "../db/queries/contract-types";
import type { Store } from "../db/store-types";
import { attributeTrailers } from "../review";
import type { ChangelogLine } from "../review/types";
import { nextRound } from "../thread/next-round";
import type { RevisionPatchMatches, SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
import { ownChangelog } from "./own-changelog";
import { hasOpenObjection, type MailHeaders, type RawMailInput, type ReviewJobInput, type ReviewedComments } from "./review-job";
import type { RawStore } from "./raw-store";
import { createMailPool, WorkerCrashError, type MailPool } from "./worker-pool";

export interface PatchReview {
  /** The trailers as JSON text (what the store writes; as objects they took ~3x the memory on a big archive). */
  trailersJson: string;
  /**
   * The comments as JSON text, or deflated JSON from a worker (read it with `commentsText`): on a big archive
   * the objects would take hundreds of MB, the text alone 100 MB. null: the store already holds them under
   * `reviewKey` (read only if the series' rows must be written again: see derive.ts's writeSeries).
   */
  comments: string | Uint8Array | null;
  openObjection: boolean;
  /** Hash of the inputs `comments` came from, stored beside them (Patch.reviewKey): the next derive's cache. */
  reviewKey: string | null;
}

export interface SummaryLike {
  messageId: string;
  /** The mail's subject: a cover-reply tag "for the mmc patch" goes to the patches whose subject names mmc. */
  subject?: string;
  date: Date | string | null;
  fromName: string;
  fromEmail: string;
  inReplyTo: string | null;
}

export interface DeriveReviewInput {
  store: Store;
  raw: RawStore;
  series: SeriesGroup[];
  facts: Map<string, MessageFacts>;
  rowById: Map<string, SummaryLike & { rawRef: string }>;
  /** Force the review jobs into worker threads (true) or into this thread (false); unset: by job count. */
  inWorkers?: boolean;
  /** Every address of the person an address belongs to (lib/thread mergeIdentities), itself included. */
  addressesOf?: (email: string) => readonly string[];
}

interface CommentJob {
  /** Hash of everything the result depends on (see PatchReview.reviewKey). */
  reviewKey: string;
  seriesKey: string;
  patchId: string;
  version: number;
  /** k of "[PATCH k/N]"; 0 for a cover letter. */
  number: number;
  /** N of "[PATCH k/N]" (null for an unnumbered patch): "applied these two patches" means the series when N is 2. */
  total: number | null;
  replyIds: string[];
  /** The matched patch of the next revision (messageId null when none matched but `nextOthers` exist). */
  next: { messageId: string | null; version: number } | null;
  /** Other patches of the next revision that change a file this patch changes: code moves between patches. */
  nextOthers: string[];
  changelog: ChangelogLine[];
  /** Replies giving the patch an Acked-by or Reviewed-by (ReviewJobInput.approvingReplies). */
  approvingReplies: string[];
  /** The patch sender's other addresses (ReviewJobInput.authorAddresses), sorted. */
  authorAddresses: string[];
}

/** Below this many patches to review, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 16;
const JOBS_PER_CHUNK = 32;
const MAX_CHUNKS_IN_FLIGHT = 4;
const MAX_CHAIN = 10_000;
/** A patch split into many is searched in this many of its successor's siblings at most (each is decoded). */
const MAX_NEXT_OTHERS = 8;
/**
 * The review workers' young generation, in MB. They start while derive holds its biggest heap: with V8's
 * default (~16 MB semi-spaces) a first ingest of linux-s390 peaked at 0.97-0.99 GB RSS, with 4 at 0.88-0.91 GB,
 * the review pass no slower (15.0-15.3 s both ways, noisy).
 */
const REVIEW_WORKER_YOUNG_MB = 4;

export interface DerivedReviews {
  /** Per series key, per patch (or cover letter) message-id: its trailers and comments. */
  reviews: Map<string, Map<string, PatchReview>>;
  /** Patch threads with remarks, and how many of them were reviewed again (their inputs changed). */
  threads: number;
  recomputed: number;
}

export async function deriveReview(input: DeriveReviewInput): Promise<DerivedReviews> {
  const { series, facts, rowById } = input;
  const otherAddresses = (id: string): string[] => {
    const email = rowById.get(id)?.fromEmail.toLowerCase() ?? "";
    return email ? (input.addressesOf?.(email) ?? []).filter((e) => e !== email).sort() : [];
  };
  const out = new Map<string, Map<string, PatchReview>>();
  const jobs: CommentJob[] = [];
  for (const group of series) {
    const perPatch = new Map<string, PatchReview>();
    out.set(group.key, perPatch);
    const matchesByKey = new Map(group.patchMatches.map((m) => [m.toKey, m]));
    const trailers = attributeTrailers(
      group.revisions.map(({ posting }) => ({
        version: posting.version,
        date: posting.date ? posting.date.getTime() : null,
        cover: posting.coverId ? { messageId: posting.coverId } : null,
        patches: posting.patches.map((p) => {
          const row = rowById.get(p.messageId);
          return {
            messageId: p.messageId,
            number: p.number,
            subject: row?.subject,
            // Its sender's own tags in the thread are no review of it (nor are its signers').
            from: row ? { name: row.fromName, email: row.fromEmail } : null,
            trailers: facts.get(p.messageId)?.trailers ?? [],
            previousMessageId: predecessorOf(matchesByKey.get(posting.key), p.messageId),
          };
        }),
        replies: posting.replyIds.map((id) => {
          const row = rowById.get(id);
          return {
            messageId: id,
            from: row ? { name: row.fromName, email: row.fromEmail } : null,
            trailers: trailersGivenIn(facts.get(id)),
            inReplyTo: row?.inReplyTo ?? null,
            date: row?.date ? new Date(row.date).getTime() : null,
            subject: row?.subject,
          };
        }),
      })),
    );
    group.revisions.forEach(({ posting }, i) => {
      // Replies land under the patch they answer, or under the cover letter (remarks on the whole series).
      const targets = new Set(posting.patches.map((p) => p.messageId));
      if (posting.coverId) targets.add(posting.coverId);
      const below = new Map<string, string[]>();
      for (const id of posting.replyIds) {
        const target = patchAbove(id, targets, rowById);
        if (!target) continue;
        const list = below.get(target);
        if (list) list.push(id);
        else below.set(target, [id]);
      }
      for (const p of posting.patches) {
        perPatch.set(p.messageId, { trailersJson: JSON.stringify((trailers[p.messageId] ?? []) as TrailerJson[]), comments: "[]", openObjection: false, reviewKey: null });
        const replies = below.get(p.messageId) ?? [];
        if (!replies.some((id) => facts.get(id)?.hasComments)) continue;
        // The round that answers this patch's remarks: the next revision, unless that is a re-post without it.
        const round = nextRound(group, i, p.messageId, matchesByKey);
        const next = round ? group.revisions[round.index]!.posting : null;
        const successor = round?.successorId ? { messageId: round.successorId } : undefined;
        // What the next revision says it changed: its own version's entries, not the history its cover repeats.
        const changelog: ChangelogLine[] = next
          ? ownChangelog([next.coverId, ...(successor ? [successor.messageId] : [])].flatMap((id) => (id ? (facts.get(id)?.changelog ?? []) : [])), next.version, next.versionInferred)
          : [];
        const nextOthers = next ? siblingsTouchingSameFiles(p.messageId, next.patches, successor?.messageId ?? null, facts) : [];
        const job = {
          seriesKey: group.key,
          patchId: p.messageId,
          version: posting.version,
          number: p.number,
          total: posting.total,
          replyIds: replies,
          // A next revision that carries none of this patch's code (no matched patch, no sibling changing its files)
          // still answers its remarks: the patch was dropped or went in apart (KVM: s390 3/4 of Suren
          // Baghdasaryan's v4, dropped in v5 "per Sashiko and Lorenzo Stoakes", had read "no newer revision yet").
          next: next ? { messageId: successor?.messageId ?? null, version: next.version } : null,
          nextOthers,
          changelog: changelog.map((c) => ({ text: c.text, credits: c.credits })),
          approvingReplies: replies.filter((id) => approves(facts.get(id))),
          authorAddresses: otherAddresses(p.messageId),
        };
        jobs.push(withReviewKey(job));
      }
      const cover = posting.coverId;
      const coverReplies = cover ? (below.get(cover) ?? []) : [];
      if (cover && coverReplies.some((id) => facts.get(id)?.hasComments)) {
        // No diff to anchor to: every remark is general, resolved by the next revision's changelog credits.
        perPatch.set(cover, { trailersJson: "[]", comments: "[]", openObjection: false, reviewKey: null });
        const coverRound = nextRound(group, i, null, matchesByKey);
        const next = coverRound ? group.revisions[coverRound.index]!.posting : null;
        const nextCover = next?.coverId ?? next?.patches[0]?.messageId ?? null;
        const job = {
          seriesKey: group.key,
          patchId: cover,
          version: posting.version,
          number: 0,
          total: posting.total,
          replyIds: coverReplies,
          next: next && nextCover ? { messageId: nextCover, version: next.version } : null,
          nextOthers: [],
          changelog: (next?.coverId ? ownChangelog(facts.get(next.coverId)?.changelog ?? [], next.version, next.versionInferred) : []).map((c) => ({ text: c.text, credits: c.credits })),
          approvingReplies: coverReplies.filter((id) => approves(facts.get(id))),
          authorAddresses: otherAddresses(cover),
        };
        jobs.push(withReviewKey(job));
      }
    });
  }
  if (!jobs.length) return { reviews: out, threads: 0, recomputed: 0 };
  const setComments = (job: CommentJob, result: { json: string | Uint8Array | null; openObjection: boolean }) => {
    const review = out.get(job.seriesKey)?.get(job.patchId);
    if (review) {
      review.comments = result.json;
      review.openObjection = result.openObjection;
      review.reviewKey = job.reviewKey;
    }
  };

  // Threads whose inputs did not change since the last derive keep the comments stored with that key
  // (the derived rows are the cache: nothing is written twice). Only whether they hold an open objection is
  // read now; the text stays in the store unless the series must be written again. Rows written before that
  // flag was stored are read whole.
  const cached = new Map<string, { json: string | null; openObjection: boolean }>();
  const keys = jobs.map((j) => j.reviewKey);
  for (let i = 0; i < keys.length; i += 2000) {
    for (const row of await input.store.query<{ key: string; open: boolean | null; comments: string | null }>(
      `SELECT "reviewKey" AS key, "openObjection" AS open, CASE WHEN "openObjection" IS NULL THEN comments::text END AS comments
         FROM "Patch" WHERE "reviewKey" = ANY($1::text[])
       UNION ALL SELECT "coverReviewKey" AS key, "coverOpenObjection" AS open, CASE WHEN "coverOpenObjection" IS NULL THEN comments::text END AS comments
         FROM "Revision" WHERE "coverReviewKey" = ANY($1::text[])`,
      [keys.slice(i, i + 2000)],
    )) {
      if (row.open !== null) cached.set(row.key, { json: null, openObjection: row.open });
      else if (row.comments) cached.set(row.key, { json: row.comments, openObjection: hasOpenObjection(JSON.parse(row.comments) as CommentJson[]) });
    }
  }
  const todo: CommentJob[] = [];
  for (const job of jobs) {
    const hit = cached.get(job.reviewKey);
    if (hit) setComments(job, hit);
    else todo.push(job);
  }
  await runJobs(todo, input, setComments);
  return { reviews: out, threads: jobs.length, recomputed: todo.length };
}

/** Runs review jobs in the workers by chunks, a few chunks in flight at once. */
async function runJobs(jobs: CommentJob[], input: DeriveReviewInput, onResult: (job: CommentJob, result: ReviewedComments) => void): Promise<void> {
  if (!jobs.length) return;
  const inWorkers = input.inWorkers ?? jobs.length >= POOL_THRESHOLD;
  const pool = createMailPool(inWorkers ? undefined : 0, { youngGenerationMb: REVIEW_WORKER_YOUNG_MB });
  try {
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < jobs.length; i += JOBS_PER_CHUNK) {
      const chunk = jobs.slice(i, i + JOBS_PER_CHUNK);
      const annotations = await loadAnnotations(input.store, chunk.flatMap((job) => [job.patchId, ...(job.next?.messageId ? [job.next.messageId] : []), ...job.nextOthers]));
      const inputs = await Promise.all(chunk.map((job) => reviewInput(job, input, annotations, inWorkers)));
      const done = reviewChunk(pool, inputs).then((results) => {
        for (let k = 0; k < results.length; k++) {
          const result = results[k];
          if (result) onResult(chunk[k]!, result);
        }
      });
      // Awaited below, in order; until then a failure must not count as unhandled (it would end the process).
      done.catch(() => {});
      inFlight.push(done);
      if (inFlight.length >= MAX_CHUNKS_IN_FLIGHT) await inFlight.shift();
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
}

/**
 * A chunk's reviews. A worker that dies on a chunk (out of memory on a monstrous thread, say) does not end the
 * derive: each job of the chunk runs again alone, and one that kills its worker again is left without comments
 * and without a review key (null here), so the next derive tries it again.
 */
async function reviewChunk(pool: MailPool, inputs: ReviewJobInput[]): Promise<(ReviewedComments | null)[]> {
  try {
    return await pool.run("review", inputs);
  } catch (err) {
    if (!(err instanceof WorkerCrashError)) throw err;
    const out: (ReviewedComments | null)[] = [];
    for (const input of inputs) {
      try {
        out.push((await pool.run("review", [input]))[0] ?? null);
      } catch (again) {
        if (!(again instanceof WorkerCrashError)) throw again;
        out.push(null);
      }
    }
    return out;
  }
}

/**
 * Bump when lib/review (or what it is fed) changes meaning, so stored results are recomputed.
 * `reanalyze` forgets every key anyway.
 */
const REVIEW_ENGINE_VERSION = 39;

/**
 * The job with its key, every field named: a copy by spread gave each of linux-clk's 16,000 jobs a hidden class
 * of its own (~6 MB of shapes held through the review pass).
 */
function withReviewKey(job: Omit<CommentJob, "reviewKey">): CommentJob {
  return {
    reviewKey: reviewKeyOf(job),
    seriesKey: job.seriesKey,
    patchId: job.patchId,
    version: job.version,
    number: job.number,
    total: job.total,
    replyIds: job.replyIds,
    next: job.next,
    nextOthers: job.nextOthers,
    changelog: job.changelog,
    approvingReplies: job.approvingReplies,
    authorAddresses: job.authorAddresses,
  };
}

function reviewKeyOf(job: Omit<CommentJob, "reviewKey">): string {
  const basis = JSON.stringify([REVIEW_ENGINE_VERSION, job.patchId, job.version, job.total, [...job.replyIds].sort(), job.next, job.nextOthers, job.changelog, job.approvingReplies, job.authorAddresses]);
  return createHash("sha256").update(basis).digest("hex");
}

/** The full annotated files (labels, nits, functions) of these messages as stored JSON text (the workers parse it). */
async function loadAnnotations(store: Store, messageIds: string[]): Promise<Map<string, string>> {
  const rows = await store.query<{ messageId: string; files: string | null }>(
    `SELECT "messageId", (facts->'patch'->'files')::text AS files FROM "Message" WHERE "messageId" = ANY($1::text[])`,
    [[...new Set(messageIds)]],
  );
  const out = new Map<string, string>();
  for (const row of rows) if (row.files && row.files !== "null") out.set(row.messageId, row.files);
  return out;
}

async function reviewInput(job: CommentJob, input: DeriveReviewInput, annotations: Map<string, string>, inWorkers: boolean): Promise<ReviewJobInput> {
  // Workers read epoch blobs and pack records themselves; only bytes no other thread can reach (a
  // PostgreSQL server's RawBlob rows, an in-memory store) are read here and copied to them.
  const bytes = (id: string): Promise<RawMailInput> => {
    const ref = input.rowById.get(id)!.rawRef;
    const forWorker = inWorkers ? input.raw.refForWorker(ref) : null;
    return forWorker ? Promise.resolve(forWorker) : input.raw.get(ref);
  };
  const headers = (id: string): MailHeaders => {
    const row = input.rowById.get(id)!;
    return { messageId: id, from: row.fromEmail || row.fromName ? { name: row.fromName, email: row.fromEmail } : null, date: isoDate(row.date), inReplyTo: row.inReplyTo };
  };
  // A reply without remarks of its own (an ack, a bare trailer) is only a link in the reply tree: it goes
  // as its headers alone, so the workers do not decode mail whose text adds nothing. (Only mail read as a
  // reply at ingest had its remarks counted; anything else is decoded.)
  const hasText = (id: string) => {
    const f = input.facts.get(id);
    return f?.kind !== "reply" || f.hasComments;
  };
  const replyIds = job.replyIds.filter((id) => input.rowById.has(id));
  const nextId = job.next?.messageId ?? null;
  const others = job.nextOthers.filter((id) => input.rowById.has(id));
  const [patch, next, ...rest] = await Promise.all([
    bytes(job.patchId),
    nextId ? bytes(nextId) : Promise.resolve(null),
    ...others.map(bytes),
    ...replyIds.map((id) => (hasText(id) ? bytes(id) : Promise.resolve(null))),
  ]);
  const otherBytes = rest.slice(0, others.length);
  const replies = rest.slice(others.length);
  return {
    version: job.version,
    number: job.number,
    total: job.total,
    patch: { headers: headers(job.patchId), raw: patch! },
    annotated: annotations.get(job.patchId),
    replies: replyIds.map((id, i) => ({ headers: headers(id), raw: replies[i] ?? null })),
    next: job.next
      ? {
          version: job.next.version,
          messageId: nextId,
          raw: next,
          annotated: nextId ? annotations.get(nextId) : undefined,
          others: others.map((messageId, i) => ({ messageId, raw: otherBytes[i]!, annotated: annotations.get(messageId) })),
        }
      : null,
    changelog: job.changelog,
    approvingReplies: job.approvingReplies,
    authorAddresses: job.authorAddresses,
  };
}

/**
 * The trailers a reply gives. A patch mail that lib/thread placed among the replies (a duplicate "2/3" of
 * the same send run, a stray resend) gives none: its trailers are its own commit's, collected earlier
 * (linux-serial S243: a duplicate patch's Acked-by landed on the series' other patches). Nor does a cover
 * letter among them (a second cover, a "[PATCH RFT]" posting sent in answer): its block is its own posting's
 * (11 of linux-hwmon's 15 identity mismatches were such blocks read as tags given by the cover's sender).
 */
export function trailersGivenIn(f: MessageFacts | undefined): MessageFacts["trailers"] {
  return f && f.kind !== "patch" && f.kind !== "cover" ? f.trailers : [];
}

/** Whether a reply gives an Acked-by or Reviewed-by (its stored trailers are review trailers only). */
function approves(f: MessageFacts | undefined): boolean {
  return trailersGivenIn(f).some((t) => APPROVING_TRAILER_RE.test(t.kind));
}

const APPROVING_TRAILER_RE = /^(?:acked|reviewed)(?:-and-tested)?-by$/i;

/** A stored date as full ISO text (what a decoded mail's date gives), null when absent. */
export function isoDate(d: Date | string | null | undefined): string | null {
  return d ? new Date(d).toISOString() : null;
}

/**
 * The next revision's patches other than `successorId` that change one of the files patch `patchId` changes,
 * most shared files first: where a remark's code went when a patch was split or its hunks were moved.
 */
function siblingsTouchingSameFiles(
  patchId: string,
  nextPatches: { messageId: string }[],
  successorId: string | null,
  facts: Map<string, MessageFacts>,
): string[] {
  const paths = new Set((facts.get(patchId)?.patch?.files ?? []).map((f) => f.path));
  if (!paths.size) return [];
  const scored: { id: string; shared: number }[] = [];
  for (const q of nextPatches) {
    if (q.messageId === successorId || q.messageId === patchId) continue;
    const shared = (facts.get(q.messageId)?.patch?.files ?? []).filter((f) => paths.has(f.path)).length;
    if (shared) scored.push({ id: q.messageId, shared });
  }
  return scored
    .sort((a, b) => b.shared - a.shared)
    .slice(0, MAX_NEXT_OTHERS)
    .map((s) => s.id);
}

function predecessorOf(matches: RevisionPatchMatches | undefined, messageId: string): string | null {
  return matches?.matches.find((m) => m.messageId === messageId)?.predecessors[0]?.messageId ?? null;
}

/** The patch a reply answers, directly or through other replies (iterative: depth is mail-controlled). */
export function patchAbove(replyId: string, patchIds: Set<string>, rowById: Map<string, SummaryLike>): string | null {
  let id: string | null = rowById.get(replyId)?.inReplyTo ?? null;
  const seen = new Set<string>();
  for (let steps = 0; id && steps < MAX_CHAIN; steps++) {
    if (patchIds.has(id)) return id;
    if (seen.has(id)) return null;
    seen.add(id);
    id = rowById.get(id)?.inReplyTo ?? null;
  }
  return null;
}
