import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing } from "./is-applied-notice";

// Shapes of notices read on lists the rules were never tuned on (RTC, Samsung SoC, serial, clock, s390 maintainers),
// each in our own words with made-up trees.

describe("appliedNotice: how long ago it went in", () => {
  it.each([
    ["I have applied them a few days ago - <url>\n", "answered"],
    ["I have applied them few days ago - <url>\n", "answered"],
    ["This patch has been merged some time ago to v7.2-rc1 as commit 0a1b2c3d4e5f.\n", "answered"],
    ["I merged this a while ago into foo-next, thanks.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it.each([
    "I have applied them a few days ago and it still crashes.\n",
    "Was this applied a few days ago?\n",
    "I tested this a few days ago, looks fine.\n",
    "A similar patch was merged some time ago.\n",
    "If it had been applied a while ago, we would not see this.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: 'through' a named tree, numbers before a dash aside", () => {
  it("reads 'Picked up patch 1 and 2 through the foo tree' as those two patches", () => {
    expect(appliedNotice("Picked up patch 1 and 2 through the foo tree.\n", undefined, 1)).toEqual([1, 2]);
    expect(appliedNotice("Applied through the foo-soc tree, thanks.\n")).toEqual("answered");
  });

  it("reads a list of numbers as the subject of the notice's plural passive whole", () => {
    expect(appliedNoticeListing("Patches 3, 4 were merged through the bar tree.\n", undefined, 0, 9)?.scope).toEqual([3, 4]);
    expect(appliedNoticeListing("Applied 1, 2 was already applied.\n", undefined, 0, 9)?.scope).toEqual([1]);
    expect(appliedNoticeListing("Applied 1+2, 3 fails to apply for me.\n", undefined, 0, 9)?.scope).toEqual([1, 2]);
  });

  it("reads numbers closed by a dash aside", () => {
    expect(appliedNotice("I applied patches 1/5 and 2/5 - the rest need to be split up.\n", undefined, 1)).toEqual([1, 2]);
  });

  it.each([
    "I applied this through git am and it fails to build.\n",
    "I went through the patches and applied them locally.\n",
    "Applied through b4 on my laptop, boots fine.\n",
    "I applied patches 1 and 2 - it works now.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: asides that veto nothing", () => {
  it.each([
    "Thanks, applied (but somehow your patch did not make it to the list...)\n",
    "Applied to foo-next, though your mail never reached the mailing list.\n",
    "applied with corrected 'without' in the commit message.\n",
    "Thanks! Pushed onto bar-next for wider testing.\n",
    "Applied to foo/for-next for some more exposure.\n",
  ])("reads %j as a notice", (body) => {
    expect(appliedNotice(body)).toEqual("answered");
  });

  it("reads the list aside wrapped over lines, its list named no tree", () => {
    const body = "On Mon, Ann wrote:\n> the patch\n\nThanks, applied (but somehow your patch did not make it to the\nfoo-soc list).\n\nBest regards,\nKay\n";
    expect(appliedNoticeListing(body, undefined, 1, 4)).toEqual({ scope: "answered", listed: [], tree: false });
    expect(appliedNotice("Thanks, applied (but it did not make it\nto the build).\n")).toBeNull();
  });

  it.each([
    "Applied, but it did not make it past my build test.\n",
    "Applied it without the second hunk, and then it does not boot.\n",
    "I applied it to v7.1-rc3 for more testing.\n",
    "I applied it to my tree for wider testing.\n",
    "Applied 'not' in the changelog? I don't see it.\n",
    "Thanks, applied (but it does not apply cleanly on next).\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: after the fact, and the applier's own version", () => {
  it.each([
    "This has already been applied and resides in -next.\n",
    "This was applied and now sits in foo/for-next.\n",
    "I modified it and applied the below version to my tree now.\n",
  ])("reads %j", (body) => {
    expect(appliedNotice(body)).toEqual("answered");
  });

  it.each(["This has already been applied and resides in v7.1.\n", "Has this already been applied and does it reside in -next?\n", "I would have applied the below version to my tree.\n"])(
    "reads no notice in %j",
    (body) => {
      expect(appliedNotice(body)).toBeNull();
    },
  );
});

describe("appliedNotice: counts and scopes", () => {
  it("reads 'All but 3 applied to my tree' as every other patch", () => {
    expect(appliedNoticeListing("All but 3 applied to my tree.\n", undefined, 1, 5)?.scope).toEqual([1, 2, 4, 5]);
    expect(appliedNoticeListing("All but patches 4-5 have been queued, thanks.\n", undefined, 1, 5)?.scope).toEqual([1, 2, 3]);
  });

  it("reads 'I took patch 1/3 of this series as it is obviously correct' as patch 1", () => {
    expect(appliedNoticeListing("I took patch 1/3 of this series as it is obviously correct.\n", undefined, 1, 3)?.scope).toEqual([1]);
  });

  it("reads 'queued up the first 7 patches' as patches 1 to 7", () => {
    expect(appliedNoticeListing("I've queued up the first 7 patches here.\n", undefined, 2, 10)?.scope).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(appliedNoticeListing("Pushed out the first two, thanks.\n", undefined, 2, 10)?.scope).toEqual([1, 2]);
    expect(appliedNoticeListing("I've queued up the first 7 patches here and they fail.\n", undefined, 2, 10)).toBeNull();
  });

  it("reads 'everything except' as all patches but those named", () => {
    expect(appliedNoticeListing("Applied everything except patch 3, thanks.\n", undefined, 1, 4)?.scope).toEqual([1, 2, 4]);
  });

  it.each([
    "All but 3 applied cleanly, the rest conflict.\n",
    "All but one applied to my tree.\n",
    "I took patch 1 as an example.\n",
    "I took patch 2 and it builds.\n",
    "I applied everything and it boots.\n",
    "Did you take patch 1 of this series?\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 5)).toBeNull();
  });
});

describe("appliedNotice: patches named by their area", () => {
  it("reads 'all dts related patches' as the dts patches taken", () => {
    expect(appliedNoticeListing("I applied all dts related patches from this set.\n", undefined, 0, 6)).toMatchObject({ scope: "series", area: { area: "dts", excluded: false } });
    expect(appliedNoticeListing("Applied all the foo-related changes, thanks.\n", undefined, 0, 6)).toMatchObject({ area: { area: "foo", excluded: false } });
  });

  it("reads 'everything except the dts change' as the dts patches left out, not the answered patch alone", () => {
    expect(appliedNoticeListing("Applied everything except the dts change to soc/for-next.\n", undefined, 2, 5)).toMatchObject({ tree: true, area: { area: "dts", excluded: true } });
    expect(appliedNoticeListing("Applied all patches except the dts change to soc/for-next.\n", undefined, 2, 5)?.scope).not.toEqual([2]);
  });

  it("reads no area in 'all except' a patch by number or by place", () => {
    expect(appliedNoticeListing("Applied all except patch 3 to foo-next.\n", undefined, 0, 4)).toEqual({ scope: [1, 2, 4], listed: [], tree: true });
    expect(appliedNoticeListing("Applied all except the first patch.\n", undefined, 2, 4)?.area).toBeUndefined();
  });

  it.each(["I applied all dts related patches and the board boots.\n", "Should I apply all dts related patches from this set?\n", "Not applied: the dts related patches need rework.\n"])(
    "reads no notice in %j",
    (body) => {
      expect(appliedNoticeListing(body, undefined, 0, 6)).toBeNull();
    },
  );
});

describe("appliedNotice: promises stay none", () => {
  it.each(["I will pull these in.\n", "I will pick this up for the next rc.\n", "I'll take patch 1/3 of this series.\n"])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});
