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

const RESPONSES: [string, string][] = [
  ["Ack. I'll move it before vma_iter_prealloc().", "will-fix"],
  ["Ack. Will move.", "will-fix"],
  ["Sure, I'll add another label.", "will-fix"],
  ["You are technically correct but this is only true because of how\nvma_start_write_killable() is implemented", "explained"],
  ["Correct, it would happen if the process has a pending fatal signal", "explained"],
  ["No, I missed that this would result in unnecessary locks.\n\nYes, that's the right place for it. Will move.", "will-fix"],
  ["I disagree, the lock has to stay where it is.", "disagreed"],
  ["Thanks for the review!", "thanks"],
  ["Yeah... Any suggestions for tests I should use?", "none"],
  ["", "none"],
];

describe("classifyComment on real remarks", () => {
  it.each(REMARKS)("%s -> %s", (text, kind) => expect(classifyComment(text)).toBe(kind));
  it("every rule has an id, a kind and a reason", () => {
    for (const r of COMMENT_RULES) expect(r.id && r.kind && r.why).toBeTruthy();
    expect(matchCommentRule("Looks okay.")?.id).toBe("ack-phrase");
  });
});

describe("classifyResponse on real answers", () => {
  it.each(RESPONSES)("%s -> %s", (text, kind) => expect(classifyResponse(text)).toBe(kind));
});
