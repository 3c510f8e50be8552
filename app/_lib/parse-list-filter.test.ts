import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseListFilter } from "./parse-list-filter";

describe("parseListFilter", () => {
  it("reads q and state", () => {
    expect(parseListFilter({ q: "  vma lock ", state: "under-review" })).toEqual({ q: "vma lock", state: "under-review" });
  });
  it("treats missing, 'all' and malformed states as no state filter", () => {
    expect(parseListFilter({})).toEqual({ q: "", state: null });
    expect(parseListFilter({ state: "all" }).state).toBeNull();
    expect(parseListFilter({ state: "<b>" }).state).toBeNull();
    expect(parseListFilter({ state: "x".repeat(41) }).state).toBeNull();
    expect(parseListFilter({ state: "NEW" }).state).toBe("new");
  });
  it("takes the first of repeated parameters", () => {
    expect(parseListFilter({ q: ["a", "b"], state: ["new", "accepted"] })).toEqual({ q: "a", state: "new" });
  });
  it("replaces control characters and caps the length", () => {
    expect(parseListFilter({ q: "a\u0000\nb" }).q).toBe("a b");
    expect(parseListFilter({ q: "x".repeat(MAX_QUERY_LENGTH + 50) }).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});
