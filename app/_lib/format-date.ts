/** Formats an ISO 8601 instant as "YYYY-MM-DD HH:MM" in UTC (locale-free, so server output is stable); "—" when missing or invalid. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return "—";
  return new Date(t).toISOString().slice(0, 16).replace("T", " ");
}
