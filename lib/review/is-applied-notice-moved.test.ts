import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing } from "./is-applied-notice";

// linux-riscv, linux-modules, linux-hyperv and linux-kbuild, second round: shapes in our own words, with made-up names and trees.

describe("appliedNotice: moved or being taken into a branch by name", () => {
  it.each([
    ["On Mon, Ann wrote:\n> Tidy the loader.\n\nMoved to for-next.\n", "answered"],
    ["I've moved it to gizmo-next as I found no problems with it.\n", "answered"],
    ["Thanks, I'm taking this into for-next.\n", "answered"],
    ["I'm taking these into widget-fixes, thanks!\n", "series"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
    expect(appliedNoticeListing(body)?.tree).toBe(true);
  });

  it.each([
    // Code moved, not a patch: no branch by name.
    "I moved it to foo.c so the helpers sit together.\n",
    "Moved to linux-next.\n",
    "I'm taking this into account for v3.\n",
    // A condition after the reason's "as".
    "I've moved it to for-next as soon as the bots are happy, if nobody objects.\n",
    // A question.
    "Moved to for-next?\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: merged without waiting", () => {
  it("reads the keeper's haste as a notice", () => {
    expect(appliedNotice("I read the diff and it only touched the gizmo files, so I merged this series without waiting.\n")).toEqual("series");
    expect(appliedNotice("I merged this series without waiting for more reviews.\n", undefined, null)).toEqual("series");
  });

  it("leaves a reviewer's 'applying this without waiting … makes sense' and a tester's problem alone", () => {
    expect(appliedNotice("Applying this separately without waiting for the rest of the series makes sense to me.\n")).toBeNull();
    expect(appliedNotice("I applied it without waiting for the fix and it fails to boot.\n")).toBeNull();
  });
});

describe("appliedNotice: a tester's own stack and a signing key are no tree", () => {
  it.each([
    "Thanks for v4 - I queued it up in my custom patch-series.\n",
    "I applied it to my own branch to try it out.\n",
    "I refreshed the key before it expired and pushed it to Example's keyserver.\n",
    "I pushed it to the keyserver.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });

  it("still reads a keeper's own named branch", () => {
    expect(appliedNotice("I queued it up in my gizmo-next branch.\n")).toEqual("answered");
  });
});
