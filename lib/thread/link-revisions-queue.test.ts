import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { seriesShape, summaryMail, type SummaryMailOptions } from "./testing/summary-mail";
import type { MessageSummary } from "./types";

const hour = 3600 * 1000;
const day = 24 * hour;
const base = Date.UTC(2026, 4, 1);

const PEOPLE: Record<string, string> = { dana: "Dana Dev", mara: "Mara Maintainer", tom: "Tom Tracer" };

const mail = (id: string, subject: string, at: number, opts: SummaryMailOptions = {}, extra: Partial<MessageSummary> = {}): MessageSummary =>
  ({ ...summaryMail(id, subject, new Date(base + at), { people: PEOPLE, who: "dana", file: "tools/lib/regs.c" }, opts), ...extra });

describe("a patch passing through a maintainer's queue is no round of its author's series", () => {
  test("the tools maintainer relaying patch 40 of a 69-patch batch, citing the author's v3, starts a posting of its own", () => {
    const a = analyzeSeries([
      mail("d2", "[PATCH v2] tools: avoid reg_masks being const + weak", 0),
      mail("d3", "[PATCH v3] tools: avoid reg_masks being const + weak", 3 * day),
      mail("m40", "[PATCH 40/69] tools: Avoid 'reg_masks' being const + weak", 12 * day, { who: "mara", links: ["d3"] },
        { author: { name: "Dana Dev", email: "dana@example.org" } }),
    ]);
    expect(seriesShape(a)).toEqual([["d2 v2 n1", "d3 v3 n1"], ["m40 v1? n1"]]);
  });

  test("a colleague relaying the author's small unversioned set still reposts it", () => {
    const a = analyzeSeries([
      mail("d1", "[PATCH] tools: avoid reg_masks being const + weak", 0, { patchId: "same" }),
      mail("m1", "[PATCH] tools: avoid reg_masks being const + weak", 20 * day, { who: "mara", links: ["d1"], patchId: "same" },
        { author: { name: "Dana Dev", email: "dana@example.org" } }),
    ]);
    expect(seriesShape(a)).toEqual([["d1 v1? n1", "m1 v1? n1"]]);
  });

  test("`[for-next][PATCH 07/10]` of the author's own queue leaves the v4 it applies alone, and the author's v5 still follows v4", () => {
    const own = { who: "tom", files: ["kernel/module/main.c"] };
    const a = analyzeSeries([
      mail("t3", "[PATCH v3 5/8] module: Add module_for_each_mod() helper", 0, own),
      mail("t4", "[PATCH v4 5/8] module: Add module_for_each_mod() helper", 2 * day, { ...own, links: ["t3"] }),
      mail("q7", "[for-next][PATCH 07/10] module: Add module_for_each_mod() helper", 3 * day, { ...own, links: ["t4"] }),
      mail("t5", "[PATCH v5 5/8] module: Add module_for_each_mod() helper", 9 * day, { ...own, links: ["q7"] }),
    ]);
    expect(seriesShape(a)).toEqual([["q7 v1? n1"], ["t3 v3 n1", "t4 v4 n1", "t5 v5 n1"]]);
  });

  test("`[PATCH for-next v2]` names the tree the author aims at: it is their next version", () => {
    const a = analyzeSeries([
      mail("d1", "[PATCH] net: mana: share the msix index between queues", 0),
      mail("d2", "[PATCH for-next v2] net: mana: share the msix index between queues", 5 * day),
    ]);
    expect(seriesShape(a)).toEqual([["d1 v1? n1", "d2 v2 n1"]]);
  });
});
