import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing } from "./is-applied-notice";

// Notices that go on with what the applier did besides (rockchip, pwm and can maintainers' shapes), each in our
// own words with made-up trees and numbers.

describe("appliedNotice: 'after' the applier's own deed, with words of degree before it", () => {
  it.each([
    ["applied for 7.3 after a bit of alphabetical sorting\n- the clocks above the resets\n", "answered"],
    ["Applied, after little bit of editing.\n", "answered"],
    ["I've applied the patches to widget-next now (after double checking again).\n", "series"],
    ["Applied to widget-next after some careful rebasing, thanks.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(`On Mon, Ann Example wrote:\n> quoted\n\n${body}`)).toEqual(scope);
  });

  it.each([
    // A condition, or another's work: no deed of the applier's after "after".
    "Applied after the merge window opened.\n",
    "Applied after the fix from Bob.\n",
    "It can be applied after a bit of waiting for rc1?\n",
    "I'll get it applied after some more testing.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: 'this set, minus #N'", () => {
  it("reads the set minus a number, after a comma and 'this', as all but that patch", () => {
    expect(appliedNoticeListing("OK, I've applied this set, minus #3 which went in through another tree.\n", undefined, 0, 5)?.scope).toEqual([1, 2, 4, 5]);
    expect(appliedNoticeListing("Applied your series, minus patch 2, thanks.\n", undefined, 0, 4)?.scope).toEqual([1, 3, 4]);
  });

  it("still reads 'this set, minus …' outside a notice as nothing", () => {
    expect(appliedNotice("Please resend this set, minus patch 3.\n")).toBeNull();
    expect(appliedNotice("I built this set, minus patch 3, and it boots.\n")).toBeNull();
  });
});

describe("appliedNotice: numbers, then 'and pushed' or 'and submitted for build testing'", () => {
  it.each([
    ["Applied patches 1-3 and submitted for build testing.\nIf all is good, I'll send out a pull request.\n", [1, 2, 3]],
    ["Applied 2 and 4 and pushed out to widget-next, thanks.\n", [2, 4]],
  ])("reads %j", (body, scope) => {
    expect(appliedNoticeListing(body, undefined, 0, 5)?.scope ?? null).toEqual(scope);
  });

  it("keeps a tester's build testing a report", () => {
    expect(appliedNotice("I applied the patch for build testing.\n")).toBeNull();
    expect(appliedNotice("I applied it and submitted it for testing on my board.\n")).toBeNull();
  });
});

describe("appliedNotice: a branch by path after 'picked patches N' or 'queued under'", () => {
  it.each([
    ["I picked patches 1-3 for widget-next/main.\n", [1, 2, 3]],
    ["I picked patch 2 to widget-next, thanks.\n", [2]],
    ["Thanks, queued under soc/drivers now.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNoticeListing(body, undefined, 0, 5)?.scope ?? null).toEqual(scope);
  });

  it.each([
    "I picked patches 1 and 2 for my testing.\n",
    "I picked patches 1-3 for testing.\n",
    "Queued under linux-next/master for testing.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});
