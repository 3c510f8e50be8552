// An ingest of new mail rewrites only the series it touches (Series.derivedHash), and what it leaves in the
// store is exactly what deriving everything again would write.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../db/open-store";
import { deriveAll } from "./derive";
import { ingest } from "./ingest";
import { rawStoreFor } from "./open-raw-store";

const demo = join(import.meta.dirname, "..", "..", "fixtures", "demo", "demo.mbox");

/**
 * Every derived row but the ids, sorted: two stores with the same derived content print the same. The hash
 * covers message row ids too, so it is compared only for stores that stored their mail in the same order.
 */
async function derivedRows(store: Store, withHash = true): Promise<string[]> {
  const rows = [
    ...(await store.query(`SELECT key, title, "authorName", "authorEmail", state, "lastActivity", "turnEvents"::text AS te${withHash ? `, "derivedHash"` : ""} FROM "Series"`)),
    ...(await store.query(
      `SELECT s.key, r.version, r."versionInferred", r."postingKey", r.date, r."coverMessageId", r."patchCount", r."linkEvidence"::text AS le,
              r.changelog::text AS cl, r."conversionStatus"::text AS cs, r.comments::text AS c, r."coverReviewKey", r."coverOpenObjection", r."trailerCounts"::text AS tc
         FROM "Revision" r JOIN "Series" s ON s.id = r."seriesId"`,
    )),
    ...(await store.query(
      `SELECT r."postingKey", p.number, p.total, m."messageId", p.title, p."patchId", p.previous::text AS pv, p.trailers::text AS t,
              p.comments::text AS c, p."reviewKey", p."openObjection"
         FROM "Patch" p JOIN "Message" m ON m.id = p."messageRow" JOIN "Revision" r ON r.id = p."revisionId"`,
    )),
  ];
  return rows.map((r) => JSON.stringify(r)).sort();
}

describe("derive after an ingest of new mail", () => {
  const dir = mkdtempSync(join(tmpdir(), "patchdeck-incremental-"));
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("rewrites only the series the new mail touches, and leaves what a full derive would write", async () => {
    // The demo archive up to the widget series' v3: v1, v2 with its review, a typo fix, a question.
    const text = readFileSync(demo, "utf8");
    const v3 = text.indexOf("\nFrom mira.kovac@example.org Tue Mar 17");
    expect(v3).toBeGreaterThan(0);
    const early = join(dir, "early.mbox");
    writeFileSync(early, text.slice(0, v3 + 1));

    const stepwise = await openStore({ url: "pglite:" });
    const atOnce = await openStore({ url: "pglite:" });
    stores.push(stepwise, atOnce);
    await ingest({ store: stepwise, sources: [early], workers: 0 });
    const typoRevision = async () =>
      (await stepwise.query<{ id: number; seriesId: number }>(
        `SELECT r.id, r."seriesId" FROM "Revision" r JOIN "Series" s ON s.id = r."seriesId" WHERE s.title LIKE '%typo%'`,
      ))[0];
    const before = await typoRevision();
    expect(before).toBeDefined();

    // v3 and its replies arrive: the widget series changes, the typo fix does not.
    const again = await ingest({ store: stepwise, sources: [demo], workers: 0, derive: false });
    expect(again.new).toBe(7);
    const raw = rawStoreFor(stepwise);
    const derived = await deriveAll(stepwise, raw);
    expect(derived.series).toBe(2);
    expect(derived.seriesRewritten).toBe(1);
    expect(await typoRevision()).toEqual(before);

    await ingest({ store: atOnce, sources: [demo], workers: 0 });
    expect(await derivedRows(stepwise)).toEqual(await derivedRows(atOnce));

    // Nothing new: nothing is written again.
    const idle = await deriveAll(stepwise, raw);
    expect(idle.seriesRewritten).toBe(0);
    await raw.close();
  });

  it("keeps the stored review of a series that a late first version re-keys", async () => {
    // v2 and v3 (v2's review is stored with its key) first, then v1 arrives: the series is now keyed by v1's
    // posting, and v2's unchanged review must be carried over from the row of the series that is gone.
    const text = readFileSync(demo, "utf8");
    const v2 = text.indexOf("\nFrom mira.kovac@example.org Mon Mar  9");
    expect(v2).toBeGreaterThan(0);
    const later = join(dir, "later.mbox");
    const first = join(dir, "first.mbox");
    writeFileSync(later, text.slice(v2 + 1));
    writeFileSync(first, text.slice(0, v2 + 1));

    const stepwise = await openStore({ url: "pglite:" });
    const atOnce = await openStore({ url: "pglite:" });
    stores.push(stepwise, atOnce);
    await ingest({ store: stepwise, sources: [later], workers: 0 });
    const keyBefore = (await stepwise.query<{ key: string }>(`SELECT key FROM "Series" WHERE title LIKE '%killable%'`))[0]?.key;
    const reviewed = await stepwise.query<{ key: string }>(`SELECT "reviewKey" AS key FROM "Patch" WHERE "reviewKey" IS NOT NULL`);
    expect(reviewed.length).toBeGreaterThan(0);

    await ingest({ store: stepwise, sources: [first], workers: 0 });
    const keyAfter = (await stepwise.query<{ key: string }>(`SELECT key FROM "Series" WHERE title LIKE '%killable%'`))[0]?.key;
    expect(keyAfter).toBeDefined();
    expect(keyAfter).not.toBe(keyBefore);
    await ingest({ store: atOnce, sources: [first, later], workers: 0 });
    expect(await derivedRows(stepwise, false)).toEqual(await derivedRows(atOnce, false));
  });
});
