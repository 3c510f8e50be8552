// Grouping and linking cases found auditing lists the code was never tuned on, round 6: linux-sh, linux-mips,
// linux-arch (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred or relabelled). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

const PATCHES = ["frob: drop the dead clock code", "frob: make the bridge a platform driver", "frob: mark the timer as broken"];

/** `[PATCH k/3]` with no cover, patches 2 and 3 answering patch 1 (as git send-email threads them without a cover). */
function uncovered(key: string, minute: number): MessageSummary[] {
  return PATCHES.map((t, k) => mail(`${key}-${k + 1}`, `[PATCH ${k + 1}/3] ${t}`, minute, { ...(k > 0 ? { parent: `${key}-1` } : {}), diff: `d${k + 1}` }));
}

describe("a RESEND that gives a posting sent without a cover a cover of its own", () => {
  test("`[PATCH 1/3] x` and its thread, then `[PATCH RESEND 0/3] y` over the same patches: one series", () => {
    // The cover's title shares no word of substance with the first posting's (its first patch's), but every patch
    // comes again under its very title, one of them rebased on the way.
    const s = shape([
      ...uncovered("a", 0),
      mail("b-0", "[PATCH RESEND 0/3] frob: bridge clean-ups", 18 * DAY),
      ...PATCHES.map((t, k) => mail(`b-${k + 1}`, `[PATCH RESEND ${k + 1}/3] ${t}`, 18 * DAY + 1, { parent: "b-0", diff: k === 2 ? "d3-rebased" : `d${k + 1}` })),
      mail("c-1", `[PATCH v2 1/3] ${PATCHES[0]}`, 18 * DAY + 400, { parent: "b-0", diff: "d1" }),
      ...PATCHES.slice(1).map((t, k) => mail(`c-${k + 2}`, `[PATCH v2 ${k + 2}/3] ${t}`, 18 * DAY + 400, { parent: "c-1", diff: `d${k + 2}-v2` })),
    ]);
    expect(s).toEqual([["a-1 v1?", "b-0 v1?", "c-1 v2"]]);
  });

  test("control: a RESEND cover over one of the lone patches sent before (unnumbered) stays its own series", () => {
    // `[PATCH][repost] frob: build fixes` over three lone patches sent weeks before, each under its own title.
    const s = shape([
      mail("x1", "[PATCH] frob: convert the port macros to inline functions", 0, { diff: "p1" }),
      mail("x2", "[PATCH v2] frob: convert the port macros to inline functions", 60, { diff: "p2" }),
      mail("r-0", "[PATCH][repost] frob: build fixes", 20 * DAY),
      mail("r-1", "[PATCH][repost] frob: convert the port macros to inline functions", 20 * DAY + 1, { parent: "r-0", diff: "p2" }),
    ]);
    expect(s).toContainEqual(["r-0 v1?"]);
  });

  test("control: a RESEND cover over patches under other titles is no repost of the uncovered posting", () => {
    const s = shape([
      ...uncovered("a", 0),
      mail("b-0", "[PATCH RESEND 0/3] frob: bridge clean-ups", 18 * DAY),
      ...["frob: split the probe path", "frob: add a reset line", "frob: document the reset line"].map((t, k) =>
        mail(`b-${k + 1}`, `[PATCH RESEND ${k + 1}/3] ${t}`, 18 * DAY + 1, { parent: "b-0", diff: `e${k + 1}` })),
    ]);
    expect(s).toEqual([["a-1 v1?"], ["b-0 v1?"]]);
  });
});

describe("an RFC round, then `[PATCH v1]` as the latest round", () => {
  const patches = ["frob: say fast lookup, not lockless lookup", "frob: rename the fast lookup helpers"];
  /** A covered posting `[<tag> 0/2] frob: call it fast lookup` sent at `minute`. */
  const posting = (key: string, tag: string, minute: number): MessageSummary[] => [
    mail(`${key}-0`, `[${tag} 0/2] frob: call it fast lookup`, minute),
    ...patches.map((t, k) => mail(`${key}-${k + 1}`, `[${tag} ${k + 1}/2] ${t}`, minute + 1, { parent: `${key}-0`, diff: `${key}-d${k}` })),
  ];

  test("reads v0, v1 as it will once the v2 follows (not v1?, v2?)", () => {
    expect(shape([...posting("a", "PATCH RFC", 0), ...posting("b", "PATCH v1", 6 * DAY)])).toEqual([["a-0 v0?", "b-0 v1"]]);
    expect(shape([...posting("a", "PATCH RFC", 0), ...posting("b", "PATCH v1", 6 * DAY), ...posting("c", "PATCH v2", 12 * DAY)])).toEqual([
      ["a-0 v0?", "b-0 v1", "c-0 v2"],
    ]);
  });

  test("control: an `RFC v1` before the `[PATCH v1]` is numbered, not a v0", () => {
    const s = shape([...posting("a", "PATCH RFC v1", 0), ...posting("b", "PATCH v1", 6 * DAY)]);
    expect(s.flat().some((r) => r.endsWith("v0?"))).toBe(false);
  });
});
