// Heading shapes seen on linux-modules and linux-kbuild covers that gave no changelog before (our own words).
import { describe, expect, it } from "vitest";
import { parseChangelog } from "./parse-changelog";

const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

describe("parseChangelog: a compared version in brackets, a hyphenated plural 'Change-Logs'", () => {
  it("reads 'Changes against [v1]:' as the changes in v2", () => {
    expect(read("The gizmo series.\n\nChanges against [v1]:\n\n  + Added the tags given.\n\n  + Moved the lookup first.\n")).toEqual([
      [2, "Added the tags given."],
      [2, "Moved the lookup first."],
    ]);
  });

  it("reads 'Change-Logs in V2:' as the changes in v2", () => {
    expect(read("Intro.\n\nChange-Logs in V2:\n1. moved the description to the top\n2. fixed the file order\n")).toEqual([
      [2, "moved the description to the top"],
      [2, "fixed the file order"],
    ]);
  });

  it("leaves prose and an unclosed bracket alone", () => {
    expect(read("The changes against [v1 of the spec] are small.\n- Added a flag.\n")).toEqual([]);
    expect(read("Changes against [v1:\n- Added a flag.\n")).toEqual([]);
  });
});
