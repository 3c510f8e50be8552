// Grouping and linking cases found auditing lists the code was never tuned on, round 5: linux-mtd, linux-omap,
// linux-api (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred or relabelled). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

/** A covered posting `[<tag> 0/n] title` whose patch k has the diff `<key>-d<k>`, sent at `minute`. */
function posting(key: string, tag: string, title: string, titles: string[], minute: number, parent?: string): MessageSummary[] {
  const n = titles.length;
  return [
    mail(`${key}-0`, `[${tag} 0/${n}] ${title}`, minute, parent ? { parent } : {}),
    ...titles.map((t, k) => mail(`${key}-${k + 1}`, `[${tag} ${k + 1}/${n}] ${t}`, minute + 1, { parent: `${key}-0`, diff: `${key}-d${k}` })),
  ];
}

describe("unnumbered rounds before the author's explicit v1 are their v0", () => {
  const title = "frobnet: make frob_register return void";

  test("`[PATCH net-next]`, then `[PATCH net-next v1]` and v2: v0, v1, v2", () => {
    // The author counts from zero: the first posting carries no version, the second says v1. Both read as v1,
    // a remark on the first was "addressed in v1".
    const s = shape([
      mail("a", `[PATCH net-next] ${title}`, 0, { diff: "d1" }),
      mail("b", `[PATCH net-next v1] ${title}`, 2 * DAY, { diff: "d2" }),
      mail("c", `[PATCH net-next v2] ${title}`, 5 * DAY, { diff: "d3" }),
    ]);
    expect(s).toEqual([["a v0?", "b v1", "c v2"]]);
  });

  test("`[RFC PATCH 0/2]`, then `[PATCH v1 0/2]` and v2: v0, v1, v2", () => {
    const patches = ["frob: drop the deny-write mapping flag", "frob: stop honouring the deny-write flag"];
    const s = shape([
      ...posting("a", "RFC PATCH", "remove in-tree use of the deny-write flag", patches, 0),
      ...posting("b", "PATCH v1", "remove in-tree use of the deny-write flag", patches, 20 * DAY),
      ...posting("c", "PATCH v2", "remove in-tree use of the deny-write flag", patches, 30 * DAY),
    ]);
    expect(s).toEqual([["a-0 v0?", "b-0 v1", "c-0 v2"]]);
  });

  test("the same unnumbered patch sent twice before `[PATCH v1]`: both v0", () => {
    const s = shape([
      mail("a", `[PATCH] ${title}`, 0, { diff: "d1" }),
      mail("b", `[PATCH] ${title}`, 40, { diff: "d1" }),
      mail("c", `[PATCH v1] ${title}`, 3 * DAY, { diff: "d2" }),
    ]);
    expect(s).toEqual([["a v0?", "b v0?", "c v1"]]);
  });

  test("the patch matches name the v0 as the version they come from", () => {
    const a = analyzeSeries([
      mail("a", `[PATCH net-next] ${title}`, 0, { diff: "d1" }),
      mail("b", `[PATCH net-next v1] ${title}`, 2 * DAY, { diff: "d2" }),
    ]);
    expect(a.series[0]!.patchMatches.map((m) => [m.fromVersion, m.toVersion])).toEqual([[0, 1]]);
  });

  test("control: a resend tagged v1 is the same round, not the next one", () => {
    const s = shape([
      mail("a", `[PATCH] ${title}`, 0, { diff: "d1" }),
      mail("b", `[RESEND PATCH v1] ${title}`, 7 * DAY, { diff: "d1" }),
    ]);
    expect(s).toEqual([["a v1?", "b v1"]]);
  });

  test("control: an explicit v1 first keeps every number as the subjects say", () => {
    const s = shape([
      mail("a", `[PATCH v1] ${title}`, 0, { diff: "d1" }),
      mail("b", `[PATCH v1] ${title}`, 2 * DAY, { diff: "d2" }),
      mail("c", `[PATCH v2] ${title}`, 5 * DAY, { diff: "d3" }),
    ]);
    expect(s.flat().some((r) => r.endsWith("v0?"))).toBe(false);
  });

  test("control: `V1.1` patches re-sent inside the round do not make the round v0", () => {
    // `[patch 0/3]`, then two of its patches updated in place as `[patch V1.1 k/3]`, each in reply to its own.
    const patches = ["frob: clean up the tick rate", "frob: drop the latch define", "frob: use the cycle helper"];
    const s = shape([
      ...posting("a", "patch", "frob: clean up the tick definitions", patches, 0),
      mail("u", `[patch V1.1 2/3] ${patches[1]}`, 300, { parent: "a-2", diff: "u-d" }),
    ]);
    expect(s.flat().some((r) => r.endsWith("v0?"))).toBe(false);
  });
});
