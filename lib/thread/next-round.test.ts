// Which revision answers the remarks on a patch: re-posts that do not carry it are passed over (postings modelled
// on linux-sh, linux-api and linux-omap series, mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { nextRound } from "./next-round";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary, SeriesGroup } from "./types";

const TITLES = ["frob: split the probe path", "frob: add a reset line", "frob: document the reset line"];

/** `[<tag> 0/n] frob: reset support` and patches `<key>-k` numbered `numbers` (default all of TITLES). */
function posting(key: string, tag: string, minute: number, numbers = [1, 2, 3], diffTag = key): MessageSummary[] {
  return [
    mail(`${key}-0`, `[${tag} 0/3] frob: reset support`, minute),
    ...numbers.map((k) => mail(`${key}-${k}`, `[${tag} ${k}/3] ${TITLES[k - 1]}`, minute + 1, { parent: `${key}-0`, diff: `${diffTag}-d${k}`, files: [`drivers/frob/f${k}.c`] })),
  ];
}

function onlySeries(summaries: MessageSummary[]): SeriesGroup {
  const { series } = analyzeSeries(summaries);
  expect(series).toHaveLength(1);
  return series[0]!;
}

/** The key of the revision that answers remarks on `patchId` (null: the cover) of revision `index`, and the successor. */
function answeredBy(group: SeriesGroup, index: number, patchId: string | null): string | null {
  const round = nextRound(group, index, patchId, new Map(group.patchMatches.map((m) => [m.toKey, m])));
  return round ? `${group.revisions[round.index]!.posting.key} ${round.successorId ?? "-"}` : null;
}

describe("nextRound", () => {
  test("a partial re-roll of patch 2 answers patch 2's remarks; patches 1 and 3 wait for v2", () => {
    const group = onlySeries([
      ...posting("a", "PATCH", 0),
      mail("p", `[PATCH v1.1 2/3] ${TITLES[1]}`, 2 * DAY, { parent: "a-2", diff: "p-d2", files: ["drivers/frob/f2.c"] }),
      ...posting("b", "PATCH v2", 7 * DAY),
    ]);
    expect(group.revisions.map((r) => r.posting.key)).toEqual(["a-0", "p", "b-0"]);
    expect(answeredBy(group, 0, "a-2")).toBe("p p");
    expect(answeredBy(group, 0, "a-1")).toBe("b-0 b-1");
    expect(answeredBy(group, 0, "a-3")).toBe("b-0 b-3");
    // The cover's remarks: the partial re-roll has no cover of its own.
    expect(answeredBy(group, 0, null)).toBe("b-0 -");
  });

  test("only a partial re-roll after the posting: the other patches' next round is yet to come", () => {
    const group = onlySeries([
      ...posting("a", "PATCH", 0),
      mail("p", `[PATCH v1.1 2/3] ${TITLES[1]}`, 2 * DAY, { parent: "a-2", diff: "p-d2", files: ["drivers/frob/f2.c"] }),
    ]);
    expect(answeredBy(group, 0, "a-2")).toBe("p p");
    expect(answeredBy(group, 0, "a-1")).toBeNull();
    expect(answeredBy(group, 0, null)).toBeNull();
  });

  test("a sending of v2 that broke off after patch 1, then v2 complete: v2 complete answers patch 3", () => {
    const group = onlySeries([...posting("a", "PATCH", 0), ...posting("b", "PATCH v2", 5 * DAY, [1]), ...posting("c", "PATCH v2", 5 * DAY + 20, [1, 2, 3], "b")]);
    expect(group.revisions.map((r) => `${r.posting.key} v${r.posting.version}`)).toEqual(["a-0 v1", "b-0 v2", "c-0 v2"]);
    expect(answeredBy(group, 0, "a-1")).toBe("b-0 b-1");
    expect(answeredBy(group, 0, "a-3")).toBe("c-0 c-3");
  });

  test("a patch the next version dropped: that version answers its remarks (no successor)", () => {
    const group = onlySeries([
      ...posting("a", "PATCH", 0),
      mail("b-0", "[PATCH v2 0/2] frob: reset support", 5 * DAY),
      ...[1, 2].map((k) => mail(`b-${k}`, `[PATCH v2 ${k}/2] ${TITLES[k - 1]}`, 5 * DAY + 1, { parent: "b-0", diff: `b-d${k}`, files: [`drivers/frob/f${k}.c`] })),
      ...posting("c", "PATCH v3", 9 * DAY),
    ]);
    expect(answeredBy(group, 0, "a-3")).toBe("b-0 -");
  });

  test("a RESEND of two patches at the posting's own version is passed over for the third", () => {
    const group = onlySeries([...posting("a", "PATCH v4", 0), ...posting("r", "RESEND PATCH v4", 3 * DAY, [1, 2], "a"), ...posting("b", "PATCH v5", 9 * DAY)]);
    expect(group.revisions.map((r) => r.posting.key)).toEqual(["a-0", "r-0", "b-0"]);
    expect(answeredBy(group, 0, "a-1")).toBe("r-0 r-1");
    expect(answeredBy(group, 0, "a-3")).toBe("b-0 b-3");
    // A re-post with a cover of its own answers the cover's remarks.
    expect(answeredBy(group, 0, null)).toBe("r-0 -");
  });
});
