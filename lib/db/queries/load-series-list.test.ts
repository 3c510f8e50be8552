// The series list's trailer counts come from Revision.trailerCounts, which derive writes and the migration
// that added the column filled for older rows: both must count as the series page's trailers do.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../ingest/ingest";
import { migrationsDir } from "../migrate";
import { openStore, type Store } from "../open-store";
import { loadSeriesDetail } from "./load-series-detail";
import { loadSeriesList } from "./load-series-list";
import { countTrailerPeople } from "./trailer-counts";

const demo = join(import.meta.dirname, "..", "..", "..", "fixtures", "demo", "demo.mbox");

describe("the series list's trailer counts", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ url: "pglite:" });
    await ingest({ store, sources: [demo], workers: 0 });
  }, 120_000);
  afterAll(async () => {
    await store.close();
  });

  it("count each person once per kind over the latest revision's patches, dropped trailers not, as the series page shows them", async () => {
    const list = await loadSeriesList(store);
    let withTrailers = 0;
    for (const item of list.series) {
      const detail = await loadSeriesDetail(item.id, store);
      const latest = detail!.series.revisions.reduce((a, b) => (b.version >= a.version ? b : a));
      expect(item.trailerCounts).toEqual(countTrailerPeople(latest.patches.map((p) => p.trailers)));
      if (item.trailerCounts.acked + item.trailerCounts.reviewed + item.trailerCounts.tested > 0) withTrailers++;
    }
    // The demo archive's widget series collects acks and reviews: the check above is not only zeros.
    expect(withTrailers).toBeGreaterThan(0);
  });

  it("are counted alike by the migration that added them, for rows written before", async () => {
    const before = await loadSeriesList(store);
    const sql = readFileSync(join(migrationsDir(), "20261128031034_revision_trailer_counts", "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("UPDATE"));
    await store.query(`UPDATE "Revision" SET "trailerCounts" = NULL`);
    for (const statement of backfill.split(";").map((s) => s.trim()).filter(Boolean)) await store.query(statement);
    expect(await loadSeriesList(store)).toEqual(before);
  });
});
