/**
 * A name per revision of a series, in order: "3" for the only posting of v3, "2.1" and "2.2" when v2 was
 * posted twice (a RESEND, a cover sent alone and then the full series, a partial re-roll). Links and the
 * A/R/T matrix use it, so two postings of one version never share a tab or a column.
 */
export function revisionTags(versions: readonly number[]): string[] {
  const total = new Map<number, number>();
  for (const v of versions) total.set(v, (total.get(v) ?? 0) + 1);
  const seen = new Map<number, number>();
  return versions.map((v) => {
    if (total.get(v) === 1) return String(v);
    const k = (seen.get(v) ?? 0) + 1;
    seen.set(v, k);
    return `${v}.${k}`;
  });
}
