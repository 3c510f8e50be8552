import Link from "next/link";
import type { RevisionJson } from "@/lib/db/queries/contract-types";
import { seriesHref } from "../../_lib/series-href";

/** v1..vN as server-rendered links (`?v=N`), so switching works without JavaScript. */
export function RevisionTabs({
  seriesId,
  revisions,
  selected,
}: {
  seriesId: string;
  revisions: RevisionJson[];
  selected: number;
}) {
  return (
    <nav aria-label="Revisions" className="flex flex-wrap gap-1 border-b border-zinc-200" data-testid="revision-tabs">
      {revisions.map((r) => {
        const active = r.version === selected;
        return (
          <Link
            key={r.version}
            href={seriesHref(seriesId, r.version)}
            aria-current={active ? "page" : undefined}
            className={`-mb-px rounded-t border px-3 py-1 font-mono ${
              active
                ? "border-zinc-200 border-b-white bg-white font-semibold text-zinc-900"
                : "border-transparent text-zinc-500 hover:text-zinc-900"
            }`}
          >
            v{r.version}
          </Link>
        );
      })}
    </nav>
  );
}
