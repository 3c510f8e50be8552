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
    expect(ownChangelog(entries, 5, false)).toEqual(entries);
    expect(ownChangelog(entries, 4, true)).toEqual(entries);
  });

  // linux-pwm: "[PATCH 1/3]" notes listing "v11:", "v10:", "v9:" ...: the posting's version, inferred from that
  // list, showed every version's lines.
  it("trusts an inferred version the changelog's newest heading names", () => {
    const entries = parseChangelog(cover);
    expect(ownChangelog(entries, 3, true).map((e) => e.version)).toEqual([3, 3]);
  });

  it("keeps the newest block when it is the version just before: \"v3:\" in v4's cover lists the changes since v3", () => {
    // Roberto-style covers on linux-security-module: each block named by the version it was made against.
    const entries = parseChangelog(["Changelog", "", "v3:", "- Replace the table setup (suggested by Eric)", "", "v2:", "- Use one scatterlist", "", "v1:", "- Copy the signature", ""].join("\n"));
    expect(entries.map((e) => e.version)).toEqual([3, 2, 1]);
    expect(ownChangelog(entries, 4, false).map((e) => e.text)).toEqual(["Replace the table setup (suggested by Eric)"]);
    expect(ownChangelog(parseChangelog(cover), 4, false).map((e) => e.version)).toEqual([3, 3]);
  });

  it("shows only the newest block of a cover that carries its RFC history below the numbered blocks", () => {
    const v3 = ["Changes in v3:", "- Prefer the helper [Ann]", "", "Changes in v2:", "- Reword the commit message", "", "Changes since RFC:", "- Drop the wrapper", "- Document the function", ""].join("\n");
    expect(ownChangelog(parseChangelog(v3), 3, false).map((e) => e.text)).toEqual(["Prefer the helper [Ann]"]);
    // The first posting after the RFC: its one unnumbered block is its own changelog.
    const v1 = ["Changes since RFC:", "- Drop the wrapper", "- Document the function", ""].join("\n");
    expect(ownChangelog(parseChangelog(v1), 1, false).map((e) => e.text)).toEqual(["Drop the wrapper", "Document the function"]);
  });
});

// linux-i2c, linux-input: "- none" under a version's heading says which block is this posting's, but is no change.
describe("ownChangelog: items saying nothing changed", () => {
  it("drops them, and keeps their block from standing for an older one", () => {
    const v4 = parseChangelog("v4:\n- none\n\nv3:\n- use the new helper\n");
    expect(ownChangelog(v4, 4, false)).toEqual([]);
    const v3 = parseChangelog("Changes since v2:\n1. Add the clock parent\n2. No changes to the binding\n\nChanges since v1:\n1. None\n");
    expect(ownChangelog(v3, 3, false).map((e) => e.text)).toEqual(["Add the clock parent", "No changes to the binding"]);
  });
  it("drops a 'base:' line and 'Same as v2'", () => {
    expect(ownChangelog(parseChangelog("v7:\n- use usleep_range()\n- base: https://git.kernel.org/pub/scm/linux/kernel/git/x.git\n"), 7, false).map((e) => e.text)).toEqual(["use usleep_range()"]);
    expect(ownChangelog(parseChangelog("v3:\n- Same as v2\n"), 3, false)).toEqual([]);
  });
});

// linux-iio: bracketed notes that nothing changed ("V6->V7 <no changes>", patman's "(no changes since v2)").
describe("ownChangelog: bracketed no-change notes", () => {
  it("drops them", () => {
    const v7 = parseChangelog("V6->V7 <no changes>\nV5->V6\n - move the property\n");
    expect(ownChangelog(v7, 7, false)).toEqual([]);
    expect(ownChangelog([{ version: null, text: "(no changes since v2)", credits: [] }], 5, false)).toEqual([]);
  });
});
