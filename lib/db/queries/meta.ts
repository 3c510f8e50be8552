// The store's own bookkeeping values (`Meta`: a key and a text value), such as how many messages the derived
// tables were built from and which rules computed the stored facts.
import type { QueryFn } from "../store-types";

/** The value stored under `key`, or null when there is none. */
export async function readMeta(query: QueryFn, key: string): Promise<string | null> {
  const [row] = await query<{ value: string }>(`SELECT value FROM "Meta" WHERE key = $1`, [key]);
  return row?.value ?? null;
}

/** Stores `value` under `key`, replacing what was there (a transaction's `query` works too). */
export async function writeMeta(query: QueryFn, key: string, value: string): Promise<void> {
  await query(`INSERT INTO "Meta" (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, value]);
}
