import type { SeriesListItem } from "@/lib/db/queries/contract-types";
import type { ListFilter } from "./parse-list-filter";

/** Keeps the items whose state and turn match and whose title/author/id contain every word of the query. */
export function filterSeries(items: readonly SeriesListItem[], filter: ListFilter): SeriesListItem[] {
  const words = filter.q.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.state !== null && item.state !== filter.state) return false;
    if (filter.turn !== null && item.whoseTurn?.waitingOn !== filter.turn) return false;
    if (words.length === 0) return true;
    const hay = `${item.title}\n${item.author.name}\n${item.author.email}\n${item.id}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
