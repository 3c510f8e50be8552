// linux-samsung-soc: "I forgot:\nReviewed-by: Ann …\n\n<link to her review>" (the author passing on a tag given on an
// earlier posting), "Acked-by: Ann …\n\nvia irc": a tag in another's name with where it was given right below it passes
// on its giver's word: collected, no identity mismatch.
import { describe, expect, it } from "vitest";
import { extractReplyTrailers, isRemindedTrailer } from "./split-patch-body";
import { attributeTrailers } from "../review/attribute-trailers";

const reminded = (body: string) => extractReplyTrailers(body).map((t) => isRemindedTrailer(t));

describe("extractReplyTrailers: a tag with where it was given below it", () => {
  it("marks tags followed by an archive link or 'via irc'", () => {
    expect(reminded("> patch\n\nI forgot:\nReviewed-by: Ann Roe <ann@example.net>\n\nhttps://lore.kernel.org/all/abc@def/\n\nBest regards\n")).toEqual([true]);
    expect(reminded("> patch\n\nAcked-by: Ann Roe <ann@example.net>\n\nvia irc\n\nhttps://irc-logs.example.org/2025-10-23\n")).toEqual([true]);
  });

  it("marks nothing followed by other text or another site's link", () => {
    expect(reminded("> patch\n\nReviewed-by: Ann Roe <ann@example.net>\n\nThanks\n")).toEqual([false]);
    expect(reminded("> patch\n\nReviewed-by: Ann Roe <ann@example.net>\n\nhttps://docs.example.org/process.html\n")).toEqual([false]);
  });

  it("collects such a tag sent by another, and flags one with no citation", () => {
    const run = (body: string) =>
      attributeTrailers([{ version: 1, cover: null, patches: [{ messageId: "p1", trailers: [], previousMessageId: null }], replies: [{ messageId: "r1", from: { name: "Kim Author", email: "kim@example.org" }, inReplyTo: "p1", body }] }])
        .p1!.map((t) => t.status);
    expect(run("> patch\n\nI forgot:\nReviewed-by: Ann Roe <ann@example.net>\n\nhttps://lore.kernel.org/all/abc@def/\n")).toEqual(["collected"]);
    expect(run("> patch\n\nI forgot:\nReviewed-by: Ann Roe <ann@example.net>\n\nBest regards\n")).toEqual(["identity-mismatch"]);
  });
});
