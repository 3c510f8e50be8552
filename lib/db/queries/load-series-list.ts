// Loader for the series list (CLI `series`, GET /api/series, the home page): plain objects only.
import { getStore } from "../open-store";
import type { Store } from "../store-types";
import type { TurnEvent } from "../../review/whose-turn";
import { iso, turnOf } from "./series-views";
import { SCHEMA_VERSION, type SeriesListItem, type SeriesListJson } from "./contract-types";
import type { TrailerCounts } from "./trailer-counts";

interface Row {
  id: number;
  title: string;
  authorName: string;
  authorEmail: string;
  state: string;
  lastActivity: Date | string | null;
  firstDate: Date | string | null;
  revisionCount: number;
  latestVersion: number | null;
  latestRevisionId: number | null;
  latestPatchCount: number | null;
  /** JSON text of the latest revision's {acked, reviewed, tested}, as derive counted them. */
  trailerCounts: string | null;
  /** JSON text: parsed here, which measured several times faster than the driver parsing the column. */
  turnEvents: string | null;
}

/** Every series, newest activity first. */
export async function loadSeriesList(store?: Store): Promise<SeriesListJson> {
  const db = store ?? (await getStore());
  // One pass over Revision for every series (per-series subqueries took seconds on a 3,600-series list).
  const rows = await db.query<Row>(`
    WITH per_series AS (
      SELECT r."seriesId", min(r.date) AS "firstDate", count(*)::int AS "revisionCount",
             (array_agg(r.id ORDER BY r.version DESC, r.date DESC NULLS LAST))[1] AS "latestRevisionId"
        FROM "Revision" r GROUP BY r."seriesId")
    SELECT s.id, s.title, s."authorName", s."authorEmail", s.state, s."lastActivity", s."turnEvents"::text AS "turnEvents",
           p."firstDate", COALESCE(p."revisionCount", 0) AS "revisionCount",
           latest.version AS "latestVersion", latest.id AS "latestRevisionId", latest."patchCount" AS "latestPatchCount",
           latest."trailerCounts"::text AS "trailerCounts"
      FROM "Series" s
      LEFT JOIN per_series p ON p."seriesId" = s.id
      LEFT JOIN "Revision" latest ON latest.id = p."latestRevisionId"
     ORDER BY s."lastActivity" DESC NULLS LAST, s.id DESC`);
  const latestIds = rows.map((r) => r.latestRevisionId).filter((id): id is number => id !== null);
  const comments = new Map<number, number>();
  if (latestIds.length) {
    // The list shows how many comments, not what they say: derive stored the count (rows it wrote before the
    // count existed are counted here).
    const patches = await db.query<{ revisionId: number; comments: number | null }>(
      `SELECT "revisionId", COALESCE("commentCount", json_array_length(comments)) AS comments FROM "Patch" WHERE "revisionId" = ANY($1::int[])`,
      [latestIds],
    );
    for (const p of patches) comments.set(p.revisionId, (comments.get(p.revisionId) ?? 0) + (p.comments ?? 0));
  }
  const series: SeriesListItem[] = rows.map((r) => ({
      id: String(r.id),
      title: r.title,
      author: { name: r.authorName, email: r.authorEmail },
      state: r.state,
      latestVersion: r.latestVersion ?? 1,
      revisionCount: r.revisionCount,
      patchCount: r.latestPatchCount ?? 0,
      lastActivity: iso(r.lastActivity),
      date: iso(r.firstDate),
      trailerCounts: r.trailerCounts ? (JSON.parse(r.trailerCounts) as TrailerCounts) : NO_TRAILERS,
      commentCount: r.latestRevisionId !== null ? (comments.get(r.latestRevisionId) ?? 0) : 0,
      whoseTurn: turnOf({ name: r.authorName, email: r.authorEmail }, r.state, r.turnEvents ? (JSON.parse(r.turnEvents) as TurnEvent[]) : null),
  }));
  return { schemaVersion: SCHEMA_VERSION, series };
}

/** A series without revisions has no trailers (derive counts every revision it writes; the migration that added the counts counted older rows). */
const NO_TRAILERS: TrailerCounts = { acked: 0, reviewed: 0, tested: 0 };
