import { describe, expect, it } from "vitest";
import { appliedNoticeListing } from "./is-applied-notice";

// Shapes met on three lists read for the first time (an MTD, an OMAP and a user-API list), in our own words.
const scopeOf = (body: string, answered: number | null = 1, total: number | null = 1) => appliedNoticeListing(body, undefined, answered, total)?.scope ?? null;

describe("appliedNoticeListing: notices read on three never-read lists", () => {
  it.each([
    // A release as the target, with "towards".
    ["Queued towards 7.3, thanks.\n", "answered"],
    ["Queued up towards 7.3, thanks.\n", "answered"],
    ["Queued this patch towards 7.3, thanks.\n", "answered"],
    // The reason for the target is no conflict with the patch.
    ["Applied to flash/next to avoid conflicts with the recent rework.\n", "answered"],
    // The applier's own deed before "and": "did", and a rebase onto a named branch.
    ["The subject should start with \"flash: nor:\". Did the change and\napplied to https://git.example.org/flash.git,\nnor/next branch.\n", "answered"],
    ["Rebased and applied on top of nor/next. Thanks.\n", "answered"],
    // The applier's edits after the notice.
    ["Thanks for the neat patch! I've already applied it, and made a\nfew light edits.\n", "answered"],
    ["I've applied this patch, and done a few light edits.\n", "answered"],
    // "got it applied", "got them picked up": the applier's deed.
    ["Thanks for the reminders, finally got them picked up. Sorry about the\ndelay!\n", "answered"],
    // Where it sits now, its URL on the next line.
    ["I've picked this up now and it's sitting in\nhttps://git.example.org/ann/linux.git/log/?h=struct-copy\nIt should reach the next tree tomorrow.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(scopeOf(body)).toEqual(scope);
  });

  it("reads 'Queued this series towards 7.3' on a cover as the series", () => {
    expect(scopeOf("Queued this series towards 7.3, thanks.\n", 0, 4)).toBe("series");
  });

  it.each([
    ["Addressed the latest small remarks.\n\nAll but last applied to https://git.example.org/flash.git,\nnor/next branch.\n\nThanks,\n"],
    ["All but the last patch applied, thanks.\n"],
  ])("reads %j on a cover of five as patches 1-4", (body) => {
    expect(scopeOf(body, 0, 5)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    // "got it applied" by a tester stays a test report.
    "Got it applied now,\nand it still works.\n",
    "I got it applied cleanly.\n",
    // "to avoid conflicts" is a reason only for the notice; a conflict reported is still none.
    "I applied it but there were conflicts with my tree.\n",
  ])("reads no notice in %j", (body) => {
    expect(scopeOf(body)).toBeNull();
  });
});
