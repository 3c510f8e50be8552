import { describe, expect, it } from "vitest";
import { parseChangelog } from "../mail/parse-changelog";
import { ownChangelog } from "./own-changelog";

// A v3 cover letter in the usual shape: this version's changes first, then the history.
const cover = [
  "This series makes the frobnicator killable.",
  "",
  "Changes since v2:",
  "- reorder the lock before the allocation, per Alice Reviewer",
  "- add a label for the failed lock",
  "",
  "Changes since v1:",
  "- split the conversion into three patches, per Bob Maintainer",
  "",
].join("\n");

describe("ownChangelog", () => {
  it("keeps only the entries the revision's own version made", () => {
    const entries = parseChangelog(cover);
    expect(entries.map((e) => e.version)).toEqual([3, 3, 2]);
    expect(ownChangelog(entries, 3, false).map((e) => e.text)).toEqual(["reorder the lock before the allocation, per Alice Reviewer", "add a label for the failed lock"]);
  });

  it("keeps entries under no version heading, and a later version's (a typo in the heading)", () => {
    const entries = [{ version: null, text: "a" }, { version: 2, text: "b" }, { version: 4, text: "c" }];
    expect(ownChangelog(entries, 3, false).map((e) => e.text)).toEqual(["a", "c"]);
  });

  it("keeps everything when only older versions' entries exist, or when the revision's version was inferred", () => {
    const entries = parseChangelog(cover);
    expect(ownChangelog(entries, 4, false)).toEqual(entries);
    expect(ownChangelog(entries, 3, true)).toEqual(entries);
  });
});
