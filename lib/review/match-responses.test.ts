import { describe, expect, it } from "vitest";
import { extractComments } from "./extract-comments";
import { matchResponses, quoteWords } from "./match-responses";
import type { ThreadReply } from "./types";

const reply = (messageId: string, body: string): ThreadReply => ({
  messageId,
  from: { name: "Ann Author", email: "ann@example.org" },
  date: null,
  body,
  inReplyTo: null,
});

const quote = (lines: string[], depth = 1): string => lines.map((l) => `${">".repeat(depth)} ${l}`).join("\n");

describe("quoteWords", () => {
  it("ignores case, punctuation and wrapping", () => {
    expect(quoteWords("Keep a\n  COUNT, then update.")).toEqual(["keep", "a", "count", "then", "update"]);
  });
});

describe("matchResponses", () => {
  const review = [
    quote(["+\tfor_each_task(t) {", "+\t\tmove(t);"]),
    "",
    "Any task in the set can make the check fail and abort the move. I would suggest that you keep a transfer count in the loop and update the totals only after every task was checked.",
    "",
    quote(["+\tcount++;"]),
    "",
    "Why not a bool here?",
  ].join("\n");
  const remarks = extractComments(review).comments;

  it("matches a remark the author quotes re-wrapped (one long line back as several)", () => {
    const answer = [
      quote(["Any task in the set can make the check fail and abort the move. I would", "suggest that you keep a transfer count in the loop and update the totals", "only after every task was checked."]),
      "",
      "Think we have the same problem with the existing bandwidth check already?",
    ].join("\n");
    const [first, second] = matchResponses(remarks, [reply("a1@example.org", answer)]);
    expect(first).toEqual({ messageId: "a1@example.org", kind: "explained", text: "Think we have the same problem with the existing bandwidth check already?" });
    expect(second?.kind).toBe("none");
  });

  it("the nearest quoted remark is the one answered, also when only part of it is quoted", () => {
    const answer = [
      quote(["I would suggest that you keep a transfer count"]),
      "",
      "Sure, will do.",
      "",
      quote(["Why not a bool here?"]),
      "",
      "Because it counts nested calls.",
    ].join("\n");
    const got = matchResponses(remarks, [reply("a2@example.org", answer)]);
    expect(got.map((r) => [r.kind, r.text])).toEqual([
      ["will-fix", "Sure, will do."],
      ["explained", "Because it counts nested calls."],
    ]);
  });

  it("a remark repeated word for word goes to the one whose quoted code is quoted too", () => {
    const twice = [quote(["+\tint a = 0;"]), "", "Unnecessary.", "", quote(["+\tint b = 0;"]), "", "Unnecessary."].join("\n");
    const rs = extractComments(twice).comments;
    const answer = [quote(["+\tint a = 0;"], 2), quote(["Unnecessary."]), "", "Right, I'll drop it."].join("\n");
    const got = matchResponses(rs, [reply("a3@example.org", answer)]);
    expect(got.map((r) => r.kind)).toEqual(["will-fix", "none"]);
  });

  it("an answer quoting none of the remarks answers nothing", () => {
    const answer = [quote(["some other text entirely"]), "", "Done."].join("\n");
    expect(matchResponses(remarks, [reply("a4@example.org", answer)]).map((r) => r.messageId)).toEqual([null, null]);
  });
});

describe("matchResponses reads 'No' against the question it answers (rtc audit)", () => {
  it("'No.' to a yes/no question is an answer, to a negative question a push-back", () => {
    const review = [quote(["+#define FOO_DEBUG 1"]), "", "Do you *really* need these?", "", quote(["+\tclk_set_parent(a, b);"]), "", "Doesn't that prevent the parents from being set?"].join("\n");
    const rs = extractComments(review).comments;
    const answer = [
      quote(["Do you *really* need these?"]),
      "",
      "No. It was a development leftover from bring-up.",
      "",
      quote(["Doesn't that prevent the parents from being set?"]),
      "",
      "No, the parent is set in both cases by the core.",
    ].join("\n");
    expect(matchResponses(rs, [reply("a5@example.org", answer)]).map((r) => r.kind)).toEqual(["explained", "disagreed"]);
  });
});

describe("matchResponses: a block answers the latest words quoted above it (killable-vma / serial audit)", () => {
  const review = [quote(["+\tlock_thing(t);", "+\tnew = alloc_thing();"]), "", "Why is the lock now taken before the allocation here?"].join("\n");
  const rs = extractComments(review).comments;

  it("below the remark quoted twice over and another mail's words, the block answers that mail, not the remark", () => {
    const later = [
      quote(["Why is the lock now taken before the allocation here?"], 2),
      quote(["", "Also please document the new return value in the comment above."]),
      "",
      "Sure, I'll update the comment in the next version.",
    ].join("\n");
    expect(matchResponses(rs, [reply("a6@example.org", later)]).map((r) => r.kind)).toEqual(["none"]);
    // Below the author's own earlier answer to it, the block still answers the remark.
    const first = [quote(["Why is the lock now taken before the allocation here?"]), "", "So that a failed lock needs no undo of the allocation."].join("\n");
    const followUp = [
      quote(["Why is the lock now taken before the allocation here?"], 2),
      quote(["", "So that a failed lock needs no undo of the allocation."]),
      "",
      "On second thought, I'll move it back below the allocation in v2.",
    ].join("\n");
    const got = matchResponses(rs, [reply("a7@example.org", first), reply("a8@example.org", followUp)]);
    expect(got[0]?.kind).toBe("will-fix");
    expect(got[0]?.text).toContain("On second thought");
  });
});

describe("matchResponses: the same answer sent twice (edac audit)", () => {
  it("joins an answer sent again in a second mail once, and keeps a different follow-up", () => {
    const review = [quote(["+\tval = read_reg(base);"]), "", "Newline after this, please."].join("\n");
    const remarks = extractComments(review).comments;
    const answer = [quote(["Newline after this, please."]), "", "Will do."].join("\n");
    const again = reply("a2@example.org", answer);
    const later = reply("a3@example.org", [quote(["Newline after this, please."]), "", "Done in v2, will do the same in the other file."].join("\n"));
    const [r] = matchResponses(remarks, [reply("a1@example.org", answer), again, later]);
    expect(r?.messageId).toBe("a1@example.org");
    expect(r?.text).toBe("Will do.\n\nDone in v2, will do the same in the other file.");
  });
});
