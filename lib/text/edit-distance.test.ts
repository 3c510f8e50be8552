import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance";

describe("editDistance", () => {
  it("counts inserted, deleted and changed letters", () => {
    expect(editDistance("family", "family")).toBe(0);
    expect(editDistance("familiy", "family")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("counts a swap of neighbours as two edits, or one with swaps", () => {
    expect(editDistance("teh", "the")).toBe(2);
    expect(editDistance("teh", "the", true)).toBe(1);
    expect(editDistance("recieve", "receive", true)).toBe(1);
    expect(editDistance("ca", "abc", true)).toBe(3);
  });
});
