// Loader for one series (CLI `show`, GET /api/series/<id>, the series page): the CONTRACT.md shape.
import { getStore } from "../open-store";
import type { Store } from "../store-types";
import type { TurnEvent } from "../../review/whose-turn";
import { SCHEMA_VERSION, type PatchJson, type RevisionJson, type ShowJson } from "./contract-types";
import { revisionTags } from "./revision-tags";
import { artMatrix, iso, turnOf } from "./series-views";

/** Finds a series by its id or by the Message-ID of any message in it (with or without <>). */
export async function loadSeriesDetail(idOrMessageId: string, store?: Store): Promise<ShowJson | null> {
  const db = store ?? (await getStore());
  const seriesId = await findSeriesId(db, idOrMessageId.trim().replace(/^<|>$/g, ""));
  if (seriesId === null) return null;
  const [series] = await db.query<{ id: number; title: string; authorName: string; authorEmail: string; state: string; turnEvents: TurnEvent[] | null }>(
    `SELECT id, title, "authorName", "authorEmail", state, "turnEvents" FROM "Series" WHERE id = $1`,
    [seriesId],
  );
  if (!series) return null;
  const revisions = await db.query<{
    id: number;
    version: number;
    versionInferred: boolean;
    date: Date | null;
    coverMessageId: string | null;
    coverSubject: string | null;
    changelog: RevisionJson["changelog"] | null;
    linkEvidence: unknown;
    conversionStatus: RevisionJson["conversionStatus"];
    comments: RevisionJson["comments"] | null;
  }>(
    `SELECT id, version, "versionInferred", date, "coverMessageId", "coverSubject", changelog, "linkEvidence", "conversionStatus", comments
       FROM "Revision" WHERE "seriesId" = $1 ORDER BY version, date NULLS LAST, id`,
    [seriesId],
  );
  const patches = await db.query<{
    revisionId: number;
    number: number;
    total: number;
    subject: string;
    title: string;
    messageId: string;
    previous: PatchJson["previous"];
    files: PatchJson["files"] | null;
    trailers: PatchJson["trailers"] | null;
    comments: PatchJson["comments"] | null;
  }>(
    `SELECT p."revisionId", p.number, p.total, p.subject, p.title, m."messageId", p.previous, m.facts->'patch'->'files' AS files, p.trailers, p.comments
       FROM "Patch" p JOIN "Message" m ON m.id = p."messageRow"
      WHERE p."revisionId" = ANY($1::int[]) ORDER BY p.number, m.date NULLS LAST`,
    [revisions.map((r) => r.id)],
  );
  const tags = revisionTags(revisions.map((r) => r.version));
  const revisionJson: RevisionJson[] = revisions.map((r, i) => ({
        version: r.version,
        tag: tags[i]!,
        versionInferred: r.versionInferred,
        date: iso(r.date),
        cover: r.coverMessageId ? { messageId: r.coverMessageId, subject: r.coverSubject ?? "" } : null,
        changelog: r.changelog ?? [],
        linkEvidence: r.linkEvidence ?? null,
        conversionStatus: r.conversionStatus ?? null,
        comments: r.comments ?? [],
        patches: patches
          .filter((p) => p.revisionId === r.id)
          .map((p) => ({
            number: p.number,
            total: p.total,
            messageId: p.messageId,
            subject: p.subject,
            title: p.title,
            previous: p.previous ?? null,
            trailers: p.trailers ?? [],
            files: p.files ?? [],
            comments: p.comments ?? [],
          })),
      }));
  const author = { name: series.authorName, email: series.authorEmail };
  return {
    schemaVersion: SCHEMA_VERSION,
    series: {
      id: String(series.id),
      title: series.title,
      author,
      state: series.state,
      whoseTurn: turnOf(author, series.state, series.turnEvents),
      artMatrix: artMatrix(revisionJson),
      revisions: revisionJson,
    },
  };
}

async function findSeriesId(db: Store, key: string): Promise<number | null> {
  if (/^\d{1,9}$/.test(key)) {
    const rows = await db.query<{ id: number }>(`SELECT id FROM "Series" WHERE id = $1`, [Number(key)]);
    if (rows[0]) return rows[0].id;
  }
  // The message itself, then its ancestors (a reply finds the series of the patch it answers).
  const [msg] = await db.query<{ messageId: string; inReplyTo: string | null; references: string[] }>(
    `SELECT "messageId", "inReplyTo", "references" FROM "Message" WHERE "messageId" = $1`,
    [key],
  );
  const candidates = msg ? [msg.messageId, ...(msg.inReplyTo ? [msg.inReplyTo] : []), ...[...msg.references].reverse()] : [key];
  const rows = await db.query<{ seriesId: number; mid: string }>(
    `SELECT r."seriesId", m."messageId" AS mid FROM "Patch" p JOIN "Message" m ON m.id = p."messageRow" JOIN "Revision" r ON r.id = p."revisionId"
      WHERE m."messageId" = ANY($1::text[])
     UNION ALL
     SELECT r."seriesId", r."coverMessageId" AS mid FROM "Revision" r WHERE r."coverMessageId" = ANY($1::text[])`,
    [candidates],
  );
  for (const c of candidates) {
    const hit = rows.find((r) => r.mid === c);
    if (hit) return hit.seriesId;
  }
  return null;
}
