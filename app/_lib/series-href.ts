/** Link to a series page on our own site; the id is always encoded, it may come from mail. */
export function seriesHref(id: string, version?: number, patchNumber?: number): string {
  const v = version !== undefined && Number.isSafeInteger(version) ? `?v=${version}` : "";
  const hash = patchNumber !== undefined && Number.isSafeInteger(patchNumber) ? `#p-${patchNumber}` : "";
  return `/series/${encodeURIComponent(id)}${v}${hash}`;
}
