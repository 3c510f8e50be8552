// Loader for `patchdeck quarantine`: messages that could not be parsed, with the reason.
import type { Store } from "../store-types";
import { iso } from "./series-views";

export interface QuarantineItem {
  id: number;
  reason: string;
  source: string;
  sha256: string;
  size: number;
  rawRef: string;
  createdAt: string | null;
}

export async function loadQuarantine(store: Store): Promise<QuarantineItem[]> {
  const rows = await store.query<{ id: number; reason: string; source: string; sha256: string; rawSize: number; rawRef: string; createdAt: Date }>(
    `SELECT id, reason, source, sha256, "rawSize", "rawRef", "createdAt" FROM "Quarantine" ORDER BY id`,
  );
  return rows.map((r) => ({ id: r.id, reason: r.reason, source: r.source, sha256: r.sha256, size: r.rawSize, rawRef: r.rawRef, createdAt: iso(r.createdAt) }));
}
