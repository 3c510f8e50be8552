// `patchdeck reanalyze`: recompute every derived fact from the stored raw bytes, so an improved engine
// applies to mail already ingested. Messages are re-parsed in the workers in id order, facts and header
// fields rewritten; quarantined mail that now parses moves into Message; then the derived tables are rebuilt.
import type { Store } from "../db/store-types";
import type { AnalyzedMail } from "./analyze-mail";
import { recordFactsVersion } from "./facts-version";
import { deriveAll } from "./derive";
import { insertMessages } from "./save-mail-batch";
import { rawStoreFor } from "./open-raw-store";
import { createMailPool } from "./worker-pool";
import { raiseTieringBudget } from "./raise-tiering-budget";

const CHUNK = 256;

export interface ReanalyzeSummary {
  messages: number;
  /** Messages that failed to parse now (they stay, with the old facts, and are reported). */
  failed: number;
  /** Quarantined messages that still fail. */
  quarantined: number;
  released: number;
  seconds: number;
}

export async function reanalyze(store: Store, opts: { workers?: number } = {}): Promise<ReanalyzeSummary> {
  // Set before the parsing workers start, for the facts and derive alike (see raise-tiering-budget.ts).
  const restoreTieringBudget = raiseTieringBudget();
  try {
    return await reanalyzeAll(store, opts);
  } finally {
    restoreTieringBudget();
  }
}

async function reanalyzeAll(store: Store, opts: { workers?: number }): Promise<ReanalyzeSummary> {
  const started = performance.now();
  const raw = rawStoreFor(store);
  const pool = createMailPool(opts.workers);
  let poolClosed = false;
  const closePool = async () => {
    if (poolClosed) return;
    poolClosed = true;
    await pool.close();
  };
  let messages = 0;
  let failed = 0;
  let released = 0;
  try {
    let lastId = 0;
    for (;;) {
      const rows = await store.query<{ id: number; rawRef: string }>(
        `SELECT id, "rawRef" FROM "Message" WHERE id > $1 ORDER BY id LIMIT ${CHUNK}`,
        [lastId],
      );
      if (!rows.length) break;
      lastId = rows[rows.length - 1]!.id;
      const bytes = await Promise.all(rows.map((r) => raw.get(r.rawRef)));
      const results = await pool.run("analyze", { batch: bytes, compress: bytes.map(() => false) });
      await store.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i++) {
          const r = results[i]!;
          if (!r.ok) {
            failed++;
            continue;
          }
          const f = r.fields;
          await tx.query(
            `UPDATE "Message" SET subject=$2, "fromName"=$3, "fromEmail"=$4, date=$5::timestamptz, "dateSource"=$6,
                    "inReplyTo"=$7, "references"=$8::text[], kind=$9, facts=$10::json WHERE id=$1`,
            [rows[i]!.id, f.subject, f.fromName, f.fromEmail, f.date, f.dateSource, f.inReplyTo, f.references, r.kind, r.factsJson],
          );
        }
      });
      messages += rows.length;
    }
    const bad = await store.query<{ id: number; rawRef: string; rawSize: number }>(`SELECT id, "rawRef", "rawSize" FROM "Quarantine" ORDER BY id`);
    for (let i = 0; i < bad.length; i += CHUNK) {
      const rows = bad.slice(i, i + CHUNK);
      // A message whose bytes were never there (a blob the mirror lacks) stays with its reason until they are.
      const bytes = await Promise.all(rows.map((r) => raw.get(r.rawRef).catch(() => null)));
      const readable = bytes.flatMap((b) => (b && b.length ? [b] : []));
      const analyzed: AnalyzedMail[] = readable.length ? await pool.run("analyze", { batch: readable, compress: readable.map(() => false) }) : [];
      let k = 0;
      const results = bytes.map((b) => (b && b.length ? analyzed[k++]! : null));
      await store.transaction(async (tx) => {
        for (let j = 0; j < rows.length; j++) {
          const r = results[j];
          if (!r) continue;
          if (!r.ok) {
            await tx.query(`UPDATE "Quarantine" SET reason = $2 WHERE id = $1`, [rows[j]!.id, r.reason]);
            continue;
          }
          await insertMessages(tx, [{ result: r }], [rows[j]!.rawRef]);
          await tx.query(`DELETE FROM "Quarantine" WHERE id = $1`, [rows[j]!.id]);
          released++;
        }
      });
    }
    // The engine may have changed: cached review results are recomputed too, and every series is written
    // again (its hash names review keys, which do not cover the facts just recomputed).
    await store.query(`UPDATE "Series" SET "derivedHash" = NULL WHERE "derivedHash" IS NOT NULL`);
    await store.query(`UPDATE "Patch" SET "reviewKey" = NULL WHERE "reviewKey" IS NOT NULL`);
    await store.query(`UPDATE "Revision" SET "coverReviewKey" = NULL WHERE "coverReviewKey" IS NOT NULL`);
    await recordFactsVersion(store);
    // The parsing workers are done: closed before derive, whose review pass starts workers of its own. Kept
    // open, their heaps sat idle beside derive's biggest one (linux-clk's reanalyze peaked ~110 MB above its ingest).
    await closePool();
    await deriveAll(store, raw);
    // Every message row and every derived row was just written again, leaving the old versions behind as dead
    // rows. A PostgreSQL server's autovacuum reclaims them; PGlite runs none, so every reanalyze grew the store
    // (linux-nvme: 73 -> 120 -> 135 -> 150 MB over three runs) and every later scan read the dead rows too. A plain
    // VACUUM (1.3 s there) makes their space reusable: the next run stayed at 150 MB.
    if (store.kind === "pglite") await store.query("VACUUM");
    const [q] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Quarantine"`);
    return { messages, failed, quarantined: q?.n ?? 0, released, seconds: (performance.now() - started) / 1000 };
  } finally {
    await closePool();
    await raw.close();
  }
}
