import Link from "next/link";
import type { RevisionJson } from "@/lib/db/queries/contract-types";
import { formatDate } from "../../_lib/format-date";
import { seriesHref } from "../../_lib/series-href";

/** One row per revision: the whole history of the series at a glance. */
export function RevisionSummary({
  seriesId,
  revisions,
  selected,
}: {
  seriesId: string;
  revisions: RevisionJson[];
  selected: string | null;
}) {
  return (
    <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
      <table className="w-full border-collapse text-left" data-testid="revision-summary">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-[11px] uppercase tracking-wide text-zinc-500">
          <tr>
            <th className="px-2 py-1 font-medium">Ver</th>
            <th className="px-2 py-1 font-medium">Posted</th>
            <th className="px-2 py-1 text-right font-medium">Patches</th>
            <th className="px-2 py-1 text-right font-medium">Comments</th>
            <th className="px-2 py-1 text-right font-medium" title="Review comments still open or unaddressed">
              Open
            </th>
            <th className="px-2 py-1 font-medium">Cover subject</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => {
            const comments = r.patches.flatMap((p) => p.comments);
            const open = comments.filter(
              (c) => c.resolution?.status === "open" || c.resolution?.status === "unaddressed",
            ).length;
            return (
              <tr
                key={r.tag}
                className={`border-b border-zinc-100 last:border-0 ${r.tag === selected ? "bg-sky-50" : ""}`}
              >
                <td className="px-2 py-1 font-mono">
                  <Link href={seriesHref(seriesId, r.tag)} className="text-sky-800 hover:underline">
                    v{r.tag}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-2 py-1 font-mono text-zinc-600">{formatDate(r.date)}</td>
                <td className="px-2 py-1 text-right font-mono">{r.patches.length}</td>
                <td className="px-2 py-1 text-right font-mono">{comments.length}</td>
                <td className={`px-2 py-1 text-right font-mono ${open ? "text-amber-700" : "text-zinc-400"}`}>{open}</td>
                <td className="mailtext px-2 py-1 text-zinc-700">{r.cover?.subject ?? <span className="italic text-zinc-400">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
