import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";

describe("classifyComment: how to send patches is etiquette", () => {
  it("does not read a request to use git send-email as an objection to the code", () => {
    expect(classifyComment("My review is based on the patches applied by hand.\n\nPlease try sending the patches with git-send-email next time, it is much easier to apply.")).toBe("other");
    expect(classifyComment("Please send the patch using git send-email.")).toBe("other");
    // A remark about the code next to it still counts.
    const remark = "This should use kzalloc() instead, the buffer is read before it is written.";
    expect(classifyComment(remark)).not.toBe("other");
    expect(classifyComment(`Please use git send-email.\n\n${remark}`)).toBe(classifyComment(remark));
  });

  it("reads what the patch should bring as no request", () => {
    expect(classifyComment("Nice. This should simplify things a lot :)")).toBe("praise");
    expect(classifyComment("Indeed this should solve the problem of freeing the queued descriptors twice.")).toBe("other");
    // Someone asked to do it is still asked.
    expect(classifyComment("You should simplify this loop.")).toBe("objection");
  });

  it("does not read a pasted bloat-o-meter table as instructions", () => {
    const table = ["On arm64:", "", "add/remove: 1/2 grow/shrink: 0/1 up/down: 96/-2048 (-1952)",
      "Function                                     old     new   delta", "widget_mix                                  2400     352   -2048",
      "Total: Before=9000000, After=8998048, chg -0.02%"].join("\n");
    expect(classifyComment(table)).toBe("other");
    // The courtesy above the table praises nothing either.
    expect(classifyComment(`Thanks for the series!\n\n${table}`)).toBe("other");
  });
});

describe("classifyComment: concessions, grants, corrections", () => {
  it("does not read a reviewer taking back his own point as an objection", () => {
    expect(classifyComment("Ah right. I was wrongly assuming the driver is a module here. But when it is\nbuilt in we do need to order the probe ourselves.")).not.toBe("objection");
    expect(classifyComment("My bad, I misread the loop.")).not.toBe("objection");
    // A request after the retraction still stands.
    expect(classifyComment("My bad, I did not say so before.\n\nAnyway, the series has several issues, so you\nneed to fix them before sending the next version.")).toBe("objection");
    expect(classifyComment("My bad, but the lock is still never released: this is a bug.")).toBe("objection");
  });

  it("reads 'Yes, please do.' as granting what the author offered", () => {
    expect(classifyComment("Yes, please do.")).not.toBe("objection");
  });

  it("reads advice on when to send the next version as etiquette", () => {
    expect(classifyComment("Don't rush sending the next version until the discussion\nhas settled.")).toBe("other");
  });

  it("reads a list of word corrections as a nit, not an applied note", () => {
    expect(classifyComment("wdiget -> widget\nenbale -> enable the")).toBe("nit");
    expect(classifyComment("Applied with the cant -> can above fixed up.")).toBe("ack");
  });

  it("reads 'you may want to' as a suggestion", () => {
    expect(classifyComment("You may want to reorder the fields to avoid holes\n(pointers first, then the smaller types).")).toBe("nit");
  });

  it("reads layout and comment-text requests as nits", () => {
    expect(classifyComment("Pls, sort this alphabetical.")).toBe("nit");
    expect(classifyComment("Superfluous comment.")).toBe("nit");
    expect(classifyComment("Please align these fields")).toBe("nit");
    expect(classifyComment("Indentation is wrong")).toBe("nit");
    // A defect of the code stays one.
    expect(classifyComment("The lock is wrong here.")).toBe("objection");
  });

  it("reads a pointer to the remarks below as no remark", () => {
    expect(classifyComment("Please see few comments.")).toBe("other");
    expect(classifyComment("Some minor comments inline.")).toBe("other");
    expect(classifyComment("Please see the lock comment: it is wrong.")).not.toBe("other");
  });

  it("does not read remarks on who merges it, patience or the reporter's own steps as objections", () => {
    expect(classifyComment("This needs to be merged by the board maintainer.")).not.toBe("objection");
    expect(classifyComment("Yep. It's queued. Please bear with me while I go through it.")).not.toBe("objection");
    expect(classifyComment("Sorry Ann, the reproduce step we provided is wrong. We will fix the bot.")).not.toBe("objection");
    expect(classifyComment("It is not urgent, but I guess this should not fall\nthrough the cracks.")).not.toBe("objection");
  });

  it("does not read a cited commit title wrapped over two lines as a request", () => {
    expect(classifyComment('This patch is now commit 0123456789ab ("foo: bar: Add debug\nsupport for baz") in foo/next.')).toBe("other");
  });

  it("reads a pasted, indented compiler warning as an objection", () => {
    expect(classifyComment("With CONFIG_PM unset I get:\n\n  drivers/foo/bar.c:12:5: warning: unused variable 'ret'")).toBe("objection");
  });

  it("reads 'feel free to include' a tag as an ack", () => {
    expect(classifyComment("Thanks for all the work on this, please feel free to include")).toBe("ack");
    expect(classifyComment("Feel free to include my reviewed-by.")).toBe("ack");
  });

  it("does not read thanks turned round by the next sentence, or a dropped patch, as praise", () => {
    expect(classifyComment("Thanks for the patch.\nHowever, the receiver is already supported by the dj driver.")).not.toBe("praise");
    expect(classifyComment("Thanks for the input Ann.\n\nI have removed the patch until this gets resolved.")).not.toBe("praise");
    expect(classifyComment("Thanks for the patch, nice cleanup.")).toBe("praise");
  });

  it("reads a form reply listing problems and asking for a corrected resend as an objection", () => {
    const form =
      "Hi, this is the automated reply of the widget maintainer. Your patch triggered it; please fix the\n" +
      "problem and resubmit it so that it can be merged.\n\nYou get this message because of the following common error(s):\n\n" +
      "- The commit message does not say why the change is needed. Please add that and resend.\n\n" +
      "If you have questions about how to resolve this, reply to this mail.";
    expect(classifyComment(form)).toBe("objection");
    // A plain question about the problems is not a form reply.
    expect(classifyComment("Which of the following errors did you hit?\n- timeout\n- overrun")).toBe("question");
  });

  it("reads a bot's dismissal of another reviewer's suggestion as other", () => {
    expect(classifyComment("Patch author, please ignore Bob's suggestion; you do not need to follow it at all.")).toBe("other");
    expect(classifyComment("Sorry, please ignore these comments for now.")).toBe("other");
    // A re-review that withdraws one point keeps the rest.
    expect(classifyComment("Please ignore the comment about the lock in my last review. The buffer still must be freed on the error path.")).toBe("objection");
  });
});

describe("classifyComment: line breaks and letter case (edac audit)", () => {
  it("reads remarks on line breaks and letter case as nits", () => {
    expect(classifyComment("No need for that line break.")).toBe("nit");
    expect(classifyComment("Please use lower case for the hex digits.")).toBe("nit");
    // A request about the code stays an objection.
    expect(classifyComment("No need for that lock.")).toBe("objection");
  });
});

describe("classifyComment: from the linux-nfs and linux-bluetooth audits", () => {
  it("reads a test bot's pass with the tested commit's title as no objection", () => {
    const text = "The bot has tested the proposed patch and the reproducer did not trigger any issue:\n\nTested on:\n\ncommit:         f0835e74 net: foo: Use defer setup to separate it\ngit tree:       upstream";
    expect(classifyComment(text)).toBe("other");
  });
  it("reads a request to explain or to name the base as a question", () => {
    expect(classifyComment("seems I missed that one. Can you please be more specific what this change does.")).toBe("question");
    expect(classifyComment("Can you tell me what this should apply on top of? It doesn't apply to\nv6.1-rc2. Is your patch on top of the other series?")).toBe("question");
  });
  it("reads a spell checker and quoted doc words as nits, a tester's success as none", () => {
    expect(classifyComment("If in doubt, please run a spell checker over the patch.")).toBe("nit");
    expect(classifyComment('"Return value: None" is unnecessary for a function returning void.')).toBe("nit");
    expect(classifyComment("Except 2 simple build errors, this allows me to connect the headset.")).not.toBe("objection");
  });
  it("reads a verb that is its sentence's subject as no instruction", () => {
    expect(classifyComment("I've double-checked the backports, they are fine.\n\nCheck for operations is not added for protocols that do not\nuse them. Thanks!")).not.toBe("objection");
    // Still an instruction, and quoted code still a request.
    expect(classifyComment("Check for NULL here, the allocation can fail.")).toBe("objection");
    expect(classifyComment('"goto out;" is unnecessary. Just return the error.')).toBe("objection");
  });
});

describe("classifyComment: from the linux-acpi audit", () => {
  it("reads 'No need to apologise' as no request", () => {
    expect(classifyComment("No need to apologise, these things happen.\n\nThanks for the explanation.")).not.toBe("objection");
  });
});

describe("classifyComment: build reports, polite requests, whitespace notes, first impressions", () => {
  it("reads the older 0-day wording ('I love your patch! Yet something to improve') as a build report", () => {
    const report = "I love your patch! Yet something to improve:\n\n[auto build test ERROR on foo/for-next]\n[also build test ERROR on linus/master]\n\nurl:    https://example.com/ci/commits/x\nbase:   foo/for-next\nconfig: x86_64-defconfig";
    expect(classifyComment(report)).toBe("objection");
    expect(classifyComment("Hi,\n\n[auto build test WARNING on bar/next]\n\nAll warnings (new ones prefixed by >>):")).toBe("objection");
  });

  it("reads 'Could you please <change> ...?' as a request, 'Could you please explain ...?' as a question", () => {
    expect(classifyComment("Could you please send a v2 that only rewords the commit message?")).toBe("question");
    expect(classifyComment("Could you please update a v2 to just reword the commit message?")).toBe("nit");
    expect(classifyComment("Can you please drop the NULL check before kfree? It handles NULL already.")).toBe("objection");
    expect(classifyComment("Could you please explain why the lock is taken twice?")).toBe("question");
    expect(classifyComment("Can you please test this on arm64 too?")).toBe("question");
  });

  it("reads a one-line whitespace note as a nit", () => {
    expect(classifyComment("indent ^: spaces instead of tab")).toBe("nit");
    expect(classifyComment("extra space after =")).toBe("nit");
    expect(classifyComment("Trailing whitespace.")).toBe("nit");
    // A question about it stays one.
    expect(classifyComment("Why spaces instead of tabs here?")).toBe("question");
  });

  it("does not read 'looks good, see the comments below' as an ack, unless a tag followed it", () => {
    expect(classifyComment("This looks good to me!  Nice that the sentinel idea worked out.\n\nSee a few comments inline below.")).not.toBe("ack");
    expect(classifyComment("The patch looks good to me, but I have a question below.")).toBe("other");
    // "..., but otherwise," and "... so" ran into the Reviewed-by that extraction took off.
    expect(classifyComment("Overall, this looks good to me.\n\nSee one comment below, but otherwise,")).toBe("ack");
    expect(classifyComment("Looks good to me, a couple of comments below. With those fixed:")).toBe("ack");
    expect(classifyComment("LGTM, some comments below.")).toBe("ack");
  });

  it("does not read praise given as the reason for another point as praise", () => {
    expect(classifyComment("Please tag the subject with the tree it is for. Since this looks like an improvement, that would be net-next.")).not.toBe("praise");
    expect(classifyComment("Process would be to tag this for a tree. Since this looks like an improvement it would be net-next.")).toBe("other");
    expect(classifyComment("Nice improvement, thanks!")).toBe("praise");
  });

  it("reads the maintainer fixing it up himself, and 'no need to send v4', as no objection", () => {
    expect(classifyComment("Locally fixed-up.\n\nIf nobody points out anything else,\nyou do not need to send v4.")).toBe("other");
    expect(classifyComment("I fixed it up locally. Thanks.")).toBe("other");
    // A request beside it still counts.
    expect(classifyComment("You do not need to send v4 for that. But the refcount must be dropped on the error path.")).toBe("objection");
  });

  it("does not read a pasted .config or version banner as the reporter's words", () => {
    const dump = [
      "$ gcc --version",
      "gcc (Distro 14.2.0-1) 14.2.0",
      "Copyright (C) 2024 Free Software Foundation, Inc.",
      "This is free software; see the source for copying conditions.  There is NO",
      "warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.",
      "",
      "$ cat .config",
      "#",
      "# Automatically generated file; DO NOT EDIT.",
      "# Linux/x86 6.15.0 Kernel Configuration",
      "#",
      'CONFIG_CC_VERSION_TEXT="gcc (Distro 14.2.0-1) 14.2.0"',
      "CONFIG_CC_IS_GCC=y",
      "# CONFIG_WIDGET is not set",
    ].join("\n");
    expect(classifyComment(dump)).toBe("other");
    // The report above the dump is judged on its words.
    expect(classifyComment(`This patch breaks boot on my laptop: it hangs in widget_probe().\n\n${dump}`)).toBe("objection");
    // A config option named in prose is not a dump.
    expect(classifyComment("Did your testing include\nCONFIG_X86_KERNEL_IBT=y?  That would have caught the missing ENDBR.")).toBe("question");
  });
});

// linux-security-module and other lists' robot reports, now one remark each (headline + diagnostics).
describe("build robot reports and short notes", () => {
  it("reads a robot's report of errors or warnings as an objection, whatever the diagnostic looks like", () => {
    const tree = (diag: string) => `commit: 0123456789abcdef0123456789abcdef01234567 [3/7] widget: add the frobnicator\n${diag}`;
    expect(classifyComment(tree("drivers/misc/widget.c:51:15: sparse: sparse: symbol 'widget_ops' was not declared. Should it be static?"))).toBe("objection");
    expect(classifyComment(tree("drivers/misc/widget.c:92:10-17: WARNING: ERR_CAST can be used with inode"))).toBe("objection");
    expect(classifyComment(tree("widget.c:(.text+0x232e): undefined reference to `widget_rebuild'"))).toBe("objection");
    expect(classifyComment(tree('ERROR: modpost: "widget_probe" [drivers/misc/widget.ko] undefined!'))).toBe("objection");
    expect(classifyComment("Thanks for your patch! Perhaps something to improve:\ndrivers/misc/widget.c:712:2: note: 'err' declared without an initial value")).toBe("objection");
    expect(classifyComment('kernel test robot noticed "BUG:KASAN:slab-out-of-bounds_in_widget_read" on:')).toBe("objection");
    expect(classifyComment("kernel test robot noticed a -12.5% regression of will-it-scale.per_process_ops on:")).toBe("objection");
    // A human pasting a link failure reports it too.
    expect(classifyComment("This fails to link with CONFIG_WIDGET=m:\n\nld: widget.c:74: undefined reference to `hwmon_register'")).toBe("objection");
  });

  it("reads a caret note under a quoted line as a nit", () => {
    expect(classifyComment('^ add missing comma after "behaviour"')).toBe("nit");
    expect(classifyComment("^^^ can be const")).toBe("nit");
    expect(classifyComment("^ Why is this needed?")).toBe("question");
  });

  it("reads an approval with an aside in parentheses, or a request to apply the patch, as an ack", () => {
    expect(classifyComment("This patch looks good to me, and with two (maybe three?) weeks left I'd like it merged soon.")).toBe("ack");
    expect(classifyComment("Folks, this patch is trivial and obviously correct, please pick it\nup for the next merge window.")).toBe("ack");
    // A question outside parentheses is still open; "please take this out" asks for a change.
    expect(classifyComment("Looks good to me. Why not use kfree() here?")).not.toBe("ack");
    expect(classifyComment("Please take this out of your next version, it is already upstream.")).not.toBe("ack");
  });
});

describe("classifyComment: terse requests, spliced imperatives, pointers (pwm audit)", () => {
  it.each([
    // A terse note on layout or wording under the quoted line.
    ["blank line", "nit"],
    ["No comma.", "nit"],
    ["IRQ, in uppercase.", "nit"],
    ["Single blank line is enough.", "nit"],
    ["One line.", "nit"],
    ["Typo, s/ta//", "nit"],
    ["Applied, thanks. I fixed the blank line.", "ack"],
    ["I like the detailed commit description!", "praise"],
    ["Fixed up and applied, thanks!", "ack"],
    ["Patch 1-3 applied to mips-next.", "ack"],
    ["Patches 1 and 2 applied, thanks.", "ack"],
    ["compatible goes first, then reg.", "nit"],
    ["Too many parentheses.", "nit"],
    ["this is unused.", "objection"],
    ["This can overflow.", "objection"],
    ["This is a nice information, keep it, but move it out of the Limitations\nparagraph.", "objection"],
    ["I'd reorder the functions to have foo_config() directly before foo_apply().", "nit"],
    ["This can be simplified to use FIELD_GET(..., ctrl);", "nit"],
    ["I think using a plain 0 instead of FOO_REG_DISABLE would be a tad\nclearer.", "nit"],
    ["A local variable for bus_clk would be sufficient.", "nit"],
    // "isn't needed", an imperative after a comma or "And then".
    ["The cast isn't needed.", "objection"],
    ["This is too detailed, just drop the changes list.", "objection"],
    ["And then drop this.", "objection"],
    // "You can <verb> <code>" and "I'd <verb>" suggest; "you can use the debian image" to test does not.
    ["You can do pm_runtime_resume_and_get unconditionally. I think this would\nsimplify the code flow a bit.", "nit"],
    ["I'd like the name to make that clearer.  ext2 is too vague.", "nit"],
    ["To boot it, you can use the debian hppa image [1]. The file is a zip file.", "other"],
    // Not following why: a question without its mark.
    ["I'm not really following why you can't use devm_iio_trigger_register() here\nand avoid your own tracking with the list below.", "question"],
    ["I don't understand why a change to some clk detail needs a change to pwm-clk.c in the same commit. It should\nbetter go into a separate patch?!", "objection"],
    // ", then" after a comma describes a sequence: "(i.e. disable, then change period/duty to avoid a glitch)".
    ["Instead this would become the inverse of what we do for disable above, which is also nicely symmetrical\n(i.e. disable, then change period/duty to avoid a glitch).", "other"],
    // A pointer at the remarks elsewhere is no remark; praise beside it is praise.
    ["A few minor formatting type comments inline.", "other"],
    ["Various other minor comments inline.", "other"],
    ["LGTM with a few nits below.", "ack"],
    ["Ack with one nit below.", "ack"],
    ["Thanks for doing this. It's looking already pretty good. Just a couple\nof minor comments in the individual patches.", "praise"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("classifyComment: mmc and omap audits", () => {
  it.each([
    // "I would <verb>" suggests as "I'd <verb>" does; "I would expect that ...", "what I would expect" discuss.
    ["I would keep this in the widget_dev instead, as it's not really a callback.", "nit"],
    ["I would instead add 'select REGMAP_MMIO' here, which is what we do for other drivers.", "nit"],
    ["Yes, that is what I would expect.", "other"],
    // Someone else's suggestion is no suggestion of the reviewer's; "I could" is no request.
    ["But then all the new ioctls are still needed.  Your suggestion would just make them harder to use.", "other"],
    ["Otherwise, after splitting, I could take the board bits.", "other"],
    ["Yes, this is the right way. From what I remember Ann worked on it, but I could be totally wrong.", "other"],
    ["You might as well fix the formatting of the multiline comment while you're changing its content.", "nit"],
    ["Noticed later, I think this would be useful to mention in the changelog.", "nit"],
    ["A review from Ann would be helpful here.", "other"],
    // "should not be hard" expects, it asks nothing.
    ["If I find a little time it should not be difficult to replace your driver in our branch.", "other"],
    ["This is just wrong. If we are initializing this card, we should call the callback. This is for the old cards, right?", "objection"],
    ["Please wrap your emails correctly.", "other"],
    ["Order please", "nit"],
    ["Wrong order, use the same as in properties.", "nit"],
    // An applied notice in the maintainer's words; thanks for the patch opening a review.
    ["Thanks applying into omap-for-v6.5/dt.", "ack"],
    ["Applying into fixes with a fixes tag.", "ack"],
    ["Thanks, applying your workaround on top of rc8 fixes the issue for me.", "other"],
    // A courtesy, not praise of the work.
    ["Thank you for the patch.", "other"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("classifyComment: seventeenth session (linux-i2c, linux-input)", () => {
  it.each([
    // Code written as the remark, under a short lead-in or none: a proposal, a nit.
    ["This can be\n\n\tbreak;", "nit"],
    ["Better split is\n\n\tstruct widget_data *wd =\n\t\tcontainer_of(work, struct widget_data, work);", "nit"],
    ["Can be simplified with the Elvis operator:\n\n\tp = w->pinctrl ?: widget_pinctrl(dev);", "nit"],
    ["return widget_modify_changed(w->mdio, WIDGET_REG,\n\t\t\t0xffff, adv);", "nit"],
    // Prose that happens to end in a statement is no code; a question over code stays a question.
    ["Yeah that will be a long series ;) count++;", "other"],
    ["Can it be\n\n\tret = widget_get(w);\n\n?", "question"],
    // A bare "sort" under a list asks for an order.
    ["sort", "nit"],
    ["Missing space", "nit"],
    // A claim about layout or the commit message is a nit even when it says "please don't" or "shouldn't".
    ["Please don't add an empty line between the call and its error check.", "nit"],
    ["This shouldn't be inside the commit description.", "nit"],
    ["Please don't use a spinlock here, this path sleeps.", "objection"],
    ["Extra blank line.", "nit"],
    // A call's parentheses do not make a request cosmetic.
    ["Need to use devm_add_action_or_reset() to disable the regulator.", "objection"],
    ["I'm not familiar with the widget_raw_request() API, but I think that a kfree(buf) is missing here.", "objection"],
    ["This comment is not necessary.", "nit"],
    ["Please namespace these (e.g. WIDGET_BUTTON_A) so they are not taken for keycodes.", "nit"],
    // Rejections in words.
    ["And that's a big NACK from a maintainer point of view.", "objection"],
    ["Right.  It's a NACK from me, sorry.", "objection"],
    ["When we get a NAK after transmitting N bytes to a target, there is no way to report N.", "other"],
    ["This is too risky. Poking a random address can lock up the whole system.", "objection"],
    ["To me, this is not the proper place for such a report.", "objection"],
    // The patch goes back for another version.
    ["Rather than applying this incremental patch, I decided to drop the\noffending commit from my branch. Please submit a new version of that\npatch and keep the credits.", "objection"],
    ["Please send a v3.", "objection"],
    ["No need to send a new version, I fixed it up while applying.", "other"],
    // Applied notices after a word of thanks, or further in.
    ["Thanks, merged to widget/widget-host.", "ack"],
    ["There was a checkpatch warning here, but I went ahead anyway and pushed the whole\nseries to widget/widget-host.", "ack"],
    ["I pushed it to my tree for testing.", "other"],
    ["Excellent patch. Thanks.", "praise"],
    ["Other than the remarks about the commit message this looks\ngood to me.", "ack"],
    // The stable team's backport bot reports on other trees.
    ["[This is an automated email]\n\nThis commit has been processed because it contains a -stable tag.\n\nv5.4.35: Failed to apply! Possible dependencies:\n\nHow should we proceed with this patch?", "other"],
    // Scope and next-time notes ask nothing of this patch.
    ["this should be a dev_warn(), but it's anyway out of the scope of this patch.", "other"],
    ["Just a heads-up, the board went to a family member, we need to fix its disk first.", "other"],
    ["you probably also want to look for sprintf()", "nit"],
    ["Sorry for the delay. I've now queued the patch. Thanks for fixing this.", "ack"],
    // C's "?:" in code written as the remark asks nothing.
    ["I'd say\n\n\tmax = (w->type == WIDGET_BIG ? SZ_16K : SZ_4K) - 1;", "nit"],
    ["if (ret != sizeof(buf))\n\t\treturn ret < 0 ? ret : -EIO;", "nit"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));

  it("reads a question put by name to someone other than the author as no question to the author", () => {
    expect(classifyComment("Tony, does this look good to you?", "Ann Writer")).toBe("other");
    expect(classifyComment("I would use it in the header instead. I'll ack that.\n\nHans, what do you think?", "Ann Writer")).toBe("nit");
    expect(classifyComment("Rob, Bob, any comments?", "Ann Writer")).toBe("other");
    // Put to the author, or opened by a word that is no name, it stays a question.
    expect(classifyComment("Ann, can you fix this?", "Ann Writer")).toBe("question");
    expect(classifyComment("Also, why is this here?", "Ann Writer")).toBe("question");
    expect(classifyComment("Humm, we only use the regulator with the VCM though, right?", "Ann Writer")).toBe("question");
    expect(classifyComment("Unrelated, should w->err be set here?", "Ann Writer")).toBe("question");
    // Without the author's name nothing is dropped.
    expect(classifyComment("Tony, does this look good to you?")).toBe("question");
  });
});

describe("classifyComment: integrity audit (session 18)", () => {
  it("reads a request before 'Otherwise, looks good' as the request", () => {
    expect(classifyComment('This should be "bar_entry".   Otherwise, it looks good.')).toBe("objection");
    expect(classifyComment("I think you should also clear the FOO flag when BAR is set, but\notherwise this looks sane to me.")).toBe("objection");
    expect(classifyComment("Can you please drop all these pointless externs while you're at it?\n\nOtherwise looks good:")).toBe("objection");
    expect(classifyComment("Overly long line.\n\nOtherwise looks good:")).toBe("nit");
    // An opening that asks for nothing leaves the approval.
    expect(classifyComment("Feel free to just re-post just this one patch.  Otherwise the patch set looks good.")).toBe("ack");
    expect(classifyComment("Otherwise, LGTM")).toBe("ack");
  });

  it("reads 'I do not think ... is a good idea' as turning the approach down, not as praise", () => {
    expect(classifyComment("I do not think this is a good idea.")).toBe("objection");
    expect(classifyComment("I don't think it's a good idea to force the generic driver for\ntouchpads here.")).toBe("objection");
    expect(classifyComment("I do not think that adding this switch is a good idea as it will not\nlet you extend the reporting.")).toBe("objection");
    expect(classifyComment("Good idea, thanks!")).toBe("praise");
  });

  it("does not read a commit cited by its title as a request", () => {
    const cited = 'But then I\'m still confused because, prior to 0e0546eabcd6 ("foo: bar: Change\ninitcall level of foo_init() to rootfs_initcall"), foo_init() was a\n\'device_initcall\' which is still called earlier.';
    expect(classifyComment(cited)).toBe("other");
  });

  it("reads the slip 'Aplied.' as the applied notice", () => {
    expect(classifyComment("Aplied.")).toBe("ack");
    expect(classifyComment("Aplied, thanks")).toBe("ack");
  });
});

describe("classifyComment: iio audit (session 18)", () => {
  it("reads a note closed by an applied notice as the applier's note", () => {
    expect(classifyComment("As it's only warning suppression I'm not going to rush this one.\n\napplied to the foo branch of bar.git")).toBe("ack");
    expect(classifyComment("Seems reasonable.\n\nApplied,")).toBe("ack");
    // A remark a rule reads keeps its kind; an "Applied?" asks.
    expect(classifyComment("Please fix the error path.\n\nApplied? No.")).not.toBe("ack");
    expect(classifyComment("Why is this lock needed?\n\nApplied anyway.")).toBe("question");
  });

  it("reads 'No need for the comment' as a nit on the comment", () => {
    expect(classifyComment("No need for the comment. Kind of obvious :)")).toBe("nit");
    expect(classifyComment("No need for the lock here, the caller holds it.")).toBe("objection");
  });

  it("reads 'might be nicer' as a suggestion, and advice 'for future reference' as no request", () => {
    expect(classifyComment("Whilst of course not necessary, it might be nicer to use sysfs_emit here as well for\nconsistency.\n\nOtherwise looks good to me.")).toBe("nit");
    expect(classifyComment("This is a small patch, so don't bother this time, but\nfor future reference, split a refactor from the new feature.\n\nOtherwise looks good to me.")).toBe("ack");
  });
});

describe("classifyComment: spi, hwmon and crypto audit (session 19)", () => {
  // A made-up reviewer's form letter in the shape of the one DT reviewers paste below their tags.
  const tagsLetter = [
    "<form letter>",
    "This is an automated instruction, just in case, because many review tags",
    "are being ignored. If you do not know the process, here is a short",
    "explanation:",
    "",
    "Please add Acked-by/Reviewed-by/Tested-by tags when posting new",
    "versions, under or above your Signed-off-by tag. Tools like b4 can help",
    "here. However, there's no need to repost patches *only* to add the tags.",
    "",
    "https://example.org/Documentation/process/submitting-patches.rst#L577",
    "</form letter>",
  ].join("\n");

  it("reads the review-tags form letter as no ack, and judges the remark above it alone", () => {
    expect(classifyComment(`---\n\n${tagsLetter}`)).toBe("other");
    expect(classifyComment(tagsLetter.replace("<form letter>\n", "").replace("\n</form letter>", ""))).toBe("other");
    expect(classifyComment(`Drop "Binding for", describe the hardware instead.\n\n${tagsLetter}`)).toBe("objection");
    expect(classifyComment(`Wrap at 80 (see coding style).\n\n${tagsLetter}`)).toBe("nit");
  });

  it("reads the whole Cc form letter as advice about the mail", () => {
    const ccLetter = [
      "Please use scripts/get_maintainers.pl to get a list of necessary people",
      "and lists to CC. It might happen, that command when run on an older",
      "kernel, gives you outdated entries.",
      "",
      "You missed at least devicetree list (maybe more), so this won't be",
      "tested by automated tooling.",
      "",
      "Please kindly resend and include all necessary To/Cc entries.",
    ].join("\n");
    expect(classifyComment(ccLetter)).toBe("other");
    expect(classifyComment(`<form letter>\n${ccLetter}\n</form letter>`)).toBe("other");
  });

  it("reads 'Rest looks good' after a request as the request", () => {
    expect(classifyComment("Keep the same order as in the properties list.\n\nRest looks good, so with these fixes:")).not.toBe("ack");
    expect(classifyComment("The READ_ONCE still looks suspect as it needs to be paired with a WRITE_ONCE. The rest looks sane to me.")).toBe("objection");
    expect(classifyComment("The rest looks good to me.")).toBe("ack");
  });

  it("reads a question beside an instruction of its own sentence as the instruction", () => {
    expect(classifyComment("Why is your example disabled? Drop 'status'.")).not.toBe("question");
    expect(classifyComment("A 4GB fifo is valid? Add some constraints.")).toBe("objection");
    // Asking to be told, or a style note beside a long discussion's question, leaves the question.
    expect(classifyComment("Please tell me more!\n\nIn the DT case this is the parent device, perhaps we can't rely on it for ACPI?")).toBe("question");
    expect(classifyComment("Why is this lock taken twice?")).toBe("question");
  });

  it("reads terse punctuation and tab notes as nits, 'It is good to me.' as an ack", () => {
    expect(classifyComment("Missing period.")).toBe("nit");
    expect(classifyComment("Please tab out the descriptions.")).toBe("nit");
    expect(classifyComment("It is good to me.")).toBe("ack");
    // "That's fine for me." agrees with what the author just said.
    expect(classifyComment("That's fine for me.")).not.toBe("ack");
  });

  it("does not read a pasted patch title quoted with 'Re:' as a request", () => {
    expect(classifyComment("I wonder a bit about such feedback.\n\nAnother example:\nRe: [PATCH] usb: foo: Fix NULL pointer dereference in foo_bar()")).not.toBe("objection");
  });

  it("reads a bare qualifier as a nit, 'still wrong' and 'not much sense' as defects, 'I expect ... fixed' as a request", () => {
    expect(classifyComment("static")).toBe("nit");
    expect(classifyComment("const?")).toBe("nit");
    expect(classifyComment("This is still wrong. The return value has to be int.")).toBe("objection");
    expect(classifyComment("Assigning a float to an int does not make much sense.")).toBe("objection");
    expect(classifyComment("The foo warning can be ignored, but I expect the rest\nto be fixed.")).not.toBe("other");
    expect(classifyComment("I expect this to work on older parts too.")).toBe("other");
  });
});

describe("classifyComment: io_uring, cgroups, pdx86 and leds audit (session 20)", () => {
  it("reads a change asked for as a question, without please, as a request", () => {
    expect(classifyComment("can you move this into the scope of the if() below?")).toBe("objection");
    expect(classifyComment("Can you use devm_gpiod_get_optional() from linux/gpio/consumer.h instead?")).toBe("objection");
    expect(classifyComment("Can you split this up into two commits, one for the core and one for the driver?")).toBe("objection");
    // "Could you ...?" is the soft form; a fix of the commit's text is a nit.
    expect(classifyComment("Could you add a comment saying why the lock is not needed?")).toBe("nit");
    expect(classifyComment("Thanks. Can you add a 'Fixes:' tag?")).toBe("nit");
    // Asking to try or tell stays a question.
    expect(classifyComment("Can you check if this fixes your problem?")).toBe("question");
    expect(classifyComment("Can you explain why the lock is needed here?")).toBe("question");
  });

  it("reads the way a fix has to be done as a request, a pasted fix aside", () => {
    expect(classifyComment("I replied earlier but the right thing to do here is setting delay to 0 if the shift is >= 64.")).toBe("objection");
    const fixup = [
      "foo_get_css() must be called in RCU read context. Besides, a reference to the css must be taken, as later on",
      "foo_pool_put() will call css_put().",
      "",
      "Here is my fixup, which I tested.",
      "",
      "diff --git a/kernel/foo.c b/kernel/foo.c",
      "--- a/kernel/foo.c",
      "+++ b/kernel/foo.c",
      "@@ -773,6 +773,7 @@ struct foo_pool *foo_common_ancestor(struct foo *a, struct foo *b)",
      ...Array.from({ length: 30 }, (_, i) => (i % 2 ? " \tstruct foo_state *s;" : "+\trcu_read_lock();")),
    ].join("\n");
    expect(classifyComment(fixup)).toBe("objection");
  });

  it("does not read a long discussion as a nit through one soft phrase in passing", () => {
    const discussion = [
      "Yes, the batch size has always been an arbitrary number. I do not think there have ever been any solid",
      "grounds for the value we have now except we need something and the cluster size was a good enough template.",
      "",
      "Increasing it to 64 sounds like a reasonable step. It would be great to have it scale based on the number",
      "of CPUs and potentially other factors but that would be hard to get right and actually hard to evaluate",
      "because it will depend on the specific workload.",
    ].join("\n");
    expect(classifyComment(discussion)).toBe("other");
    // A short one is still a suggestion.
    expect(classifyComment("It would be nicer to make it scale with the number of CPUs.")).toBe("nit");
  });

  it("reads a maintainer's applied letter that opens with thanks as an ack", () => {
    const letter = "Thank you for your patch, I've applied this patch to my review-ann\nbranch:\nhttps://git.example.org/pub/scm/linux/kernel/git/foo/foo.git/log/?h=review-ann\n\nNote it will show up in my review-ann branch once I've pushed my\nlocal branch there, which might take a while.";
    expect(classifyComment(letter)).toBe("ack");
  });

  it("reads terse style notes of a driver review as nits", () => {
    for (const t of ["#include for device_add_groups()", "Add include for IRQ_HANDLED and irqreturn_t.", "Missing include.", "Align all backslashes of the definition.", "Can be shorter.", "sysfs_emit()\n\nThe second line looks misaligned.", "Misindented brace."]) {
      expect(classifyComment(t), t).toBe("nit");
    }
    // "Inline this", "Either drop it or ...": instructions.
    expect(classifyComment("Inline this if not defined.")).toBe("objection");
    expect(classifyComment("Taking the index but dropping it on the floor is asking for breakage. Either drop it or assert that it's zero.")).toBe("objection");
    expect(classifyComment("Inline comments below.")).toBe("other");
  });

  it("reads a pointer at another mail as no remark, and agreeing with another reviewer's request as the request", () => {
    expect(classifyComment("Please see my response to the previous patch.")).toBe("other");
    expect(classifyComment("I tend to agree with Enrico that this should be two separate drivers.")).toBe("objection");
    expect(classifyComment("I agree.")).toBe("other");
    // Agreeing with the author's own plan is no request.
    expect(classifyComment("Which is likely to give wrong results and I agree with you that it should rely on vfs_getattr_nosec().")).not.toBe("objection");
  });

  it("reads what the reviewer should do himself as no request", () => {
    expect(classifyComment("Having a second thought, I'll drop the patch as asked. The change is not essential to the series, I shouldn't care about the other driver here.")).not.toBe("objection");
  });
});

describe("classifyComment: twenty-first session (linux-edac, linux-raid audits)", () => {
  it("reads an instruction after 'No,' / 'Yeah,' / 'Yes,' as the instruction", () => {
    expect(classifyComment("No, drop.")).toBe("objection");
    expect(classifyComment("No, keep the flag set and clear it only once you know the bank is absent.")).toBe("objection");
    expect(classifyComment("Nope, drop the label.")).toBe("objection");
    expect(classifyComment("Yes, don't store the device pointer in the private struct.")).toBe("objection");
    expect(classifyComment("No need for the spaces.")).toBe("nit");
    // After "Yeah," or "OK," the words are often prose: "Yeah, make does not ...", "Okay, no need for a v2 then."
    expect(classifyComment("Yeah, make does not lend itself well to file names with spaces.")).not.toBe("objection");
    expect(classifyComment("Okay, no need for a v2 then. I will ack the rest.")).not.toBe("objection");
    // A bare answer is none.
    expect(classifyComment("No, I don't think so.")).not.toBe("objection");
    expect(classifyComment("Yes, it makes sense.")).not.toBe("objection");
  });

  it("reads 'This can just be X' as a suggestion, 'can just be dropped' still as a request", () => {
    expect(classifyComment('This can just be an "else".')).toBe("nit");
    expect(classifyComment("This can just be dropped.")).toBe("objection");
    // Not inside a statement: "a root of trust is not something that can simply be built into a certificate".
    expect(classifyComment("Unfortunately a root of trust is not something that can simply be built into a certificate.")).not.toBe("nit");
  });

  it("reads a remark on 'This patch' wording as a nit on the commit message", () => {
    expect(classifyComment('Do not use "This commit/patch".\nhttps://example.org/submitting-patches.rst#L95')).toBe("nit");
    expect(classifyComment('Please do not use "This commit/patch/change", but imperative mood.')).toBe("nit");
    expect(classifyComment("Please keep the lines from longest to shortest.")).toBe("nit");
    // A quoted "this patch" naming which patch is meant is no remark on wording.
    expect(classifyComment('"this patch" refers to ab4f21e6fb1c')).not.toBe("nit");
  });

  it("reads 'Implement ...' opening a sentence as a request", () => {
    expect(classifyComment("There is. Implement the .blink_set method.")).toBe("objection");
    expect(classifyComment("Implement or respond to the previous comment.")).toBe("objection");
  });

  it("reads 'first N patches queued' and 'Applying this one!' as applied notices", () => {
    expect(classifyComment("First 5 patches massaged and queued here:\n\nhttps://git.example.org/log/?h=edac\n\nPlease run them with the rest of your test cases.")).toBe("ack");
    expect(classifyComment("First two applied, thx.")).toBe("ack");
    expect(classifyComment("Applying this one!")).toBe("ack");
  });

  it("reads a lower-case nack opening the remark as a NAK, not 'nack' inside prose", () => {
    expect(classifyComment("nak, because the timeout is already long enough for real use.")).toBe("objection");
    expect(classifyComment("nack.")).toBe("objection");
    expect(classifyComment("The controller sends a nack after the last byte.")).not.toBe("objection");
  });

  it("reads 'This doesn't look right' as a defect claim, 'What do you mean X?' as a question", () => {
    expect(classifyComment("This doesn't look right. We should allocate from the mempool after the loop, right?")).toBe("objection");
    expect(classifyComment("It doesn't seem correct to return 0 on a known failure.")).toBe("objection");
    expect(classifyComment("What do you mean 'leak' here?")).toBe("question");
  });
});

describe("classifyComment: twenty-second session", () => {
  it("reads the maintainer's 'will queue in <tree>' alone as an applied notice", () => {
    expect(classifyComment("i.e. will queue in soc-devel for v6.3.")).toBe("ack");
    expect(classifyComment("Thanks, will queue in clk-next for v6.13, with the typo fixed.")).toBe("ack");
    // A note closed by the promise is the applier's note.
    expect(classifyComment("foo_clk_get\n\ni.e. will queue in soc-clk for v6.18, with the above fixed.")).toBe("ack");
    // Waiting on the author, or asking, is no notice.
    expect(classifyComment("I will queue it in my tree after you fix the above.")).not.toBe("ack");
    expect(classifyComment("Will queue in soc-devel if nobody objects?")).not.toBe("ack");
  });

  it("reads 'merged into <branch>' after a short opener, and the maintainer's 'I'm going to pull it into <branch>', as applied notices", () => {
    expect(classifyComment("Much better, merged into subsys/dev, thanks Ann.")).toBe("ack");
    expect(classifyComment("I'm going to pull it into the subsys/next tree right now.")).toBe("ack");
    expect(classifyComment("Not sure it is right, merged into foo/bar?")).not.toBe("ack");
    expect(classifyComment("I will merge this into my tree once the dependency lands.")).not.toBe("ack");
  });

  it("reads 'There is no need for X' as a request, not when it weighs a condition or explains", () => {
    expect(classifyComment("There is no need for an else statement here since the code branches to the error label.")).toBe("objection");
    expect(classifyComment("There is no need for this mutex to be global.")).toBe("objection");
    expect(classifyComment("If using the other helper, then there is no need for these changes.")).toBe("other");
    expect(classifyComment("For read-only nodes there's no need for ranges, but those are likely needed for writable ones.")).toBe("other");
    expect(classifyComment("I meant the other commit, of course there is no need for locking there.")).toBe("other");
  });

  it("reads 'X would be appreciated' as a soft request, not a call for help or an agreement", () => {
    expect(classifyComment("Some comments as to what is happening here would be appreciated.")).toBe("nit");
    expect(classifyComment("Any hints would be greatly appreciated.")).toBe("other");
    expect(classifyComment("Yeah, that would be appreciated")).toBe("other");
    expect(classifyComment("Your help in reviewing the merge would be greatly appreciated.")).toBe("other");
  });

  it("reads 'Not sure what this is for' as a question, 'This patch lacks a Signed-off-by.' as a request", () => {
    expect(classifyComment("Not sure what this is for")).toBe("question");
    expect(classifyComment("This patch lacks a Signed-off-by.")).toBe("objection");
  });

  it("reads 'Node names should be generic' and a bare 'Vendor prefix.' as naming nits", () => {
    expect(classifyComment("Node names should be generic. See the generic names recommendation.")).toBe("nit");
    expect(classifyComment("Vendor prefix.")).toBe("nit");
  });

  it("reads a terse 'No underscores in node names.' as a naming nit", () => {
    expect(classifyComment("No underscores in node names.")).toBe("nit");
    expect(classifyComment("No capital letters in compatibles.")).toBe("nit");
  });
});
