import type { Metadata } from "next";
import Link from "next/link";
import { CommentList } from "./comment-list";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadSeriesDetail } from "@/lib/db/queries/load-series-detail";
import type { RevisionJson } from "@/lib/db/queries/contract-types";
import { Badge } from "../../_components/badge";
import { TurnBadge } from "../../_components/turn-badge";
import { formatDate } from "../../_lib/format-date";
import { parseRouteId } from "../../_lib/parse-route-id";
import { toneFor } from "../../_lib/tone-for";
import { ArtMatrix } from "./art-matrix";
import { FileStatusTable } from "./file-status-table";
import { PatchCard } from "./patch-card";
import { RevisionSummary } from "./revision-summary";
import { RevisionTabs } from "./revision-tabs";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Picks the revision named by `?v=`: a tag ("2.2"), or a plain version (its latest posting when there are
 * several); the latest revision when absent or not one of this series.
 */
function pickRevision(revisions: RevisionJson[], raw: string | string[] | undefined): RevisionJson | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  const found = v === undefined ? undefined : (revisions.find((r) => r.tag === v) ?? revisions.findLast((r) => String(r.version) === v));
  return found ?? revisions[revisions.length - 1];
}

// The page's title and its body read the same series: once per request (a long-lived series, 38 versions
// of one patch set, is megabytes of JSON and seconds to load).
const loadSeriesOnce = cache(loadSeriesDetail);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseRouteId((await params).id);
  const show = id === null ? null : await loadSeriesOnce(id);
  return { title: show ? show.series.title : "Series not found" };
}

export default async function SeriesPage({ params, searchParams }: Props) {
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const show = await loadSeriesOnce(id);
  if (show === null) notFound();
  const { series } = show;
  const revision = pickRevision(series.revisions, (await searchParams).v);

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <div className="text-zinc-500">
          <Link href="/" className="hover:underline">
            Series
          </Link>{" "}
          / <span className="font-mono">{series.id}</span>
        </div>
        <h1 className="mailtext text-lg font-semibold leading-6" data-testid="series-title">
          {series.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-zinc-700">
          <Badge tone={toneFor("state", series.state)}>{series.state}</Badge>
          <span className="mailtext">
            {series.author.name} <span className="text-zinc-500">&lt;{series.author.email}&gt;</span>
          </span>
          <span className="text-zinc-400">·</span>
          <span>
            {series.revisions.length} revision{series.revisions.length === 1 ? "" : "s"}
          </span>
        </div>
        {series.whoseTurn && (
          <p className="flex flex-wrap items-center gap-2 text-zinc-700" data-testid="whose-turn">
            <TurnBadge turn={series.whoseTurn} />
            <span className="mailtext" data-testid="whose-turn-reason">
              {series.whoseTurn.reason}
            </span>
            {series.whoseTurn.since && (
              <span className="font-mono text-zinc-500">since {formatDate(series.whoseTurn.since)}</span>
            )}
          </p>
        )}
      </div>

      <RevisionSummary seriesId={series.id} revisions={series.revisions} selected={revision?.tag ?? null} />
      <ArtMatrix seriesId={series.id} rows={series.artMatrix ?? []} revisions={series.revisions} />

      {revision === undefined ? (
        <p className="text-zinc-600">This series has no revisions.</p>
      ) : (
        <section aria-label={`Revision v${revision.tag}`} data-testid="revision" className="space-y-3">
          <RevisionTabs seriesId={series.id} revisions={series.revisions} selected={revision.tag} />
          <RevisionHeader revision={revision} />
          <FileStatusTable revision={revision} />
          <div className="space-y-3">
            {revision.patches.map((p) => (
              <PatchCard key={`${p.number}-${p.messageId}`} seriesId={series.id} patch={p} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

function RevisionHeader({ revision }: { revision: RevisionJson }) {
  return (
    <div className="rounded border border-zinc-200 bg-white p-3">
      <div className="flex flex-wrap items-baseline gap-2">
        <h2 className="font-mono text-sm font-semibold">v{revision.tag}</h2>
        {revision.versionInferred && (
          <Badge tone="amber" title="The subject carried no version; it was inferred">
            version inferred
          </Badge>
        )}
        <span className="font-mono text-zinc-500">{formatDate(revision.date)}</span>
        <span className="text-zinc-500">
          · {revision.patches.length} patch{revision.patches.length === 1 ? "" : "es"}
        </span>
      </div>
      <p className="mailtext mt-1">
        <span className="text-zinc-500">Cover: </span>
        {revision.cover ? (
          <>
            <span className="font-medium">{revision.cover.subject}</span>{" "}
            <span className="font-mono text-[11px] text-zinc-400">&lt;{revision.cover.messageId}&gt;</span>
          </>
        ) : (
          <span className="text-zinc-500 italic">no cover letter</span>
        )}
      </p>
      {revision.changelog.length > 0 && (
        <div className="mt-2">
          <h3 className="text-[11px] font-medium uppercase tracking-wide text-zinc-500">Changes in v{revision.version}</h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="changelog">
            {revision.changelog.map((c, i) => (
              <li key={i} className="mailtext">
                {c.text}
                {c.credits.length > 0 && <span className="text-zinc-500"> (credit: {c.credits.join(", ")})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {revision.comments.length > 0 && (
        <div className="mt-2" data-testid="cover-comments">
          <h3 className="text-[11px] font-medium uppercase tracking-wide text-zinc-500">Remarks on the cover letter</h3>
          <CommentList comments={revision.comments} />
        </div>
      )}
    </div>
  );
}
