// Writes one batch of analysed messages in ONE transaction with upserts on the unique keys, so that a
// re-run stores nothing new and two ingests of the same message at once store one row.
import type { Store, StoreTx } from "../db/store-types";
import { valuesClause } from "../db/values-clause";
import type { RawMail } from "../sources/types";
import type { AnalyzedMail } from "./analyze-mail";
import type { RawStore } from "./raw-store";

export interface BatchCounts {
  new: number;
  duplicate: number;
  quarantined: number;
}

type Ok = Extract<AnalyzedMail, { ok: true }>;
type Bad = Extract<AnalyzedMail, { ok: false }>;

const ROWS_PER_STATEMENT = 100;
const MESSAGE_CASTS = ["", "", "", "", "", "::timestamptz", "", "", "::text[]", "", "", "", "::json"];

export async function saveMailBatch(store: Store, raw: RawStore, mails: RawMail[], results: AnalyzedMail[]): Promise<BatchCounts> {
  const counts: BatchCounts = { new: 0, duplicate: 0, quarantined: 0 };
  // First copy of each Message-ID in this batch wins; the rest are duplicates (possibly on another list).
  const firstById = new Map<string, { result: Ok; mail: RawMail }>();
  const listsById = new Map<string, Set<string>>();
  const bad: { result: Bad; mail: RawMail }[] = [];
  results.forEach((result, i) => {
    const mail = mails[i]!;
    if (!result.ok) {
      bad.push({ result, mail });
      return;
    }
    const id = result.fields.messageId;
    if (!firstById.has(id)) firstById.set(id, { result, mail });
    if (result.fields.listId) {
      let lists = listsById.get(id);
      if (!lists) listsById.set(id, (lists = new Set()));
      lists.add(result.fields.listId);
    }
  });
  const okCount = results.length - bad.length;

  const ids = [...firstById.keys()];
  // Row ids by Message-ID: the stored ones now, the inserted ones below (list copies point at them).
  const rowIds = new Map(
    ids.length
      ? (await store.query<{ id: number; messageId: string }>(`SELECT id, "messageId" FROM "Message" WHERE "messageId" = ANY($1::text[])`, [ids])).map(
          (r) => [r.messageId, r.id],
        )
      : [],
  );
  const existing = new Set(rowIds.keys());
  const fresh = [...firstById.values()].filter((x) => !existing.has(x.result.fields.messageId));
  const knownBad = new Set(
    bad.length
      ? (
          await store.query<{ sha256: string }>(`SELECT sha256 FROM "Quarantine" WHERE sha256 = ANY($1::text[])`, [
            bad.map((b) => b.result.sha256),
          ])
        ).map((r) => r.sha256)
      : [],
  );
  const freshBad = dedupeBy(bad.filter((b) => !knownBad.has(b.result.sha256)), (b) => b.result.sha256);

  // Bytes first (durable), rows after: a crash in between leaves unreferenced bytes, never a dangling ref.
  const useTxForRaw = store.kind === "postgres";
  const rawItems = [...fresh, ...freshBad].map((x) => ({ deflated: x.result.deflated, bytes: raw.storesDeflated ? null : x.mail.bytes, origin: x.mail.origin }));
  let refs: string[] = [];
  if (!useTxForRaw) refs = await raw.putMany(rawItems);

  await store.transaction(async (tx) => {
    if (useTxForRaw) refs = await raw.putMany(rawItems, tx.query);
    const freshRefs = refs.slice(0, fresh.length);
    const badRefs = refs.slice(fresh.length);
    const inserted = await insertMessages(tx, fresh, freshRefs);
    counts.new = inserted.size;
    for (const [messageId, id] of inserted) rowIds.set(messageId, id);
    // A Message-ID neither found before nor inserted now was stored meanwhile by another ingest (PostgreSQL).
    const raced = ids.filter((id) => !rowIds.has(id));
    if (raced.length) {
      for (const r of await tx.query<{ id: number; messageId: string }>(`SELECT id, "messageId" FROM "Message" WHERE "messageId" = ANY($1::text[])`, [raced])) {
        rowIds.set(r.messageId, r.id);
      }
    }
    const listIds = await ensureLists(tx, [...new Set([...listsById.values()].flatMap((s) => [...s]))]);
    await insertCopies(tx, listsById, listIds, rowIds);
    counts.quarantined = await insertQuarantine(tx, freshBad, badRefs);
  });
  counts.duplicate = okCount - counts.new + (bad.length - counts.quarantined);
  return counts;
}

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Inserts messages (skipping Message-IDs already stored); returns the row id of each one it inserted. */
export async function insertMessages(tx: StoreTx, fresh: { result: Ok }[], refs: string[]): Promise<Map<string, number>> {
  const inserted = new Map<string, number>();
  for (let i = 0; i < fresh.length; i += ROWS_PER_STATEMENT) {
    const chunk = fresh.slice(i, i + ROWS_PER_STATEMENT);
    const rows = chunk.map(({ result: r }, j) => {
      const f = r.fields;
      return [f.messageId, f.messageIdSynthesized, f.subject, f.fromName, f.fromEmail, f.date, f.dateSource, f.inReplyTo, f.references, r.kind, refs[i + j], r.size, r.factsJson];
    });
    const { sql, params } = valuesClause(rows, MESSAGE_CASTS);
    const result = await tx.query<{ id: number; messageId: string }>(
      `INSERT INTO "Message" ("messageId","messageIdSynthesized",subject,"fromName","fromEmail",date,"dateSource","inReplyTo","references",kind,"rawRef","rawSize",facts)
       VALUES ${sql} ON CONFLICT ("messageId") DO NOTHING RETURNING id, "messageId"`,
      params,
    );
    for (const r of result) inserted.set(r.messageId, r.id);
  }
  return inserted;
}

async function ensureLists(tx: StoreTx, listIds: string[]): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  if (!listIds.length) return map;
  await tx.query(
    `INSERT INTO "MailingList" ("listId") SELECT unnest($1::text[]) ON CONFLICT ("listId") DO NOTHING`,
    [listIds],
  );
  for (const row of await tx.query<{ id: number; listId: string }>(`SELECT id, "listId" FROM "MailingList" WHERE "listId" = ANY($1::text[])`, [listIds])) {
    map.set(row.listId, row.id);
  }
  return map;
}

async function insertCopies(
  tx: StoreTx,
  listsById: Map<string, Set<string>>,
  listIds: Map<string, number>,
  rowIds: Map<string, number>,
): Promise<void> {
  const rows: number[] = [];
  const lists: number[] = [];
  for (const [messageId, set] of listsById) {
    const row = rowIds.get(messageId);
    if (row === undefined) continue;
    for (const list of set) {
      rows.push(row);
      lists.push(listIds.get(list)!);
    }
  }
  if (!rows.length) return;
  await tx.query(
    `INSERT INTO "MessageCopy" ("messageId","listId") SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
    [rows, lists],
  );
}

async function insertQuarantine(tx: StoreTx, bad: { result: Bad; mail: RawMail }[], refs: string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < bad.length; i++) {
    const { result, mail } = bad[i]!;
    const rows = await tx.query(
      `INSERT INTO "Quarantine" (sha256, reason, source, "rawRef", "rawSize") VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (sha256) DO NOTHING RETURNING id`,
      [result.sha256, result.reason, describeOrigin(mail), refs[i], result.size],
    );
    n += rows.length;
  }
  return n;
}

function describeOrigin(mail: RawMail): string {
  const o = mail.origin;
  switch (o.kind) {
    case "mbox":
      return `${o.path} (message ${o.index + 1}, byte ${o.byteOffset})`;
    case "public-inbox":
      return `${o.gitDir} commit ${o.commit}`;
    case "stdin":
      return `stdin (message ${o.index + 1})`;
    default:
      return o.path;
  }
}

export async function loadCursor(store: Store, location: string): Promise<string | null> {
  const rows = await store.query<{ lastCommit: string | null }>(`SELECT "lastCommit" FROM "SourceCursor" WHERE location = $1`, [location]);
  return rows[0]?.lastCommit ?? null;
}

export async function saveCursor(store: Store, location: string, commit: string): Promise<void> {
  await store.query(
    `INSERT INTO "SourceCursor" (location, "lastCommit", "updatedAt") VALUES ($1, $2, now())
     ON CONFLICT (location) DO UPDATE SET "lastCommit" = EXCLUDED."lastCommit", "updatedAt" = now()`,
    [location, commit],
  );
}
