import type { RevisionPatchMatches, SeriesGroup } from "./types";

/** The revision that answers the remarks on one patch (or cover) of an earlier revision. */
export interface NextRound {
  /** Index into the group's revisions. */
  index: number;
  /** That revision's patch matched to the patch asked about; null when it carries none (and always for a cover). */
  successorId: string | null;
}

/**
 * The revision whose content answers the remarks on patch `patchId` (null: the cover letter) of
 * `group.revisions[index]`: usually the next one. A later posting that does not carry the patch is passed over
 * when it is no new round of the whole series: a partial re-roll (one patch re-sent in the thread, "[PATCH v2.1
 * 03/24]"), a re-post at the version the remark was made on (a few patches sent again, a RESEND of the cover
 * alone), a sending that broke off (23 of 37 patches) before the same version went out complete, or for a patch
 * a cover that came without any patches. Judged against such a posting, every other patch's remarks read
 * "v7 no longer carries this patch" though the full v7 carries it. Null when only such postings follow: the
 * next round is yet to come. For a cover, a passed-over posting must have no cover of its own.
 */
export function nextRound(
  group: SeriesGroup,
  index: number,
  patchId: string | null,
  matchesByKey: ReadonlyMap<string, RevisionPatchMatches>,
): NextRound | null {
  const revisions = group.revisions;
  const version = revisions[index]?.posting.version;
  if (version === undefined) return null;
  for (let j = index + 1; j < revisions.length; j++) {
    const { posting, partial } = revisions[j]!;
    if (patchId !== null) {
      const successor = matchesByKey.get(posting.key)?.matches.find((m) => m.predecessors.some((pr) => pr.messageId === patchId));
      if (successor) return { index: j, successorId: successor.messageId };
      if (posting.patches.length === 0) continue;
    } else if (posting.coverId !== null) {
      return { index: j, successorId: null };
    }
    const brokenOff = !posting.complete && posting.total !== null && revisions.slice(j + 1).some((r) => r.posting.version === posting.version);
    if (partial === true || posting.version === version || brokenOff) continue;
    return { index: j, successorId: null };
  }
  return null;
}
