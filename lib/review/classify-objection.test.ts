import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";
import { classifyResponse, matchResponseRule } from "./classify-response";

// Invented remarks modelled on the pwm/netfilter audit: what is not a change request to this patch.
const NOT_OBJECTIONS: [string, string][] = [
  // Negated finding (modelled on "I didn't spot anything in my read through ...").
  ["I didn't spot anything in my read through and most of what the bot says is wrong or a core problem.", "other"],
  ["No issues found here, the error paths all look balanced to me.", "other"],
  // Agreement.
  ["Using a separate chain for this seems sensible to me, it should also be easier to extend.", "other"],
  ["I think this patch is fine to move forward. We ran a profile and it should not make a difference.", "other"],
  ["I tend to agree that we shouldn't expose this to every driver.", "other"],
  // Third parties, backports, the future, the reviewer's own plans, a counterfactual past.
  ["This needs to be backported to the 6.1 stable tree as well.", "other"],
  ["Probably shouldn't have allowed it then, but things were different a decade ago.", "other"],
  ["The helper needs to be audited for these problems but I don't know when I can get to it.", "other"],
  ["I should send a patch for the other driver too.", "other"],
  ["We can make it less confusing later, the series is already applied.", "other"],
  ["FWIW the BPF subsystem will switch these defines to enums, see commit 1aae4bdd7879.", "other"],
  ["Then, that's why the datatype does not work, because it expects network byte order.", "other"],
  // A quoted commit title is no imperative.
  ['It was removed in patch 3 ("ipvs: use single svc table").', "other"],
  // Status note in a long thread.
  ["Update: this has stalled. The firmware team is looking at the register layout and may need to change the API, which would have to go through a new binding.", "other"],
  // A long discussion paragraph mentions "should" and "need to" in passing.
  [
    "It's been a long standing complaint that the drivers are not consistent about whether 0 means off. " +
      "The most commonly used ones do not adopt it but lots of specific drivers do. IMHO what is right depends on " +
      "the display technology. For displays that are essentially black when off we need to be careful. " +
      "Others should be fine either way, and the core has to cope with both for a long time to come.",
    "other",
  ],
];

// Real requests from the same sample keep their kind.
const STILL_REQUESTS: [string, string][] = [
  ["Not used so introduce it only when needed (I guess in a later patch).", "objection"],
  ["No file-scope variables. Drop both. You don't even need it.", "objection"],
  ["The else branch has no effect as val is initialized as zero above, so please drop it.", "objection"],
  ["Since the callbacks are serialized now (unless I miss something) this mutex can be dropped.", "objection"],
  ["FYI, namespaces must be quoted now, so this series needs to be rebased on the latest branch.", "objection"],
  ["Yes, the return value is wrong, it should be NF_ACCEPT, not -NF_ACCEPT.", "objection"],
  ["Please drop this chunk: removing it from the last case makes it inconsistent. NACK for this driver.", "objection"],
  ["Sounds like an existing bug. If so it should be an independent patch with a Fixes tag.", "objection"],
  ["I didn't spot anything else, but this lock must be taken before the state is read.", "objection"],
  ["| drivers/net/can/foo.c:282:22: error: variable 'echo_byte' set but not used [-Werror=unused-but-set-variable]", "objection"],
  ["FYI, we noticed a -100.0% regression of stress-ng.splice.ops_per_sec due to commit: 140402bab86b", "objection"],
  // Long, but with a strong signal in one sentence.
  [
    "This is horribly ugly, and if we were already filtering other errors why is this one treated in a special way? " +
      "It's going to bitrot and people are going to assume it's for some very good reason. Nobody will understand why. " +
      "Surely the old path returned an error before, so the most consistent would be to keep filtering here.",
    "objection",
  ],
  ["Please fix the typo in the subject.", "nit"],
];

describe("objections are requests addressed to the patch (pwm/netfilter audit)", () => {
  it.each(NOT_OBJECTIONS)("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
  it.each(STILL_REQUESTS)("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("agreement that hands the change back", () => {
  it.each([
    ["That's OK with me. Could you please amend and push it?", "will-fix"],
    ["That's fine, feel free to fix it up while applying.", "will-fix"],
    ["That is correct, would you squash it in when applying?", "will-fix"],
    // Pushback or an explanation is not an acceptance.
    ["That's OK, but could you please leave it as it is?", "explained"],
    ["This is fine because the lock is held by the caller.", "explained"],
  ])("%s -> %s", (text, kind) => expect(classifyResponse(text)).toBe(kind));
  it("names the rule", () => expect(matchResponseRule("That's OK. Could you amend it?")?.id).toBe("accept-delegated"));
});

describe("notes that are no request (netfilter audit, second sample)", () => {
  it.each([
    ["Yes, this should not be an issue, but something to keep in mind.", "other"],
    ["This is expected: a simple add command does not need a cache. We should avoid fetching rules unless needed.", "other"],
    ["My only concern is that buffers copied to userspace are zeroed. I would need to take a close look to know for sure.", "other"],
    ["Just for archives:\nI am not sure this is still needed after the recent change.", "other"],
    ["Here is the summary with links:\n  - [nf-next,1/7] netfilter: bridge: Move fragmented packets to slow_path\n    https://git.kernel.org/x", "other"],
    ["Please ignore this bogus comment.\nSorry for the fuzz.", "other"],
    // Still requests.
    ["This should not be needed at all, drop it.", "objection"],
    ["Version 3 is wrong here, it should be version 4. Please fix everywhere else too.", "objection"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("agreement in a reply to an answer (pwm audit, final sample)", () => {
  it.each([
    ["Yes, if the flag isn't what the consumer wants, they shouldn't use it. Agreed.", "other"],
    ["Yes, please.\n\nPS I wondered if a helper macro is clearer here.", "other"],
    ["Yes, please drop it.", "objection"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("named audit cases, in small", () => {
  it.each([
    // S1155: a negated finding, then a small point picked up "though".
    ["I didn't spot anything in my read through.\n\nOne small thing the bot did pick up on though that I think could be a little nicer.", "nit"],
    // S866: a clarification of how the firmware works.
    ["Just to clarify, when I say HW I mean the MCU. They need to be swappable, so same API. There's no need on our side for public docs.", "other"],
    // A negated "sensible" is a defect claim, not agreement.
    ["It is not sensible at all to use it. If you define it here people are allowed to OR both flags, which doesn't make sense.", "objection"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("objection checks on hostile input", () => {
  it("an imperative verb mid-sentence is prose, not an instruction", () => {
    expect(classifyComment("The common ones (ACPI in particular) do not adopt it.")).toBe("other");
  });
  // No timing here (npm run bench measures speed): a regex that backtracks on these would hang the test.
  it("reads hostile long remarks without backtracking forever", () => {
    expect(classifyComment(`${"it should be ".repeat(20000)}x`)).toMatch(/^(nit|question|objection|ack|praise|other)$/);
    expect(classifyComment(`${"a ".repeat(100000)}`)).toBe("other");
    // The sentence-shape checks (reason clauses, hypotheticals, "you need") on one endless sentence.
    for (const unit of ["x because y but ", "if we would need to ", "the luck you need ", "> we should\n"]) {
      expect(classifyComment(unit.repeat(8000))).toMatch(/^(nit|question|objection|ack|praise|other)$/);
    }
  });
});

// Invented remarks modelled on the io_uring/leds audit: explanation and discussion that say "should",
// "need to" or "has to" without asking this patch to change, one per shape.
describe("discussion is no objection (io_uring/leds audit)", () => {
  it.each([
    // Hypothetical mood and conditionals about another design.
    ["We'd need to allocate space for the pages then, but there is infrastructure for that already.", "other"],
    ["If we also implement the simple mode, we should drop the positioning code from the class.", "other"],
    ["Sure, go ahead. You might have to adapt it a few times, the API is still moving.", "other"],
    // The duty falls on people, not on the patch.
    ["Somebody has to reap the completions, either the application or the timeout handler.", "other"],
    // A reason clause, and a constraint explained with its reason.
    ["I care more about the mute key, because we should really expose that to users.", "other"],
    ["The worker has to be started before the ring is mapped because the mapping reads its state.", "other"],
    // Dropped thoughts, denied or retracted defects, expectations.
    ["At first I thought we should add a counter here, two channels are plenty.", "other"],
    ["I don't think it's really a problem, the caller holds the lock.", "other"],
    ["This looks racy, but I do realize the caller serializes it.", "other"],
    ["So that should not actually be a problem.", "other"],
    // Lines quoted from an earlier mail are not this reviewer's words.
    ["You wrote this yourself:\n> We should first outline the API.\nNothing like that happened.", "other"],
    // The maintainer makes the change, or the point is about the mail flow, the tree or later work.
    ["The Fixes tag should name the commit that added the bug. No need to resend, I can fix it up while applying.", "other"],
    ["Just to avoid confusion, this series should go through the block tree.", "other"],
    ["Please keep me in the loop, I maintain the test suite for this.", "other"],
    ["Once this is merged we need to extend the test suite as well.", "other"],
    // A concession, and an imperative aimed at the person rather than the code.
    ["Fair enough, the lock has to stay where it is then.", "other"],
    ["Don't be so dramatic, nothing was promised here.", "other"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("requests survive the discussion shapes", () => {
  it.each([
    ["If we keep the helper, please don't pass the inode separately.", "objection"],
    ["If you print an error, you must return one.", "objection"],
    ["You would have to keep the table allocated and hang it off the transaction.", "objection"],
    ["So if we want to offer the dual modes, these LEDs should be multicolor.", "objection"],
    ["This breaks the established behaviour, we don't want users to have to trace each table.", "objection"],
    ["If someone sends the patch with --histogram, this won't work.", "objection"],
    ["Agreed, we only copy the names where they mean something. For this op it should just return -EINVAL.", "objection"],
    ["You need a mutex here as well, because there are two reads.", "objection"],
    ["The link flag is missed, because the consumer has to run after the register op.", "objection"],
    ["I think this check should go after the cancel loop, because the loop makes sure nothing needs to be cancelled.", "objection"],
    ["Then, drop the memset.", "objection"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("discussion shapes, second fresh sample", () => {
  it.each([
    // A lead-in, a deduction, a noun that contains a modal, an idiom, a wish.
    ["Please look below.", "other"],
    ["From the log I concluded that it must have done this for a long time.", "other"],
    ["Too many maintainers asked for their own must-haves on this one.", "other"],
    ["Ok. make sense to me.", "other"],
    ["Good luck with the rest, and the patience you need for it.", "other"],
    // Optional by the reviewer's own word: a suggestion, not a blocker.
    ["The depends line is not required. I'll leave it up to you.", "nit"],
    ["I'd propose simply ignoring this flag.", "nit"],
    // Still requests.
    ["I would expect that this check should only happen after the shift.", "objection"],
    ["It is not a real concern, but because of that I think we should drop the helper.", "objection"],
    ["Don't know if it is because your mailer ate the tabs, but the stars should be aligned.", "objection"],
    ["If he signed off first, he wrote it. Or add a Co-developed-by tag.", "objection"],
    ["Leave them where they are for now.", "objection"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

// Modelled on the linux-spi/linux-rtc audit.
describe("advice about the mail is no objection (spi audit)", () => {
  it.each([
    ["Please don't send content free pings and please allow a reasonable time\nfor review.  People get busy, go on holiday.\n\nSending content free pings adds to the mail volume, so you'll have to resend anyway.", "other"],
    ["Please delete unneeded context from mails when replying.  Doing this makes it much easier to find your reply.", "other"],
    ["Please don't top post, reply in line with needed context.  This allows\nreaders to readily follow the flow of conversation.", "other"],
    ["Please do not submit new versions of already applied patches, please\nsubmit incremental updates to the existing code.", "other"],
    ["To repeat what I previously said:\n\n| Please fix your mail client to word wrap within paragraphs at something\n| substantially less than 80 columns.", "other"],
    ["Please trim unrelated parts of response/quote before and after your message.", "other"],
    // The rest of the remark is judged on its own.
    ["This leaks the clock on the error path.\n\nPlease don't top post, reply in line with needed context.", "objection"],
    ["Aren't there dependencies on earlier patches in the series?\n\nPlease don't top post, reply in line with needed context.", "question"],
    // Not a request about the mail: an apology.
    ["Sorry for top posting, I have not realized this went to the list. Why do we need the lock here?", "question"],
    ["Please use subject prefixes matching the subsystem. You can get them with git log.", "nit"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("praise that is denied or turned round is not praise (spi audit)", () => {
  it.each([
    ["The magic numbers here aren't great...", "objection"],
    ["Not great duplicating the type and description everywhere.", "objection"],
    ["I'm not a huge fan of cargo cult refactoring, and I don't see why drivers should be converted.", "objection"],
    ["That's great but other users do care very much about performance and priority control.", "other"],
    ["Thanks for the update, but that's not what I asked for...", "other"],
    ["That doesn't seem like a great idea...", "other"],
    ["A comment describing the effect of this register would be great.", "nit"],
    ["This patch appears to cause longer SPI transactions to be corrupted on my board. Still investigating, any suggestions would be great.", "objection"],
    // Still praise.
    ["Nice cleanup, thanks for doing this.", "praise"],
    ["Good catch! I had missed that completely.", "praise"],
    // "not ideal" conceded is no request.
    ["While not ideal, you can do:", "other"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("terse requests (rtc audit)", () => {
  it.each([
    ["dev_err_probe().", "nit"],
    ["GENMASK() ?", "nit"],
    ["You've not updated the driver to accept this compatible, so it will not probe.", "objection"],
    ["This is a new feature, so I'm not going to apply this patch as a fix.", "objection"],
    ["Wrap at 80 char.", "nit"],
    // Deferred to a later event, or a request to merge: not a change to this patch.
    ["Move it when it is converted. Until then, I don't care too much.", "other"],
    ["I tested rc2 and this patch hasn't made it in. This is an inconvenience.\n\nPlease get this in rc3.", "other"],
    ["Return early when it is disabled.", "objection"],
  ])("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("author answers to yes/no questions and thanks for a find (rtc audit)", () => {
  it.each([
    // "No" answers the question; what follows decides.
    ["No. Development leftover. Thanks for pointing that.", "Do you *really* need these?", "will-fix"],
    ["No, I don't think so.\n\nBTW, there will be a trivial conflict with the other series.", "Is there a technical reason why these can't be re-ordered?", "explained"],
    ["No. The document I'm converting didn't specify a range.", "No range of valid values?", "explained"],
    ["No.", "Is this used outside of .probe()?", "explained"],
    // A negative question claims a defect: "No" pushes back.
    ["No, why? It is set in both cases.", "Doesn't that prevent the parents from being set?", "disagreed"],
    // Without the remark, "No" still reads as disagreement.
    ["No, it can receive both kinds of frames.", "", "disagreed"],
    // Disagreement that stands without the "No".
    ["No, I disagree, the lock is needed.", "Do we need the lock?", "disagreed"],
  ])("%s (to %s) -> %s", (text, remark, kind) => expect(classifyResponse(text, remark || undefined)).toBe(kind));

  it.each([
    ["[Mia] Thanks for your comments. I\u2019ll fix it.", "will-fix"],
    ["I've reformatted this and put it in a SAFETY comment.\n\nThanks for your help,", "will-fix"],
    ["This is the most used word lately.\nThanks for noticing this.", "will-fix"],
    ["Thank you for pointing this out. I would like this patch to go in, still, because the core now works best with it.", "explained"],
  ])("%s -> %s", (text, kind) => expect(classifyResponse(text)).toBe(kind));
});

// Modelled on the iio / pwm / dmaengine audits.
describe("pings, the state before the patch, and code requests beside mail etiquette", () => {
  it.each([
    ["Gentle ping. Even given the regression was introduced in v6.7-rc1 already, I think this should go into v6.9.", "other"],
    ["Ping. Would be nice if this makes it into v5.10.", "other"],
    ["Matt, Alexandre,\n\nGentle ping. As this should be fixed in v5.9, a quick reply would be really appreciated.", "other"],
    ["Well, at least we agree what we have today is not great.", "other"],
  ])("%j -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));

  it("keeps a request or defect claim made beside a ping or a reminder", () => {
    expect(classifyComment("A reminder on the maintainer entry. Also, drop the spi-max-frequency property, it is not needed for this device.")).not.toBe("other");
    expect(classifyComment("Ping? This is still broken on my board.")).not.toBe("other");
    // "Ping-pong" is no ping; "Can we convert ...?" asks for the change.
    expect(classifyComment("Ping-pong style of series. Can we convert to .info first?")).not.toBe("other");
    expect(classifyComment("Ping-pong style of series. Can we convert to .info first?")).not.toBe("question");
  });

  it("keeps a code request inside a paragraph that opens with mail etiquette", () => {
    expect(classifyComment("Please don't top post, reply in line with needed context. Also, the error path leaks the buffer, you must free it there.")).toBe("objection");
    expect(classifyComment("Please don't top post, reply in line with needed context. This allows readers to follow the flow of conversation.")).toBe("other");
  });
});

describe("remarks in and beside maintainers' applied notices (gpio audit)", () => {
  it("reads praise of several patches in the plural as an ack, with the merge plan beside it", () => {
    expect(classifyComment("Patches 1-6 look good to me, I think they should go into linux-next after rc1 is tagged.")).toBe("ack");
    expect(classifyComment("These look fine to me, expecting them through a pull request.")).toBe("ack");
    // Still no ack when asked.
    expect(classifyComment("Do these look good to you? The locking should be reworked.")).not.toBe("ack");
  });

  it("reads the applier's offer to make an edit while applying as no objection", () => {
    const offer = "These are probably copied from the older SoC where they snuck in. I can\ndrop those when applying.\n\nMy own checker script is quite ugly and slow, but I guess I could add this.";
    expect(classifyComment(offer)).not.toBe("objection");
    // An edit the reviewer only observed while applying is not the reviewer taking it.
    expect(classifyComment("I noticed this when applying: the error path leaks the buffer, you must free it.")).toBe("objection");
  });

  it("reads a request to route patches through another tree as no objection", () => {
    expect(classifyComment("Please funnel the rest through the ARM SoC tree.")).toBe("other");
    expect(classifyComment("Arnd: please go ahead and take it through the arm-soc tree.")).toBe("other");
    // A code request beside it stands.
    expect(classifyComment("Please funnel the rest through the SoC tree. The error path leaks the buffer, you must free it.")).toBe("objection");
  });

  it("reads b4's listed titles as no requests and a notice after a one-word opener as an ack", () => {
    const ty = "Congratulations! I picked up all the patches you sent, thanks!\n\n[1/1] .mailmap: update the author's name and address\n      commit: 74ca5ca5b71d2818";
    expect(classifyComment(ty)).toBe("ack");
    const listed = "Nice work, I tweaked nothing.\n\n[1/1] widget: drop the unused lock\n      commit: 0123456789ab";
    expect(classifyComment(listed)).not.toBe("objection");
  });

  it("reads a thanks lead-in to the remarks below, and a note to self, as no objection", () => {
    expect(classifyComment("Thanks for sharing the test script and please see the below:")).not.toBe("objection");
    expect(classifyComment("Note to myself: we still carry a few stale externs in that header.")).toBe("other");
  });

  it("reads agreement that opens the remark as no objection", () => {
    expect(classifyComment("I'm fine with this, the design makes sense now.\n\nAbout a later LSM: for plugins that needs a hook at open time.")).not.toBe("objection");
  });

  it("reads a request to use get_maintainer.pl as mail etiquette", () => {
    expect(classifyComment("Also:\n\nplease use scripts/get_maintainer.pl to find the right recipients of this patch.")).toBe("other");
    // Mentioning the script in a review of the MAINTAINERS entry is no etiquette.
    expect(classifyComment("You must list the binding file here too, get_maintainer.pl reads these patterns.")).toBe("objection");
  });

  it("does not read a pasted git-log commit's title as a request", () => {
    const log =
      "I have to look at the code first. The line came in with:\ncommit 0123456789abcdef0123456789abcdef01234567\n" +
      "Author: Some One <one@example.org>\nDate:   Mon Jan 4 10:00:00 2010 +0100\n\n    widget: Fix the console flicker on hand-over.\n";
    expect(classifyComment(log)).toBe("other");
    // A request beside the pasted commit still stands.
    expect(classifyComment(log + "\nPlease drop the extra lock from this patch.")).toBe("objection");
  });

  it("reads 'drop the comment' as a nit", () => {
    expect(classifyComment("Drop the comment, pointless. The schema says that.")).toBe("nit");
  });
});

// Invented remarks modelled on the selinux and platform-driver-x86 audits: mail flow, merge notes and
// agreement are no change requests.
describe("classifyComment: who to Cc, merges and agreement (selinux / pdx86 audits)", () => {
  it("reads a request to Cc someone as no objection, but keeps the code request beside it", () => {
    expect(classifyComment("(please add linux-acme and the vfs folks to cc on future versions since this changes the VFS)")).toBe("other");
    expect(classifyComment("Works for me. Please also Cc Jane Doe, who wrote the extension code :)")).toBe("other");
    expect(classifyComment("Cc'ing Bob manually since his address bounced again.")).toBe("other");
    expect(classifyComment("Please drop the extra lock here. Also, please Cc the lever maintainers.")).toBe("objection");
    // A pasted build log's "CC [M]" lines ask nothing; the request below them stands.
    expect(classifyComment("With LEVER=m it fails:\n\n----\n  CC [M]  drivers/acme/lever.mod.o\nld: undefined reference to `lever_register'\n----\nI think it should be \"tristate\" instead of \"bool\".")).toBe("objection");
  });

  it("reads merge notes and the intent to merge as no objection", () => {
    expect(classifyComment("I just merged this into my acme/next tree, you should see it in the public repos later tonight.  Thanks!")).toBe("ack");
    expect(classifyComment("Merged via acme/dev rather than lever/dev so it goes up with your other patch. Hopefully this should cut down on the bounces.")).toBe("ack");
    // Another patch applied, and a request about this one: still a request.
    expect(classifyComment("I have already applied the original patch by Jane, so please make the count check a separate patch.")).toBe("objection");
    expect(
      classifyComment("Nobody has commented in a month, so I'm going to go ahead and merge this into acme/dev; if anyone has any objections, ACKs, etc. please speak up soon."),
    ).toBe("other");
  });

  it("reads what is said not to be about this patch, and hypotheticals about anyone, as no objection", () => {
    expect(
      classifyComment("This isn't an issue with your code, and to be clear I'm not asking you to fix this, but once the token work lands we should move the allocation into the core."),
    ).toBe("other");
    expect(classifyComment("If anyone is going to look into that, it should be done in a separate patch.")).toBe("other");
    expect(classifyComment("I\u2019d been wondering if that should be done. Though I was never sure of the process.")).toBe("other");
  });

  it("reads 'Yes, please.' and a conceded weakness as agreement", () => {
    expect(classifyComment("Yes, please.  BTW, I know the generated code isn't great in some cases.  But this is the right way to call it.")).toBe("other");
    // "I know, ..." answers and then makes its own point.
    expect(classifyComment("I know, I don't think it needs to be per-SoC. These actions are shared by all SoCs.")).toBe("objection");
  });

  it("reads 'please don't misunderstand me' inside a question as a question", () => {
    expect(
      classifyComment("I don't see the flag check in the existing hooks, so why is it added here? Please don't misunderstand me, returning early makes sense, but why aren't we doing that now?"),
    ).toBe("question");
    expect(classifyComment("Please don't take the lock twice here.")).toBe("objection");
  });
});

describe("a NAK trailer in any spelling is an objection", () => {
  it.each(["Nacked-by: Mark Maintainer <mark@example.org>", "NAKed-by: Mark Maintainer <mark@example.org>", "Nacked-By: Mark <mark@example.org>"])("%s", (text) => {
    expect(classifyComment(text)).toBe("objection");
  });
});

// Invented remarks modelled on the linux-nfs and linux-hyperv objection audit: design discussion, answers and
// concessions are no change request; the real requests around them still are.
describe("discussion on nfs/hyperv is not an objection", () => {
  it.each([
    // A wish weighed against its cost, a defect said to predate the patch, a retraction after "Agreed."
    ["Ideally we should add a per-cpu output page, but that would waste a page per cpu for this one call.", "other"],
    ["There's a small leak here. The buffers are never freed on the error paths. This is not a bug you introduced -- the original code had the same leak.", "other"],
    ["Agreed.  My comment is not valid.", "other"],
    // Duties of applications and users, things that can go once something else happens.
    ["Yeah, applications really shouldn't expect perfection when they mix buffered reads and direct writes.", "other"],
    ["Some helper would still be needed until the old callers can be removed.", "other"],
    // The patch is already taken elsewhere; an attachment pointed at; when something is needed at all.
    ["Perfect. Thx. Please take this one out of your next version as it is already on its way upstream.", "other"],
    ["I fixed it up and tested it, please find the result attached.", "other"],
    ["It only needs to arm the timer if it has to send an interrupt.", "other"],
    // Agreeing with the author; asking what the author saw.
    ["Same thought as before - but I agree that your updated bind logic should handle this as well.", "other"],
    ["I remember a report like this one. Were you seeing an actual deadlock with these patches?", "question"],
    ["The only piece I have a question about is if we should force the length to zero in every case.", "question"],
    // A defect denied; a man page pasted under the remark's lead-in.
    ["I'd prefer the helper. And I don't think there is a potential crash here either.", "nit"],
    ["errno is thread safe. From the man page:\n\n       errno is thread-local, and must not be explicitly declared.", "other"],
    // The reviewer's own plans.
    ["Since we need to rebuild even core, I may need to add a workaround on my side.", "other"],
  ])("%s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("requests and rejections around that discussion stay", () => {
  it.each([
    // The commit's text: tags and subject are nits.
    ["Please add a Fixes tag and Cc stable.", "nit"],
    ['"fs/foo" in the subject on this one, please, not just "foo".', "nit"],
    ["I think the Fixes: tag should be: 1234567890ab (\"foo: bar\").", "nit"],
    // A rejection, a defect the patch brings, a conflict with a tree.
    ["We are not merging hacks. End of story.", "objection"],
    ["No. Your patch will now cause FMODE_READ to be set on the file.", "objection"],
    ["This patch conflicts with commit 873e36c9 already in the for-next branch, please rebase.", "objection"],
    ["I don't think this needs to be a separate patch. So just squash patches 5 and 6.", "objection"],
    // A stack trace's "?" markers are no question; its lead-in still counts.
    ["Without the patch I get this:\n\n    WARNING: possible recursive locking\n    lock_sock_nested+0x5d/0x80 ?\n\nWith it the warning is gone, thanks!", "other"],
  ])("%s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});
