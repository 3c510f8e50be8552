import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { deriveSeriesState } from "./derive-series-state";

describe("deriveSeriesState", () => {
  test.each([
    [[{ hasReplies: false }], null, "new"],
    [[{ hasReplies: true }], null, "under-review"],
    [[{ hasReplies: true, hasObjection: true }], null, "changes-requested"],
    [[{ hasReplies: true, hasObjection: true }], "accepted", "accepted"],
    [[], null, "new"],
  ] as const)("%j manual=%s -> %s", (revisions, manualState, expected) => {
    expect(deriveSeriesState({ revisions, manualState }).series).toBe(expected);
  });

  test("earlier revisions are superseded, the latest keeps its own state", () => {
    const r = deriveSeriesState({ revisions: [{ hasReplies: true, hasObjection: true }, { hasReplies: false }, { hasReplies: true }] });
    expect(r.revisions).toEqual(["superseded", "superseded", "under-review"]);
    expect(r.series).toBe("under-review");
  });

  test("an applied revision is accepted, over an objection, and superseded once a later one exists", () => {
    expect(deriveSeriesState({ revisions: [{ hasReplies: true, hasObjection: true, applied: true }] }).series).toBe("accepted");
    const r = deriveSeriesState({ revisions: [{ hasReplies: true, applied: true }, { hasReplies: false }] });
    expect(r.revisions).toEqual(["superseded", "new"]);
  });

  test("a partly applied revision is partially accepted, over any open objection (on an applied patch or one left over), below a full application", () => {
    expect(deriveSeriesState({ revisions: [{ hasReplies: true, hasObjection: true, partlyApplied: true }] }).series).toBe("partially-accepted");
    expect(deriveSeriesState({ revisions: [{ hasReplies: true, applied: true, partlyApplied: true }] }).series).toBe("accepted");
    expect(deriveSeriesState({ revisions: [{ hasReplies: true, partlyApplied: true }, { hasReplies: false }] }).revisions).toEqual(["superseded", "new"]);
  });

  test("a latest revision whose work went on in another series is superseded, over what it would be otherwise", () => {
    expect(deriveSeriesState({ revisions: [{ hasReplies: true, hasObjection: true, supersededElsewhere: true }] }).series).toBe("superseded");
    expect(deriveSeriesState({ revisions: [{ hasReplies: false, supersededElsewhere: false }] }).series).toBe("new");
    // A state a person set still wins.
    expect(deriveSeriesState({ revisions: [{ hasReplies: true, supersededElsewhere: true }], manualState: "accepted" }).series).toBe("accepted");
  });

  test("analyzeSeries' hasReplies ignores the author's own follow-ups", () => {
    const at = (m: number) => new Date(Date.UTC(2025, 0, 1, 0, m));
    const from = (email: string) => ({ name: email.split("@")[0]!, email });
    const a = analyzeSeries([
      { messageId: "p", subject: "[PATCH] x: y", from: from("a@x.example"), date: at(0), inReplyTo: [], references: [], hasDiff: true },
      { messageId: "r", subject: "Re: [PATCH] x: y", from: from("a@x.example"), date: at(1), inReplyTo: ["p"], references: ["p"], hasDiff: false },
    ]);
    const revs = a.series[0]!.revisions;
    expect(revs.map((r) => r.hasReplies)).toEqual([false]);
    expect(deriveSeriesState({ revisions: revs }).series).toBe("new");
  });
});
