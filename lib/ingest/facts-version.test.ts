// A store whose messages were analysed by older rules says so on the next ingest, until `reanalyze`.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../db/open-store";
import { FACTS_VERSION } from "./facts-version";
import { ingest } from "./ingest";
import { reanalyze } from "./reanalyze";

function mail(id: string, subject: string): string {
  return ["From x@example.org Mon Mar  2 10:00:00 2026", "From: Ann Author <ann@example.org>", `Subject: ${subject}`, "Date: Mon, 2 Mar 2026 10:00:00 +0000",
    `Message-ID: <${id}@example.org>`, "", "A question about the widget driver.", ""].join("\n");
}

describe("the facts version of a store", () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-facts-")));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  it("warns about messages analysed by older rules on each ingest until reanalyze, and never on a fresh store", async () => {
    const store = await openStore({ url: "pglite:" });
    try {
      const warnings: string[] = [];
      const run = (file: string) => ingest({ store, sources: [file], workers: 0, onWarning: (w) => warnings.push(w) });
      await run(write("a.mbox", mail("a", "widget: a question")));
      expect(warnings).toEqual([]);
      const version = async () => (await store.query<{ value: string }>(`SELECT value FROM "Meta" WHERE key = 'factsVersion'`))[0]?.value;
      expect(await version()).toBe(String(FACTS_VERSION));

      // A store from before versions were recorded (or from older rules).
      await store.query(`DELETE FROM "Meta" WHERE key = 'factsVersion'`);
      await run(write("b.mbox", mail("b", "widget: another question")));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/older rules \(facts version 1, now \d+\).*patchdeck reanalyze/);
      await run(write("c.mbox", mail("c", "widget: a third question")));
      expect(warnings).toHaveLength(2);

      await reanalyze(store, { workers: 0 });
      expect(await version()).toBe(String(FACTS_VERSION));
      await run(write("d.mbox", mail("d", "widget: a fourth question")));
      expect(warnings).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
