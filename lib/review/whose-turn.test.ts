import { describe, expect, it } from "vitest";
import { type TurnEvent, whoseTurn } from "./whose-turn";

const suren = { name: "Suren Baghdasaryan", email: "surenb@google.com" };
const liam = { name: "Liam R. Howlett", email: "Liam.Howlett@oracle.com" };

// The v3 timeline of the killable-vma series, reduced to the events that hand over the turn.
const v3: TurnEvent[] = [
  { type: "revision", version: 2, date: "2026-02-17T16:32:47Z", messageId: "v2-cover" },
  { type: "revision", version: 3, date: "2026-02-26T07:06:06Z", messageId: "v3-cover" },
  { type: "reply", from: liam, date: "2026-02-26T17:43:08Z", messageId: "liam-v3-2" },
];

describe("whoseTurn", () => {
  it("a new revision hands the turn to the reviewers", () => {
    const t = whoseTurn(suren, v3.slice(0, 2), { now: "2026-02-27T00:00:00Z" });
    expect([t.waitingOn, t.lastEvent?.messageId, t.ping]).toEqual(["reviewers", "v3-cover", false]);
  });

  it("a reviewer's remark hands it to the author; a ping is due after N days", () => {
    const t = whoseTurn(suren, v3, { now: "2026-03-06T00:00:00Z", pingAfterDays: 7 });
    expect([t.waitingOn, t.lastEvent?.messageId, t.days, t.ping]).toEqual(["author", "liam-v3-2", 7, true]);
  });

  it("the author's answer hands it back (address compared case-insensitively)", () => {
    const answer: TurnEvent = { type: "reply", from: { name: "", email: "SurenB@google.com" }, date: "2026-02-26T21:44:47Z", messageId: "suren" };
    const t = whoseTurn(suren, [...v3, answer], { now: "2026-02-27T00:00:00Z" });
    expect([t.waitingOn, t.lastEvent?.type]).toEqual(["reviewers", "author-reply"]);
  });

  it("the author answering from a second address under the same full name hands it back too", () => {
    const fromHome: TurnEvent = { type: "reply", from: { name: "Suren Baghdasaryan", email: "suren@home.example.org" }, date: "2026-02-26T21:44:47Z", messageId: "home" };
    expect(whoseTurn(suren, [...v3, fromHome], { now: "2026-02-27T00:00:00Z" }).waitingOn).toBe("reviewers");
    const namesake: TurnEvent = { type: "reply", from: { name: "Suren", email: "suren@other.example.org" }, date: "2026-02-26T21:44:47Z", messageId: "other" };
    expect(whoseTurn(suren, [...v3, namesake], { now: "2026-02-27T00:00:00Z" }).waitingOn).toBe("author");
  });

  it("replies to an older revision and bare acks do not hand over the turn", () => {
    const old: TurnEvent = { type: "reply", from: liam, date: "2026-02-18T00:00:00Z", messageId: "old" };
    const ack: TurnEvent = { type: "reply", from: liam, date: "2026-02-27T00:00:00Z", messageId: "ack", ack: true };
    const t = whoseTurn(suren, [old, ...v3.slice(0, 2), ack], { now: "2026-02-28T00:00:00Z" });
    expect(t.waitingOn).toBe("reviewers");
  });

  it("closed series or no revision: nobody; bad dates are ignored", () => {
    expect(whoseTurn(suren, v3, { now: "2026-03-01T00:00:00Z", closed: true }).waitingOn).toBe("nobody");
    expect(whoseTurn(suren, [{ type: "reply", from: liam, date: "garbage", messageId: "x" }], { now: "2026-03-01T00:00:00Z" }).waitingOn).toBe("nobody");
  });

  // linux-bluetooth: "CI test results with your patch series" from the CI bot is no review remark.
  it("a status or CI bot's report hands over nothing; a build robot's report does", () => {
    const bot: TurnEvent = { type: "reply", from: { name: "", email: "foo.test.bot@example.com" }, date: "2026-02-26T08:00:00Z", messageId: "ci" };
    const t = whoseTurn(suren, [...v3.slice(0, 2), bot], { now: "2026-03-20T00:00:00Z" });
    expect([t.waitingOn, t.lastEvent?.messageId, t.reason.includes("test.bot")]).toEqual(["reviewers", "v3-cover", false]);
    const lkp: TurnEvent = { ...bot, from: { name: "kernel test robot", email: "lkp@intel.com" }, messageId: "lkp" };
    expect(whoseTurn(suren, [...v3.slice(0, 2), lkp], { now: "2026-03-20T00:00:00Z" }).lastEvent?.messageId).toBe("lkp");
  });
});
