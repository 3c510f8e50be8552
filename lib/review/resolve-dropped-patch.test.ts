// Resolutions read from the next revision of a series that dropped the patch, and the changelog line chosen as
// evidence (both seen on Suren Baghdasaryan's "Use killable vma write locking" v4 -> v5; the mails here are ours).
import { describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { resolveComment, type ResolveInput } from "./resolve-comment";

const noResponse = { messageId: null, kind: "none" as const, text: "" };

function oldCode(diff: string) {
  return { version: 4, files: parseUnifiedDiff(diff).files };
}

const gadgetDiff = [
  "diff --git a/gadget.c b/gadget.c",
  "--- a/gadget.c",
  "+++ b/gadget.c",
  "@@ -10,6 +10,6 @@ static int gadget_ioctl(struct gadget *g)",
  " {",
  " \tint ret = gadget_run(g);",
  "-\treturn ret ? ret : -EIO;",
  "+\treturn ret;",
  " }",
  "",
].join("\n");

describe("a general remark on a patch the next revision dropped", () => {
  const input = (absent: boolean | undefined): ResolveInput => ({
    comment: { text: "Does it really matter which error code ends the ioctl here?", kind: "question", anchor: null, reviewer: "Rev Iewer" },
    old: oldCode(gadgetDiff),
    next: { version: 5, files: [], others: [], absent },
    response: noResponse,
    changelog: [{ text: "rebased on widget-next", credits: [] }],
  });

  it("is obsolete: nothing is left to act on, and nothing says the author ignored it", () => {
    expect(resolveComment(input(true))).toMatchObject({ status: "obsolete", inVersion: 5, evidence: "v5 no longer carries this patch" });
  });

  it("stays unaddressed when the next revision still carries the patch and nothing credits the remark", () => {
    expect(resolveComment(input(undefined))).toMatchObject({ status: "unaddressed", inVersion: 5 });
  });

  it("is credited with the line saying the patch was dropped, not the first line crediting the reviewer", () => {
    const changelog = [
      { text: "split patch 2 into three parts, per Rev Iewer", credits: ["Rev Iewer"] },
      { text: "changed the error handling in widget_policy(), per Rev Iewer", credits: ["Rev Iewer"] },
      { text: "dropped the patch changing the gadget error code, per Rev Iewer", credits: ["Rev Iewer"] },
    ];
    const dropped = resolveComment({ ...input(true), changelog });
    expect(dropped).toMatchObject({ status: "addressed", evidence: expect.stringContaining("dropped the patch changing the gadget error code") });
    // A line naming another patch it dropped is no evidence for this one; one the patch's text names is.
    const named = (what: string) => resolveComment({ ...input(true), old: { ...oldCode(gadgetDiff), text: "gadget: widen the error code\n\nThe ioctl returns -EIO." }, changelog: [changelog[0]!, { text: `Dropped ${what} patch as per Rev Iewer.`, credits: ["Rev Iewer"] }] });
    expect(named("procfs").evidence).not.toContain("Dropped procfs patch");
    expect(named("ioctl").evidence).toContain("Dropped ioctl patch");
    // While the next revision still carries the patch, a line about dropping another one is no evidence for it.
    expect(resolveComment({ ...input(undefined), changelog }).evidence).not.toContain("dropped the patch");
  });

  it("is addressed by a changelog line crediting the reviewer, dropped or not", () => {
    const credited = { ...input(true), changelog: [{ text: "dropped the gadget error code patch, per Rev Iewer", credits: ["Rev Iewer"] }] };
    expect(resolveComment(credited)).toMatchObject({ status: "addressed", evidence: expect.stringContaining("dropped the gadget error code patch") });
  });
});

describe("the changelog line given as evidence for an anchored remark", () => {
  const oldDiff = [
    "diff --git a/widget.c b/widget.c",
    "--- a/widget.c",
    "+++ b/widget.c",
    "@@ -40,8 +40,10 @@ static int widget_move(struct widget *w)",
    " {",
    "+\tif (widget_lock_killable(w))",
    "+\t\treturn -EINTR;",
    " \tret = widget_charge(w);",
    " \tif (ret)",
    " \t\treturn ret;",
    " \treturn 0;",
    " }",
    "",
  ].join("\n");
  const nextDiff = oldDiff.replace("+\tif (widget_lock_killable(w))\n+\t\treturn -EINTR;\n \tret = widget_charge(w);", " \tret = widget_charge(w);\n+\tif (widget_lock_killable(w)) {\n+\t\twidget_uncharge(w);\n+\t\treturn -EINTR;\n+\t}");

  it("is the line naming the remarked function, not an earlier one sharing another identifier with the remark", () => {
    const resolution = resolveComment({
      comment: {
        text: "The charge taken by widget_charge() is never undone when widget_lock_killable() fails.",
        kind: "objection",
        anchor: { path: "widget.c", hunk: 0, function: "widget_move", line: 43 },
        reviewer: "Rev Iewer",
      },
      old: oldCode(oldDiff),
      next: { version: 5, files: parseUnifiedDiff(nextDiff).files },
      response: noResponse,
      changelog: [
        { text: "changed widget_lock_killable() error handling in widget_policy(), per Rev Iewer", credits: ["Rev Iewer"] },
        { text: "moved widget locking after the charge in widget_move(), per Rev Iewer", credits: ["Rev Iewer"] },
      ],
    });
    expect(resolution.status).toBe("addressed");
    expect(resolution.evidence).toContain("moved widget locking after the charge in widget_move()");
    expect(resolution.evidence).not.toContain("widget_policy");
  });
});

// Lorenzo Stoakes on v3 3/3, "probably worth splitting out based on the different parts you changed", answered in v4
// by "separated error checking fix for s390 into its own patch, per Lorenzo Stoakes"; the first line crediting him was a
// typo fix. (Names and lines here are ours.)
describe("a general request to split the patch", () => {
  const changelog = [
    { text: "fixed gadjet -> gadget, per Rev Iewer", credits: ["Rev Iewer"] },
    { text: "separated the error code fix for the ioctl into its own patch, per Rev Iewer", credits: ["Rev Iewer"] },
  ];
  const input = (text: string): ResolveInput => ({
    comment: { text, kind: "nit", anchor: null, reviewer: "Rev Iewer" },
    old: oldCode(gadgetDiff),
    next: { version: 5, files: [], others: [] },
    response: noResponse,
    changelog,
  });

  it("is credited with the line saying a part went into a patch of its own", () => {
    expect(resolveComment(input("This does a bit too much in one patch, probably worth splitting out the parts you changed.")).evidence).toContain("into its own patch");
  });

  it("leaves other remarks to the first line crediting the reviewer", () => {
    expect(resolveComment(input("The subject line could be shorter.")).evidence).toContain("gadjet -> gadget");
  });
});
