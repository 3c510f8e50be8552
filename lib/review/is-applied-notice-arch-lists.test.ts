import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing } from "./is-applied-notice";

// Shapes of notices read on linux-sh, linux-mips and linux-arch, each in our own words with made-up trees and names.

describe("appliedNotice: 'taken' after 'have', with the patches as object", () => {
  it.each([
    ["I've taken the first 2 patches for 7.3-final.\n", [1, 2]],
    ["I've taken the first 5 patches through widget-next for now to get early testing.\n", [1, 2, 3, 4, 5]],
    ["They are sane cleanups, so I've taken them in my tree now.\n", "answered"],
    ["I have taken this patch into foo/for-next, thanks.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it.each([
    "I've taken this into account in v3.\n",
    "I've taken the Rb tag, hoping the rest is to your taste.\n",
    "I have taken this series over from Bob and will post v5.\n",
    "I've taken care of it in the next version.\n",
    "I would have just taken it if it were not mixed with other changes.\n",
    "I should have taken this as v3 and posted it.\n",
    "Thanks for the comments, I've taken them.\n",
    "I have taken the patch to my test kernel and it boots.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: 'picked' with the patch and 'already'", () => {
  it("reads 'I've picked the patch already, and it is on its way to Linus.'", () => {
    expect(appliedNotice("Please don't resend. I've picked the patch already, and it is on its way to Linus.\n")).toEqual("answered");
  });

  it("reads no notice in a question or a tester's pick", () => {
    expect(appliedNotice("Have you picked the patch already?\n")).toBeNull();
    expect(appliedNotice("I picked the patch already and it still crashes.\n")).toBeNull();
  });
});

describe("appliedNotice: the keeper's own test before his verb", () => {
  it.each([
    ["Compile-tested and queued.\n", "answered"],
    ["Thanks, tested and queued.\n", "answered"],
    ["Build-tested and applied to widget-next.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it.each(["Tested and applied on my board, works fine.\n", "I applied and tested it, the warning is gone.\n"])("reads no notice in a tester's %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: a passive's list of participles ending in 'and merged'", () => {
  it.each(["Then the patches can be reviewed, improved and merged.\n", "Such changes are usually discussed, tested and applied by the arch maintainer.\n"])(
    "reads no notice in %j",
    (body) => {
      expect(appliedNotice(body)).toBeNull();
    },
  );

  it("still reads the applier's own deeds before 'and applied'", () => {
    expect(appliedNoticeListing("I fixed the typo, reworded the subject and applied to foo-next.\n")?.scope).toEqual("answered");
  });
});

describe("appliedNotice: more shapes of linux-mips and linux-arch notices", () => {
  it.each([
    ["I've so far applied patches 1-4 of your series to foo-next, and stopped at patch 5 which has a comment to address.\n", [1, 2, 3, 4]],
    ["Thanks. I've picked this patch up as part of the widget fixes I plan to send next week.\n", "answered"],
    ["I queued the first two of these, thank you all!\n", [1, 2]],
    ["Hand applied due to some other conflicting churn.\n", "answered"],
    ["Applied-to: https://git.example.org/foo/bar.git\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it("reads 'the above N patches' (the cover's list quoted) as the series only when the posting has N", () => {
    expect(appliedNoticeListing("Thanks!, I've picked up the above 3 patches.\n", undefined, 0, 3)?.scope).toEqual("series");
    expect(appliedNoticeListing("Thanks!, I've picked up the above 8 patches. Bob, do you want to carry the last 2?\n", undefined, 0, 10)?.scope).toEqual([]);
  });

  it.each([
    "So far I applied patches 1-3 on my board and it boots.\n",
    "I applied it due to popular demand but it does not boot.\n",
    "I've just taken it on trust that what the arch has working today is good.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: an author taking review comments", () => {
  it("reads no notice in 'Thanks, I've taken them. v7 was sent out.'", () => {
    expect(appliedNotice("Thanks, I've taken them. v7 was sent out.\n")).toBeNull();
  });
});
