import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing } from "./is-applied-notice";

// linux-riscv, linux-modules, linux-hyperv and linux-kbuild: shapes in our own words, with made-up names, trees and links.

describe("appliedNotice: a patch 'is on' or was 'put on' a branch by name", () => {
  it.each([
    ["On Tue, Ann wrote:\n> Drop the unused flag.\n\nThanks, this is on for-next.\n", "answered"],
    ["Thanks!  This in on for-next.\n", "answered"],
    ["I lost track of this one, it's on for-next now.  Thanks for the ping!\n", "answered"],
    ["Thanks, these are on widget-fixes.\n", "series"],
    ["I've put this on for-next.  If anyone needs the old layout, shout.\n", "answered"],
    ["I've put these (along with the clock fix) on for-next.\n", "series"],
    ["I've put it on for-next now so the build bots have some time with it.\n", "answered"],
    ["Also fixed a typo in the subject.\n\nThis patch is now in gizmo-next. Thanks.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it.each([
    // A tester's base, not the keeper's word.
    "The lockup bisects back to this commit. This is on net-next.\n",
    "This is on linux-next.\n",
    // Idioms that put something on a hyphenated thing that is no branch.
    "I've put this on the back-burner.\n",
    "I put it on the todo-list.\n",
    "This is on the back-burner for now.\n",
    // A condition before the comma.
    "If the bots are happy, it is on for-next.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });

  it("names the tree of a notice pushed 'onto' a branch", () => {
    expect(appliedNoticeListing("Thanks, pushed onto widget-testing.\n")?.tree).toBe(true);
    expect(appliedNoticeListing("I've queued this up onto for-next.\n")?.tree).toBe(true);
  });
});

describe("appliedNotice: more shapes of the keeper's notice", () => {
  it("reads 'these <what they do> patches are now queued' as the whole posting", () => {
    expect(appliedNotice("These gadget topology patches are now queued for v9.4-rc1.  They should show up\nin linux-next shortly.\n")).toEqual("series");
    // A count stays SOME_RE's to read against the posting's size.
    expect(appliedNoticeListing("These three patches have been merged.\n", undefined, 1, 5)?.scope).toEqual([]);
  });

  it("reads 'the patch below has been queued' over the revised patch", () => {
    const body = "Thanks for the patch.  The commit references were malformed; those have been fixed\nup here, and the patch below has been queued for v9.2-rc.\n\n- Bob\n\nFrom: Ann <ann@example.org>\nSubject: [PATCH] widget: drop the unused barriers\n";
    expect(appliedNotice(body)).toEqual("answered");
  });

  it("reads 'all but the last patch' against the posting's size", () => {
    expect(appliedNoticeListing("I applied all but the last patch to gizmo-next. Thanks.\n", undefined, 0, 5)?.scope).toEqual([1, 2, 3, 4]);
  });

  it("reads a notice with a minor merge conflict the applier solved", () => {
    expect(appliedNotice("Thanks.  I've added these to for-next with a minor merge conflict, but I think\nI got it right!\n")).toEqual("series");
  });

  it("reads 'pulled the series into' a named tree", () => {
    expect(appliedNotice("I've pulled the series into the gadget for-next tree now.\n")).toEqual("series");
  });

  it("reads 'directly' before thanks or a reason", () => {
    expect(appliedNotice("Applied directly, thanks.\n")).toEqual("answered");
    expect(appliedNotice("Applied directly, because I like seeing this go.\n")).toEqual("answered");
  });
});

describe("appliedNotice: what a tester, an author or a bystander says", () => {
  it.each([
    // A tester's build of a release.
    "I just applied this patch to Linux kernel 9.2.\nThe board then fails to boot with two memory nodes.\n",
    // A tester or an author applying something to a patch, not to a tree.
    "I applied your fix to the patch and it seems ok.\n",
    "Yes, I applied these to the wrong patch...oops!\n",
    // A tester's base and a tester on the maintainer's branch.
    "I applied it on head:\nhttps://git.example.org/gizmo.git/commit/?id=0123456789ab\n",
    "I applied this series to your latest widget branch, built a kernel and booted it.\n",
    // Something else, at a release, or long ago and why.
    "The prerequisite patch is not in 9.2. It was merged in 9.3.\n",
    "No. It was merged in response to years of complaints about warnings.\n",
    // Why a change was made, not that it went in.
    "I think this change was applied to ensure that the buffer is never reused.\n",
    // Another subsystem's maintainer: the participle as the subject of "should be".
    "Acked-by: Carl <carl@example.org>\n\nWe have no tree of our own. Merging this via the gizmo tree should be fine.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });

  it("still reads the keeper's own participle and 'merged into' a previous patch", () => {
    expect(appliedNotice("Queuing for 9.3 as it should fix the build.\n")).toEqual("answered");
    expect(appliedNotice("Merged into your previous patch. Thanks!\n")).toEqual("answered");
  });
});
