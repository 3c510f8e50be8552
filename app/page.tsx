import Link from "next/link";
import { loadSeriesList } from "@/lib/db/queries/load-series-list";
import type { SeriesListItem } from "@/lib/db/queries/contract-types";
import { Badge } from "./_components/badge";
import { TurnBadge } from "./_components/turn-badge";
import { filterSeries } from "./_lib/filter-series";
import { formatDate } from "./_lib/format-date";
import { MAX_QUERY_LENGTH, parseListFilter, TURN_FILTERS } from "./_lib/parse-list-filter";
import { seriesHref } from "./_lib/series-href";
import { toneFor } from "./_lib/tone-for";

export const dynamic = "force-dynamic";

/** Rows rendered at once: a whole list archive has thousands of series; the filter narrows it. */
const MAX_ROWS = 500;

const KNOWN_STATES = ["new", "under-review", "changes-requested", "partially-accepted", "accepted", "superseded"];

export default async function SeriesListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = parseListFilter(await searchParams);
  const list = await loadSeriesList();

  if (list.series.length === 0) return <EmptyStore />;

  const matching = filterSeries(list.series, filter);
  const shown = matching.slice(0, MAX_ROWS);
  const states = [...new Set([...KNOWN_STATES, ...list.series.map((s) => s.state)])];
  const filtered = filter.q !== "" || filter.state !== null || filter.turn !== null;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-base font-semibold">
          Series <span className="font-normal text-zinc-500">({list.series.length})</span>
        </h1>
        <form method="get" action="/" role="search" className="flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor="q">
            Filter text
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filter.q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="title, author, id…"
            className="w-64 rounded border border-zinc-300 bg-white px-2 py-1 text-[13px] focus:border-sky-500 focus:outline-none"
          />
          <FilterSelect name="state" label="State" value={filter.state} anyValue="all" anyLabel="all states" options={states.map((s) => [s, s])} />
          <FilterSelect
            name="turn"
            label="Waiting on"
            value={filter.turn}
            anyValue="any"
            anyLabel="waiting on anyone"
            options={TURN_FILTERS.map((t) => [t, `waiting on ${t}`])}
          />
          <button type="submit" className="rounded bg-zinc-800 px-3 py-1 text-[13px] font-medium text-white hover:bg-zinc-700">
            Filter
          </button>
          {filtered && (
            <Link href="/" className="text-zinc-600 underline hover:text-zinc-900">
              clear
            </Link>
          )}
        </form>
      </div>

      {filtered && (
        <p className="text-zinc-600" data-testid="filter-summary">
          {matching.length} of {list.series.length} series match.
        </p>
      )}

      {matching.length === 0 ? (
        <p className="rounded border border-dashed border-zinc-300 bg-white p-6 text-center text-zinc-600" data-testid="no-match">
          No series match this filter.
        </p>
      ) : (
        <SeriesTable items={shown} />
      )}
      {matching.length > shown.length && (
        <p className="text-zinc-600">
          Showing the {shown.length} most recently active of {matching.length}; narrow the filter to see the rest.
        </p>
      )}
    </div>
  );
}

function SeriesTable({ items }: { items: SeriesListItem[] }) {
  return (
    <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
      <table className="w-full border-collapse text-left" data-testid="series-list">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-[11px] uppercase tracking-wide text-zinc-500">
          <tr>
            <th className="px-2 py-1.5 font-medium">State</th>
            <th className="px-2 py-1.5 font-medium">Series</th>
            <th className="px-2 py-1.5 font-medium">Author</th>
            <th className="px-2 py-1.5 text-right font-medium">Ver</th>
            <th className="px-2 py-1.5 text-right font-medium">Patches</th>
            <th className="px-2 py-1.5 text-right font-medium" title="Acked-by / Reviewed-by / Tested-by on the latest revision">
              A/R/T
            </th>
            <th className="px-2 py-1.5 text-right font-medium">Comments</th>
            <th className="px-2 py-1.5 font-medium">Turn</th>
            <th className="px-2 py-1.5 font-medium">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} className="border-b border-zinc-100 align-top last:border-0 hover:bg-sky-50/50" data-testid="series-row">
              <td className="px-2 py-1.5">
                <Badge tone={toneFor("state", s.state)}>{s.state}</Badge>
              </td>
              <td className="mailtext px-2 py-1.5">
                <Link href={seriesHref(s.id)} className="font-medium text-sky-800 hover:underline">
                  {s.title}
                </Link>
              </td>
              <td className="mailtext px-2 py-1.5 text-zinc-700" title={s.author.email}>
                {s.author.name || s.author.email}
              </td>
              <td className="px-2 py-1.5 text-right font-mono">v{s.latestVersion}</td>
              <td className="px-2 py-1.5 text-right font-mono">{s.patchCount}</td>
              <td className="whitespace-nowrap px-2 py-1.5 text-right font-mono">
                <span className={s.trailerCounts.acked ? "text-emerald-700" : "text-zinc-400"}>{s.trailerCounts.acked}</span>
                <span className="text-zinc-300">/</span>
                <span className={s.trailerCounts.reviewed ? "text-emerald-700" : "text-zinc-400"}>{s.trailerCounts.reviewed}</span>
                <span className="text-zinc-300">/</span>
                <span className={s.trailerCounts.tested ? "text-emerald-700" : "text-zinc-400"}>{s.trailerCounts.tested}</span>
              </td>
              <td className="px-2 py-1.5 text-right font-mono">{s.commentCount}</td>
              <td className="px-2 py-1.5">
                <TurnBadge turn={s.whoseTurn} />
              </td>
              <td className="whitespace-nowrap px-2 py-1.5 font-mono text-zinc-600">{formatDate(s.lastActivity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EmptyStore() {
  return (
    <div className="mx-auto mt-8 max-w-2xl rounded border border-zinc-200 bg-white p-6" data-testid="empty-store">
      <h1 className="mb-2 text-base font-semibold">No series yet</h1>
      <p className="mb-3 text-zinc-700">The store is empty. Ingest some mail from the repository root, then reload:</p>
      <pre className="mb-3 overflow-x-auto rounded bg-zinc-900 px-3 py-2 font-mono text-[12px] text-zinc-100">
        npm run patchdeck -- ingest &lt;path&gt;
      </pre>
      <p className="text-zinc-600">
        <code className="font-mono">&lt;path&gt;</code> may be an mbox or mboxrd file, a maildir, a directory of{" "}
        <code className="font-mono">.eml</code> files, a single <code className="font-mono">.eml</code>, a{" "}
        <code className="font-mono">.gz</code> of any of these, a public-inbox v2 git epoch, or{" "}
        <code className="font-mono">-</code> for stdin. <code className="font-mono">DATABASE_URL</code> selects the
        same store the web app reads.
      </p>
    </div>
  );
}

/** One of the list's filter drop-downs: a hidden label, "any" first, then each option as [value, text]. */
function FilterSelect(props: { name: string; label: string; value: string | null | undefined; anyValue: string; anyLabel: string; options: [string, string][] }) {
  return (
    <>
      <label className="sr-only" htmlFor={props.name}>
        {props.label}
      </label>
      <select
        id={props.name}
        name={props.name}
        defaultValue={props.value ?? props.anyValue}
        className="rounded border border-zinc-300 bg-white px-2 py-1 text-[13px]"
      >
        <option value={props.anyValue}>{props.anyLabel}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}
