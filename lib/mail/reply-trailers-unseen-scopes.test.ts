// Scopes read on linux-efi and linux-fbdev, in our own words: a part named "ACPI-related" below the tag, "*both*" set off
// for emphasis, a part named by words such as "bit", "drivers" or "side of things", a for-clause after a verdict.
import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";
import { patchesOfSubsystems, readSubsystemLeadIn } from "./trailer-scope";

const scopes = (body: string) => extractReplyTrailers(body).map((t) => [t.kind, t.patches ?? null, (t as { subsystems?: string[] }).subsystems ?? null]);

describe("readSubsystemLeadIn: a part named with a '-related' or '-specific' suffix", () => {
  it.each([
    ["For the ACPI-related changes:", ["acpi"]],
    ["for the arm64-specific bits", ["arm64"]],
    ["For the widget-related changes in this series:", ["widget"]],
  ])("reads %j as %j", (text, want) => {
    expect(readSubsystemLeadIn(text)).toEqual(want);
  });

  it("reads the part below the tag, and finds its patches by their prefix", () => {
    expect(scopes("> cover\n\nAcked-by: Ann Roe <ann@example.org>\n\nfor the ACPI-related changes in this series.\n")).toEqual([["Acked-by", null, ["acpi"]]]);
    const patches = ["[PATCH 1/3] efi: tidy up", "[PATCH 2/3] ACPI: use the helper", "[PATCH 3/3] x86: use it too"].map((subject, i) => ({ subject, number: i + 1 }));
    expect(patchesOfSubsystems(["acpi"], patches)).toEqual([2]);
  });

  it("still reads no part from words that name none", () => {
    expect(readSubsystemLeadIn("For the remaining changes in this series:")).toBeNull();
  });
});

describe("readScopeLeadIn and friends: a word set off by asterisks", () => {
  it("reads 'for *both* patches' as both", () => {
    expect(scopes("> cover\n\nWith that, for *both* patches:\n\nReviewed-by: Ann Roe <ann@example.org>\n")).toEqual([["Reviewed-by", null, ["series:2"]]]);
  });

  it("keeps asterisks that set off no single word", () => {
    expect(scopes("> cover\n\nFor * patches:\n\nReviewed-by: Ann Roe <ann@example.org>\n")).toEqual([["Reviewed-by", null, null]]);
  });
});

describe("readSubsystemLeadIn: more words for a part", () => {
  it.each([
    ["For the sound bit:", ["sound"]],
    ["For media drivers:", ["media"]],
    ["For staging stuff:", ["staging"]],
    ["for the drm side of things:", ["drm"]],
  ])("reads %j as %j", (text, want) => {
    expect(readSubsystemLeadIn(text)).toEqual(want);
  });

  it("reads no part from words naming which patches", () => {
    expect(readSubsystemLeadIn("For the new drivers:")).toBeNull();
    expect(readSubsystemLeadIn("For the other stuff:")).toBeNull();
  });
});

describe("extractReplyTrailers: a for-clause closing a verdict", () => {
  it("reads 'This one looks good to me now, for patches 1 & 5:' as those patches", () => {
    expect(scopes("> patch\n\nThis one looks good to me now, for patches 1 & 5:\n\nAcked-by: Ann Roe <ann@example.org>\n")).toEqual([["Acked-by", [1, 5], null]]);
  });

  it("reads no scope after words that are no verdict", () => {
    expect(scopes("> patch\n\nIt took me a while, for patches 1 & 5:\n\nAcked-by: Ann Roe <ann@example.org>\n")).toEqual([["Acked-by", null, null]]);
  });
});
