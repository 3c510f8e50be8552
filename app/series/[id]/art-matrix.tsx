import Link from "next/link";
import type { ArtRow, RevisionJson } from "@/lib/db/queries/contract-types";
import { artCell, cellAt } from "../../_lib/art-cell";
import { seriesHref } from "../../_lib/series-href";

/** Acked/Reviewed/Tested per patch (rows, followed across revisions) and version (columns). */
export function ArtMatrix({ seriesId, rows, revisions }: { seriesId: string; rows: ArtRow[]; revisions: RevisionJson[] }) {
  if (rows.length === 0 || revisions.length === 0) return null;
  // "n/N": N is the size of that version's series as posted.
  const totals = new Map(revisions.map((r) => [r.tag, r.patches[0]?.total || r.patches.length]));
  return (
    <section aria-label="Acked / Reviewed / Tested by version" className="overflow-x-auto rounded border border-zinc-200 bg-white">
      <table className="w-full border-collapse text-left" data-testid="art-matrix">
        <caption className="px-2 py-1 text-left text-[11px] font-medium uppercase tracking-wide text-zinc-500">
          A/R/T by version <span className="normal-case tracking-normal text-zinc-400">(hover a cell for names)</span>
        </caption>
        <thead className="border-y border-zinc-200 bg-zinc-50 text-[11px] uppercase tracking-wide text-zinc-500">
          <tr>
            <th className="px-2 py-1 font-medium">Patch</th>
            {revisions.map((r) => (
              <th key={r.tag} className="px-2 py-1 font-medium" data-testid="art-version">
                <Link href={seriesHref(seriesId, r.tag)} className="font-mono normal-case text-sky-800 hover:underline">
                  v{r.tag}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-b border-zinc-100 align-top last:border-0" data-testid="art-row">
              <td className="mailtext px-2 py-1 text-zinc-800">{row.title}</td>
              {revisions.map((r) => {
                const cell = cellAt(row, r.tag);
                if (!cell) {
                  return (
                    <td key={r.tag} className="px-2 py-1 text-zinc-300" title={`not in v${r.tag}`}>
                      —
                    </td>
                  );
                }
                const { counts, title } = artCell(cell);
                return (
                  <td key={r.tag} className="whitespace-nowrap px-2 py-1 font-mono" title={title || undefined} data-testid="art-cell">
                    <span className="text-zinc-600">
                      {cell.number}/{totals.get(r.tag) ?? "?"}
                    </span>
                    {counts.length === 0 ? (
                      <span className="ml-2 text-zinc-400">–</span>
                    ) : (
                      counts.map((c) => (
                        <span key={c.letter} className="ml-2 text-emerald-700">
                          {c.letter}
                          {c.count}
                        </span>
                      ))
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
