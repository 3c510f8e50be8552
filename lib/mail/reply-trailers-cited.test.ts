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

// linux-fbdev: a maintainer collecting tags for a re-roll writes where each was given above it ("A-b'd by Ann via email",
// "Acked by Bo via IRC"): the giver's word passed on, as with the citation below.
describe("extractReplyTrailers: a tag under a lead-in saying where its giver gave it", () => {
  it.each([
    "A-b'd by Ann via email\n\nAcked-by: Ann Roe <ann@example.net>\n",
    "Acked by Ann via IRC\n\nAcked-by: Ann Roe<ann@example.net>\n",
    "Ann reviewed this on IRC:\nReviewed-by: Ann Roe <ann@example.net>\n",
    "> patch\n\nR-b'd by Ann over private e-mail.\n\nReviewed-by: Ann Roe <ann@example.net>\n",
  ])("marks the tag in %j", (body) => {
    expect(reminded(body)).toEqual([true]);
  });

  it.each([
    "Looks good to me.\n\nAcked-by: Ann Roe <ann@example.net>\n",
    "I tested this via email boot on my board and it is fine.\n\nTested-by: Ann Roe <ann@example.net>\n",
    "We talked about it on IRC, and I think it is fine.\n\nAcked-by: Ann Roe <ann@example.net>\n",
  ])("marks nothing in %j", (body) => {
    expect(reminded(body)).toEqual([false]);
  });
});

// linux-efi: a maintainer noting the tags he added when applying ("Applied, and I also added:", "I've turned this into this
// tag for the -v4 patch:"): the givers' word passed on.
describe("extractReplyTrailers: tags a maintainer says he added", () => {
  it.each([
    "> patch\n\nApplied, and I also added:\n\n    Reported-by: Ann Roe <ann@example.net>\n    Tested-by: Ann Roe <ann@example.net>\n",
    "> Works for me.\n\nI've turned this into this tag for the -v4 patch:\n\n Tested-by: Ann Roe <ann@example.net>\n",
  ])("marks the tag in %j", (body) => {
    expect(reminded(body)).toEqual([true]);
  });

  it("collects such a tag from the maintainer's notice, not flagged, not dropped as an example", () => {
    const out = attributeTrailers([{ version: 1, cover: null, patches: [{ messageId: "p1", trailers: [], previousMessageId: null }], replies: [{ messageId: "r1", from: { name: "Ivo Maint", email: "ivo@example.org" }, inReplyTo: "p1", body: "> patch\n\nApplied, and I also added:\n\n    Reported-by: Ann Roe <ann@example.net>\n    Tested-by: Ann Roe <ann@example.net>\n" }] }]);
    expect(out.p1!.map((t) => `${t.kind} ${t.status}`)).toEqual(["Tested-by collected"]);
  });

  it("marks nothing after other words ending in a colon", () => {
    expect(reminded("> patch\n\nI added a debug print and it works:\n\nTested-by: Ann Roe <ann@example.net>\n")).toEqual([false]);
    expect(reminded("> patch\n\nFeel free to add:\n\nTested-by: Ann Roe <ann@example.net>\n")).toEqual([false]);
  });
});
