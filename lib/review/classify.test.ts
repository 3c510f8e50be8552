import { describe, expect, it } from "vitest";
import { classifyComment, COMMENT_RULES, matchCommentRule } from "./classify-comment";
import { classifyResponse } from "./classify-response";

// Remarks as written in the killable-vma threads (v1-v3) and the kinds the threads show.
const REMARKS: [string, string][] = [
  ["Some nits below, but lgtm.", "ack"],
  ["Could avoid allocating here by reordering the lock, but this is fine.", "nit"],
  ["Ditto here, ordering would mean no freeing.", "nit"],
  ["There's no way this is going to fail, right?", "question"],
  ["I'd rather have another label saying write lock failed.  Really, this\nwill never fail though (besides syzbot..)", "nit"],
  ["Doesn't this need mpol_put(new)? Or less complicated, move the\nvma_start_write_killable() up to somewhere above the mpol_dup() call.", "objection"],
  ["nit: the control flow here is kinda chaotic", "nit"],
  ["This is a bit of a nit on the placement..\n\nWould it make sense to put it closer to the vma allocation itself?", "nit"],
  ["Moving this vma_start_write() up means we will lock all vmas in the\nrange regardless of if they are going to change.  Was that your\nintention?", "question"],
  ["Good luck testing this one.", "other"],
  ["Looks okay.", "ack"],
  ["LGTM, so:", "ack"],
  ["Thanks that is an improvement!", "praise"],
  ["I hate this 'default error code' pattern, it's a code smell.", "objection"],
  ["Yeah this is incorrect.", "objection"],
  ["Weird inconstency here, this should be if (error).", "nit"],
  ["NAK, this breaks CRIU.", "objection"],
  ["can you very briefly explain how we can end up with -EINTR here?", "question"],
];

// Invented remarks modelled on the hwmon/cgroups audit: change requests, robot reports, negations.
const REQUESTS: [string, string][] = [
  ["Remove those FOO_LEN macros, they are not used anywhere.", "objection"],
  ["Do not need the '|' here unless line breaks must be kept.", "objection"],
  ["This seems wrong.", "objection"],
  ["I fail to see why this is needed. Just return -ENODATA.", "objection"],
  ["Documentation is missing.", "objection"],
  ["Unnecessary.", "objection"],
  ["kernel test robot noticed the following build errors:\ndrivers/hwmon/foo.c:12:3: error: use of undeclared identifier 'BAR'", "objection"],
  ["I would suggest that you keep a count of moved tasks in the loop.", "nit"],
  ["Drop the blank line here.", "nit"],
  ["Please fix the typo in the subject.", "nit"],
  ["You should update the comment to mention the new return value.", "nit"],
  ["Seems not ugly with a bitmap here, the result looks clean to me.", "other"],
  ["I will ignore your NAKs from now on.", "other"],
  ["Please provide a Reviewed-by: from someone who tested it.", "objection"],
  ["Agreed. NAK until the lock moves up.", "objection"],
  ["Applied to hwmon-next.", "ack"],
  ["Series applied.", "ack"],
  ["Applied to what? The name says nothing.", "question"],
  ["It should be fine as it is.", "other"],
  ["You have to bisect it first.", "other"],
  ["Maybe use a helper here instead of open-coding the loop.", "nit"],
  ["Kind of funny, but I have no objection to this; it has to go through my tree.", "other"],
];

const RESPONSES: [string, string][] = [
  ["Ack. I'll move it before vma_iter_prealloc().", "will-fix"],
  ["Ack. Will move.", "will-fix"],
  ["Sure, I'll add another label.", "will-fix"],
  ["You are technically correct but this is only true because of how\nvma_start_write_killable() is implemented", "explained"],
  ["Correct, it would happen if the process has a pending fatal signal", "explained"],
  ["No, I missed that this would result in unnecessary locks.\n\nYes, that's the right place for it. Will move.", "will-fix"],
  ["I disagree, the lock has to stay where it is.", "disagreed"],
  ["Thanks for the review!", "thanks"],
  // A question back is an answer in words (see classify-response.ts), not silence.
  ["Yeah... Any suggestions for tests I should use?", "explained"],
  ["", "none"],
  ["Think we already have that check in foo_check()?", "explained"],
  ["Right, but that would break existing users of the interface.", "disagreed"],
  ["That is how the chip works: the register latches on read, so two reads are required.", "explained"],
  ["Hmm.", "none"],
  ["Thanks, will fix in the next version.", "will-fix"],
  ["Thanks!", "thanks"],
  ["Thanks for looking. The value is clamped by the caller already, so this check cannot trigger and the fast path stays short.", "explained"],
  ["Good point, let me rework that part.", "will-fix"],
  ["I'm a bit skeptical about the premise here.", "disagreed"],
];

describe("classifyComment on real remarks", () => {
  it.each(REMARKS)("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
  it("every rule has an id, a kind and a reason", () => {
    for (const r of COMMENT_RULES) expect(r.id && r.kind && r.why).toBeTruthy();
    expect(matchCommentRule("Looks okay.")?.id).toBe("ack-phrase");
  });
});

describe("classifyComment on change requests (hwmon/cgroups audit)", () => {
  it.each(REQUESTS)("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
});

describe("classifyResponse on real answers", () => {
  it.each(RESPONSES)("%s -> %s", (text, kind) => expect(classifyResponse(text)).toBe(kind));
});

// Modelled on the dmaengine/erofs audit: sed-style corrections, "pls", firm requests read as prose,
// and approvals or defences read as objections.
describe("dmaengine/erofs remarks", () => {
  it.each([
    ["s/specfied/specified", "nit"],
    ["s/rsource/resource/", "nit"],
    ["In the subject: s/dupilicated/duplicated/", "nit"],
    ["I would s/Revise/Fix/ in the subject.", "nit"],
    ["s/PCI Sig/PCI-SIG/\n\nIt's not clear why this would need to be in quirks.c.", "nit"],
    ["Pls document these new attributes added", "objection"],
    ["plz drop this empty line", "nit"],
    ["You no longer need 'allOf' here.", "objection"],
    ['I don\'t like this -- "p" should have a trailing flexible array. (See\nbelow.)', "objection"],
    ["I don't like this name. Maybe foo_free() is simpler.", "nit"],
    ["Subsytem is dmaengine: pls fix that", "nit"],
    ["I like, FWIW, please submit! :)", "praise"],
    ["It's not written by me, he is still a student.\nIt's his research project and I don't think it's his responsibility\nto make an upstreamable VFS abstraction.", "other"],
  ])("%j -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));

  it("a path or a plural 's/' is no substitution, and 'should have <determiner>' is a request, not a counterfactual", () => {
    expect(matchCommentRule("drivers/dma/foo.c: s/x is wrong")?.id).not.toBe("substitution");
    expect(matchCommentRule("Patches/series/ are fine.")?.id ?? null).not.toBe("substitution");
    expect(classifyComment("The struct should have a trailing flexible array.")).toBe("objection");
    expect(classifyComment("This should have been caught long ago.")).toBe("other");
  });
});
