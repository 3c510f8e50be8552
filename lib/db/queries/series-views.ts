// Views computed when a series is read rather than stored: dates as the contract prints them, whose turn
// it is (it depends on "now") and the A/R/T matrix (a reshaping of the stored trailers).
import { whoseTurn, type TurnEvent } from "../../review/whose-turn";
import type { ArtRow, PersonJson, RevisionJson, WhoseTurn } from "./contract-types";

export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.000Z$/, "Z");
}

/** Whose turn, as of now; a series accepted or superseded waits on nobody. */
export function turnOf(author: PersonJson, state: string, events: TurnEvent[] | null): WhoseTurn {
  return whoseTurn(author, events ?? [], { now: new Date().toISOString(), closed: state === "accepted" });
}

const MATCH_STRENGTH: Record<string, number> = { "patch-id": 3, title: 2, diff: 1 };

/** Rows follow each patch back through `previous`, so a renumbered patch stays on its row. */
export function artMatrix(revisions: RevisionJson[]): ArtRow[] {
  const rows: ArtRow[] = [];
  const rowOf = new Map<string, ArtRow>();
  // A patch split into several keeps one row: the successor matched by patch-id or title claims it first.
  const strength = (p: RevisionJson["patches"][number]) => (p.previous ? (MATCH_STRENGTH[p.previous.by ?? ""] ?? 1) + (p.previous.similarity ?? 0) : 0);
  for (const r of revisions) {
    for (const p of [...r.patches].sort((a, b) => strength(b) - strength(a))) {
      let row = p.previous ? rowOf.get(p.previous.messageId) : undefined;
      if (!row || row.cells[r.tag]) {
        row = { title: p.title, cells: {} };
        rows.push(row);
      }
      row.title = p.title;
      rowOf.set(p.messageId, row);
      const who = (kind: string) => [
        ...new Set(p.trailers.filter((t) => t.kind === kind && (t.status === "present" || t.status === "collected")).map((t) => t.name || t.email)),
      ];
      row.cells[r.tag] = { number: p.number, acked: who("Acked-by"), reviewed: who("Reviewed-by"), tested: who("Tested-by") };
    }
  }
  return rows;
}

