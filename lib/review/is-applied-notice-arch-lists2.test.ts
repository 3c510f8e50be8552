import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing } from "./is-applied-notice";

// Second round on linux-sh, linux-mips and linux-arch: shapes in our own words, with made-up names, trees and links.

describe("appliedNotice: a keeper's short word and 'the change' as object", () => {
  it.each([
    ["On Mon, Ann wrote:\n> I'll route this one through my tree.\n\nSo I took it :)\n\nthanks,\nbob\n", "answered"],
    ["I took them.\n", "answered"],
    ["I've just dropped the \"Move the widget..\" line myself from\nthe changelog and applied the change, thanks!\n", "answered"],
    ["Thanks, I've applied the change to widget-next.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it.each([
    "I took it as a hint that the driver is unused.\n",
    "I took it from your branch and it still fails.\n",
    "Good idea, I've applied the change locally.\n",
    "I applied the change and it boots fine.\n",
    "> Let us drop the flag from the stack setup.\n\nThanks for digging! I've pushed the change to -next:\nhttps://git.example.org/ann/widget.git/commit/?h=for-next/exec&id=0123456789ab\n",
    "I took it to mean the flag is unused.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: a sentence over a link to another mail or a patch file", () => {
  it.each([
    "I ended up booting it on the emulator. To make that\nwork, I applied this patch:\n<https://example.com/widgets/blob/main/board/nommu.patch>\n\nIt then boots.\n",
    "Hi,\n\n> foo\n\nThis fix is already merged in the widget trees:\n\nhttps://lore.kernel.org/linux-widget/20990101.1234-1-ann@example.org/\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });

  it("still reads a notice over the tree's link", () => {
    expect(appliedNotice("Applied to widget-next, thanks:\n\nhttps://git.kernel.org/pub/scm/linux/kernel/git/ann/widget.git/commit/?id=0123456789ab\n")).toEqual("answered");
  });
});

describe("appliedNotice: a pasted commit inside a sentence", () => {
  const pasted = (after: string) =>
    "> drop the dead driver\n\nThe symbol used to be set for the old boards too, until\n\ncommit 0123456789abcdef0123456789abcdef01234567\nAuthor: Ann Example <ann@example.org>\nDate:   Mon Jan 1 10:00:00 2018 +0100\n\n    foo: Remove the OLDBOARD symbol\n\n    Signed-off-by: Ann Example <ann@example.org>\n\n" +
    after;

  it("reads no notice in the words going on below it", () => {
    expect(appliedNotice(pasted("merged in v4.20. The driver's entry was never updated.\n"))).toBeNull();
  });

  it("still reads a notice that opens its own sentence below it", () => {
    expect(appliedNotice(pasted("Applied to widget-next, thanks.\n"))).toEqual("answered");
  });
});

describe("appliedNoticeListing: an area's patches of one kind, the sentence wrapped", () => {
  it("reads the area before '<word>-specific' from the line the sentence began on", () => {
    const r = appliedNoticeListing("On Sat, Ann wrote:\n> Convert every driver.\n\nFWI(still)W, I have taken the Acme SoC-specific patches through\nthe acme-clk tree...\n", undefined, 0, 40);
    expect(r?.tree).toBe(true);
    expect(r?.area).toEqual({ area: "acme", excluded: false });
  });

  it("cuts '-only' and '-specific' from an area read alone", () => {
    expect(appliedNoticeListing("I've applied the arm64-only patches to foo-next.\n", undefined, 0, 5)?.area).toEqual({ area: "arm64", excluded: false });
  });
});

describe("appliedNotice: a link below a later sentence of the notice's line", () => {
  it("keeps the notice when the colon ends another sentence", () => {
    expect(appliedNotice("Applied on foo/bar for v9.1, thanks!  This goes on top of Ann's series:\n\n  https://lore.kernel.org/r/20990101-1-ann@example.org\n")).toEqual("answered");
  });
});

describe("appliedNotice: slips of the keys around the verb", () => {
  it.each([
    ["Thanks, I've merged thos into the widget tree.\n", "series"],
    ["Neverthless I have applied, but in future please write a longer changelog.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it("reads no notice where 'thos' is no object of the verb", () => {
    expect(appliedNotice("I tested thos patches and they break the widget build.\n")).toBeNull();
  });
});
