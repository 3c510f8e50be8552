import { describe, expect, it } from "vitest";
import { classifyResponse, statesChange } from "./classify-response";

describe("classifyResponse", () => {
  it("reads an offer to remove the code as will-fix", () => {
    expect(classifyResponse("That's true. I added it as I took it for the bus clock. I can drop it.")).toBe("will-fix");
  });

  it("does not read the code's 'will check' as a promise", () => {
    expect(classifyResponse("It is only a sanity check, added because the card resets some registers.\nSo this will check whether they changed and then we fall back to a full init.")).toBe("explained");
  });

  it("reads 'Suggestion taken.' and 'it is ok for me to remove' as will-fix, but not a conditional one", () => {
    expect(classifyResponse("Suggestion taken. Thank you!")).toBe("will-fix");
    expect(classifyResponse("The IDs were wrong in lspci.\n\nAnyway, it's ok for me to remove the required list.")).toBe("will-fix");
    expect(classifyResponse("If the probe can get at the id, then it's fine with me to remove it. But is that possible?")).not.toBe("will-fix");
  });

  it("reads agreement that opens an explanation as explained", () => {
    expect(classifyResponse("Correct. That's one of the reasons why we don't hash the whole table: it carries the keys.")).toBe("explained");
    expect(classifyResponse("Yes - the log already names the key, and the root key matters because it signs that key.")).toBe("explained");
    expect(classifyResponse("The log says which files ran.\n\nYou are right - whether an old version is trusted is not something this series covers.")).toBe("explained");
    // Agreement that takes the remark or promises a change stays a will-fix.
    expect(classifyResponse("Yes, because the lock is dropped there. I'll move the check up in v2.")).toBe("will-fix");
    expect(classifyResponse("You're right, the clocks should have been the other way round; it worked only because the order did not matter.")).toBe("will-fix");
    expect(classifyResponse("Yes, good point, because the lock is dropped there.")).toBe("will-fix");
  });

  it("reads 'I updated the text now' as will-fix", () => {
    expect(classifyResponse("I updated the text now to:\n\nMake sure the ids are resolved in the opener's namespace.")).toBe("will-fix");
    // A simple past about what the patch does explains it.
    expect(classifyResponse("I changed the order because the clock has to run before the reset is released.")).toBe("explained");
    expect(classifyResponse("The block I added now uses the generic register interface, so we named it that way.")).toBe("explained");
  });
});

describe("classifyResponse: offers on a condition (edac audit)", () => {
  it("reads 'if others disagree, I can change it' as explained, and 'I'd like to keep' after a yes as explained", () => {
    expect(classifyResponse("The tag belongs to v1 only. If people prefer it there, I can add it.")).toBe("explained");
    expect(classifyResponse("Yes, these are reserved for later use. I'd like\nto keep them since that keeps the records 64 bytes apart.\n\nIf others disagree, I can change this struct.")).toBe("explained");
    // An offer without a condition still takes the remark.
    expect(classifyResponse("That's true. I added it as I took it for the bus clock. I can drop it.")).toBe("will-fix");
  });
});

describe("classifyResponse: agreement that states how the code already behaves (pdx86 audit)", () => {
  it("reads 'Right, X will be freed through the devm framework' as explained", () => {
    expect(classifyResponse("Right, the GPIOs will be released on unbind through the devm framework.")).toBe("explained");
    expect(classifyResponse("Yes, the lock is taken by the caller, so this is safe.")).toBe("explained");
    // A change to be made stays a will-fix.
    expect(classifyResponse("Right, this will be fixed by the next version.")).toBe("will-fix");
    expect(classifyResponse("Right, will fix.")).toBe("will-fix");
  });
});

describe("classifyResponse: 'Yes' answering a question for information (linux-clk audit)", () => {
  it("reads 'Yes ...' under a yes/no question as an answer, not a promise", () => {
    expect(classifyResponse("Yes :-)\nThose two clocks are not internal ones, so they belong under the outputs.", "Any reason the bus clocks are not grouped together? The other SoCs do that.")).toBe("explained");
    expect(classifyResponse("Yes as both reset and clocks live in the same block", "The base maps the reset part of the block, is it okay to read back the reset register?")).toBe("explained");
    expect(classifyResponse("Yes.", "The SoC has a system controller for the power domains, right? Then why not use the generic driver?")).toBe("explained");
  });

  it("keeps 'Yes' that takes a proposal, or a change, as will-fix", () => {
    expect(classifyResponse("Yes.", "Can this be static?")).toBe("will-fix");
    expect(classifyResponse("Yes.", "Then we should drop the old header in this patch, right?")).toBe("will-fix");
    expect(classifyResponse("Yes, will fix.", "Is this needed?")).toBe("will-fix");
    expect(classifyResponse("Indeed, I misread the helper. Changed.", "Is that right? On failure shouldn't you return the error?")).toBe("will-fix");
    // Without the remark, "Yes." stays as before.
    expect(classifyResponse("Yes.")).toBe("will-fix");
  });
});

describe("classifyResponse: changes announced done or sent (nfs and bluetooth audits)", () => {
  it.each([
    "It was already defined in the header,\nI just wrapped it again by mistake.\n\nFixed.",
    "Thanks for the input, re-framing the sentence and sending in upcoming patch.",
    "v2 sent.",
    "I sent a v2 to change to generic user_data instead of pending_data.",
  ])("%j is will-fix", (t) => expect(classifyResponse(t)).toBe("will-fix"));
  it.each([
    "This check moves to the caller in the next patch of the series, so nothing is lost here.",
    "I sent V1 of this some months ago and nobody answered it back then.",
  ])("%j is no promise", (t) => expect(classifyResponse(t)).not.toBe("will-fix"));
});

describe("classifyResponse: confirmations (linux-acpi audit)", () => {
  it.each(["Yes, that would be the case.", "Yes, the patch you pasted above works well for us.\n\nThanks!"])("%j explains", (t) =>
    expect(classifyResponse(t)).toBe("explained"),
  );
  it("still reads a promise after the confirmation", () => expect(classifyResponse("Yes, that's right, I will drop it in v2.")).toBe("will-fix"));
});

describe("classifyResponse: a confirmation of a proposal takes it", () => {
  it("reads 'Yes, that's correct.' under 'Shouldn't this be u32?' as will-fix", () => {
    expect(classifyResponse("Yes, that's correct.", "Shouldn't this be u32? It can't be negative, so it should be unsigned.")).toBe("will-fix");
    expect(classifyResponse("Yes, that's correct.", "With this patch, the zone is still created when it is not needed?")).toBe("explained");
  });
});

describe("statesChange", () => {
  it("tells a stated change from agreement alone", () => {
    expect(statesChange("Ack.")).toBe(true);
    expect(statesChange("Thanks for the correction. I'll make this change in the next version.")).toBe(true);
    expect(statesChange("Good catch, my mistake.")).toBe(true);
    expect(statesChange("Yes, probably. Although the test code should talk to the kernel directly.")).toBe(false);
    expect(statesChange("That's right. I have discussed similar ideas in the past.")).toBe(false);
  });
});

describe("classifyResponse: agreement that goes on to explain, typos", () => {
  it("reads a long answer opening 'Yes,' or 'Indeed,' that explains as explained, a short one as will-fix", () => {
    expect(classifyResponse("Yes.")).toBe("will-fix");
    expect(classifyResponse("Right, will look at it.")).toBe("will-fix");
    expect(
      classifyResponse("Indeed, you were one of the first to ask for the parser crate, long before the\nfirst users were merged. I could have told more of that history in the cover letter.\n\nIn a sense the cover letter could name you and Ben as the ones who wanted it :)"),
    ).toBe("explained");
    expect(
      classifyResponse("Yes, the address is fixed for the life of the guest.  It does not change across\nhibernation either.  But the call sits inside an inline assembly sequence, so the\ncall sites that would need rewriting are spread all over the code."),
    ).toBe("explained");
    // Owning up to the defect takes the remark, however long the answer.
    expect(
      classifyResponse("Yes, I forgot the conversion to Hz. The reference frequency comes from the table in kHz\nand the scheduler wants it in Hz, so every value was a thousand times too small in my tests too."),
    ).toBe("will-fix");
  });

  it("reads a promise through a typo ('I wll not use the extra variable') as will-fix", () => {
    expect(classifyResponse("Thanks, I wll not use the extra variable next_node.")).toBe("will-fix");
  });

  it("reads 'I've switched the patch to use X' and 'I'm going to add X' as will-fix", () => {
    expect(classifyResponse("Yes, that makes much more sense.  I've switched the patch to use WIDGET_MIN_SLOTS and dropped the\ncomment about the 2MB size in both places, which no longer holds.")).toBe("will-fix");
    expect(classifyResponse("Yes, I missed the unit. I'm going to add the conversion in the helper rather than at each caller, which keeps them short.")).toBe("will-fix");
  });
});

describe("classifyResponse: answers labelled with the author's name, changes announced done in vN (pwm and mips audits)", () => {
  it.each([
    ["[Mubin]: OK", "will-fix"],
    ["[Mubin]: will remove it", "will-fix"],
    ["[Ann] Will fix.", "will-fix"],
    ["Changed in v4 patch version.", "will-fix"],
    ["[1] is the datasheet, it says the register is write-only", "explained"],
  ])("%s -> %s", (text, kind) => expect(classifyResponse(text)).toBe(kind));
});

describe("classifyResponse: 'I will' that changes nothing (mmc and omap audits)", () => {
  it.each([
    // What the author will do is no change to the patch.
    ["Some of the registers cannot be cached, the status one for instance.\nSo, I'll keep this as it is.", "explained"],
    ["I will keep them without a prefix, the other drivers do the same.", "explained"],
    ["I'll keep it open-coded for now. This path is specific to the widget because the fallback is expected there.", "explained"],
    ["After another look I agree the warning is enough here.\n\nI'll wait a few days before sending out v2 to see if the vendor can confirm.", "explained"],
    ["I will test with the quirk removed as you indicated and share the results.", "explained"],
    ["Might be. I'll think about it.", "explained"],
    ["I guess it can, the mask has all its low bits set.\n\n[Side note: that check may become a runtime one,\n but I'll need to do some benchmarking before changing that.]", "explained"],
    ["I will double check this.", "none"],
    // A change named in the same clause, or the next revision, is still a promise.
    ["Thanks for the prompt review. I'll wait a few days for more comments\nand then resend.", "will-fix"],
    ["Thanks, I'll keep this in mind for v3.", "will-fix"],
    ["Thanks, that should work :) I'll test it and apply it to the series.", "will-fix"],
    ["I'll follow up with a v3 which merges the two strings.", "will-fix"],
    ["I will fix it in v2.", "will-fix"],
    ["I'll send v2 shortly.", "will-fix"],
    ["I will look into it.", "will-fix"],
    ["Sorry, it's my fault. I will keep these registers written only once.", "will-fix"],
    ["I will keep it in my next revision.", "will-fix"],
    ["The node is only on the one SoC, pushed a v2 based on the above suggestion.", "will-fix"],
    ["A minimum is required, else it equals the maximum. I'll admit it is not a setup I have tested.", "explained"],
    ["I will answer this in a separate email.", "explained"],
    // A sentence opening with the change made, as suggested.
    ["Changed to a union as suggested.", "will-fix"],
    ["Dropped and using reg, the schema then complains about the name.", "will-fix"],
    ["Added this because the hardware needs it.", "explained"],
  ])("%s -> %s", (text, kind) => expect(classifyResponse(text)).toBe(kind));
});

describe("classifyResponse: seventeenth session", () => {
  it.each([
    ["I still like pre-inc =).\n\nThere is a mix in the code. I'll align those when I meet them, but I don't think it's worth the effort to go through all of them.", "disagreed"],
    ["Thanks for the review y'all. All recommendations implemented including this and splitting to two commits.", "will-fix"],
  ])("%s -> %s", (text, kind) => expect(classifyResponse(text)).toBe(kind));
});

describe("classifyResponse: a short answer naming what was asked for (spi and hwmon audit, session 19)", () => {
  it("reads a path or an identifier answering 'which ...?' or 'is this needed?' as an answer", () => {
    expect(classifyResponse("drivers/mfd/widget-core.c.", "Which board code is this?")).toBe("explained");
    expect(classifyResponse("widget_get_drvdata() is used within widget_read().", "Is this needed?")).toBe("explained");
    // A short answer naming nothing stays no answer; without the remark nothing is known.
    expect(classifyResponse("Hmm, right.", "Which board code is this?")).toBe("none");
    expect(classifyResponse("drivers/mfd/widget-core.c.")).toBe("none");
  });

  it("reads a short answer naming the change made as a promise kept, not an explanation", () => {
    expect(classifyResponse("Changed to out_unlock", "out_unlock: ?")).toBe("will-fix");
    expect(classifyResponse("Added COMPILE_TEST", "Any specific reason this can't be \"|| COMPILE_TEST\"?")).toBe("will-fix");
    expect(classifyResponse("Replaced widget_count_elems() with\ndevice_count_elems().", "widget_ ?!")).toBe("will-fix");
  });
});


describe("classifyResponse: yes to a question put with 'or' (io_uring audit)", () => {
  it("reads 'Yes. It comes from ...' as an answer to 'Or is there some limit ...?'", () => {
    const remark = "The allocation size comes from userspace, potentially making large allocations. Or is there some inherent limit on the size?";
    expect(classifyResponse("Yes. It comes from foo_encoded_read(), where it's limited to FOO_MAX_SIZE (128KB).", remark)).toBe("explained");
  });
});
