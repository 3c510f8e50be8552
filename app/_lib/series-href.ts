/** Link to a series page on our own site; the id is always encoded, it may come from mail. */
/** `revision`: a version number, or a revision tag ("3", "2.2": see revisionTags). */
export function seriesHref(id: string, revision?: number | string, patchNumber?: number): string {
  const tag = typeof revision === "number" ? (Number.isSafeInteger(revision) ? String(revision) : "") : (revision ?? "");
  const v = /^\d{1,6}(?:\.\d{1,4})?$/.test(tag) ? `?v=${tag}` : "";
  const hash = patchNumber !== undefined && Number.isSafeInteger(patchNumber) ? `#p-${patchNumber}` : "";
  return `/series/${encodeURIComponent(id)}${v}${hash}`;
}
