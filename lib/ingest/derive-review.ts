// Review tracking for the derived tables: each patch's trailers with their status (lib/review's
// attributeTrailers, from the trailers stored at ingest: no mail is re-read for them), and the reviewer
// comments anchored, classified, answered and resolved against the next revision (reviewPatchThread),
// which needs the decoded bodies again: only patches with replies that hold comments are re-read, in the
// mail workers when there are many.
import type { CommentJson, TrailerJson } from "../db/queries/contract-types";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { attributeTrailers, reviewPatchThread } from "../review";
import type { ChangelogLine } from "../review/types";
import type { RevisionPatchMatches, SeriesGroup } from "../thread/types";
import type { MailText, MessageFacts } from "./analyze-mail";
import type { RawStore } from "./raw-store";
import { createMailPool } from "./worker-pool";

export interface PatchReview {
  trailers: TrailerJson[];
  comments: CommentJson[];
}

export interface SummaryLike {
  messageId: string;
  fromName: string;
  fromEmail: string;
  inReplyTo: string | null;
}

export interface DeriveReviewInput {
  raw: RawStore;
  series: SeriesGroup[];
  facts: Map<string, MessageFacts>;
  rowById: Map<string, SummaryLike & { rawRef: string }>;
}

interface CommentJob {
  seriesKey: string;
  patchId: string;
  version: number;
  replyIds: string[];
  next: { messageId: string; version: number } | null;
  changelog: ChangelogLine[];
}

/** Below this many messages to re-read, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 64;
const MAX_CHAIN = 10_000;

/** Per series key, per patch message-id: its trailers and comments. */
export async function deriveReview(input: DeriveReviewInput): Promise<Map<string, Map<string, PatchReview>>> {
  const { series, facts, rowById } = input;
  const out = new Map<string, Map<string, PatchReview>>();
  const jobs: CommentJob[] = [];
  for (const group of series) {
    const perPatch = new Map<string, PatchReview>();
    out.set(group.key, perPatch);
    const matchesByKey = new Map(group.patchMatches.map((m) => [m.toKey, m]));
    const trailers = attributeTrailers(
      group.revisions.map(({ posting }) => ({
        version: posting.version,
        cover: posting.coverId ? { messageId: posting.coverId } : null,
        patches: posting.patches.map((p) => ({
          messageId: p.messageId,
          trailers: facts.get(p.messageId)?.trailers ?? [],
          previousMessageId: predecessorOf(matchesByKey.get(posting.key), p.messageId),
        })),
        replies: posting.replyIds.map((id) => {
          const row = rowById.get(id);
          return {
            messageId: id,
            from: row ? { name: row.fromName, email: row.fromEmail } : null,
            trailers: facts.get(id)?.trailers ?? [],
            inReplyTo: row?.inReplyTo ?? null,
          };
        }),
      })),
    );
    group.revisions.forEach(({ posting }, i) => {
      const patchIds = new Set(posting.patches.map((p) => p.messageId));
      const below = new Map<string, string[]>();
      for (const id of posting.replyIds) {
        const target = patchAbove(id, patchIds, rowById);
        if (!target) continue;
        const list = below.get(target);
        if (list) list.push(id);
        else below.set(target, [id]);
      }
      const next = group.revisions[i + 1]?.posting ?? null;
      const nextMatches = next ? matchesByKey.get(next.key) : undefined;
      for (const p of posting.patches) {
        perPatch.set(p.messageId, { trailers: (trailers[p.messageId] ?? []) as TrailerJson[], comments: [] });
        const replies = below.get(p.messageId) ?? [];
        if (!replies.some((id) => facts.get(id)?.hasComments)) continue;
        const successor = nextMatches?.matches.find((m) => m.predecessors.some((pr) => pr.messageId === p.messageId));
        const changelog: ChangelogLine[] = next
          ? [next.coverId, ...(successor ? [successor.messageId] : [])].flatMap((id) => (id ? (facts.get(id)?.changelog ?? []) : []))
          : [];
        jobs.push({
          seriesKey: group.key,
          patchId: p.messageId,
          version: posting.version,
          replyIds: replies,
          next: successor && next ? { messageId: successor.messageId, version: next.version } : null,
          changelog: changelog.map((c) => ({ text: c.text, credits: c.credits })),
        });
      }
    });
  }
  if (!jobs.length) return out;

  const wanted = new Set<string>();
  for (const job of jobs) {
    wanted.add(job.patchId);
    for (const id of job.replyIds) wanted.add(id);
    if (job.next) wanted.add(job.next.messageId);
  }
  const texts = await readTexts(input.raw, [...wanted], rowById);
  for (const job of jobs) {
    const patch = texts.get(job.patchId);
    if (!patch) continue;
    const nextText = job.next ? texts.get(job.next.messageId) : undefined;
    const comments = reviewPatchThread({
      patch: {
        messageId: job.patchId,
        author: patch.from,
        version: job.version,
        body: patch.body,
        diffText: patch.diff,
        files: parseUnifiedDiff(patch.diff).files,
        annotated: facts.get(job.patchId)?.patch?.files,
      },
      replies: job.replyIds.flatMap((id) => {
        const t = texts.get(id);
        return t ? [{ messageId: id, from: t.from, date: t.date, body: t.body, inReplyTo: t.inReplyTo }] : [];
      }),
      next:
        job.next && nextText
          ? { version: job.next.version, files: parseUnifiedDiff(nextText.diff).files, annotated: facts.get(job.next.messageId)?.patch?.files }
          : null,
      changelog: job.changelog,
    });
    const review = out.get(job.seriesKey)?.get(job.patchId);
    if (review) review.comments = comments as unknown as CommentJson[];
  }
  return out;
}

function predecessorOf(matches: RevisionPatchMatches | undefined, messageId: string): string | null {
  return matches?.matches.find((m) => m.messageId === messageId)?.predecessors[0]?.messageId ?? null;
}

/** The patch a reply answers, directly or through other replies (iterative: depth is mail-controlled). */
function patchAbove(replyId: string, patchIds: Set<string>, rowById: Map<string, SummaryLike>): string | null {
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

async function readTexts(raw: RawStore, ids: string[], rowById: Map<string, { rawRef: string }>): Promise<Map<string, MailText>> {
  const pool = createMailPool(ids.length >= POOL_THRESHOLD ? undefined : 0);
  const texts = new Map<string, MailText>();
  try {
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < ids.length; i += 128) {
      const chunk = ids.slice(i, i + 128).filter((id) => rowById.has(id));
      const bytes = await Promise.all(chunk.map((id) => raw.get(rowById.get(id)!.rawRef)));
      inFlight.push(
        pool.readText(bytes).then((results) => {
          results.forEach((t, j) => {
            if (t) texts.set(chunk[j]!, t);
          });
        }),
      );
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return texts;
}
