// Rebuilds the derived tables (threads, series, revisions, patches with their trailers, annotated files
// and review comments) from the stored messages. Pure analysis lives in lib/thread and lib/review; this
// module only loads their inputs and writes their outputs, in one transaction, so readers never see a
// half-derived store. A maintainer's manual series state survives (Series is upserted on its stable key).
import type { Store, StoreTx } from "../db/store-types";
import type { AnnotatedFile } from "../diff/types";
import { parseSubject } from "../mail/parse-subject";
import type { Trailer } from "../mail/types";
import { analyzeSeries, deriveSeriesState } from "../thread";
import type { MessageSummary, SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
import type { RawStore } from "./raw-store";
import { deriveReview, type PatchReview } from "./derive-review";

const DERIVED_COUNT_KEY = "derivedMessageCount";

interface SummaryRow {
  id: number;
  messageId: string;
  subject: string;
  fromName: string;
  fromEmail: string;
  date: Date | string | null;
  inReplyTo: string | null;
  references: string[];
  kind: string;
  fingerprint: MessageSummary["diffFingerprint"] | null;
  changeId: string | null;
  bodyLinks: string[] | null;
  rawRef: string;
}

/** True when messages were stored since the derived tables were last rebuilt (e.g. a killed ingest). */
export async function deriveIsStale(store: Store): Promise<boolean> {
  const [meta] = await store.query<{ value: string }>(`SELECT value FROM "Meta" WHERE key = $1`, [DERIVED_COUNT_KEY]);
  const [count] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Message"`);
  return String(count?.n ?? 0) !== (meta?.value ?? "0");
}

export interface DeriveSummary {
  messages: number;
  threads: number;
  series: number;
  revisions: number;
  patches: number;
  timings: Record<string, number>;
}

export async function deriveAll(store: Store, raw: RawStore): Promise<DeriveSummary> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  const rows = await store.query<SummaryRow>(
    `SELECT id, "messageId", subject, "fromName", "fromEmail", date, "inReplyTo", "references", kind,
            facts->'patch'->'fingerprint' AS fingerprint, facts->>'changeId' AS "changeId", facts->'bodyLinks' AS "bodyLinks", "rawRef"
       FROM "Message"`,
  );
  lap("load");
  const rowById = new Map(rows.map((r) => [r.messageId, r]));
  const summaries: MessageSummary[] = rows.map((r) => ({
    messageId: r.messageId,
    subject: r.subject,
    from: r.fromEmail || r.fromName ? { name: r.fromName, email: r.fromEmail } : null,
    date: r.date === null ? null : new Date(r.date),
    inReplyTo: r.inReplyTo ? [r.inReplyTo] : [],
    references: r.references ?? [],
    hasDiff: r.kind === "patch",
    diffFingerprint: r.fingerprint ?? undefined,
    changeId: r.changeId,
    bodyLinks: r.bodyLinks ?? [],
  }));
  const analysis = analyzeSeries(summaries);
  lap("analyze");

  // Facts of the covers and patches that belong to a series, and of the replies to them.
  const wanted = new Set<string>();
  for (const s of analysis.series) {
    for (const r of s.revisions) {
      if (r.posting.coverId) wanted.add(r.posting.coverId);
      for (const p of r.posting.patches) wanted.add(p.messageId);
      for (const id of r.posting.replyIds) wanted.add(id);
    }
  }
  const facts = new Map<string, MessageFacts>();
  const wantedIds = [...wanted];
  for (let i = 0; i < wantedIds.length; i += 2000) {
    const chunk = wantedIds.slice(i, i + 2000);
    for (const r of await store.query<{ messageId: string; facts: MessageFacts | null }>(
      `SELECT "messageId", facts FROM "Message" WHERE "messageId" = ANY($1::text[])`,
      [chunk],
    )) {
      if (r.facts) facts.set(r.messageId, r.facts);
    }
  }
  lap("facts");
  const review = await deriveReview({ raw, series: analysis.series, facts, rowById });
  lap("review");

  let revisions = 0;
  let patches = 0;
  await store.transaction(async (tx) => {
    await writeThreads(tx, analysis.threads, rowById);
    await tx.query(`DELETE FROM "Revision"`);
    const keep: string[] = [];
    for (const group of analysis.series) {
      keep.push(group.key);
      const counts = await writeSeries(tx, group, facts, rowById, review.get(group.key));
      revisions += counts.revisions;
      patches += counts.patches;
    }
    await tx.query(`DELETE FROM "Series" WHERE NOT (key = ANY($1::text[]))`, [keep]);
    await tx.query(
      `INSERT INTO "Meta" (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [DERIVED_COUNT_KEY, String(rows.length)],
    );
  });
  lap("write");
  return { messages: rows.length, threads: analysis.threads.length, series: analysis.series.length, revisions, patches, timings };
}

async function writeThreads(tx: StoreTx, threads: { rootId: string; memberIds: string[] }[], rowById: Map<string, SummaryRow>): Promise<void> {
  await tx.query(`UPDATE "Message" SET "threadId" = NULL WHERE "threadId" IS NOT NULL`);
  await tx.query(`DELETE FROM "Thread"`);
  for (let i = 0; i < threads.length; i += 500) {
    const chunk = threads.slice(i, i + 500);
    const roots = chunk.map((th) => th.rootId);
    const subjects = chunk.map((th) => rowById.get(th.rootId)?.subject ?? rowById.get(th.memberIds[0] ?? "")?.subject ?? "");
    const lastDates = chunk.map((th) => {
      let last: number | null = null;
      for (const id of th.memberIds) {
        const d = rowById.get(id)?.date;
        const ms = d ? new Date(d).getTime() : NaN;
        if (Number.isFinite(ms) && (last === null || ms > last)) last = ms;
      }
      return last === null ? null : new Date(last).toISOString();
    });
    const ids = await tx.query<{ id: number; rootMessageId: string }>(
      `INSERT INTO "Thread" ("rootMessageId", subject, "lastDate")
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) RETURNING id, "rootMessageId"`,
      [roots, subjects, lastDates],
    );
    const threadIdOfRoot = new Map(ids.map((r) => [r.rootMessageId, r.id]));
    const msgIds: number[] = [];
    const threadIds: number[] = [];
    for (const th of chunk) {
      const tid = threadIdOfRoot.get(th.rootId)!;
      for (const m of th.memberIds) {
        const row = rowById.get(m);
        if (row) {
          msgIds.push(row.id);
          threadIds.push(tid);
        }
      }
    }
    await tx.query(`UPDATE "Message" m SET "threadId" = u.tid FROM unnest($1::int[], $2::int[]) AS u(mid, tid) WHERE m.id = u.mid`, [msgIds, threadIds]);
  }
}

function trailerJson(t: Trailer, source: "patch" | "reply" | "cover-reply", messageId: string, status: string) {
  return { kind: t.kind, name: t.person?.name ?? "", email: t.person?.email ?? "", comment: t.comment, source, messageId, status };
}

async function writeSeries(
  tx: StoreTx,
  group: SeriesGroup,
  facts: Map<string, MessageFacts>,
  rowById: Map<string, SummaryRow>,
  review: Map<string, PatchReview> | undefined,
): Promise<{ revisions: number; patches: number }> {
  const first = group.revisions[0]!.posting;
  const latest = group.revisions[group.revisions.length - 1]!.posting;
  let lastActivity = 0;
  for (const r of group.revisions) {
    for (const id of [r.posting.coverId, ...r.posting.patches.map((p) => p.messageId), ...r.posting.replyIds]) {
      const d = id ? rowById.get(id)?.date : null;
      const ms = d ? new Date(d).getTime() : NaN;
      if (Number.isFinite(ms) && ms > lastActivity) lastActivity = ms;
    }
  }
  const state = deriveState(group, review);
  const [series] = await tx.query<{ id: number }>(
    `INSERT INTO "Series" (key, title, "authorName", "authorEmail", state, "lastActivity") VALUES ($1,$2,$3,$4,$5,$6::timestamptz)
     ON CONFLICT (key) DO UPDATE SET title = EXCLUDED.title, "authorName" = EXCLUDED."authorName", "authorEmail" = EXCLUDED."authorEmail",
       "lastActivity" = EXCLUDED."lastActivity",
       state = CASE WHEN "Series"."stateManual" THEN "Series".state ELSE EXCLUDED.state END
     RETURNING id`,
    [group.key, group.title, group.author?.name ?? first.author?.name ?? "", group.author?.email ?? first.authorEmail, state, lastActivity ? new Date(lastActivity).toISOString() : null],
  );
  let patches = 0;
  const matchesByKey = new Map(group.patchMatches.map((m) => [m.toKey, m]));
  for (let i = 0; i < group.revisions.length; i++) {
    const { posting, linkEvidence } = group.revisions[i]!;
    const prev = i > 0 ? group.revisions[i - 1]!.posting : null;
    const cover = posting.coverId ? rowById.get(posting.coverId) : undefined;
    const changelog = posting.coverId
      ? (facts.get(posting.coverId)?.changelog ?? [])
      : posting.patches.flatMap((p) => facts.get(p.messageId)?.changelog ?? []);
    const [rev] = await tx.query<{ id: number }>(
      `INSERT INTO "Revision" ("seriesId", version, "versionInferred", "postingKey", date, "coverMessageId", "coverSubject", "patchCount", "linkEvidence", changelog)
       VALUES ($1,$2,$3,$4,$5::timestamptz,$6,$7,$8,$9::jsonb,$10::jsonb) ON CONFLICT ("postingKey") DO NOTHING RETURNING id`,
      [
        series!.id,
        posting.version,
        posting.versionInferred,
        posting.key,
        posting.date ? posting.date.toISOString() : null,
        posting.coverId,
        cover?.subject ?? null,
        posting.patches.length,
        JSON.stringify(linkEvidence),
        JSON.stringify(changelog.map((c) => ({ text: c.text, credits: c.credits }))),
      ],
    );
    if (!rev) continue; // the same posting reached through two groups: keep the first
    const matches = matchesByKey.get(posting.key);
    for (const p of posting.patches) {
      const row = rowById.get(p.messageId);
      if (!row) continue;
      const f = facts.get(p.messageId);
      const pred = matches?.matches.find((m) => m.messageId === p.messageId)?.predecessors[0];
      const previous = pred && prev ? { version: prev.version, number: pred.number, messageId: pred.messageId, similarity: round(pred.similarity), by: pred.by } : null;
      const r = review?.get(p.messageId);
      const trailers = r?.trailers ?? (f?.trailers ?? []).map((t) => trailerJson(t, "patch", p.messageId, "present"));
      const files: AnnotatedFile[] = f?.patch?.files ?? [];
      await tx.query(
        `INSERT INTO "Patch" ("revisionId", number, total, "messageRow", subject, title, "patchId", previous, files, trailers, comments)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8::jsonb,$9::jsonb,$10::jsonb,$11::jsonb) ON CONFLICT ("messageRow") DO NOTHING`,
        [rev.id, p.number, p.total, row.id, row.subject, titleOf(row.subject), f?.patch?.patchId ?? null, JSON.stringify(previous), JSON.stringify(files), JSON.stringify(trailers), JSON.stringify(r?.comments ?? [])],
      );
      patches++;
    }
  }
  return { revisions: group.revisions.length, patches };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function titleOf(subject: string): string {
  return parseSubject(subject).title;
}

/** The series state from its revisions: replies mean under review; an open objection asks for changes. */
function deriveState(group: SeriesGroup, review: Map<string, PatchReview> | undefined): string {
  const revisions = group.revisions.map(({ posting }) => {
    const comments = posting.patches.flatMap((p) => review?.get(p.messageId)?.comments ?? []);
    return {
      hasReplies: posting.replyIds.length > 0,
      hasObjection: comments.some((c) => c.kind === "objection" && c.resolution?.status !== "addressed"),
    };
  });
  return deriveSeriesState({ revisions }).series;
}
