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
  });
});
