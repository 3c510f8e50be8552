import type { Store } from "../db/store-types";
import { createDbRawStore, createMemoryRawStore, createPackRawStore, type RawStore } from "./raw-store";

const memoryStores = new WeakMap<Store, RawStore>();

/** The raw-bytes store that belongs with a database (see raw-store.ts for the why). */
export function rawStoreFor(store: Store): RawStore {
  if (store.kind === "postgres") return createDbRawStore(store.query);
  if (store.dataDir) return createPackRawStore(`${store.dataDir}-raw`);
  let mem = memoryStores.get(store);
  if (!mem) {
    mem = createMemoryRawStore();
    memoryStores.set(store, mem);
  }
  return mem;
}
