// Scopes read on linux-arch and linux-mips, in our own words: an architecture maintainer's ack on a tree-wide cover with its
// part named below the tag, by what the patches touch ("to every patch in this series which touches s390") or as a list of
// parts ("To the arm/arm64 and generic parts.").
import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";
import { patchesOfSubsystems, readTrailingScope } from "./trailer-scope";

const scopes = (body: string) => extractReplyTrailers(body).map((t) => [t.kind, t.patches ?? null, (t as { subsystems?: string[] }).subsystems ?? null]);

describe("readTrailingScope: the part named below the tag by what its patches touch", () => {
  it.each([
    ["to every patch in this series which touches s390.", ["s390"]],
    ["to each patch that modifies arm64, x86 and riscv.", ["arm64", "x86", "riscv"]],
    ["for all the patches which touch the sparc code.", ["sparc"]],
  ])("reads %j as %j", (text, want) => {
    expect(readTrailingScope(text)).toEqual({ scope: null, subsystems: want });
  });

  it("names no part for words that name none", () => {
    expect(readTrailingScope("to every patch which touches this driver.")).toBeNull();
  });

  it("gives a cover reply's ack to that architecture's patches alone", () => {
    const body = "> [PATCH 0/4] widgets: convert every arch\n\nFeel free to add\n\nAcked-by: Ann Roe <ann@example.org>\n\nto every patch in this series which touches s390.\n";
    expect(scopes(body)).toEqual([["Acked-by", null, ["s390"]]]);
    const patches = ["[PATCH 1/4] widgets: add the core", "[PATCH 2/4] s390: use the widgets", "[PATCH 3/4] x86: use the widgets", "[PATCH 4/4] s390/mm: drop the old ones"].map((subject, i) => ({ subject, number: i + 1 }));
    expect(patchesOfSubsystems(["s390"], patches)).toEqual([2, 4]);
  });
});

describe("readTrailingScope: parts named in a list", () => {
  it("reads 'To the arm64 and generic parts.' below the tag", () => {
    expect(scopes("> cover\n\nYou can add my:\n  Acked-by: Ann Roe <ann@example.org>\nTo the arm64 and generic parts.\n")).toEqual([["Acked-by", null, ["arm64", "generic"]]]);
  });

  it("still reads one part, and no list of prose words", () => {
    expect(readTrailingScope("to the arm64 parts.")).toEqual({ scope: null, subsystems: ["arm64"] });
    expect(readTrailingScope("to the patch and the changes.")).toBeNull();
  });
});
