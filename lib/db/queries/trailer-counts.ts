// How many people acked, reviewed and tested a revision: counted by derive when it writes the revision
// (Revision.trailerCounts), so the series list reads three numbers per series instead of every latest
// patch's trailers.
import type { SeriesListItem, TrailerJson } from "./contract-types";

export type TrailerCounts = SeriesListItem["trailerCounts"];

/** People who acked/reviewed/tested, counted once per person across the revision's patches; dropped ones not. */
export function countTrailerPeople(perPatch: readonly (readonly TrailerJson[])[]): TrailerCounts {
  const people = { acked: new Set<string>(), reviewed: new Set<string>(), tested: new Set<string>() };
  for (const trailers of perPatch) {
    for (const t of trailers) {
      if (t.status === "dropped") continue;
      const who = t.email || t.name || "";
      if (t.kind === "Acked-by") people.acked.add(who);
      else if (t.kind === "Reviewed-by") people.reviewed.add(who);
      else if (t.kind === "Tested-by") people.tested.add(who);
    }
  }
  return { acked: people.acked.size, reviewed: people.reviewed.size, tested: people.tested.size };
}
