// reanalyze's parsing workers are closed before the derive step starts: derive's review pass starts workers of
// its own, and idle parsing workers beside derive's biggest heap raised the peak RSS of a big archive's reanalyze.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openStore, type Store } from "../db/open-store";

const events: string[] = [];

vi.mock("./worker-pool", async (importOriginal) => {
  const real = await importOriginal<typeof import("./worker-pool")>();
  return {
    ...real,
    createMailPool: (...args: Parameters<typeof real.createMailPool>) => {
      const pool = real.createMailPool(...args);
      events.push("pool opened");
      return {
        run: pool.run,
        close: async () => {
          events.push("pool closed");
          await pool.close();
        },
      };
    },
  };
});

vi.mock("./derive", async (importOriginal) => {
  const real = await importOriginal<typeof import("./derive")>();
  return {
    ...real,
    deriveAll: async (...args: Parameters<typeof real.deriveAll>) => {
      events.push("derive");
      return real.deriveAll(...args);
    },
  };
});

const { ingest } = await import("./ingest");
const { reanalyze } = await import("./reanalyze");

const demo = join(import.meta.dirname, "..", "..", "fixtures", "demo", "demo.mbox");

describe("reanalyze", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ url: "pglite:" });
    await ingest({ store, sources: [demo], workers: 0 });
  });
  afterAll(async () => store.close());

  it("closes its parsing pool before deriving, and every pool once", async () => {
    events.length = 0;
    const summary = await reanalyze(store, { workers: 0 });
    expect(summary.messages).toBe(22);
    // reanalyze's own pool first; derive's review pass may open (and close) one of its own afterwards.
    expect(events.slice(0, 3)).toEqual(["pool opened", "pool closed", "derive"]);
    expect(events.filter((e) => e === "pool closed")).toHaveLength(events.filter((e) => e === "pool opened").length);
  });
});
