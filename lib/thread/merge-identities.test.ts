import { describe, expect, test } from "vitest";
import { mergeIdentities, normalizePersonName, type IdentityObservation } from "./merge-identities";

const obs = (messageId: string, name: string, email: string, extra: Partial<IdentityObservation> = {}): IdentityObservation => ({
  messageId,
  from: { name, email },
  ...extra,
});

describe("mergeIdentities", () => {
  test("normalises display names", () => {
    expect(normalizePersonName("Lorenzo Stoakes (Oracle)")).toBe("lorenzo stoakes");
    expect(normalizePersonName('"Stoakes, Lorenzo"')).toBe("lorenzo stoakes");
    expect(normalizePersonName("Ritesh Harjani (IBM)")).toBe("ritesh harjani");
    expect(normalizePersonName("Björn  Töpel")).toBe("bjorn topel");
  });

  test("answering mail sent to the other address merges (killable-vma: Lorenzo Stoakes)", () => {
    const r = mergeIdentities([
      obs("l1", "Lorenzo Stoakes", "lorenzo.stoakes@oracle.com", { to: ["surenb@google.com"] }),
      obs("s1", "Suren Baghdasaryan", "surenb@google.com", { to: ["lorenzo.stoakes@oracle.com"], parentId: "l1" }),
      obs("l2", "Lorenzo Stoakes (Oracle)", "ljs@kernel.org", { to: ["surenb@google.com"], parentId: "s1" }),
    ]);
    const lorenzo = r.identities.find((i) => i.emails.includes("ljs@kernel.org"))!;
    expect(lorenzo.emails).toEqual(["lorenzo.stoakes@oracle.com", "ljs@kernel.org"]);
    expect(lorenzo.evidence.map((e) => e.kind)).toEqual(["answered-mail-to"]);
    expect(r.identityOf.get("ljs@kernel.org")).toBe("lorenzo.stoakes@oracle.com");
    expect(r.identityOf.get("surenb@google.com")).toBe("surenb@google.com");
  });

  test("two John Smiths at unrelated domains stay apart, even in one thread", () => {
    const r = mergeIdentities([
      obs("j1", "John Smith", "john@acme.example", { to: ["list@example.org"] }),
      obs("j2", "John Smith", "jsmith@other.example", { to: ["list@example.org"], parentId: "j1" }),
      // A reply addressed to both, answered by one of them: no evidence that they are one person.
      obs("x", "Xena Ward", "xena@example.org", { to: ["john@acme.example", "jsmith@other.example"], parentId: "j2" }),
      obs("j3", "John Smith", "john@acme.example", { to: ["xena@example.org"], parentId: "x" }),
    ]);
    expect(r.identities).toHaveLength(3);
  });

  test("the same local part merges; a cited address merges; a different name never does", () => {
    const r = mergeIdentities([
      obs("a", "Ann Lee", "ann.lee@old.example"),
      obs("b", "Ann Lee", "ann.lee@new.example"),
      obs("c", "Bo Chan", "bo@one.example"),
      obs("d", "Bo Chan", "chan@two.example", { citedEmails: ["bo@one.example"] }),
      obs("e", "Someone Else", "x@three.example", { citedEmails: ["bo@one.example"] }),
      obs("f", "Ann Leeds", "ann.lee@third.example"),
    ]);
    const of = (e: string) => r.identityOf.get(e);
    expect(of("ann.lee@new.example")).toBe("ann.lee@old.example");
    expect(of("chan@two.example")).toBe("bo@one.example");
    expect(of("x@three.example")).toBe("x@three.example");
    expect(of("ann.lee@third.example")).toBe("ann.lee@third.example");
    expect(r.identities).toHaveLength(4);
  });

  test("one-word or empty names are too weak to merge on", () => {
    const r = mergeIdentities([obs("a", "root", "root@a.example"), obs("b", "root", "root@b.example"), obs("c", "", "x@c.example"), { messageId: "d", from: null }]);
    expect(r.identities).toHaveLength(3);
  });
});

// rtc S670 (Hugo Villeneuve sending from hugo@ a patch whose in-body From: is his work address) and rtc
// S241 (Alexandre Belloni's RESEND of Arnd Bergmann's patch).
describe("mergeIdentities: in-body From: lines", () => {
  test("a sender's in-body From: under the sender's own name is the same person; a relayed author is not", () => {
    const r = mergeIdentities([
      obs("h1", "Hugo Villeneuve", "hugo@home.example", { author: { name: "Hugo Villeneuve", email: "hvilleneuve@work.example" } }),
      obs("h2", "Hugo Villeneuve", "hvilleneuve@work.example"),
      obs("r1", "Alexandre Belloni", "alexandre@maint.example", { author: { name: "Arnd Bergmann", email: "arnd@example.de" } }),
      obs("a1", "Arnd Bergmann", "arnd@example.de"),
    ]);
    expect(r.identityOf.get("hvilleneuve@work.example")).toBe("hugo@home.example");
    expect(r.identities.find((i) => i.key === "hugo@home.example")!.evidence.map((e) => e.kind)).toEqual(["in-body-from"]);
    expect(r.identityOf.get("arnd@example.de")).toBe("arnd@example.de");
    expect(r.identityOf.get("alexandre@maint.example")).toBe("alexandre@maint.example");
  });

  // linux-bluetooth: Aditya Garg re-sent Orlando Chamberlain's patch with "From: Aditya Garg <redecorating@...>",
  // Orlando's address under his own name, and then carried on Orlando's side of the exchange.
  test("an in-body address whose own mail signs with an unrelated name is someone else's, miswritten", () => {
    const mails = (inBodyName: string, ownName: string) =>
      mergeIdentities([
        obs("o1", ownName, "orl@proton.example", { to: ["maint@example.org"] }),
        obs("m1", "Mark Maint", "maint@example.org", { parentId: "o1", to: ["orl@proton.example"] }),
        obs("a1", "Adi Garg", "adi@live.example", { parentId: "m1", to: ["maint@example.org"] }),
        obs("a2", "Adi Garg", "adi@live.example", { author: { name: inBodyName, email: "orl@proton.example" } }),
      ]);
    expect(mails("Adi Garg", "Orlo Chamber").identityOf.get("adi@live.example")).toBe("adi@live.example");
    // A variant of the address's own name ("Garg, Adi K") still merges.
    expect(mails("Adi Garg", "Garg, Adi K").identityOf.get("adi@live.example")).toBe("orl@proton.example");
  });

  test("a relayed author who never mails the list is no identity; a bare sender merges with nobody", () => {
    const r = mergeIdentities([
      obs("r1", "Alexandre Belloni", "alexandre@maint.example", { author: { name: "Arnd Bergmann", email: "arnd@example.de" } }),
      obs("m1", "", "mike@home.example", { author: { name: "Mike Looijmans", email: "mike@work.example" } }),
    ]);
    expect([...r.identityOf.keys()].sort()).toEqual(["alexandre@maint.example", "mike@home.example"]);
  });
});

// linux-iio S2942: a mail relay rewrote one patch's From: to the commit author's name on the sender's
// address (`Chenyuan Yang <mazziesaccount@...>`); that lent name must not make the two people one.
describe("mergeIdentities: a name lent to an address for one mail", () => {
  const exchange = (extra: IdentityObservation[]) =>
    mergeIdentities([
      obs("c1", "Chen Yang", "chen@example.org"),
      obs("r1", "Jon Cameron", "jic@example.org", { parentId: "c1", to: ["chen@example.org"] }),
      // Matti carries on Chen's side of the exchange (answers the review sent to Chen).
      obs("m1", "Matti Vaittinen", "matti@example.org", { parentId: "r1", to: ["jic@example.org"] }),
      obs("m2", "Matti Vaittinen", "matti@example.org"),
      obs("m3", "Matti Vaittinen", "matti@example.org"),
      ...extra,
    ]);

  test("another person's name used once by an address that mostly signs with its own does not merge them", () => {
    const r = exchange([obs("m4", "Chen Yang", "matti@example.org")]);
    expect(r.identityOf.get("chen@example.org")).toBe("chen@example.org");
    expect(r.identityOf.get("matti@example.org")).toBe("matti@example.org");
  });

  test("a variant of the address's own name still merges (Ricardo Ribalda [Delgado])", () => {
    const r = mergeIdentities([
      obs("a1", "Ricardo Ribalda", "ribalda@chromium.example", { to: ["maint@example.org"] }),
      obs("b1", "Mark Maint", "maint@example.org", { parentId: "a1", to: ["ribalda@chromium.example"] }),
      obs("k1", "Ricardo Ribalda Delgado", "ribalda@kernel.example", { parentId: "b1", to: ["maint@example.org"] }),
      obs("k2", "Ricardo Ribalda Delgado", "ribalda@kernel.example"),
      obs("k3", "Ricardo Ribalda Delgado", "ribalda@kernel.example"),
      obs("k4", "Ricardo Ribalda", "ribalda@kernel.example"),
    ]);
    expect(r.identityOf.get("ribalda@kernel.example")).toBe("ribalda@chromium.example");
  });
});

// linux-hyperv: Michael Kelley sends with `From: mhkelley58@gmail.com` (no name), his patches open with
// `From: Michael Kelley <mhklinux@outlook.com>`, and he answers the reviews from that second address (285
// of his own replies were counted as review). Long Li and Ajay Sharma do the same from other domains.
describe("mergeIdentities: a bare sending address", () => {
  const kell = { name: "Mark Kell", email: "mkell@mail.example" };
  const patch = (id: string, sender: string, author: { name: string; email: string }) =>
    obs(id, "", sender, { author, to: ["list@example.org"] });
  const review = (id: string, parentId: string, to: string) => obs(id, "Rita Reviewer", "rita@example.org", { parentId, to: [to] });

  test("is the person whose patches it sends, once that person answers their reviews", () => {
    const r = mergeIdentities([
      patch("p1", "mk58@bare.example", kell),
      patch("p2", "mk58@bare.example", kell),
      review("r1", "p1", "mkell@mail.example"),
      obs("a1", "Mark Kell", "mkell@mail.example", { parentId: "r1", to: ["rita@example.org"] }),
    ]);
    expect(r.identityOf.get("mkell@mail.example")).toBe("mk58@bare.example");
    const id = r.identities.find((i) => i.key === "mk58@bare.example")!;
    // The bare key address takes its person's name (derive shows the patches under it).
    expect(id.name).toBe("Mark Kell");
    expect(id.evidence.map((e) => e.kind)).toEqual(["sends-for"]);
    expect(r.identityOf.get("rita@example.org")).toBe("rita@example.org");
  });

  test("also when it relays a few patches of someone else, who stays apart", () => {
    const other = { name: "Rick Edge", email: "rick@corp.example" };
    const r = mergeIdentities([
      patch("p1", "mk58@bare.example", kell),
      patch("p2", "mk58@bare.example", kell),
      patch("p3", "mk58@bare.example", kell),
      patch("q1", "mk58@bare.example", other),
      review("r1", "p1", "mkell@mail.example"),
      obs("a1", "Mark Kell", "mkell@mail.example", { parentId: "r1" }),
      review("r2", "q1", "rick@corp.example"),
      obs("a2", "Rick Edge", "rick@corp.example", { parentId: "r2" }),
    ]);
    expect(r.identityOf.get("mkell@mail.example")).toBe("mk58@bare.example");
    expect(r.identityOf.get("rick@corp.example")).toBe("rick@corp.example");
  });

  test("no answer to a reviewer, no merge: a copy of someone's patch sent to try git send-email, answered by its author", () => {
    const gus = { name: "Gus Silva", email: "gus@embedded.example" };
    const r = mergeIdentities([
      patch("t1", "newbie@mail.example", gus),
      obs("g1", "Gus Silva", "gus@embedded.example", { parentId: "t1", to: ["newbie@mail.example"] }),
      patch("t2", "other.newbie@mail.example", gus),
    ]);
    expect(r.identityOf.get("newbie@mail.example")).toBe("newbie@mail.example");
    expect(r.identityOf.get("other.newbie@mail.example")).toBe("other.newbie@mail.example");
    expect(r.identityOf.get("gus@embedded.example")).toBe("gus@embedded.example");
  });

  test("a shared account sending several people's patches merges with none of them", () => {
    const r = mergeIdentities([
      patch("p1", "team@relay.example", { name: "Ran Jian", email: "ran@corp.example" }),
      patch("p2", "team@relay.example", { name: "Lv Ruyi", email: "lv@corp.example" }),
      patch("p3", "team@relay.example", { name: "Cui Jin", email: "cui@corp.example" }),
      review("r1", "p1", "ran@corp.example"),
      obs("a1", "Ran Jian", "ran@corp.example", { parentId: "r1" }),
    ]);
    expect(r.identityOf.get("ran@corp.example")).toBe("ran@corp.example");
    expect(r.identityOf.get("team@relay.example")).toBe("team@relay.example");
  });

  test("an address with a full name of its own relays, it does not send for the author", () => {
    const r = mergeIdentities([
      obs("p1", "Neil Maint", "neil@maint.example", { author: kell }),
      review("r1", "p1", "mkell@mail.example"),
      obs("a1", "Mark Kell", "mkell@mail.example", { parentId: "r1" }),
    ]);
    expect(r.identityOf.get("mkell@mail.example")).toBe("mkell@mail.example");
  });
});
