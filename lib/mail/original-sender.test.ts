import { describe, expect, it } from "vitest";
import { originalSender } from "./original-sender";
import { parseMessage, parseMessageWithMailparserOnly } from "./parse-message";

const LIST = { "list-post": ["<mailto:linux-fsdev@lists.example.org>"] };
const headers = (h: Record<string, string[]>) => new Map(Object.entries(h));
const viaList = { name: "Wen Li via Linux-fsdev", email: "linux-fsdev@lists.example.org" };
const viaRelay = { name: "René Roe via B4 Relay", email: "devnull+rene.roe.example.com@kernel.org" };

describe("originalSender", () => {
  it("takes a mailman-rewritten sender from its single Reply-To", () => {
    expect(originalSender(viaList, headers({ ...LIST, "reply-to": ["Wen Li <Wen.Li@example.net>"] }))).toEqual({ name: "Wen Li", email: "wen.li@example.net" });
    // A bare address, an encoded name, a quoted name with a comma: only the address is read.
    for (const rt of ["wen.li@example.net", "<wen.li@example.net>", "=?UTF-8?Q?Wen_Li?= <wen.li@example.net>", '"Li, Wen" <wen.li@example.net>', "wen.li@example.net (Wen Li)"]) {
      expect(originalSender(viaList, headers({ ...LIST, "reply-to": [rt] })), rt).toEqual({ name: "Wen Li", email: "wen.li@example.net" });
    }
  });

  it("prefers X-Original-From (the b4 relay) over Reply-To", () => {
    const h = headers({ "x-original-from": ["=?utf-8?q?Ren=C3=A9_Roe?= <rene.roe@example.com>"], "reply-to": ["other@example.com"] });
    expect(originalSender(viaRelay, h)).toEqual({ name: "René Roe", email: "rene.roe@example.com" });
    expect(originalSender(viaRelay, headers({ "reply-to": ["rene.roe@example.com"] }))).toEqual({ name: "René Roe", email: "rene.roe@example.com" });
  });

  it("never trusts Reply-To without the ' via ' rewrite", () => {
    const ann = { name: "Ann Roe", email: "ann@example.org" };
    expect(originalSender(ann, headers({ ...LIST, "reply-to": ["linux-fsdev@lists.example.org"] }))).toBe(ann);
    expect(originalSender(ann, headers({ "reply-to": ["Bob <bob@example.org>"] }))).toBe(ann);
    // "via" inside a word, or a name that only mentions it, is no rewrite either.
    const octavia = { name: "Octavia Viaduct", email: "o@example.org" };
    expect(originalSender(octavia, headers({ "reply-to": ["bob@example.org"] }))).toBe(octavia);
  });

  it("keeps the rewritten sender when the other header names no single other mailbox", () => {
    for (const rt of ["linux-fsdev@lists.example.org", "Wen Li <wen.li@example.net>, Bob <bob@example.org>", "undisclosed:;", "not an address", "<a@b> <c@d>"]) {
      expect(originalSender(viaList, headers({ ...LIST, "reply-to": [rt] })), rt).toBe(viaList);
    }
    expect(originalSender(viaList, headers({ ...LIST, "reply-to": ["a@example.org", "b@example.org"] }))).toBe(viaList);
    expect(originalSender(viaList, headers(LIST))).toBe(viaList);
    // Spam sent "via" some site with Reply-To the list: the list named by List-Id is no person either.
    const site = { name: "Someone via Site", email: "messaging@site.example.com" };
    expect(originalSender(site, headers({ "list-id": ["<linux-fsdev.vger.example.org>"], "reply-to": ["linux-fsdev@vger.example.org"] }))).toBe(site);
    expect(originalSender(viaList, headers({ ...LIST, "reply-to": ["x".repeat(2000) + "@example.org"] }))).toBe(viaList);
  });

  it("strips only the last ' via ' the relay added", () => {
    const from = { name: "Ann via Bob via Linux-fsdev", email: "linux-fsdev@lists.example.org" };
    expect(originalSender(from, headers({ ...LIST, "reply-to": ["ann@example.org"] }))).toEqual({ name: "Ann via Bob", email: "ann@example.org" });
  });
});

describe("parseMessage reads the original sender of rewritten mail", () => {
  const mail = (from: string, extra: string[]) =>
    Buffer.from([`From: ${from}`, "Subject: Re: [PATCH] foo: bar", "Message-ID: <via-1@example.org>", "Date: Tue, 10 Mar 2026 09:15:00 +0800", ...extra, "", "Looks good.", ""].join("\n"), "utf8");

  it("on both roads (plain and encoded From), alike", async () => {
    const cases: Array<[Buffer, string, string]> = [
      [mail("Wen Li via Linux-fsdev <linux-fsdev@lists.example.org>", ["Reply-To: Wen Li <wen.li@example.net>", "List-Post: <mailto:linux-fsdev@lists.example.org>"]), "Wen Li", "wen.li@example.net"],
      [mail('"Gus A. R. Silva via Linux-fsdev" <linux-fsdev@lists.example.org>', ["Reply-To: \"Gus A. R. Silva\" <gus@example.org>"]), "Gus A. R. Silva", "gus@example.org"],
      [mail("=?utf-8?q?Ren=C3=A9_Roe_via_B4_Relay?= <devnull+rene.roe.example.com@kernel.org>", ["X-Original-From: =?utf-8?q?Ren=C3=A9_Roe?= <rene.roe@example.com>", "Reply-To: rene.roe@example.com"]), "René Roe", "rene.roe@example.com"],
      // Not rewritten: a person pointing Reply-To at the list keeps their own From.
      [mail("Ann Roe <ann@example.org>", ["Reply-To: linux-fsdev@lists.example.org"]), "Ann Roe", "ann@example.org"],
    ];
    for (const [bytes, name, email] of cases) {
      const fast = await parseMessage(bytes);
      expect(fast).toEqual(await parseMessageWithMailparserOnly(bytes));
      expect(fast.ok && fast.message.from).toEqual({ name, email });
    }
  });
});
