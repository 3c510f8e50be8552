// Rebuilds the derived tables (threads, series, revisions, patches with their trailers, annotated files
// and review comments) from the stored messages. Pure analysis lives in lib/thread and lib/review; this
// module only loads their inputs and writes their outputs, in one transaction, so readers never see a
// half-derived store. A maintainer's manual series state survives (Series is upserted on its stable key).
import { createHash } from "node:crypto";
import { readMeta, writeMeta } from "../db/queries/meta";
import type { Store, StoreTx } from "../db/store-types";
import type { AnnotatedFile } from "../diff/types";
import { valuesClause } from "../db/values-clause";
import type { TrailerJson } from "../db/queries/contract-types";
import { countTrailerPeople } from "../db/queries/trailer-counts";
import { signerName } from "../mail/attached-patch-headers";
import { isFirstNameOf, isLoginName } from "../mail/is-login-name";
import type { Trailer } from "../mail/types";
import { parseSubject } from "../mail/parse-subject";
import { isReviewTrailerKind } from "../mail/parse-trailers";
import { summarizeConversions } from "../diff/conversion-status";
import { isNotificationBot } from "../review/is-notification-bot";
import type { TurnEvent } from "../review/whose-turn";
import { analyzeSeries } from "../thread";
import type { Identity } from "../thread/merge-identities";
import type { MessageSummary, SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
import type { RawStore } from "./raw-store";
import { collectGarbage } from "./collect-garbage";
import { tightenHeapGrowth } from "./tighten-heap-growth";
import { appliersOf, deriveState, titleOf } from "./series-acceptance";
import { deriveReview, isoDate, type PatchReview } from "./derive-review";
import { ownChangelog } from "./own-changelog";
import { commentsText } from "./review-job";
import { peakRssSoFar } from "./peak-rss";

const DERIVED_COUNT_KEY = "derivedMessageCount";
const LOAD_CHUNK = 4000;

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
  to: string[] | null;
  coverVersionHint: number | null;
  rawRef: string;
}

/**
 * The parts of a message's facts the derived tables need, kept for every message of the archive at once:
 * no fingerprint line hashes (only linking reads them, from the summaries), and of the annotated files only
 * what the per-revision conversion status reads (paths, and the functions and labels of hunks that have
 * them). The review pass reads a patch's full annotation from the store when it needs it.
 */
function slimFacts(f: MessageFacts): MessageFacts {
  return {
    ...f,
    bodyLinks: [],
    to: [],
    patch: f.patch ? { ...f.patch, files: conversionView(f.patch.files), fingerprint: { files: [], patchId: f.patch.patchId } } : null,
  };
}

const NONE: never[] = [];

/** The sender's name for linking: the header's, unless it is missing or only the login, then the patch's own sign-off's. */
function senderName(headerName: string, email: string, trailers: readonly Trailer[]): string {
  if (headerName && !isLoginName(headerName, email)) return headerName;
  return signerName(trailers, email) || headerName;
}

/**
 * The name a sender is shown under: the one given, unless it is missing, only the address's login ("jingle.wu")
 * or only the first word of the name the address goes by elsewhere ("Jonathan" for Jonathan Cameron); then
 * that known name.
 */
function shownName(name: string, email: string, known: string | undefined): string {
  return !name || isLoginName(name, email) || isFirstNameOf(name, known) ? (known ?? name) : name;
}

function conversionView(files: AnnotatedFile[]): AnnotatedFile[] {
  return files.map((file) => ({
    ...file,
    hunks: file.hunks
      .filter((h) => h.labels.length > 0 || h.function)
      .map((h) => ({ index: h.index, header: "", function: h.function, labels: h.labels.length ? h.labels : NONE, nits: NONE })),
  }));
}

/** True when messages were stored since the derived tables were last rebuilt (e.g. a killed ingest). */
export async function deriveIsStale(store: Store): Promise<boolean> {
  const derived = await readMeta(store.query, DERIVED_COUNT_KEY);
  const [count] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Message"`);
  return String(count?.n ?? 0) !== (derived ?? "0");
}

export interface DeriveSummary {
  messages: number;
  threads: number;
  series: number;
  revisions: number;
  patches: number;
  timings: Record<string, number>;
  cpuTimings: Record<string, number>;
  /** Patch threads with remarks, and how many were reviewed again (the rest kept their stored results). */
  review: { threads: number; recomputed: number };
  /** Series whose rows were written (the others were unchanged since the last derive and left alone). */
  seriesRewritten: number;
}

export interface DeriveOptions {
  /** Review threads in worker threads: by default only when there are enough of them to pay for starting workers. */
  reviewInWorkers?: boolean;
}

export async function deriveAll(store: Store, raw: RawStore, options: DeriveOptions = {}): Promise<DeriveSummary> {
  // V8's tiering budget is raised by the callers (ingest, reanalyze) for their whole run: see raise-tiering-budget.ts.
  const restoreHeapGrowth = tightenHeapGrowth();
  try {
    return await deriveTables(store, raw, options);
  } finally {
    restoreHeapGrowth();
  }
}

async function deriveTables(store: Store, raw: RawStore, options: DeriveOptions): Promise<DeriveSummary> {
  const timings: Record<string, number> = {};
  // CPU milliseconds per phase as well (the whole process: main thread and review workers): on a loaded
  // machine wall time says little about where the work is.
  const cpuTimings: Record<string, number> = {};
  let t = performance.now();
  let cpu = process.cpuUsage();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
    const used = process.cpuUsage(cpu);
    cpuTimings[name] = Math.round((used.user + used.system) / 1000);
    cpu = process.cpuUsage();
    collectGarbage();
    if (process.env.PATCHDECK_DEBUG_MEMORY) {
      const m = process.memoryUsage();
      process.stderr.write(`[memory] derive ${name}: rss ${Math.round(m.rss / 1048576)}MB (peak so far ${peakRssSoFar()}) heap ${Math.round(m.heapUsed / 1048576)}MB external ${Math.round(m.external / 1048576)}MB arrayBuffers ${Math.round(m.arrayBuffers / 1048576)}MB\n`);
    }
  };
  // One pass over the messages, in id ranges (one 60,000-row result would balloon PGlite's wasm heap,
  // which never shrinks). Facts come back as their stored JSON text and are parsed here: V8's JSON.parse
  // is far faster than PGlite's json operators, and only the parts derivation reads are kept.
  const rows: SummaryRow[] = [];
  const facts = new Map<string, MessageFacts>();
  // Each reference and In-Reply-To arrives as its own copy of a Message-ID that other rows also name (half a
  // million strings for 60,000 messages on linux-s390): one shared copy each for as long as derive runs.
  const ids = new Map<string, string>();
  const intern = (id: string) => {
    const known = ids.get(id);
    if (known !== undefined) return known;
    ids.set(id, id);
    return id;
  };
  for (let lastId = 0; ; ) {
    const chunk = await store.query<Omit<SummaryRow, "fingerprint" | "changeId" | "bodyLinks" | "to" | "coverVersionHint"> & { facts: string | null }>(
      `SELECT id, "messageId", subject, "fromName", "fromEmail", date, "inReplyTo", "references", kind, "rawRef", facts::text AS facts
         FROM "Message" WHERE id > $1 ORDER BY id LIMIT ${LOAD_CHUNK}`,
      [lastId],
    );
    for (const row of chunk) {
      const f = row.facts ? (JSON.parse(row.facts) as MessageFacts) : null;
      const messageId = intern(row.messageId);
      // Every field named, in one literal: a copy by spread or rest of a driver's row gets a hidden class of its
      // own (V8 clones the row's), and 88,000 rows each with their own (linux-clk) held ~40 MB of shapes for the
      // whole derive and made every read of a row field megamorphic.
      rows.push({
        id: row.id,
        messageId,
        subject: row.subject,
        fromName: row.fromName,
        fromEmail: row.fromEmail,
        date: row.date,
        inReplyTo: row.inReplyTo === null ? null : intern(row.inReplyTo),
        references: (row.references ?? []).map(intern),
        kind: row.kind,
        rawRef: row.rawRef,
        fingerprint: f?.patch?.fingerprint ?? null,
        changeId: f?.changeId ?? null,
        bodyLinks: f?.bodyLinks ?? null,
        to: f?.to ?? null,
        coverVersionHint: f?.coverVersionHint ?? null,
      });
      // A pull request's list of merged titles is kept whatever the mail's kind: it accepts other series. So is
      // an untagged thread starter's changelog: lib/thread may make it a cover.
      if (f && (f.kind !== "other" || f.pulled || f.changelog.length)) facts.set(messageId, slimFacts(f));
    }
    if (chunk.length < LOAD_CHUNK) break;
    lastId = chunk[chunk.length - 1]!.id;
  }
  ids.clear();
  lap("load");
  const rowById = new Map(rows.map((r) => [r.messageId, r]));
  const summaries: MessageSummary[] = rows.map((r) => {
    const f = facts.get(r.messageId);
    return {
      messageId: r.messageId,
      subject: r.subject,
      from: r.fromEmail || r.fromName ? { name: senderName(r.fromName, r.fromEmail, f?.trailers ?? NONE), email: r.fromEmail } : null,
      date: r.date === null ? null : new Date(r.date),
      inReplyTo: r.inReplyTo ? [r.inReplyTo] : [],
      references: r.references ?? [],
      hasDiff: r.kind === "patch" && !isQuestionWithDiff(r, f),
      diffFingerprint: r.fingerprint ?? undefined,
      changeId: r.changeId,
      bodyLinks: r.bodyLinks ?? [],
      to: r.to ?? [],
      coverVersionHint: r.coverVersionHint,
      author: f?.patch?.author ?? null,
      attachedSubject: f?.attachedSubject ?? null,
    };
  });
  const analysis = analyzeSeries(summaries);
  // A sender who gave no name ('From: "addr" <addr>': 2,016 mails on linux-pci) or only their login ("jingle.wu")
  // is shown under the name their address goes by elsewhere: as comment author, in whose-turn events and as
  // series author (seriesRows).
  const nameOfEmail = new Map<string, string>();
  for (const identity of analysis.identities) for (const email of identity.emails) if (identity.name) nameOfEmail.set(email, identity.name);
  for (const r of rows) {
    if (!r.fromEmail) continue;
    const known = nameOfEmail.get(r.fromEmail);
    r.fromName = shownName(r.fromName, r.fromEmail, known);
  }
  // The changed-line hashes were only for matching patches across versions, and references, cited links and
  // To addresses only for threading and linking: let them go before the review pass and the writes (tens of
  // MB on a big archive).
  for (const r of rows) {
    r.fingerprint = null;
    r.references = NONE;
    r.bodyLinks = null;
    r.to = null;
  }
  summaries.length = 0;
  lap("analyze");
  // A person's addresses, for the review to tell the author's own replies from another address.
  const addresses = new Map<string, readonly string[]>();
  for (const identity of analysis.identities) if (identity.emails.length > 1) for (const email of identity.emails) addresses.set(email, identity.emails);
  const addressesOf = (email: string): readonly string[] => addresses.get(email) ?? [];
  const { reviews: review, threads: reviewedThreads, recomputed } = await deriveReview({ store, raw, series: analysis.series, facts, rowById, inWorkers: options.reviewInWorkers, addressesOf });
  lap("review");

  let revisions = 0;
  let patches = 0;
  let rewritten = 0;
  await store.transaction(async (tx) => {
    const threadOfRow = await writeThreads(tx, analysis.threads, rowById);
    const personOfEmail = await writePeople(tx, analysis.identities);
    await linkMessages(tx, rows, threadOfRow, personOfEmail);
    lap("write threads");
    const counts = await writeSeries(tx, analysis.series, facts, rowById, review, nameOfEmail);
    revisions = counts.revisions;
    patches = counts.patches;
    rewritten = counts.rewritten;
    await writeMeta(tx.query, DERIVED_COUNT_KEY, String(rows.length));
  });
  lap("write");
  return {
    messages: rows.length,
    threads: analysis.threads.length,
    series: analysis.series.length,
    revisions,
    patches,
    timings,
    cpuTimings,
    review: { threads: reviewedThreads, recomputed },
    seriesRewritten: rewritten,
  };
}

/**
 * A thread-starting mail with a pasted diff that is no posting: no bracket tag in its subject, no
 * Signed-off-by (a patch meant to be applied carries one; the diff in a bug report or a question does
 * not), and no pull request: "Question about poll_multi_file", "memory leaks in ... error paths". Such
 * mails were 9, 21 and 7 on linux-s390, io-uring and linux-leds, nearly all questions and bug reports; the
 * other unprefixed thread starters with a diff there were pull requests or carried a sign-off.
 */
function isQuestionWithDiff(row: { subject: string; inReplyTo: string | null }, f: MessageFacts | undefined): boolean {
  if (row.inReplyTo) return false;
  const subject = parseSubject(row.subject);
  if (subject.prefixes.length || subject.isPatch || subject.isPull || subject.isReply) return false;
  return !(f?.trailers ?? []).some((t) => t.kind === "Signed-off-by");
}

/**
 * Threads, upserted on their root's Message-ID so a thread keeps its id from one derive to the next (and its
 * messages need no rewrite). Returns each message row's thread id.
 */
async function writeThreads(tx: StoreTx, threads: { rootId: string; memberIds: string[] }[], rowById: Map<string, SummaryRow>): Promise<Map<number, number>> {
  const threadOfRow = new Map<number, number>();
  const kept: number[] = [];
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
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
       ON CONFLICT ("rootMessageId") DO UPDATE SET subject = EXCLUDED.subject, "lastDate" = EXCLUDED."lastDate"
       RETURNING id, "rootMessageId"`,
      [roots, subjects, lastDates],
    );
    const threadIdOfRoot = new Map(ids.map((r) => [r.rootMessageId, r.id]));
    for (const th of chunk) {
      const tid = threadIdOfRoot.get(th.rootId)!;
      kept.push(tid);
      for (const m of th.memberIds) {
        const row = rowById.get(m);
        if (row) threadOfRow.set(row.id, tid);
      }
    }
  }
  await tx.query(`DELETE FROM "Thread" WHERE NOT (id = ANY($1::int[]))`, [kept]);
  return threadOfRow;
}

/**
 * People and every address they wrote from (lib/thread merges identities on evidence only). A person keeps
 * the id most of their addresses had, so a re-derive rewrites only what changed. Returns each address's person.
 */
async function writePeople(tx: StoreTx, identities: Identity[]): Promise<Map<string, number>> {
  const previous = new Map(
    (await tx.query<{ email: string; personId: number }>(`SELECT email, "personId" FROM "PersonAddress"`)).map((r) => [r.email, r.personId]),
  );
  const claimed = new Set<number>();
  const reused: { identity: Identity; id: number }[] = [];
  const fresh: Identity[] = [];
  for (const identity of identities) {
    const votes = new Map<number, number>();
    for (const email of identity.emails) {
      const id = previous.get(email);
      if (id !== undefined && !claimed.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    let best: number | null = null;
    for (const [id, n] of votes) if (best === null || n > votes.get(best)! || (n === votes.get(best)! && id < best)) best = id;
    if (best === null) fresh.push(identity);
    else {
      claimed.add(best);
      reused.push({ identity, id: best });
    }
  }
  await tx.query(`DELETE FROM "Person" WHERE NOT (id = ANY($1::int[]))`, [[...claimed]]);
  await tx.query(
    `UPDATE "Person" p SET name = u.name FROM unnest($1::int[], $2::text[]) AS u(id, name) WHERE p.id = u.id AND p.name IS DISTINCT FROM u.name`,
    [reused.map((r) => r.id), reused.map((r) => r.identity.name)],
  );
  const idOf = new Map<Identity, number>(reused.map((r) => [r.identity, r.id]));
  for (let i = 0; i < fresh.length; i += 1000) {
    const chunk = fresh.slice(i, i + 1000);
    const ids = await tx.query<{ id: number }>(`INSERT INTO "Person" (name) SELECT unnest($1::text[]) RETURNING id`, [chunk.map((p) => p.name)]);
    chunk.forEach((identity, k) => idOf.set(identity, ids[k]!.id));
  }
  // Addresses are few and narrow: rewritten whole.
  await tx.query(`DELETE FROM "PersonAddress"`);
  const personOfEmail = new Map<string, number>();
  const emails: string[] = [];
  const names: string[] = [];
  const ids: number[] = [];
  for (const identity of identities) {
    const id = idOf.get(identity)!;
    for (const email of identity.emails) {
      if (personOfEmail.has(email)) continue;
      personOfEmail.set(email, id);
      emails.push(email);
      names.push(identity.name);
      ids.push(id);
    }
  }
  for (let i = 0; i < emails.length; i += 5000) {
    await tx.query(`INSERT INTO "PersonAddress" (email, name, "personId") SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [
      emails.slice(i, i + 5000),
      names.slice(i, i + 5000),
      ids.slice(i, i + 5000),
    ]);
  }
  return personOfEmail;
}

/**
 * Sets each message's thread and person (MessageLink) in one pass, writing only the links that change. Every
 * message is in a thread (a lone message is its own), so every message has its row.
 */
async function linkMessages(tx: StoreTx, rows: SummaryRow[], threadOfRow: Map<number, number>, personOfEmail: Map<string, number>): Promise<void> {
  const linked = rows.filter((r) => threadOfRow.has(r.id));
  for (let i = 0; i < linked.length; i += 5000) {
    const chunk = linked.slice(i, i + 5000);
    await tx.query(
      `INSERT INTO "MessageLink" ("messageRow", "threadId", "personId")
       SELECT * FROM unnest($1::int[], $2::int[], $3::int[])
       ON CONFLICT ("messageRow") DO UPDATE SET "threadId" = EXCLUDED."threadId", "personId" = EXCLUDED."personId"
        WHERE ("MessageLink"."threadId", "MessageLink"."personId") IS DISTINCT FROM (EXCLUDED."threadId", EXCLUDED."personId")`,
      [chunk.map((r) => r.id), chunk.map((r) => threadOfRow.get(r.id)!), chunk.map((r) => personOfEmail.get(r.fromEmail) ?? null)],
    );
  }
}

/** One series' rows as derive writes them; comments stay a reference until the row is written. */
interface SeriesRows {
  key: string;
  /** key, title, authorName, authorEmail, state, lastActivity, turnEvents. */
  series: unknown[];
  /** Revision columns after "seriesId"; the comments column is filled from `cover` when written. */
  revisions: { postingKey: string; values: unknown[]; cover: PatchReview | undefined }[];
  /** Patch columns after "revisionId"; the comments column is filled from `review` when written. */
  patches: { postingKey: string; messageRow: number; values: unknown[]; review: PatchReview | undefined }[];
  hash: string;
}

/** Index of the comments column in SeriesRows' revision and patch values. */
const REVISION_COMMENTS = 10;
const PATCH_COMMENTS = 8;

/**
 * Writes the series, revisions and patches in multi-row statements, leaving alone every series whose rows would come out the same as
 * the last derive wrote them (Series.derivedHash): an ingest of a few new messages into a big archive then
 * rewrites only the series they touch, not every row. The hash covers every value written, comments by
 * their review key (the same key always gives the same comments; `reanalyze` clears both).
 */
async function writeSeries(
  tx: StoreTx,
  groups: SeriesGroup[],
  facts: Map<string, MessageFacts>,
  rowById: Map<string, SummaryRow>,
  reviews: Map<string, Map<string, PatchReview>>,
  nameOfEmail: ReadonlyMap<string, string>,
): Promise<{ revisions: number; patches: number; rewritten: number }> {
  const appliers = appliersOf(groups, facts, rowById);
  const stored = new Map(
    (await tx.query<{ id: number; key: string; hash: string | null }>(`SELECT id, key, "derivedHash" AS hash FROM "Series"`)).map((r) => [r.key, r]),
  );
  // A posting reached through two groups, or a patch through two postings, is written once: for the first.
  const seenPostings = new Set<string>();
  const seenPatchRows = new Set<number>();
  const changed: SeriesRows[] = [];
  let revisions = 0;
  let patches = 0;
  for (const group of groups) {
    const rows = seriesRows(group, facts, rowById, reviews.get(group.key), appliers, seenPostings, seenPatchRows, nameOfEmail);
    revisions += rows.revisions.length;
    patches += rows.patches.length;
    if (stored.get(group.key)?.hash !== rows.hash) changed.push(rows);
  }
  // Comments the store already holds under their review key are read before their old rows go: those of a
  // series that is gone too (a late first version re-keys its series; two series can become one).
  const cachedKeys = new Set<string>();
  for (const rows of changed) {
    for (const r of rows.revisions) if (r.cover?.comments === null && r.cover.reviewKey) cachedKeys.add(r.cover.reviewKey);
    for (const p of rows.patches) if (p.review?.comments === null && p.review.reviewKey) cachedKeys.add(p.review.reviewKey);
  }
  const cachedComments = await storedComments(tx, [...cachedKeys]);
  const keys = new Set(groups.map((g) => g.key));
  await tx.query(`DELETE FROM "Series" WHERE NOT (key = ANY($1::text[]))`, [[...keys]]);
  if (!changed.length) return { revisions, patches, rewritten: 0 };
  const commentsOf = (review: PatchReview | undefined): string => {
    if (!review) return "[]";
    if (review.comments !== null) return commentsText(review.comments);
    const text = review.reviewKey ? cachedComments.get(review.reviewKey) : undefined;
    if (text === undefined) throw new Error(`derive: the stored comments for review key ${review.reviewKey} are gone`);
    return text;
  };

  // The changed series' old rows go, and any row that now belongs to them (a posting or patch that moved
  // from another series: that one changed too, or is gone).
  const oldSeriesIds = changed.map((r) => stored.get(r.key)?.id).filter((id): id is number => id !== undefined);
  await tx.query(`DELETE FROM "Revision" WHERE "seriesId" = ANY($1::int[]) OR "postingKey" = ANY($2::text[])`, [
    oldSeriesIds,
    changed.flatMap((r) => r.revisions.map((rev) => rev.postingKey)),
  ]);
  await tx.query(`DELETE FROM "Patch" WHERE "messageRow" = ANY($1::int[])`, [changed.flatMap((r) => r.patches.map((p) => p.messageRow))]);

  const seriesIdByKey = new Map<string, number>();
  for (let i = 0; i < changed.length; i += ROWS_PER_STATEMENT) {
    const chunk = changed.slice(i, i + ROWS_PER_STATEMENT);
    const cols: unknown[][] = [[], [], [], [], [], [], [], []];
    for (const rows of chunk) [...rows.series, rows.hash].forEach((v, k) => cols[k]!.push(v));
    const ids = await tx.query<{ id: number; key: string }>(
      `INSERT INTO "Series" (key, title, "authorName", "authorEmail", state, "lastActivity", "turnEvents", "derivedHash")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::json[], $8::text[])
       ON CONFLICT (key) DO UPDATE SET title = EXCLUDED.title, "authorName" = EXCLUDED."authorName", "authorEmail" = EXCLUDED."authorEmail",
         "lastActivity" = EXCLUDED."lastActivity", "turnEvents" = EXCLUDED."turnEvents", "derivedHash" = EXCLUDED."derivedHash",
         state = CASE WHEN "Series"."stateManual" THEN "Series".state ELSE EXCLUDED.state END
       RETURNING id, key`,
      cols,
    );
    for (const r of ids) seriesIdByKey.set(r.key, r.id);
  }

  const revisionIdByKey = new Map<string, number>();
  const revisionRows = changed.flatMap((rows) =>
    rows.revisions.map((r) => {
      const values = [seriesIdByKey.get(rows.key), ...r.values];
      values[REVISION_COMMENTS + 1] = commentsOf(r.cover);
      return values;
    }),
  );
  for (let i = 0; i < revisionRows.length; i += ROWS_PER_STATEMENT) {
    const { sql, params } = valuesClause(revisionRows.slice(i, i + ROWS_PER_STATEMENT), ["", "", "", "", "::timestamptz", "", "", "", "::json", "::json", "::json", "::json", "", "", "::json"]);
    const rows = await tx.query<{ id: number; postingKey: string }>(
      `INSERT INTO "Revision" ("seriesId", version, "versionInferred", "postingKey", date, "coverMessageId", "coverSubject", "patchCount", "linkEvidence", changelog, "conversionStatus", comments, "coverReviewKey", "coverOpenObjection", "trailerCounts")
       VALUES ${sql} ON CONFLICT ("postingKey") DO NOTHING RETURNING id, "postingKey"`,
      params,
    );
    for (const r of rows) revisionIdByKey.set(r.postingKey, r.id);
  }

  // Patch rows are built and written a statement at a time: their JSON is most of what derive writes.
  let written = 0;
  let patchRows: unknown[][] = [];
  const flushPatches = async () => {
    if (!patchRows.length) return;
    // Every column cast: values read from a sub-select are not typed by the columns they go to.
    const { sql, params } = valuesClause(patchRows, ["::int", "::int", "::int", "::int", "::text", "::text", "::text", "::json", "::json", "::json", "::text", "::boolean"]);
    patchRows = [];
    // The comment count is taken from the JSON as PostgreSQL reads it in (see Patch.commentCount).
    const rows = await tx.query(
      `INSERT INTO "Patch" ("revisionId", number, total, "messageRow", subject, title, "patchId", previous, trailers, comments, "reviewKey", "openObjection", "commentCount")
       SELECT *, json_array_length(v.comments) FROM (VALUES ${sql})
           AS v("revisionId", number, total, "messageRow", subject, title, "patchId", previous, trailers, comments, "reviewKey", "openObjection")
       ON CONFLICT ("messageRow") DO NOTHING RETURNING id`,
      params,
    );
    written += rows.length;
  };
  for (const rows of changed) {
    for (const p of rows.patches) {
      const revisionId = revisionIdByKey.get(p.postingKey);
      if (revisionId === undefined) continue;
      const values = [revisionId, ...p.values];
      values[PATCH_COMMENTS + 1] = commentsOf(p.review);
      patchRows.push(values);
      if (patchRows.length >= ROWS_PER_STATEMENT) await flushPatches();
    }
  }
  await flushPatches();
  const expected = changed.reduce((n, r) => n + r.patches.length, 0);
  if (revisionIdByKey.size !== revisionRows.length || written !== expected) {
    // A row that could not be written (it should not happen: its old copy was deleted above) must not be
    // hidden behind a hash saying all is written: the next derive writes these series again.
    await tx.query(`UPDATE "Series" SET "derivedHash" = NULL WHERE key = ANY($1::text[])`, [changed.map((r) => r.key)]);
  }
  return { revisions, patches, rewritten: changed.length };
}

/** Bump when what derive writes changes in a way the written values would not show. */
const DERIVED_ROWS_VERSION = 1;

/** A series' rows and their hash, claiming its postings and patches in `seenPostings` / `seenPatchRows`. */
function seriesRows(
  group: SeriesGroup,
  facts: Map<string, MessageFacts>,
  rowById: Map<string, SummaryRow>,
  review: Map<string, PatchReview> | undefined,
  appliers: ReturnType<typeof appliersOf>,
  seenPostings: Set<string>,
  seenPatchRows: Set<number>,
  nameOfEmail: ReadonlyMap<string, string>,
): SeriesRows {
  const first = group.revisions[0]!.posting;
  const authorEmail = group.author?.email ?? first.authorEmail;
  // The posting's own name, unless it gave none, only a login ("xiaolinkui") or only a first name: then the
  // name the merged identity goes by, as comment authors are shown.
  const postedName = group.author?.name || first.author?.name || "";
  const authorName = shownName(postedName, authorEmail, nameOfEmail.get(authorEmail));
  const series = [
    group.key,
    group.title,
    authorName,
    authorEmail,
    deriveState(group, review, facts, rowById, appliers),
    lastActivityOf(group, rowById),
    JSON.stringify(turnEventsOf(group, rowById, facts)),
  ];
  const revisions: SeriesRows["revisions"] = [];
  const patches: SeriesRows["patches"] = [];
  const matchesByKey = new Map(group.patchMatches.map((m) => [m.toKey, m]));
  for (let i = 0; i < group.revisions.length; i++) {
    const { posting, linkEvidence } = group.revisions[i]!;
    if (seenPostings.has(posting.key)) continue;
    seenPostings.add(posting.key);
    const changelog = revisionChangelog(posting, facts);
    const cover = posting.coverId ? review?.get(posting.coverId) : undefined;
    const revision = {
      postingKey: posting.key,
      cover,
      values: [
        posting.version,
        posting.versionInferred,
        posting.key,
        posting.date ? posting.date.toISOString() : null,
        posting.coverId,
        posting.coverId ? (rowById.get(posting.coverId)?.subject ?? null) : null,
        posting.patches.length,
        JSON.stringify(linkEvidence),
        JSON.stringify(changelog.map((c) => ({ text: c.text, credits: c.credits }))),
        JSON.stringify(conversionStatusOf(posting, facts)),
        commentsToken(cover),
        cover?.reviewKey ?? null,
        cover?.openObjection ?? false,
      ] as unknown[],
    };
    revisions.push(revision);
    const trailersOfPatches: TrailerJson[][] = [];
    const prev = i > 0 ? group.revisions[i - 1]!.posting : null;
    const matches = matchesByKey.get(posting.key);
    for (const p of posting.patches) {
      const row = rowById.get(p.messageId);
      if (!row || seenPatchRows.has(row.id)) continue;
      seenPatchRows.add(row.id);
      const f = facts.get(p.messageId);
      const pred = matches?.matches.find((m) => m.messageId === p.messageId)?.predecessors[0];
      // A predecessor reached back past a partial posting names the revision it comes from.
      const previous = pred && prev ? { version: pred.fromVersion ?? prev.version, number: pred.number, messageId: pred.messageId, similarity: round(pred.similarity), by: pred.by } : null;
      const r = review?.get(p.messageId);
      // deriveReview attributes trailers for every patch of every series. The annotated files stay in the
      // message's facts (the series page reads them there).
      patches.push({
        postingKey: posting.key,
        messageRow: row.id,
        review: r,
        values: [p.number, p.total, row.id, row.subject, titleOf(row.subject) || titleOf(f?.attachedSubject ?? ""), f?.patch?.patchId ?? null, JSON.stringify(previous), r?.trailersJson ?? "[]", commentsToken(r), r?.reviewKey ?? null, r?.openObjection ?? false],
      });
      if (r && r.trailersJson !== "[]") trailersOfPatches.push(JSON.parse(r.trailersJson) as TrailerJson[]);
    }
    // Counted over the patch rows this revision gets, as the series list shows them.
    revision.values.push(JSON.stringify(countTrailerPeople(trailersOfPatches)));
  }
  const hash = createHash("sha256")
    .update(JSON.stringify([DERIVED_ROWS_VERSION, series, revisions.map((r) => r.values), patches.map((p) => [p.postingKey, p.values])]))
    .digest("base64");
  return { key: group.key, series, revisions, patches, hash };
}

/** What stands for a row's comments in its hash: the review key they were computed under, or none. */
function commentsToken(review: PatchReview | undefined): string {
  return review?.reviewKey ? `key:${review.reviewKey}` : "[]";
}

/** Comments stored under these review keys (patches' and cover letters'). */
async function storedComments(tx: StoreTx, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 2000) {
    for (const row of await tx.query<{ key: string; comments: string | null }>(
      `SELECT "reviewKey" AS key, comments::text AS comments FROM "Patch" WHERE "reviewKey" = ANY($1::text[])
       UNION ALL SELECT "coverReviewKey" AS key, comments::text AS comments FROM "Revision" WHERE "coverReviewKey" = ANY($1::text[])`,
      [keys.slice(i, i + 2000)],
    )) {
      if (row.comments !== null) out.set(row.key, row.comments);
    }
  }
  return out;
}

const ROWS_PER_STATEMENT = 200;


/**
 * What changed in a revision: its cover letter's changelog; without a cover, or when the cover has none,
 * the notes under each patch's `---` ("v3: - Add Conor's Acked-by"), a note repeated on every patch once;
 * either without the older versions' entries it repeats (ownChangelog).
 */
function revisionChangelog(posting: SeriesGroup["revisions"][number]["posting"], facts: Map<string, MessageFacts>): NonNullable<MessageFacts["changelog"]> {
  const cover = posting.coverId ? (facts.get(posting.coverId)?.changelog ?? []) : [];
  if (cover.length) return ownChangelog(cover, posting.version, posting.versionInferred);
  const seen = new Set<string>();
  const notes = posting.patches.flatMap((p) => facts.get(p.messageId)?.changelog ?? []).filter((c) => !seen.has(c.text) && !!seen.add(c.text));
  return ownChangelog(notes, posting.version, posting.versionInferred);
}

function conversionStatusOf(posting: SeriesGroup["revisions"][number]["posting"], facts: Map<string, MessageFacts>) {
  const files = posting.patches.flatMap((p) => facts.get(p.messageId)?.patch?.files ?? []);
  const exclusions = posting.coverId ? (facts.get(posting.coverId)?.exclusions ?? []) : [];
  return summarizeConversions(files, exclusions);
}

/** The latest revision's dated events, for `whoseTurn` (computed when read: it depends on "now"). */
function turnEventsOf(group: SeriesGroup, rowById: Map<string, SummaryRow>, facts: Map<string, MessageFacts>): TurnEvent[] {
  const latest = group.revisions[group.revisions.length - 1]!.posting;
  const events: TurnEvent[] = [];
  const posted = isoDate(latest.date);
  if (posted) events.push({ type: "revision", version: latest.version, date: posted, messageId: latest.key });
  for (const id of latest.replyIds) {
    const row = rowById.get(id);
    const date = isoDate(row?.date);
    // A status or CI bot's report is no one's turn (whoseTurn skips it too, for events stored before).
    if (!row || !date || isNotificationBot({ name: row.fromName, email: row.fromEmail })) continue;
    // An ack or an applied notice asks nothing of the author: it does not hand the turn over. The same
    // trailer kinds the review pass collects ("Reviewed-and-tested-by", "Reviwed-by"), except a NACK.
    const f = facts.get(id);
    const ack = !!f?.applied || (f?.trailers ?? []).some((t) => isReviewTrailerKind(t.kind) && !/nac?k/i.test(t.kind));
    events.push({ type: "reply", from: { name: row.fromName, email: row.fromEmail }, date, messageId: id, ack });
  }
  return events;
}

function lastActivityOf(group: SeriesGroup, rowById: Map<string, SummaryRow>): string | null {
  let last = 0;
  for (const { posting } of group.revisions) {
    for (const id of [posting.coverId, ...posting.patches.map((p) => p.messageId), ...posting.replyIds]) {
      const d = id ? rowById.get(id)?.date : null;
      const ms = d ? new Date(d).getTime() : NaN;
      if (Number.isFinite(ms) && ms > last) last = ms;
    }
  }
  return last ? new Date(last).toISOString() : null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
