export { analyzeSeries, type SeriesAnalysis } from "./analyze-series";
export { buildMessageSummary, coverVersionHint } from "./build-message-summary";
export { changedDiffLines, computePatchId, type ChangedLine } from "./compute-patch-id";
export { deriveSeriesState, type RevisionStateInput, type SeriesStateInput } from "./derive-series-state";
export { extractBodyLinks } from "./extract-body-links";
export { fingerprintDiff } from "./fingerprint-diff";
export { groupSeries, UNTHREADED_WINDOW_MS, type GroupedSeries } from "./group-series";
export { linkRevisions, SAME_TITLE, type LinkRevisionsInput, type RevisionChainLink } from "./link-revisions";
export { matchPatches, MATCH_THRESHOLD, type PatchInfo } from "./match-patches";
export {
  mergeIdentities,
  normalizePersonName,
  type Identity,
  type IdentityEvidence,
  type IdentityObservation,
  type IdentitySet,
} from "./merge-identities";
export { threadMessages } from "./thread-messages";
export { normalizeTitle, titleSimilarity, titleTokens } from "./title-similarity";
export type * from "./types";
