import { describe, expect, it } from "vitest";
import { countOf } from "./count-word";

describe("countOf", () => {
  it("reads counts written as words in any case, or as digits", () => {
    expect(countOf("five")).toBe(5);
    expect(countOf("Twelve")).toBe(12);
    expect(countOf("12")).toBe(12);
  });
  it("is NaN for what is no count", () => {
    expect(countOf("several")).toBeNaN();
  });
});
