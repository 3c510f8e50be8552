import Link from "next/link";
import type { RevisionJson } from "@/lib/db/queries/contract-types";
import { seriesHref } from "../../_lib/series-href";

/** v1..vN as server-rendered links (`?v=<tag>`, "v2.1"/"v2.2" for a version posted twice), so switching works without JavaScript. */
export function RevisionTabs({
  seriesId,
  revisions,
  selected,
}: {
  seriesId: string;
  revisions: RevisionJson[];
  selected: string;
}) {
  return (
    <nav aria-label="Revisions" className="flex flex-wrap gap-1 border-b border-zinc-200" data-testid="revision-tabs">
      {revisions.map((r) => {
        const active = r.tag === selected;
        return (
          <Link
            key={r.tag}
            href={seriesHref(seriesId, r.tag)}
            aria-current={active ? "page" : undefined}
            className={`-mb-px rounded-t border px-3 py-1 font-mono ${
              active
                ? "border-zinc-200 border-b-white bg-white font-semibold text-zinc-900"
                : "border-transparent text-zinc-500 hover:text-zinc-900"
            }`}
          >
            v{r.tag}
          </Link>
        );
      })}
    </nav>
  );
}
