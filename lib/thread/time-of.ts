/** Milliseconds of a summary's date, NaN when absent or invalid. Accepts ISO strings too, since
 * summaries may come back from JSON storage. */
export function timeOf(d: Date | string | null | undefined): number {
  if (d instanceof Date) return d.getTime();
  if (typeof d === "string") return Date.parse(d);
  return NaN;
}
