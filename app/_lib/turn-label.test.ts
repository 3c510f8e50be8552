import { describe, expect, it } from "vitest";
import type { WhoseTurn } from "@/lib/db/queries/contract-types";
import { turnLabel } from "./turn-label";

const turn = (waitingOn: WhoseTurn["waitingOn"], days: number | null): WhoseTurn => ({
  waitingOn,
  since: null,
  days,
  ping: false,
  lastEvent: null,
  reason: "",
});

describe("turnLabel", () => {
  it("names the waiting side and the days waited", () => {
    expect(turnLabel(turn("author", 12))).toBe("waiting on author · 12 d");
    expect(turnLabel(turn("reviewers", 0))).toBe("waiting on reviewers · 0 d");
  });
  it("leaves the days out when unknown", () => {
    expect(turnLabel(turn("reviewers", null))).toBe("waiting on reviewers");
  });
  it("gives null for a series waiting on nobody or without a turn", () => {
    expect(turnLabel(turn("nobody", null))).toBeNull();
    expect(turnLabel(null)).toBeNull();
    expect(turnLabel(undefined)).toBeNull();
  });
});
