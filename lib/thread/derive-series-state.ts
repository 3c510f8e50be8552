import type { SeriesState } from "./types";

export interface RevisionStateInput {
  /**
   * Someone other than the author answered a cover or patch of this revision: a reviewer or a build robot
   * (lkp, syzbot), not a status or CI bot's report (patchwork's "applied", "CI test results").
   */
  hasReplies: boolean;
  /** A reviewer objected (from lib/review's comment kinds). */
  hasObjection?: boolean;
  /** A maintainer announced this revision applied (lib/review's applied notices). */
  applied?: boolean;
  /**
   * A maintainer applied some of its patches but not all (b4's "(subset)" notices: the rest of an MFD or
   * device-tree series goes through other trees; or the rest was rejected). It outranks an objection, even
   * one open on a patch left over: the applied patches are what a maintainer triaging needs to know first.
   */
  partlyApplied?: boolean;
  /**
   * A later posting of the same work outside this series replaces it: the author re-sent its patches under a
   * higher version and another title (a v3 titled after one of v2's patches, a patch folded into a larger series).
   */
  supersededElsewhere?: boolean;
}

export interface SeriesStateInput {
  /** Ordered by version, oldest first. */
  revisions: readonly RevisionStateInput[];
  /** A state set by a person (only `accepted` today); it wins for the latest revision. */
  manualState?: SeriesState | null;
}

function revisionState(r: RevisionStateInput, superseded: boolean): SeriesState {
  if (superseded || r.supersededElsewhere) return "superseded";
  if (r.applied) return "accepted";
  if (r.partlyApplied) return "partially-accepted";
  if (r.hasObjection) return "changes-requested";
  if (r.hasReplies) return "under-review";
  return "new";
}

/**
 * State of every revision and of the series (= its latest revision): accepted (manual) >
 * superseded (a later revision exists, here or in another series) > accepted (announced applied) > partially-accepted (some patches
 * applied, whatever objections are open on the rest) > changes-requested >
 * under-review (has replies) > new.
 */
export function deriveSeriesState(input: SeriesStateInput): { series: SeriesState; revisions: SeriesState[] } {
  const n = input.revisions.length;
  const revisions = input.revisions.map((r, i) => revisionState(r, i < n - 1));
  if (n > 0 && input.manualState) revisions[n - 1] = input.manualState;
  return { series: n > 0 ? revisions[n - 1]! : input.manualState ?? "new", revisions };
}
