// Remarks misread on lists never read before (fifth round: linux-sh, linux-mips, linux-arch). Each text is our own,
// modelled on a pattern seen in real review mail, with made-up names.
import { describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { classifyComment } from "./classify-comment";
import { extractComments } from "./extract-comments";
import { resolveComment } from "./resolve-comment";

const remarks = (body: string) => extractComments(body, { name: "Dana Fielding", email: "dana@example.org" }).comments.map((c) => c.text);

describe("courtesy thanks", () => {
  it("reads 'Thank you for the patch.' as a courtesy, not praise", () => {
    expect(classifyComment("Thank you for the patch.")).toBe("other");
    expect(classifyComment("Thanks for your patches!")).toBe("other");
    expect(classifyComment("Thanks for the updated series.")).toBe("other");
  });

  it("leaves nothing open: a courtesy asks for nothing", () => {
    const none = { messageId: null, kind: "none" as const, text: "" };
    const latest = resolveComment({ comment: { text: "Thank you for the patch.", kind: "other", anchor: null, reviewer: "Dana Fielding" }, old: { version: 1, files: [] }, next: null, response: none, changelog: [] });
    expect(latest.status).toBe("obsolete");
    // Another remark read as "other" on the latest revision stays open.
    const other = resolveComment({ comment: { text: "The bar unit has the same register.", kind: "other", anchor: null, reviewer: "Dana Fielding" }, old: { version: 1, files: [] }, next: null, response: none, changelog: [] });
    expect(other.status).toBe("open");
    // The courtesy before a note asking nothing, or before a request.
    const note = resolveComment({ comment: { text: "Thanks for your patch. I will queue it this weekend.", kind: "other", anchor: null, reviewer: "Dana Fielding" }, old: { version: 1, files: [] }, next: null, response: none, changelog: [] });
    expect(note.status).toBe("obsolete");
    const after = resolveComment({ comment: { text: "Ah, that explains the crash. Thanks for the patch.", kind: "other", anchor: null, reviewer: "Dana Fielding" }, old: { version: 1, files: [] }, next: null, response: none, changelog: [] });
    expect(after.status).toBe("obsolete");
    const ask = resolveComment({ comment: { text: "Thanks for your patch. Should this not take the lock?", kind: "other", anchor: null, reviewer: "Dana Fielding" }, old: { version: 1, files: [] }, next: null, response: none, changelog: [] });
    expect(ask.status).toBe("open");
  });

  it("still reads praise beside it, and the remark after it", () => {
    expect(classifyComment("Thanks for the patch, nice cleanup.")).toBe("praise");
    expect(classifyComment("Thank you for the patch.\n\nGreat to see this old hack go.")).toBe("praise");
    expect(classifyComment("Thanks for working on this, great cleanup.")).toBe("praise");
    expect(classifyComment("Thank you for the patch. Please drop the extra cast in foo_probe().")).toBe("objection");
  });
});

describe("an approval after the remark it depends on", () => {
  it("reads a suggestion closed by 'Otherwise LGTM' as the suggestion", () => {
    expect(classifyComment("I would print an error message here, so that the user sees why the probe failed.\n\nOtherwise LGTM")).toBe("nit");
    expect(classifyComment("I'd warn once here instead.\n\nOtherwise looks good.")).toBe("nit");
  });

  it("reads 'Other than the above, this looks good' as conditional on the remark above it", () => {
    const text = "As above, I think we should make this:\n\nstatic bool foo_raw(const struct pmu *pmu)\n{\n\treturn pmu->caps & FOO_RAW;\n}\n\nOther than the above, this looks good to me.";
    expect(classifyComment(text)).toBe("objection");
    expect(classifyComment("Other than that, looks good to me.")).toBe("ack");
  });

  it("finds the approval after a closing parenthesis", () => {
    expect(classifyComment("Please drop the externs while at it. (two more further down)\n\nOtherwise looks good:")).toBe("objection");
    expect(classifyComment("Otherwise looks good:")).toBe("ack");
  });

  it("reads 'looks good, but I see one mistake' as no approval", () => {
    expect(classifyComment("This looks good in principle, but I see one mistake:")).not.toBe("ack");
    expect(classifyComment("Looks fine to me, but there is one problem below.")).not.toBe("ack");
    // Without a finding after it the approval stands.
    expect(classifyComment("Looks good to me.")).toBe("ack");
  });
});

describe("a tag offered in words", () => {
  it("reads 'You can add my RB' as an approval", () => {
    expect(classifyComment("You can add my RB if you like.")).toBe("ack");
    expect(classifyComment("You may have my ack for this one.")).toBe("ack");
  });
});

describe("short notes", () => {
  it("reads parens as layout", () => {
    expect(classifyComment("Extra parens not needed here.")).toBe("nit");
  });

  it("reads a bare type as the type to use", () => {
    expect(classifyComment("unsigned int")).toBe("nit");
    expect(classifyComment("u32?")).toBe("nit");
  });

  it("reads 'Still missing ...' as something to add", () => {
    expect(classifyComment("Still missing vendor prefix. This applies to all your bindings.")).not.toBe("other");
  });

  it("reads 'I've just queued your patch' as the applied notice", () => {
    expect(classifyComment("I've just queued your patch for 5.6. Thanks for your contribution and sorry for the delay.")).toBe("ack");
  });

  it("reads 'let's queue this' from the maintainer as taking the patch", () => {
    expect(classifyComment("Thanks, let's queue this for 5.14 to avoid any future conflicts with it.")).toBe("ack");
    expect(classifyComment("Let's queue it once the binding has a review.")).not.toBe("ack");
  });
});

describe("words that look like an approval or a question", () => {
  it("reads an interrupt 'acked' and a tag spoken of as no approval", () => {
    expect(classifyComment("The line is level-triggered: it must not be acked before the EOI, or it fires again at once.")).not.toBe("ack");
    expect(classifyComment("Reviewing is already credited by the Reviewed-by tag, so Reported-by is odd here.")).not.toBe("ack");
    expect(classifyComment("Acked.")).toBe("ack");
  });

  it("reads 'what' opening a wrapped line as no question", () => {
    expect(classifyComment("Probably worth adding a little more on\nwhat the boards are in the commit message.")).toBe("nit");
    expect(classifyComment("The lock is taken twice.\nWhat is the second one for")).toBe("question");
  });

  it("reads a bare 'Maybe.' as an answer, not a suggestion", () => {
    expect(classifyComment("Maybe.")).toBe("other");
    expect(classifyComment("Hmm, maybe.")).toBe("other");
  });

  it("reads 'does not quite work' as a defect", () => {
    // "I wouldn't ..." is left alone: "I wouldn't make any decisions based on that code" and "I would not put my hand
    // in the fire for this" give no advice on the patch.
    expect(classifyComment("I wouldn't make any decisions based on that code.")).toBe("other");
    expect(classifyComment("This version does not quite work:\n\n  ld: error: section .text exceeds the address space")).toBe("objection");
  });
});

describe("second audit round (linux-mips)", () => {
  it("reads wondering why across a line break, and a doubt, as a question", () => {
    expect(classifyComment("I think in foo_walk() mm is never NULL, so I am wondering\nwhy you are handling mm == NULL.")).toBe("question");
    expect(classifyComment("Both already exist, so it's not clear to me why we would want yet another one.")).toBe("question");
    // Not being sure how others feel asks nothing.
    expect(classifyComment("I'm not sure how others feel, but my preference is to never copy the headers.")).not.toBe("question");
  });

  it("leaves the nit label to read an approval 'other than those nits'", () => {
    expect(classifyComment("Yuck. What's the point of the last argument? Just stick\nit into the format string.\n\nOther than those nits, this looks reasonable.")).toBe("nit");
  });

  it("reads 'needs fixing' of other programs as no request", () => {
    expect(classifyComment("I guess either /proc/stat or htop needs fixing then ;)")).toBe("other");
    expect(classifyComment("We might need a fixup when we backmerge. Either way this is a good simplification.")).not.toBe("objection");
    expect(classifyComment("Needs an update again ;-)")).not.toBe("other");
  });

  it("reads a tag given beside talk about tags as an approval", () => {
    expect(classifyComment("FYI you only add Reviewed-by tags when offered explicitly. But in any case, this patch looks good so here's my tag:")).toBe("ack");
  });

  it("reads the short tags form letter as a form letter", () => {
    const letter = "Please add Acked-by/Reviewed-by tags when posting new versions. However,\nthere's no need to repost patches *only* to add the tags. The upstream\nmaintainer will do that for acks received on the version they apply.\n\nIf a tag was not added on purpose, please state why and what changed.";
    expect(classifyComment(letter)).toBe("other");
  });

  it("reads 'I'd create a helper' as a suggestion", () => {
    expect(classifyComment("I'd create a foo_is_zero() helper for this.")).toBe("nit");
  });
});

describe("third audit round (linux-arch)", () => {
  it("reads 'Everything else looks good' as conditional on the remark above it", () => {
    expect(classifyComment("Instead, you could clamp the index to ARRAY_SIZE(foo_err).\n\nEverything else looks good.")).toBe("nit");
    expect(classifyComment("Everything else looks good.")).toBe("ack");
  });

  it("reads 'would benefit from' and 'I would pull that out' as suggestions", () => {
    expect(classifyComment("The above three definitions would benefit from some comments explaining\nwhat they are.")).toBe("nit");
    expect(classifyComment("There is a bunch of renaming in here. I would pull that out as a separate patch.")).toBe("nit");
  });

  it("reads 'maybe 3 instances' as an estimate", () => {
    expect(classifyComment("I couldn't come up with a reproducer. IIRC, I've fixed maybe 3 instances of this recently.")).toBe("other");
  });
});

describe("a change declined", () => {
  it("reads 'I prefer to keep the code as is' as an objection", () => {
    expect(classifyComment("Thanks for the patch but frankly I find the original variant clearer. So I prefer to keep the code as is.")).toBe("objection");
  });
});

describe("a form letter about tags", () => {
  it("reads the 'friendly reminder' about a tag not added as a form letter", () => {
    const letter = [
      "This is a friendly reminder during the review process.",
      "",
      "It looks like you received a tag and forgot to add it.",
      "",
      "If you do not know the process, here is a short explanation:",
      "Please add Acked-by/Reviewed-by/Tested-by tags when posting new",
      "versions, under or above your Signed-off-by tag.",
      "",
      "https://docs.example.org/process/submitting-patches.rst#L577",
      "",
      "If a tag was not added on purpose, please state why and what changed.",
    ].join("\n");
    expect(classifyComment(letter)).toBe("other");
    // The same opening over unaddressed remarks is the reviewer's objection.
    const nak = "Nothing improved, still NAK.\n\nThis is a friendly reminder during the review process.\n\nIt seems my previous comments were not fully addressed. Please go back to the previous discussion.";
    expect(classifyComment(nak)).toBe("objection");
  });

  it("reads 'it doesn't really work' about other code as no defect claim", () => {
    expect(classifyComment("I would actually like to remove HW_FOO completely for arm64 as it\ndoesn't really work and causes problems for ptrace.")).not.toBe("objection");
  });
});

describe("sending it again is mail flow", () => {
  it("reads a suggested [RESEND] to the right lists as no request of the code", () => {
    expect(classifyComment("Might be worth submitting a [RESEND] with the list on Cc.")).toBe("other");
    expect(classifyComment("Please resend this to the right maintainers.")).toBe("other");
    // A resend with a change asked for is a request.
    expect(classifyComment("Please resend with the leak in foo_open() fixed.")).not.toBe("other");
  });
});

describe("requests put as statements", () => {
  it("reads 'can be eliminated' and 'needs an update' as requests", () => {
    expect(classifyComment("Also, this block can be eliminated completely...")).toBe("objection");
    expect(classifyComment("The comment needs an update now that this is no longer foo specific.")).toBe("nit");
    expect(classifyComment("bar_store() would probably be better here.")).toBe("nit");
    // What can go once something else lands is for later.
    expect(classifyComment("Once the old users are converted the wrapper can be eliminated.")).not.toBe("objection");
    expect(classifyComment("On 32-bit the frame pointer sits at a fixed offset, and it can be eliminated.")).not.toBe("objection");
  });

  it("reads 'maybe' before a number as an estimate, not a suggestion", () => {
    const text =
      "No, the caller does not get to reorder them: syscalls are no function calls. The bug came from someone trying to save maybe 10 instructions on entry by jumping straight into C.";
    expect(classifyComment(text)).toBe("other");
    expect(classifyComment("Requiring GCC 11 now would be aggressive. But in a year (or maybe two) things will look different.")).toBe("other");
    expect(classifyComment("Maybe use foo_get() here.")).toBe("nit");
    expect(classifyComment("Maybe 2 separate patches for the two fixes?")).not.toBe("other");
    expect(classifyComment("Maybe a few words about the erratum in the commit message.")).toBe("nit");
    // The estimate is no suggestion, the proposal beside it is.
    expect(classifyComment("I propose to keep the same value as the GPIO flags. Not that it matters, but maybe one day you will unify them.")).toBe("nit");
    expect(classifyComment("Yep, that is a way forward. I keep you cced if/when I propose something better.")).not.toBe("nit");
  });

  it("reads 'nothing but' as 'only', so the agreement after it stands", () => {
    expect(classifyComment("Looking at foo.c, the whole thing does nothing but bump a pointer. So I agree we should just delete it.")).not.toBe("objection");
  });

  it("reads a clause ending in 'shouldn't' as a case named, not a defect claim", () => {
    expect(classifyComment("If the worry is other paths taking the lock when they shouldn't, then you could add an assert helper instead.")).toBe("nit");
    expect(classifyComment("This shouldn't take the lock twice.")).toBe("objection");
  });
});

describe("the sender's name opening a block under a tag", () => {
  it("drops the name signed between the tag and a postscript", () => {
    const body = ["> Signed-off-by: Ann Writer <ann@example.org>", "", "Reviewed-by: Dana Fielding <dana@example.org>", "", "", "Dana.", "", "PS Please don't take this as an ack for the whole series."].join("\n");
    expect(remarks(body)).toEqual(["PS Please don't take this as an ack for the whole series."]);
    const tested = ["> Signed-off-by: Ann Writer <ann@example.org>", "", "Tested-by: Dana Fielding <dana@example.org>", "", "Dana", "", "(Only booted to a shell, nothing more.)"].join("\n");
    expect(remarks(tested)).toEqual(["(Only booted to a shell, nothing more.)"]);
  });

  it("keeps another name opening a remark", () => {
    const body = ["> +\tfoo_enable(dev);", "", "Bob", "", "can you check this on your board?"].join("\n");
    expect(remarks(body)[0]).toContain("Bob");
  });
});

describe("a bare first name greeting the patch's author", () => {
  const greeted = (body: string) => extractComments(body, { name: "Dana Fielding", email: "dana@example.org" }, ["Andreas Keller"]).comments.map((c) => c.text);

  it("is dropped when it is the addressee's first name", () => {
    expect(greeted(["Andreas", "", "> +\tfoo_enable(dev);", "", "Check the return value."].join("\n"))).toEqual(["Check the return value."]);
    expect(greeted(["Andreas!", "", "Please Cc the irqchip list on this.", "", "> +\tfoo_enable(dev);"].join("\n"))).toEqual(["Please Cc the irqchip list on this."]);
  });

  it("stays when it is another word or another name", () => {
    expect(greeted(["Maybe", "", "\tret = foo_enable(dev);", "", "> +\tfoo_enable(dev);"].join("\n"))[0]).toContain("Maybe");
    expect(greeted(["Bob", "", "> +\tfoo_enable(dev);", "", "Check the return value."].join("\n"))[0]).toBe("Bob");
    // Without the addressees nothing is known.
    expect(remarks(["Andreas", "", "> +\tfoo_enable(dev);", "", "Check the return value."].join("\n"))[0]).toBe("Andreas");
  });
});

describe("a remark asking for nothing", () => {
  const diff = (path: string) => `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -1,3 +1,4 @@\n a\n+b\n c\n d\n`;
  const resolveGeneral = (text: string, kind: "ack" | "nit") =>
    resolveComment({
      comment: { text, kind, anchor: null, reviewer: "Dana Fielding" },
      old: { version: 2, files: parseUnifiedDiff(diff("arch/zeta/kernel/setup.c") + diff("arch/omega/kernel/setup.c")).files },
      next: { version: 3, files: parseUnifiedDiff(diff("arch/omega/kernel/setup.c")).files },
      response: { messageId: null, kind: "none", text: "" },
      changelog: [],
    });

  it("is not addressed when the next revision leaves out the code it names", () => {
    expect(resolveGeneral("Looks good. I look at zeta patches now and then.", "ack").status).toBe("obsolete");
    // A request naming it is.
    expect(resolveGeneral("Please leave zeta out of this, it has no such register.", "nit").status).toBe("addressed");
  });
});
