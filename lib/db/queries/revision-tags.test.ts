import { describe, expect, it } from "vitest";
import { revisionTags } from "./revision-tags";

describe("revisionTags", () => {
  it("names a version by its number, and its postings by number and order when there are several", () => {
    expect(revisionTags([1, 2, 3])).toEqual(["1", "2", "3"]);
    expect(revisionTags([1, 2, 2, 3, 3, 3])).toEqual(["1", "2.1", "2.2", "3.1", "3.2", "3.3"]);
    expect(revisionTags([])).toEqual([]);
  });
});
