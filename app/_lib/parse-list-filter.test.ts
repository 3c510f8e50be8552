import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseListFilter } from "./parse-list-filter";

describe("parseListFilter", () => {
  it("reads q and state", () => {
    expect(parseListFilter({ q: "  vma lock ", state: "under-review" })).toEqual({ q: "vma lock", state: "under-review", turn: null });
  });
  it("treats missing, 'all' and malformed states as no state filter", () => {
    expect(parseListFilter({})).toEqual({ q: "", state: null, turn: null });
    expect(parseListFilter({ state: "all" }).state).toBeNull();
    expect(parseListFilter({ state: "<b>" }).state).toBeNull();
    expect(parseListFilter({ state: "x".repeat(41) }).state).toBeNull();
    expect(parseListFilter({ state: "NEW" }).state).toBe("new");
  });
  it("takes the first of repeated parameters", () => {
    expect(parseListFilter({ q: ["a", "b"], state: ["new", "accepted"] })).toEqual({ q: "a", state: "new", turn: null });
  });
  it("replaces control characters and caps the length", () => {
    expect(parseListFilter({ q: "a\u0000\nb" }).q).toBe("a b");
    expect(parseListFilter({ q: "x".repeat(MAX_QUERY_LENGTH + 50) }).q).toHaveLength(MAX_QUERY_LENGTH);
  });
  it("reads turn=author|reviewers and ignores anything else", () => {
    expect(parseListFilter({ turn: "author" }).turn).toBe("author");
    expect(parseListFilter({ turn: " Reviewers " }).turn).toBe("reviewers");
    expect(parseListFilter({ turn: ["reviewers", "author"] }).turn).toBe("reviewers");
    for (const bad of ["nobody", "all", "", "<b>", "author;reviewers", "__proto__", "x".repeat(500)]) {
      expect(parseListFilter({ turn: bad }).turn, bad).toBeNull();
    }
  });
});
