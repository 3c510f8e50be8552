/**
 * `($1,$2::json,...),(...)` for a multi-row INSERT ... VALUES with a cast per column, and its parameters.
 * Bulk writes go through raw SQL in chunks (PGlite writes one row per statement ~12x slower).
 */
export function valuesClause(rows: unknown[][], casts: readonly string[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((v, k) => `$${params.push(v)}${casts[k] ?? ""}`).join(",")})`);
  return { sql: tuples.join(","), params };
}
