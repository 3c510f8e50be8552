import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing } from "./is-applied-notice";

// Shapes of notices read on linux-nvme and linux-efi, in our own words with made-up trees and names.

describe("appliedNotice: a branch named right after the verb, with no 'to'", () => {
  it.each([
    "Thanks, applied for-7.1\n",
    "Thanks, applied for-7.1.\n",
    "Applied for-7.2, thanks.\n",
    "Patch applied for-7.2, thank you for the ping.\n",
    "Sounds good, queued up for-7.2.\n",
    "Applied widget-next/testing.\n",
    "Applied gadget-fixes, thanks!\n",
  ])("reads %j as a notice naming its tree", (body) => {
    expect(appliedNoticeListing(body)).toEqual({ scope: "answered", listed: [], tree: true });
  });

  it.each([
    "I applied drivers/widget/core.c\n",
    "I applied foo-next.patch and it boots\n",
    "Applied linux-next\n",
    "I applied it for-7.1 testing and it fails\n",
    "Applied v7.1-rc1\n",
    "Applied for-7.1 but it does not build.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: the applier's own edits and sources after the target", () => {
  it("reads a slight conflict resolution as the applier's edit", () => {
    expect(appliedNotice("Applied to 7.1-rc-next with a slight conflict resolution.\n")).toEqual("answered");
    // A conflict left to the author is still no notice.
    expect(appliedNotice("Applied to widget-next with a conflict in core.c, please check\n")).toBeNull();
  });

  it("reads an edit 'on the commit message' as the applier's, a commit by its hash as a tester's base", () => {
    expect(appliedNotice("Applied to widget/for-7.1 with the minor word-wrap adjustment on the\ncommit message.\n")).toEqual("answered");
    expect(appliedNotice("I applied the patch on the commit 1234567 and it works.\n")).toBeNull();
    expect(appliedNotice("I applied the patch on the commit 1234567\n")).toBeNull();
  });

  it("reads a series taken from the author's pull-request", () => {
    expect(appliedNotice("Sounds good, series applied from the pull-request.\n")).toEqual("series");
  });

  it("reads a tester fetching the latest tool before applying as no notice", () => {
    expect(appliedNotice("I pulled the latest widget-cli and applied your patch set\n\nSeems to work here.\n")).toBeNull();
    expect(appliedNotice("I pulled the latest widget-cli and applied your patch set\n")).toBeNull();
  });
});

describe("appliedNotice: openers and objects read on linux-fbdev", () => {
  it("reads a notice opening with 'FYI' or 'Otherwise'", () => {
    expect(appliedNotice("FYI I have merged patches 1, 6 and 7 of this patchset. They look fine.\n")).toEqual([1, 6, 7]);
    expect(appliedNotice("Could you give your full name? Otherwise applied to the widget git tree.\n")).toEqual("answered");
    expect(appliedNotice("FYI, applied to widget-next.\n")).toEqual("answered");
  });

  it("keeps the vetoes after those openers", () => {
    expect(appliedNotice("Otherwise I applied it and it boots.\n")).toBeNull();
    expect(appliedNotice("Otherwise, applied patches would break the build.\n")).toBeNull();
    expect(appliedNotice("FYI I applied it to my test tree and it fails to build.\n")).toBeNull();
  });

  it("reads 'this and your other N patches' as the series", () => {
    expect(appliedNotice("I have pushed this and your other three patches to widget-misc-next.\n")).toEqual("series");
  });
});

// linux-nvme: a reply quoting by indent (Outlook for Mac: four spaces under "On …, "Ann" <…> wrote:", no ">"), whose
// quote holds the maintainer's notice.
describe("appliedNotice: a notice quoted by indent", () => {
  const quoted = (own: string) =>
    `${own}\n\n\uFEFFOn 3/10/21, 5:06 PM, "Ann Roe" <ann@example.org> wrote:\n    \n    On Mon, Bo wrote:\n    > patch\n    \n    I've applied this to 7.1. Please let me know if the credits need adjusting.\n`;

  it("reads the quoted notice as no notice of the sender's", () => {
    expect(appliedNotice(quoted("Christoph then reworked the patch, and I took both sets of changes."))).toBeNull();
  });

  it("still reads the sender's own notice above or between the indented pieces", () => {
    expect(appliedNotice(quoted("Thanks, applied to widget-next."))).toEqual("answered");
    expect(appliedNotice("On Mon, Ann wrote:\n\n    static int foo;\n\nApplied to widget-next, thanks.\n")).toEqual("answered");
  });

  it("reads an indented line as the sender's own when no attribution opens a quote", () => {
    expect(appliedNotice("Thanks!\n\n    Applied to widget-next.\n")).toEqual("answered");
  });
});

describe("appliedNoticeListing: a notice naming two areas or more", () => {
  it.each([
    ["I applied the DTS and pinctrl patches, thanks.\n", ["dts", "pinctrl"]],
    ["Applied the arm64 and x86 changes to widget-next.\n", ["arm64", "x86"]],
    ["Applied the arm64, x86 and riscv changes to widget-next.\n", ["arm64", "x86", "riscv"]],
  ])("reads %j as the patches of %j", (body, areas) => {
    expect(appliedNoticeListing(body)?.area).toEqual({ area: areas[0], excluded: false, areas });
  });

  it("keeps one area as before, and reads words that name no area as none", () => {
    expect(appliedNoticeListing("Applied the DT patches, thanks.\n")?.area).toEqual({ area: "dt", excluded: false });
    expect(appliedNotice("Applied this and other patches.\n")).toBeNull();
    expect(appliedNoticeListing("I applied the first and second patches to widget-next.\n")?.area).toBeUndefined();
  });
});

describe("appliedNotice: a tester's kernels, a condition on the line below (linux-efi)", () => {
  it("reads 'applied them to both kernels' as a tester's", () => {
    expect(appliedNotice("Okay, thanks for the patches. I have applied them to both kernels, so the first\none and the second are the same.\n")).toBeNull();
    expect(appliedNotice("I applied it to all kernels I have here.\n")).toBeNull();
    expect(appliedNotice("Applied to the widget kernel tree.\n")).toEqual("answered");
  });

  it("reads a sentence going on below its verb with 'if' as no notice", () => {
    expect(appliedNotice("Yes, it is valid. The default distance\nmatrix, where the local and remote distances are 10 and 20, is applied\nif the distance map is missing.\n")).toBeNull();
    expect(appliedNotice("Applied to widget-next\nwith a small fixup, thanks.\n")).toEqual("answered");
    expect(appliedNotice("Applied, thanks.\nIf you want, send a follow-up.\n")).toEqual("answered");
  });
});

describe("appliedNoticeListing: the areas as the subject of a passive notice (linux-fbdev)", () => {
  it.each([
    ["Serial and USB host controller driver patches applied, thanks!\n", { area: "serial", excluded: false, areas: ["serial", "usb"] }],
    ["DT patches applied, thanks.\n", { area: "dt", excluded: false }],
    ["The staging patches are applied, thanks.\n", { area: "staging", excluded: false }],
    ["Thanks, the arm64 patches have been queued up.\n", { area: "arm64", excluded: false }],
  ])("reads %j as the patches of its areas", (body, area) => {
    expect(appliedNoticeListing(body)?.area).toEqual(area);
  });

  it("reads words that name no area as before", () => {
    expect(appliedNoticeListing("All patches applied.\n")).toEqual({ scope: "series", listed: [], tree: false });
    expect(appliedNoticeListing("The remaining patches are applied, thanks.\n")?.area).toBeUndefined();
    expect(appliedNotice("Tested patches applied.\n")).toBeNull();
    expect(appliedNotice("The arm64 patches were applied and it still crashes.\n")).toBeNull();
  });
});

describe("appliedNotice: the applier taking the opportunity", () => {
  it.each(["Applied, and took the opportunity to test it on my board.\n", "Applied, and took the opportunity to fix the typo.\n", "Applied, took the chance to reword the subject.\n"])(
    "reads %j",
    (body) => {
      expect(appliedNotice(body)).toEqual("answered");
    },
  );

  it("reads a result after it as before", () => {
    expect(appliedNotice("Applied, and took the opportunity to test it, and it crashes.\n")).toBeNull();
  });
});

// Readings the rules above must not change (linux-fbdev, read old against new).
describe("appliedNotice: shapes near the new ones, read as before", () => {
  it("reads an opener before a passive notice as no area", () => {
    expect(appliedNoticeListing("Anyway patches queued up in widget-misc-next for 7.13.\n")).toEqual({ scope: "series", listed: [], tree: true });
  });

  it("reads no area across a clause's opening words", () => {
    expect(appliedNotice("Looks like this patch was applied to widget-next which was based on\nv7.2-rc6. This patch needs a change in v7.3-rc1.\n")).toBeNull();
    expect(appliedNotice("I have sent a patch to document the fourth interrupt.  Once that\npatch has been applied, adding support involves two new lines.\n")).toBeNull();
  });

  it("reads a condition on a later clause below as no condition on the notice", () => {
    expect(appliedNotice("I've queued it up in the widget git tree but will drop it anytime\nif someone prefers to take this patch through another tree.\n")).toEqual("answered");
  });
});
