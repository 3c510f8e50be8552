import Link from "next/link";
import type { PatchJson, TrailerJson } from "@/lib/db/queries/contract-types";
import { Badge } from "../../_components/badge";
import { seriesHref } from "../../_lib/series-href";
import { toneFor } from "../../_lib/tone-for";
import { CommentList } from "./comment-list";
import { FileList } from "./file-list";

/** One patch of a revision: identity, link to its previous version, trailers, files/hunks, review comments. */
export function PatchCard({ seriesId, patch }: { seriesId: string; patch: PatchJson }) {
  return (
    <article
      id={`p-${patch.number}`}
      data-testid="patch"
      className="scroll-mt-4 rounded border border-zinc-200 bg-white target:ring-2 target:ring-sky-400"
    >
      <header className="border-b border-zinc-100 px-3 py-2">
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="font-mono text-zinc-500">
            [{patch.number}/{patch.total}]
          </span>
          <h3 className="mailtext font-semibold" data-testid="patch-title">
            {patch.title}
          </h3>
          {patch.previous ? (
            <Link
              href={seriesHref(seriesId, patch.previous.version, patch.previous.number)}
              className="font-mono text-[12px] text-sky-800 hover:underline"
              title={
                patch.previous.similarity !== undefined
                  ? `matched by similarity ${Math.round(patch.previous.similarity * 100)}%`
                  : "the matching patch one version back"
              }
              data-testid="previous-link"
            >
              ← previous: v{patch.previous.version} {patch.previous.number}/…
            </Link>
          ) : (
            <span className="text-[12px] text-zinc-400">no previous version</span>
          )}
        </div>
        <div className="mailtext mt-0.5 font-mono text-[11px] text-zinc-500">
          {patch.subject} · &lt;{patch.messageId}&gt;
        </div>
      </header>
      <div className="space-y-3 px-3 py-2">
        <TrailerList trailers={patch.trailers} />
        <FileList files={patch.files} />
        <CommentList comments={patch.comments} />
      </div>
    </article>
  );
}

function TrailerList({ trailers }: { trailers: TrailerJson[] }) {
  if (trailers.length === 0) return <p className="text-zinc-400">No trailers.</p>;
  return (
    <table className="w-full border-collapse text-left" data-testid="trailers">
      <tbody>
        {trailers.map((t, i) => (
          <tr key={i} className="align-top">
            <td className="w-0 whitespace-nowrap py-0.5 pr-2 font-mono text-zinc-700">{t.kind}:</td>
            <td className="mailtext py-0.5 pr-2">
              {t.name} <span className="text-zinc-500">&lt;{t.email}&gt;</span>
              {t.comment && <span className="font-mono text-zinc-500"> # {t.comment}</span>}
            </td>
            <td className="w-0 whitespace-nowrap py-0.5 pr-2 text-[11px] text-zinc-500">from {t.source}</td>
            <td className="w-0 whitespace-nowrap py-0.5">
              <Badge tone={toneFor("trailer", t.status)}>{t.status}</Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
