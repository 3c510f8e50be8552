// Which rules computed the facts stored with each message. `messageFacts` runs once per message, at ingest:
// when a newer patchdeck reads mail differently (an applied notice's shape, a trailer's scope, a subject's
// version), messages stored before keep their old facts until `reanalyze` recomputes them. The store
// records the version its facts come from, so an ingest can say so instead of mixing the two silently.
import { readMeta, writeMeta } from "../db/queries/meta";
import type { Store } from "../db/store-types";

/** Bump whenever `messageFacts` (lib/ingest/analyze-mail.ts) or what it calls reads mail differently. */
export const FACTS_VERSION = 34;

const KEY = "factsVersion";

/**
 * A warning when the store holds messages analysed by other rules than these (a store made before versions
 * were recorded counts as version 1), or null. Call before storing new messages: an empty store is marked as
 * holding this version's facts right away, so an ingest killed midway leaves no false warning behind.
 */
export async function staleFactsWarning(store: Store): Promise<string | null> {
  const recorded = await readMeta(store.query, KEY);
  if (recorded === String(FACTS_VERSION)) return null;
  const [any] = await store.query<{ id: number }>(`SELECT id FROM "Message" LIMIT 1`);
  if (!any) {
    await recordFactsVersion(store);
    return null;
  }
  const stored = recorded ?? "1";
  return `the messages already in this store were analysed by older rules (facts version ${stored}, now ${FACTS_VERSION}): run \`patchdeck reanalyze\` to apply the current ones to them`;
}

/** Records that every stored message's facts come from these rules (after a fresh ingest or a reanalyze). */
export async function recordFactsVersion(store: Store): Promise<void> {
  await writeMeta(store.query, KEY, String(FACTS_VERSION));
}
