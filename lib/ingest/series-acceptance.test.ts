import { describe, expect, it } from "vitest";
import type { SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
import { normalizeTitle } from "../thread/title-similarity";
import type { PatchReview } from "./derive-review";
import { appliersOf, deriveState, type AcceptanceRow } from "./series-acceptance";

const AUTHOR = { name: "Dev Eloper", email: "dev@example.org" };

/** A one-revision series of `n` patches (a cover when n > 1) with one reply from `from` on `onto`. */
function world(n: number, from: string, onto: string, facts: Partial<MessageFacts> & { appliedTree?: boolean }) {
  const coverId = n > 1 ? "cover@x" : null;
  const patches = Array.from({ length: n }, (_, i) => ({ messageId: `p${i + 1}@x`, number: i + 1, total: n }));
  const posting = {
    key: coverId ?? "p1@x",
    version: 1,
    versionInferred: false,
    coverId,
    patches,
    authorEmail: AUTHOR.email,
    author: AUTHOR,
    title: "foo: fix bar",
    date: new Date("2024-03-01T00:00:00Z"),
    total: n > 1 ? n : null,
    complete: true,
    replyIds: ["reply@x"],
  };
  const group: SeriesGroup = { key: posting.key, title: posting.title, author: AUTHOR, revisions: [{ posting, hasReplies: true, linkEvidence: [] }], patchMatches: [] };
  const row = (messageId: string, fromEmail: string, inReplyTo: string | null): AcceptanceRow => ({ messageId, date: "2024-03-02T00:00:00Z", fromName: "", fromEmail, inReplyTo, subject: "[PATCH] foo: fix bar" });
  const rows = [...(coverId ? [row(coverId, AUTHOR.email, null)] : []), ...patches.map((p) => row(p.messageId, AUTHOR.email, coverId)), row("reply@x", from, onto)];
  const rowById = new Map(rows.map((r) => [r.messageId, r]));
  const factMap = new Map<string, MessageFacts>([["reply@x", facts as unknown as MessageFacts]]);
  return deriveState(group, undefined, factMap, rowById, appliersOf([group], factMap, rowById));
}

describe("deriveState: the author's own applied notice", () => {
  it("counts the author's notice that names the tree it went to, for the answered patch or the numbers it names", () => {
    expect(world(1, AUTHOR.email, "p1@x", { applied: "answered", appliedTree: true })).toBe("accepted");
    expect(world(3, AUTHOR.email, "cover@x", { applied: [1, 2], appliedTree: true })).toBe("partially-accepted");
  });

  it("reads some patches, not known which, on a patch sent alone as that patch (\"pushed out these two patches\")", () => {
    expect(world(1, "maint@example.org", "p1@x", { applied: [] })).toBe("accepted");
    // In a series the unknown some stay unknown.
    expect(world(3, "maint@example.org", "p2@x", { applied: [] })).not.toBe("accepted");
  });

  it("ignores the author's notice naming no tree (an author who applies no one else's patches), but not a maintainer's", () => {
    expect(world(1, AUTHOR.email, "p1@x", { applied: "answered" })).toBe("new");
    expect(world(1, "maint@example.org", "p1@x", { applied: "answered" })).toBe("accepted");
  });
});

/** One revision of a multi-revision world: its version, posting date, patch titles and, per patch, what it carries of the one before. */
interface Rev {
  version: number;
  date: string;
  titles: string[];
  /** Per patch: the predecessor's number in the revision before, and how it was matched. */
  carries?: ({ number: number; by: "patch-id" | "title" | "diff"; similarity: number; /** An earlier revision's index it comes from. */ from?: number } | null)[];
  cover?: boolean;
  /** Some of its patches never reached the list. */
  incomplete?: boolean;
  /** Its patches' numbers and the count they are out of, when not 1..N of its own titles (a repost of part of a version). */
  numbers?: number[];
  total?: number;
}

/** Revisions of one series by AUTHOR, one reply `{ from, onto: [revision, patch number or 0 for the cover], date }` with `facts`. */
function history(
  revs: Rev[],
  reply: { from: string; onto: [number, number]; date: string; subject?: string },
  facts: Partial<MessageFacts>,
  extra: {
    subject?: (rev: number, n: number) => string;
    objected?: string[];
    patchFacts?: Record<string, Partial<MessageFacts>>;
    /** More replies, each with its own id, sender, answered mail, date and facts. */
    more?: { id: string; from: string; onto: [number, number]; date: string; facts: Partial<MessageFacts> }[];
  } = {},
) {
  const rows: AcceptanceRow[] = [];
  const idOf = (r: number, n: number) => (n === 0 ? `c${r}@x` : `r${r}p${n}@x`);
  const revisions = revs.map((rev, r) => {
    const patches = rev.titles.map((_, i) => ({ messageId: idOf(r, i + 1), number: rev.numbers?.[i] ?? i + 1, total: rev.total ?? rev.titles.length }));
    const coverId = rev.cover ? idOf(r, 0) : null;
    if (coverId) rows.push({ messageId: coverId, date: rev.date, fromName: "", fromEmail: AUTHOR.email, inReplyTo: null, subject: `[PATCH v${rev.version} 0/${rev.titles.length}] foo` });
    rev.titles.forEach((t, i) =>
      rows.push({ messageId: idOf(r, i + 1), date: rev.date, fromName: AUTHOR.name, fromEmail: AUTHOR.email, inReplyTo: coverId, subject: extra.subject?.(r, i + 1) ?? `[PATCH v${rev.version} ${i + 1}/${rev.titles.length}] ${t}` }),
    );
    const posting = {
      key: coverId ?? idOf(r, 1),
      version: rev.version,
      versionInferred: false,
      coverId,
      patches,
      authorEmail: AUTHOR.email,
      author: AUTHOR,
      title: "foo",
      date: new Date(rev.date),
      total: rev.total ?? (rev.titles.length || null),
      complete: !rev.incomplete,
      replyIds: [...(reply.onto[0] === r ? ["reply@x"] : []), ...(extra.more ?? []).filter((m) => m.onto[0] === r).map((m) => m.id)],
    };
    return { posting, hasReplies: reply.onto[0] === r, linkEvidence: [] };
  });
  const patchMatches = revs.slice(1).map((rev, k) => ({
    fromVersion: revs[k]!.version,
    toVersion: rev.version,
    fromKey: revisions[k]!.posting.key,
    toKey: revisions[k + 1]!.posting.key,
    matches: rev.titles.map((_, i) => {
      const c = rev.carries?.[i];
      return { messageId: idOf(k + 1, i + 1), number: i + 1, predecessors: c ? [{ messageId: idOf(c.from ?? k, c.number), number: c.number, similarity: c.similarity, by: c.by, ...(c.from === undefined ? {} : { fromKey: revisions[c.from]!.posting.key }) }] : [] };
    }),
  }));
  rows.push({ messageId: "reply@x", date: reply.date, fromName: "", fromEmail: reply.from, inReplyTo: idOf(reply.onto[0], reply.onto[1]), subject: reply.subject ?? "Re: foo" });
  for (const m of extra.more ?? []) rows.push({ messageId: m.id, date: m.date, fromName: "", fromEmail: m.from, inReplyTo: idOf(m.onto[0], m.onto[1]), subject: "Re: foo" });
  const group: SeriesGroup = { key: revisions[0]!.posting.key, title: "foo", author: AUTHOR, revisions, patchMatches };
  const rowById = new Map(rows.map((r) => [r.messageId, r]));
  const factMap = new Map<string, MessageFacts>([["reply@x", facts as unknown as MessageFacts]]);
  for (const [id, f] of Object.entries(extra.patchFacts ?? {})) factMap.set(id, f as unknown as MessageFacts);
  for (const m of extra.more ?? []) factMap.set(m.id, m.facts as unknown as MessageFacts);
  const review = extra.objected ? new Map(extra.objected.map((id) => [id, { openObjection: true } as PatchReview])) : undefined;
  return deriveState(group, review, factMap, rowById, appliersOf([group], factMap, rowById));
}

const MAINT = "maint@example.org";
const same = (n: number) => ({ number: n, by: "title" as const, similarity: 0.95 });

describe("deriveState: a notice on an earlier revision sent after the latest was posted", () => {
  const v1 = { version: 1, date: "2024-03-01T00:00:00Z", titles: ["foo: a", "foo: b", "foo: c"], cover: true };

  it("counts when the latest only re-rolls some of its patches (same titles)", () => {
    const v2 = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: c"], carries: [same(3)] };
    expect(history([v1, v2], { from: MAINT, onto: [0, 0], date: "2024-03-10T00:00:00Z" }, { applied: "series" })).toBe("accepted");
  });

  it("counts when the latest is a cover alone re-sent under the same version", () => {
    const again = { version: 1, date: "2024-03-02T00:00:00Z", titles: [], cover: true };
    expect(history([v1, again], { from: MAINT, onto: [0, 1], date: "2024-03-10T00:00:00Z" }, { applied: "series" })).toBe("accepted");
  });

  it("counts a repost of the same patches under the next version (matched by patch-id)", () => {
    const v2 = { version: 2, date: "2024-03-01T00:01:00Z", titles: ["foo: a", "foo: b", "foo: c"], cover: true, carries: [1, 2, 3].map((n) => ({ number: n, by: "patch-id" as const, similarity: 1 })) };
    expect(history([v1, v2], { from: MAINT, onto: [0, 0], date: "2024-03-10T00:00:00Z" }, { applied: "series" })).toBe("accepted");
  });

  it("counts, whenever sent, a notice over a latest that is a cover alone under the same version; not over a patch re-sent alone out of its series", () => {
    const again = { version: 1, date: "2024-03-05T00:00:00Z", titles: [], cover: true };
    expect(history([v1, again], { from: MAINT, onto: [0, 0], date: "2024-03-02T00:00:00Z" }, { applied: "series" })).toBe("accepted");
    // Not numbered as a part of the applied posting ("[PATCH] foo: b" alone): only a later notice counts.
    const some = { version: 1, date: "2024-03-05T00:00:00Z", titles: ["foo: b"], carries: [{ number: 2, by: "patch-id" as const, similarity: 1 }] };
    expect(history([v1, some], { from: MAINT, onto: [0, 0], date: "2024-03-02T00:00:00Z" }, { applied: "series" })).toBe("new");
    expect(history([v1, some], { from: MAINT, onto: [0, 0], date: "2024-03-06T00:00:00Z" }, { applied: "series" })).toBe("accepted");
  });

  it("keeps a series applied in full accepted over a later resend of some of its patches under their numbers that nobody else answered", () => {
    // "[RESEND][PATCH v1 2/3]" (a newer take of 2/3, or mail trouble) after the maintainer applied v1 in full.
    const resend = { version: 1, date: "2024-03-05T00:00:00Z", titles: ["foo: b"], numbers: [2], total: 3, carries: [same(2)] };
    expect(history([v1, resend], { from: MAINT, onto: [0, 0], date: "2024-03-02T00:00:00Z" }, { applied: "series" })).toBe("accepted");
    const another = { version: 1, date: "2024-03-07T00:00:00Z", titles: ["foo: c"], numbers: [3], total: 3, carries: [{ ...same(3), from: 0 }] };
    expect(history([v1, resend, another], { from: MAINT, onto: [0, 0], date: "2024-03-02T00:00:00Z" }, { applied: "series" })).toBe("accepted");
    // The maintainer who applied it talking about the resent patch ("I've modified the tag to …") is no review of a new posting.
    const talk = [{ id: "talk@x", from: MAINT, onto: [1, 1] as [number, number], date: "2024-03-06T00:00:00Z", facts: { kind: "reply" } as Partial<MessageFacts> }];
    expect(history([v1, resend], { from: MAINT, onto: [0, 0], date: "2024-03-02T00:00:00Z" }, { applied: "series" }, { more: talk })).toBe("accepted");
  });

  it("keeps a maintainer's notice on a revision over an objection raised on it afterwards", () => {
    // "I've applied this v3 of the two patches." on 2/2, then a reviewer's "I don't see any reason that …" on 1/2.
    const two = { version: 3, date: "2024-03-01T00:00:00Z", titles: ["foo: a", "foo: b"] };
    expect(history([two], { from: MAINT, onto: [0, 2], date: "2024-03-02T00:00:00Z" }, { applied: "series" }, { objected: ["r0p1@x"] })).toBe("accepted");
  });

  it("leaves the resend for a later notice when someone else answered it or its notes say it is missing from the tree", () => {
    const resend = { version: 1, date: "2024-03-05T00:00:00Z", titles: ["foo: b"], numbers: [2], total: 3, carries: [same(2)] };
    const reviewed = [{ id: "rev@x", from: "rev@example.org", onto: [1, 1] as [number, number], date: "2024-03-06T00:00:00Z", facts: { kind: "reply" } as Partial<MessageFacts> }];
    expect(history([v1, resend], { from: MAINT, onto: [0, 0], date: "2024-03-02T00:00:00Z" }, { applied: "series" }, { more: reviewed })).toBe("under-review");
    const missing = { "r1p1@x": { kind: "patch", changelog: [{ version: null, text: "Resending: this patch seems to have been missed, it is not in foo-next", credits: [] }] } as Partial<MessageFacts> };
    expect(history([v1, resend], { from: MAINT, onto: [0, 0], date: "2024-03-02T00:00:00Z" }, { applied: "series" }, { patchFacts: missing })).toBe("new");
  });

  it("counts a notice sent before a later version nobody answered that repeats all its patches, however changed (a repost after the merge)", () => {
    const v2 = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: a", "foo: b", "foo: c"], cover: true, carries: [same(1), same(2), same(3)] };
    expect(history([v1, v2], { from: MAINT, onto: [0, 0], date: "2024-03-04T00:00:00Z" }, { applied: "series" })).toBe("accepted");
    const retitled = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: a", "foo: b", "foo: c (potential)"], cover: true, carries: [same(1), same(2), { number: 3, by: "title" as const, similarity: 0.7 }] };
    expect(history([v1, retitled], { from: MAINT, onto: [0, 0], date: "2024-03-10T00:00:00Z" }, { applied: "series" })).toBe("accepted");
    // Only the author answered the repost ("I realized that the v2 had been merged").
    const own = [{ id: "own@x", from: AUTHOR.email, onto: [1, 1] as [number, number], date: "2024-03-06T00:00:00Z", facts: { kind: "reply" } as Partial<MessageFacts> }];
    expect(history([v1, v2], { from: MAINT, onto: [0, 0], date: "2024-03-04T00:00:00Z" }, { applied: "series" }, { more: own })).toBe("accepted");
  });

  it("does not count it once someone else answered a later revision: the repost is under review", () => {
    const v2 = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: a", "foo: b", "foo: c"], cover: true, carries: [same(1), same(2), same(3)] };
    const reviewed = [{ id: "rev@x", from: "rev@example.org", onto: [1, 1] as [number, number], date: "2024-03-06T00:00:00Z", facts: { kind: "reply" } as Partial<MessageFacts> }];
    expect(history([v1, v2], { from: MAINT, onto: [0, 0], date: "2024-03-04T00:00:00Z" }, { applied: "series" }, { more: reviewed })).toBe("under-review");
    const v3 = { ...v2, version: 3, date: "2024-03-07T00:00:00Z" };
    expect(history([v1, v2, v3], { from: MAINT, onto: [0, 0], date: "2024-03-04T00:00:00Z" }, { applied: "series" }, { more: reviewed })).toBe("new");
  });

  it("does not count a notice on an earlier revision when the latest re-rolls part of it or adds a patch, is a same-version resend, or the earlier one reached the list in part", () => {
    const v2 = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: c"], carries: [same(3)] };
    // "Applied 1-2; I have not picked up 3": the part re-rolled is what the notice did not take.
    expect(history([v1, v2], { from: MAINT, onto: [0, 0], date: "2024-03-04T00:00:00Z" }, { applied: "series" })).toBe("new");
    // An earlier revision only part of which reached the list: its cover's notice may be about the rest.
    const partial = { ...v1, incomplete: true };
    expect(history([partial, v2], { from: MAINT, onto: [0, 0], date: "2024-03-10T00:00:00Z" }, { applied: "series" })).toBe("new");
    // The same title re-sent under the same version with another diff corrects a broken sending.
    const fixed = { version: 1, date: "2024-03-05T00:00:00Z", titles: ["foo: a", "foo: b", "foo: c"], cover: true, carries: [same(1), same(2), same(3)] };
    expect(history([v1, fixed], { from: MAINT, onto: [0, 0], date: "2024-03-10T00:00:00Z" }, { applied: "series" })).toBe("new");
    const grown = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: a", "foo: b", "foo: c", "foo: d"], cover: true, carries: [same(1), same(2), same(3), null] };
    expect(history([v1, grown], { from: MAINT, onto: [0, 0], date: "2024-03-10T00:00:00Z" }, { applied: "series" })).toBe("new");
  });
});

describe("deriveState: pull requests", () => {
  const one = { version: 1, date: "2024-03-01T00:00:00Z", titles: ["foo: fix a leak"] };
  it("accepts a patch a later pull names, but not a stable backport bearing the mainline patch's title", () => {
    const pulled = { kind: "other", pulled: [{ title: normalizeTitle("foo: fix a leak"), author: null }] } as Partial<MessageFacts>;
    // The pull is the reply itself here: a mail naming the title, from the maintainer, after the posting.
    expect(history([one], { from: MAINT, onto: [0, 1], date: "2024-03-10T00:00:00Z" }, pulled)).toBe("accepted");
    expect(history([one], { from: MAINT, onto: [0, 1], date: "2024-03-10T00:00:00Z" }, pulled, { subject: () => "[PATCH AUTOSEL 6.1 3/20] foo: fix a leak" })).toBe("under-review");
    expect(history([one], { from: MAINT, onto: [0, 1], date: "2024-03-10T00:00:00Z" }, pulled, { subject: () => "[PATCH 5.15.y 2/3] foo: fix a leak" })).toBe("under-review");
    // A mainline fix for a release is no backport.
    expect(history([one], { from: MAINT, onto: [0, 1], date: "2024-03-10T00:00:00Z" }, pulled, { subject: () => "[PATCH 6.7 REGRESSION FIX] foo: fix a leak" })).toBe("accepted");
  });
});

describe("deriveState: one shortlog entry accepts one commit", () => {
  /** Single-patch series by AUTHOR, all titled "foo: fix typos", each changing `file`, then one pull naming the title once. */
  function pulledWorld(postings: { id: string; date: string; file: string }[], count?: number) {
    const title = "foo: fix typos";
    const groups: SeriesGroup[] = postings.map(({ id, date }) => {
      const posting = {
        key: id, version: 1, versionInferred: false, coverId: null, patches: [{ messageId: id, number: 1, total: 1 }],
        authorEmail: AUTHOR.email, author: AUTHOR, title, date: new Date(date), total: null, complete: true, replyIds: [],
      };
      return { key: id, title, author: AUTHOR, revisions: [{ posting, hasReplies: false, linkEvidence: [] }], patchMatches: [] };
    });
    const rows: AcceptanceRow[] = postings.map(({ id, date }) => ({ messageId: id, date, fromName: AUTHOR.name, fromEmail: AUTHOR.email, inReplyTo: null, subject: `[PATCH] ${title}` }));
    rows.push({ messageId: "pull@x", date: "2024-05-01T00:00:00Z", fromName: "Maint", fromEmail: "maint@example.org", inReplyTo: null, subject: "[GIT PULL] foo updates" });
    const rowById = new Map(rows.map((r) => [r.messageId, r]));
    const factMap = new Map<string, MessageFacts>(postings.map(({ id, file }) => [id, { kind: "patch", patch: { patchId: id, fingerprint: { files: [], patchId: id }, files: [{ path: file, added: 1, removed: 1, hunks: [] }], diffErrors: [] } } as unknown as MessageFacts]));
    factMap.set("pull@x", { kind: "other", pulled: [{ title: normalizeTitle(title), author: AUTHOR.name, ...(count ? { count } : {}) }] } as unknown as MessageFacts);
    const appliers = appliersOf(groups, factMap, rowById);
    return groups.map((g) => deriveState(g, undefined, factMap, rowById, appliers));
  }

  it("accepts only the latest of same-titled patches changing different files", () => {
    expect(pulledWorld([
      { id: "a@x", date: "2024-03-01T00:00:00Z", file: "drivers/foo/a.c" },
      { id: "b@x", date: "2024-03-02T00:00:00Z", file: "drivers/foo/b.c" },
      { id: "c@x", date: "2024-03-03T00:00:00Z", file: "drivers/foo/c.c" },
    ])).toEqual(["new", "new", "accepted"]);
  });

  it("accepts as many of them as the shortlog names the title", () => {
    const three = [
      { id: "a@x", date: "2024-03-01T00:00:00Z", file: "drivers/foo/a.c" },
      { id: "b@x", date: "2024-03-02T00:00:00Z", file: "drivers/foo/b.c" },
      { id: "c@x", date: "2024-03-03T00:00:00Z", file: "drivers/foo/c.c" },
    ];
    expect(pulledWorld(three, 2).filter((s) => s === "accepted")).toHaveLength(2);
    expect(pulledWorld(three, 3)).toEqual(["accepted", "accepted", "accepted"]);
  });

  it("accepts every posting of the one change (the same files), as a resend", () => {
    expect(pulledWorld([
      { id: "a@x", date: "2024-03-01T00:00:00Z", file: "drivers/foo/a.c" },
      { id: "b@x", date: "2024-03-02T00:00:00Z", file: "drivers/foo/a.c" },
    ])).toEqual(["accepted", "accepted"]);
  });
});

describe("deriveState: pull requests naming part of the latest revision", () => {
  const three = { version: 1, date: "2024-03-01T00:00:00Z", titles: ["foo: drop a", "foo: drop b", "foo: drop c"], cover: true };
  const pull = (titles: string[], author: string | null) => ({ kind: "other", pulled: titles.map((t) => ({ title: normalizeTitle(t), author })) }) as Partial<MessageFacts>;
  const after = { from: MAINT, onto: [0, 0] as [number, number], date: "2024-03-10T00:00:00Z" };

  it("accepts in part the patches a later pull names as commits of the author", () => {
    expect(history([three], after, pull(["foo: drop a", "foo: drop c"], AUTHOR.name))).toBe("partially-accepted");
  });

  it("not from a shortlog naming no author or another author, nor a pull sent before the revision", () => {
    expect(history([three], after, pull(["foo: drop a", "foo: drop c"], null))).toBe("under-review");
    expect(history([three], after, pull(["foo: drop a", "foo: drop c"], "Someone Else"))).toBe("under-review");
    expect(history([three], { ...after, date: "2024-02-20T00:00:00Z" }, pull(["foo: drop a", "foo: drop c"], AUTHOR.name))).toBe("under-review");
  });

  it("an objection holds nothing back, on a patch the pull merged or on one it left (the applied patches are a fact)", () => {
    expect(history([three], after, pull(["foo: drop a", "foo: drop c"], AUTHOR.name), { objected: ["r0p1@x"] })).toBe("partially-accepted");
    expect(history([three], after, pull(["foo: drop a", "foo: drop c"], AUTHOR.name), { objected: ["r0p2@x"] })).toBe("partially-accepted");
  });

  it("matches a sender known only by an address to the shortlog's name its local part contains", () => {
    const one = { version: 1, date: "2024-03-01T00:00:00Z", titles: ["foo: add the bar driver"] };
    const patchFacts = (name: string) => ({ "r0p1@x": { kind: "patch", patch: { author: { name, email: "dquux@example.com" }, files: [] } } as unknown as Partial<MessageFacts> });
    const pulled = pull(["foo: add the bar driver"], "Dana Quux");
    expect(history([one], { ...after, onto: [0, 1] }, pulled, { patchFacts: patchFacts("dquux@example.com") })).toBe("accepted");
    expect(history([one], { ...after, onto: [0, 1] }, pulled, { patchFacts: patchFacts("dzed@example.com") })).toBe("under-review");
  });
});

// clk S4502/S4311: "clk: renesas: rzv2h-cpg: Fix ..." pulled as "clk: renesas: rzv2h: Fix ..." (the maintainer trimmed the prefix).
describe("deriveState: a pull naming the title under a trimmed prefix", () => {
  const one = (title: string) => ({ version: 1, date: "2024-03-01T00:00:00Z", titles: [title] });
  const pull = (title: string, author: string | null) => ({ kind: "other", pulled: [{ title: normalizeTitle(title), author }] }) as Partial<MessageFacts>;
  const after = { from: MAINT, onto: [0, 1] as [number, number], date: "2024-03-10T00:00:00Z" };
  const title = "foo: bar-cpg: add support for the static mux clocks";

  it("accepts the patch when the shortlog names its author", () => {
    expect(history([one(title)], after, pull("foo: bar: add support for the static mux clocks", AUTHOR.name))).toBe("accepted");
    // clk S1610: a stray first prefix dropped too ("drivers: clk: renesas: r9a07g044-cpg:" as "clk: renesas: r9a07g044:").
    expect(history([one(`drivers: ${title}`)], after, pull("foo: bar: add support for the static mux clocks", AUTHOR.name))).toBe("accepted");
  });

  it("not under another driver's prefix, a whole prefix dropped, no author or another, or a short title", () => {
    expect(history([one(title)], after, pull("foo: qux: add support for the static mux clocks", AUTHOR.name))).toBe("under-review");
    expect(history([one("foo: bar: add support for the static mux clocks")], after, pull("foo: add support for the static mux clocks", AUTHOR.name))).toBe("under-review");
    expect(history([one(title)], after, pull("foo: bar: add support for the static mux clocks", null))).toBe("under-review");
    expect(history([one(title)], after, pull("foo: bar: add support for the static mux clocks", "Someone Else"))).toBe("under-review");
    expect(history([one("foo: bar-cpg: fix a typo")], after, pull("foo: bar: fix a typo", AUTHOR.name))).toBe("under-review");
  });
});

// linux-acpi S1830, S2949: the maintainer fixed a typo in the title before pulling ("supressing", "suppport").
describe("deriveState: a pull naming the title with one word's spelling fixed", () => {
  const one = (title: string) => ({ version: 1, date: "2024-03-01T00:00:00Z", titles: [title] });
  const pull = (title: string, author: string | null) => ({ kind: "other", pulled: [{ title: normalizeTitle(title), author }] }) as Partial<MessageFacts>;
  const after = { from: MAINT, onto: [0, 1] as [number, number], date: "2024-03-10T00:00:00Z" };

  it("accepts the patch when the shortlog names its author", () => {
    expect(history([one("foo: avoid supressing the wakeup event")], after, pull("foo: avoid suppressing the wakeup event", AUTHOR.name))).toBe("accepted");
    expect(history([one("foo: add suppport for the bar sensor")], after, pull("foo: add support for the bar sensor", AUTHOR.name))).toBe("accepted");
  });

  it("not for another model number, two words changed, a word far off, no author or another, or a short title", () => {
    expect(history([one("foo: add a quirk for the B2402CBA")], after, pull("foo: add a quirk for the B2402FBA", AUTHOR.name))).toBe("under-review");
    expect(history([one("foo: avoid supressing the wakeup evnt")], after, pull("foo: avoid suppressing the wakeup event", AUTHOR.name))).toBe("under-review");
    expect(history([one("foo: avoid dropping the wakeup event")], after, pull("foo: avoid suppressing the wakeup event", AUTHOR.name))).toBe("under-review");
    expect(history([one("foo: avoid supressing the wakeup event")], after, pull("foo: avoid suppressing the wakeup event", null))).toBe("under-review");
    expect(history([one("foo: avoid supressing the wakeup event")], after, pull("foo: avoid suppressing the wakeup event", "Someone Else"))).toBe("under-review");
    expect(history([one("foo: fix supressing")], after, pull("foo: fix suppressing", AUTHOR.name))).toBe("under-review");
  });
});

describe("deriveState: a repost of part of the latest version", () => {
  const full = { version: 9, date: "2024-03-01T00:00:00Z", titles: ["foo: a", "foo: b", "foo: c"], cover: true };
  // "[PATCH v9 2/3] foo: b (repost)" in the thread of v9: only its number's patch, the same version.
  const repost = { version: 9, date: "2024-03-02T00:00:00Z", titles: ["foo: b"], incomplete: true, numbers: [2], total: 3 };
  // The repost's title carries a remark the pull's does not: the full posting's patch of that number is named.
  const subject = (r: number, n: number) => (r === 1 ? "[PATCH v9 2/3] foo: b (repost with fix)" : `[PATCH v9 ${n}/3] foo: ${"abc"[n - 1]}`);
  const pull = { kind: "other", pulled: ["foo: a", "foo: b", "foo: c"].map((t) => ({ title: normalizeTitle(t), author: AUTHOR.name })) } as Partial<MessageFacts>;

  it("is judged with the rest of its version: a later pull naming every patch accepts it", () => {
    expect(history([full, repost], { from: MAINT, onto: [0, 0], date: "2024-03-10T00:00:00Z" }, pull, { subject })).toBe("accepted");
  });

  it("not by a pull sent before the repost", () => {
    expect(history([full, repost], { from: MAINT, onto: [0, 0], date: "2024-03-01T12:00:00Z" }, pull, { subject })).toBe("new");
  });
});

// edac S957: v2 is v1's 2/2 alone under the same title; "Queued, thanks." on v1's 2/2 after v2 went out.
describe("deriveState: a notice on the earlier patch the latest revision repeats", () => {
  const v1 = { version: 1, date: "2024-03-01T00:00:00Z", titles: ["foo: a", "foo: b"], cover: true };
  const v2 = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: b"], carries: [same(2)] };

  it("takes the latest's patch when a later notice answers the patch it repeats", () => {
    expect(history([v1, v2], { from: MAINT, onto: [0, 2], date: "2024-03-10T00:00:00Z" }, { applied: "answered" })).toBe("accepted");
  });

  it("does not when the notice answers another patch, came before the latest, or the title changed", () => {
    expect(history([v1, v2], { from: MAINT, onto: [0, 1], date: "2024-03-10T00:00:00Z" }, { applied: "answered" })).toBe("new");
    expect(history([v1, v2], { from: MAINT, onto: [0, 2], date: "2024-03-04T00:00:00Z" }, { applied: "answered" })).toBe("new");
    const retitled = { ...v2, titles: ["foo: b (take two)"], carries: [{ number: 2, by: "title" as const, similarity: 0.7 }] };
    expect(history([v1, retitled], { from: MAINT, onto: [0, 2], date: "2024-03-10T00:00:00Z" }, { applied: "answered" })).toBe("new");
  });

  it("takes only the answered one of a two-patch re-roll", () => {
    const both = { version: 2, date: "2024-03-05T00:00:00Z", titles: ["foo: a", "foo: b"], cover: true, carries: [same(1), same(2)] };
    expect(history([v1, both], { from: MAINT, onto: [0, 2], date: "2024-03-10T00:00:00Z" }, { applied: "answered" })).toBe("partially-accepted");
  });
});

/** A reply in `thread`: its id, sender, the message it answers (a patch "p<k>@x", "cover@x" or another reply), and facts. */
interface Reply {
  id: string;
  from: string;
  parent: string;
  facts?: Partial<MessageFacts>;
}

/**
 * One revision of `n` patches by AUTHOR (a cover when `cover`), with `replies`; `tagged`: per patch id, the
 * replies whose review tags lib/review attributed to it (its trailers JSON); `objected`: patches with an open objection.
 */
function thread(n: number, replies: Reply[], opts: { cover?: boolean; tagged?: Record<string, string[]>; objected?: string[]; complete?: boolean; files?: Record<string, string>; fromNames?: Record<string, string>; resent?: number[]; subjects?: Record<string, string>; elsewhere?: string } = {}) {
  const coverId = opts.cover ? "cover@x" : null;
  const patches = Array.from({ length: n }, (_, i) => ({ messageId: `p${i + 1}@x`, number: i + 1, total: n }));
  const posting = {
    key: coverId ?? "p1@x", version: 1, versionInferred: false, coverId, patches, authorEmail: AUTHOR.email, author: AUTHOR, title: "foo",
    date: new Date("2024-03-01T00:00:00Z"), total: n, complete: opts.complete ?? true, replyIds: replies.map((r) => r.id),
  };
  const group: SeriesGroup = { key: posting.key, title: "foo", author: AUTHOR, revisions: [{ posting, hasReplies: replies.length > 0, linkEvidence: [] }], patchMatches: [] };
  // Without a cover, patches 2..N answer patch 1 (git send-email's threading).
  const rows: AcceptanceRow[] = [
    ...(coverId ? [{ messageId: coverId, date: "2024-03-01T00:00:00Z", fromName: "", fromEmail: AUTHOR.email, inReplyTo: null, subject: `[PATCH 0/${n}] foo` }] : []),
    ...patches.map((p) => ({ messageId: p.messageId, date: "2024-03-01T00:00:00Z", fromName: AUTHOR.name, fromEmail: AUTHOR.email, inReplyTo: coverId ?? (p.number > 1 ? "p1@x" : null), subject: opts.subjects?.[p.messageId] ?? `[PATCH ${p.number}/${n}] foo: part ${p.number}` })),
    ...replies.map((r, i) => ({ messageId: r.id, date: `2024-03-0${2 + Math.min(i, 7)}T00:00:00Z`, fromName: opts.fromNames?.[r.id] ?? "", fromEmail: r.from, inReplyTo: r.parent, subject: "Re: foo" })),
  ];
  // Patches posted again later by the author, alone, under their titles.
  const groups = [group];
  for (const k of opts.resent ?? []) {
    const id = `again${k}@x`;
    rows.push({ messageId: id, date: "2024-06-01T00:00:00Z", fromName: "", fromEmail: AUTHOR.email, inReplyTo: null, subject: `[PATCH] foo: part ${k}` });
    const again = { ...posting, key: id, coverId: null, patches: [{ messageId: id, number: 1, total: 1 }], date: new Date("2024-06-01T00:00:00Z"), total: null, replyIds: [] };
    groups.push({ key: id, title: "foo", author: AUTHOR, revisions: [{ posting: again, hasReplies: false, linkEvidence: [] }], patchMatches: [] });
  }
  // Another author's patch, elsewhere, that MAINT announced applied.
  const extraFacts: [string, MessageFacts][] = [];
  if (opts.elsewhere) {
    rows.push({ messageId: "other@x", date: "2023-01-01T00:00:00Z", fromName: "", fromEmail: "someone@example.org", inReplyTo: null, subject: opts.elsewhere });
    rows.push({ messageId: "took@x", date: "2023-01-02T00:00:00Z", fromName: "", fromEmail: MAINT, inReplyTo: "other@x", subject: `Re: ${opts.elsewhere}` });
    const other = { ...posting, key: "other@x", coverId: null, patches: [{ messageId: "other@x", number: 1, total: 1 }], authorEmail: "someone@example.org", author: null, date: new Date("2023-01-01T00:00:00Z"), total: null, replyIds: ["took@x"] };
    groups.push({ key: "other@x", title: "bar", author: null, revisions: [{ posting: other, hasReplies: true, linkEvidence: [] }], patchMatches: [] });
    extraFacts.push(["took@x", { kind: "reply", trailers: [], applied: "answered" } as unknown as MessageFacts]);
  }
  const rowById = new Map(rows.map((r) => [r.messageId, r]));
  const factMap = new Map<string, MessageFacts>([...replies.map((r): [string, MessageFacts] => [r.id, { kind: "reply", trailers: [], ...r.facts } as unknown as MessageFacts]), ...extraFacts]);
  for (const [id, path] of Object.entries(opts.files ?? {})) factMap.set(id, { kind: "patch", trailers: [], patch: { files: [{ path }] } } as unknown as MessageFacts);
  const review = new Map<string, PatchReview>(patches.map((p) => {
    const trailers = (opts.tagged?.[p.messageId] ?? []).map((id) => ({ kind: "Acked-by", name: "Rev", email: "rev@example.org", comment: null, value: "Rev <rev@example.org>", source: "reply", messageId: id, status: "collected" }));
    return [p.messageId, { trailersJson: JSON.stringify(trailers), comments: null, openObjection: opts.objected?.includes(p.messageId) ?? false, reviewKey: null }];
  }));
  return deriveState(group, review, factMap, rowById, appliersOf(groups, factMap, rowById));
}

const ACK = { kind: "reply", trailers: [{ kind: "Acked-by", value: "Rev <rev@example.org>", person: { name: "Rev", email: "rev@example.org" }, comment: null }] } as Partial<MessageFacts>;
const APPLIED = { kind: "reply", applied: "answered" } as Partial<MessageFacts>;

// selinux S1665/S877: "For these five patches: Acked-by: ..." on 1/5, and "Merged. Thanks!" answering that ack.
describe("deriveState: a notice answering a reviewer's tags for several patches", () => {
  const replies: Reply[] = [
    { id: "ack@x", from: "rev@example.org", parent: "p1@x", facts: ACK },
    { id: "ty@x", from: MAINT, parent: "ack@x", facts: APPLIED },
  ];

  it("covers the patches the tags were attributed to", () => {
    expect(thread(3, replies, { cover: true, tagged: { "p1@x": ["ack@x"], "p2@x": ["ack@x"], "p3@x": ["ack@x"] } })).toBe("accepted");
    expect(thread(3, replies, { cover: true, tagged: { "p1@x": ["ack@x"], "p2@x": ["ack@x"] } })).toBe("partially-accepted");
  });

  it("covers the answered patch alone when the tags were for it alone, or the notice answers the patch itself", () => {
    expect(thread(3, replies, { cover: true, tagged: { "p1@x": ["ack@x"] } })).toBe("partially-accepted");
    const direct: Reply[] = [replies[0]!, { id: "ty@x", from: MAINT, parent: "p1@x", facts: APPLIED }];
    expect(thread(3, direct, { cover: true, tagged: { "p1@x": ["ack@x"], "p2@x": ["ack@x"], "p3@x": ["ack@x"] } })).toBe("partially-accepted");
  });
});

// selinux S141 ("Applied." on 3/3), S65 ("Merged: <pull url>" on 3/3), pdx86 S1829, edac S37 ("Queued" under an ack of 2/2).
describe("deriveState: a notice on the last patch of a series without a cover", () => {
  const onLast: Reply[] = [{ id: "ty@x", from: MAINT, parent: "p3@x", facts: APPLIED }];

  it("is for the whole series, also when it answers a review tag on that patch or others gave tags", () => {
    expect(thread(3, onLast)).toBe("accepted");
    expect(thread(3, [{ id: "ack@x", from: "rev@example.org", parent: "p3@x", facts: ACK }, { id: "ty@x", from: MAINT, parent: "ack@x", facts: APPLIED }])).toBe("accepted");
    expect(thread(3, [{ id: "ack1@x", from: "rev@example.org", parent: "p1@x", facts: ACK }, ...onLast])).toBe("accepted");
    // The author's own follow-up on another patch says nothing about what was applied.
    expect(thread(3, [{ id: "me@x", from: AUTHOR.email, parent: "p2@x" }, ...onLast])).toBe("accepted");
  });

  it("is for that patch alone with a cover, an open objection, another reply without a tag, a patch missing, or on another patch", () => {
    expect(thread(3, onLast, { cover: true })).toBe("partially-accepted");
    expect(thread(3, onLast, { objected: ["p1@x"] })).toBe("partially-accepted");
    // selinux S1494: "this was addressed by the patch below" on 1/2.
    expect(thread(3, [{ id: "no@x", from: MAINT, parent: "p1@x" }, ...onLast])).toBe("partially-accepted");
    expect(thread(3, onLast, { complete: false })).toBe("partially-accepted");
    expect(thread(3, [{ id: "ty@x", from: MAINT, parent: "p2@x", facts: APPLIED }])).toBe("partially-accepted");
    // Bindings and a driver, then the board's device tree: the SoC maintainer applied the last alone.
    const files = { "p1@x": "Documentation/devicetree/bindings/spi/foo.yaml", "p2@x": "drivers/spi/spi-foo.c", "p3@x": "arch/arm/boot/dts/foo-board.dts" };
    expect(thread(3, onLast, { files })).toBe("partially-accepted");
    expect(thread(3, onLast, { files: { ...files, "p1@x": "arch/arm/boot/dts/foo.dtsi", "p2@x": "arch/arm/boot/dts/bar.dts" } })).toBe("accepted");
  });
});

// linux-bluetooth S1303: the only reply is the CI bot's "CI test results with your patch series".
describe("deriveState: what counts as review", () => {
  const report = (parent: string, id = "ci@x"): Reply => ({ id, from: "foo.test.bot@example.com", parent });

  it("is new when only a status or CI bot, or the author, answered", () => {
    expect(thread(2, [report("p1@x")])).toBe("new");
    expect(thread(2, [{ id: "pw@x", from: "patchwork-bot+foo@kernel.org", parent: "p2@x" }])).toBe("new");
    expect(thread(2, [{ id: "me@x", from: AUTHOR.email, parent: "p1@x" }])).toBe("new");
    // The author's name from another address.
    expect(thread(2, [{ id: "me@x", from: "dev@home.example.net", parent: "p1@x" }], { fromNames: { "me@x": AUTHOR.name } })).toBe("new");
  });

  it("is under review when a person or a build robot answered", () => {
    expect(thread(2, [report("p1@x"), { id: "r@x", from: "rev@example.org", parent: "p2@x" }])).toBe("under-review");
    expect(thread(2, [{ id: "lkp@x", from: "lkp@intel.com", parent: "p1@x" }])).toBe("under-review");
  });
});

// linux-bluetooth S1124: "Applied, thanks." answering the CI bot's series report, which hangs off patch 1/7.
describe("deriveState: a notice answering a bot's report on the first patch", () => {
  const report: Reply = { id: "ci@x", from: "foo.test.bot@example.com", parent: "p1@x" };
  const notice: Reply = { id: "ty@x", from: MAINT, parent: "ci@x", facts: APPLIED };

  // Patchwork had the whole set; here some patch never reached the list (a notice on patch 1 alone would not do).
  const some = { complete: false };

  it("covers the whole posting", () => {
    expect(thread(3, [report, notice], some)).toBe("accepted");
    expect(thread(3, [report, notice], { ...some, cover: true })).toBe("accepted");
  });

  it("covers the first patch alone when the bot reported on other patches too, or answered a later patch, or a person wrote the report", () => {
    expect(thread(3, [report, notice, { id: "ci2@x", from: "foo.test.bot@example.com", parent: "p2@x" }], some)).toBe("partially-accepted");
    expect(thread(3, [{ ...report, parent: "p2@x" }, notice], some)).toBe("partially-accepted");
    expect(thread(3, [{ ...report, from: "rev@example.org" }, notice], some)).toBe("partially-accepted");
    // linux-bluetooth: the patchwork bot's "This patch was applied" on 1/9 alone, and objections open on 3/9.
    expect(thread(3, [report, notice, { id: "pw@x", from: "patchwork-bot+foo@kernel.org", parent: "p1@x", facts: APPLIED }], some)).toBe("partially-accepted");
    expect(thread(3, [report, notice], { ...some, objected: ["p3@x"] })).toBe("partially-accepted");
    expect(thread(3, [report, notice], { ...some, resent: [2] })).toBe("partially-accepted");
  });
});

// linux-nfs S3943: the series' author, who sends pulls of his own tree, writes "I've made the change and pushed it."
describe("deriveState: the author's own notice, when the author sends pulls", () => {
  /** AUTHOR's series "mine@x" with AUTHOR's own notice; another's patch "theirs@x" that AUTHOR pulled (`pulledOnly`) or announced applied. */
  function ownNotice(pulledOnly: boolean, tree = false) {
    const OTHER = { name: "Con Tributor", email: "con@example.org" };
    const single = (id: string, who: typeof AUTHOR, title: string, replyIds: string[]): SeriesGroup => ({
      key: id, title, author: who, patchMatches: [],
      revisions: [{ posting: { key: id, version: 1, versionInferred: false, coverId: null, patches: [{ messageId: id, number: 1, total: 1 }], authorEmail: who.email, author: who, title, date: new Date("2024-03-01T00:00:00Z"), total: null, complete: true, replyIds }, hasReplies: true, linkEvidence: [] }],
    });
    const groups = [single("mine@x", AUTHOR, "foo: rework bar", ["own@x"]), single("theirs@x", OTHER, "foo: fix the baz leak", pulledOnly ? [] : ["took@x"])];
    const row = (messageId: string, from: typeof AUTHOR, inReplyTo: string | null, subject: string, date = "2024-03-02T00:00:00Z"): AcceptanceRow => ({ messageId, date, fromName: from.name, fromEmail: from.email, inReplyTo, subject });
    const rows = [
      row("mine@x", AUTHOR, null, "[PATCH] foo: rework bar", "2024-03-01T00:00:00Z"),
      row("theirs@x", OTHER, null, "[PATCH] foo: fix the baz leak", "2024-03-01T00:00:00Z"),
      row("own@x", AUTHOR, "mine@x", "Re: [PATCH] foo: rework bar"),
      row("took@x", AUTHOR, "theirs@x", "Re: [PATCH] foo: fix the baz leak"),
      row("pull@x", AUTHOR, null, "[GIT PULL] foo fixes", "2024-04-01T00:00:00Z"),
    ];
    const factMap = new Map<string, MessageFacts>([
      ["own@x", { kind: "reply", trailers: [], applied: "answered", ...(tree ? { appliedTree: true } : {}) } as unknown as MessageFacts],
      ["took@x", { kind: "reply", trailers: [], applied: "answered" } as unknown as MessageFacts],
      ["pull@x", { kind: "other", pulled: [{ title: normalizeTitle("foo: fix the baz leak"), author: OTHER.name }] } as unknown as MessageFacts],
    ]);
    const rowById = new Map(rows.map((r) => [r.messageId, r]));
    return deriveState(groups[0]!, undefined, factMap, rowById, appliersOf(groups, factMap, rowById));
  }

  it("counts when the author announces others' patches applied, or names the tree", () => {
    expect(ownNotice(false)).toBe("accepted");
    expect(ownNotice(true, true)).toBe("accepted");
  });

  it("does not count when the author only sends pulls", () => {
    expect(ownNotice(true)).toBe("new");
  });
});

// linux-bluetooth S1023 ("Applied, thanks." on 1/6), selinux ("Merged." under "For these two patches: Acked-by" on 1/2).
describe("deriveState: a notice on the first patch of a series without a cover", () => {
  const onFirst: Reply[] = [{ id: "ty@x", from: MAINT, parent: "p1@x", facts: APPLIED }];

  it("is for the whole series, also under a reviewer's reply on it", () => {
    expect(thread(3, onFirst)).toBe("accepted");
    expect(thread(2, [{ id: "ack@x", from: "rev@example.org", parent: "p1@x", facts: ACK }, { id: "ty@x", from: MAINT, parent: "ack@x", facts: APPLIED }])).toBe("accepted");
  });

  it("is for that patch alone when another patch was posted again later, was answered without a tag, has an objection, or with a cover", () => {
    // "Applied, thanks. I skipped patches 2 and 5": both re-sent later.
    expect(thread(3, onFirst, { resent: [2] })).toBe("partially-accepted");
    expect(thread(3, [...onFirst, { id: "no@x", from: MAINT, parent: "p2@x" }])).toBe("partially-accepted");
    expect(thread(3, onFirst, { objected: ["p3@x"] })).toBe("partially-accepted");
    expect(thread(3, onFirst, { cover: true })).toBe("partially-accepted");
    expect(thread(3, onFirst, { complete: false })).toBe("partially-accepted");
  });

  // linux-serial: "Applied to wq/for-6.19." on "workqueue: ..." 1/2; 2/2 is "tty/vt: ...".
  it("is for that patch alone when another patch is of a subsystem the maintainer was never seen to apply", () => {
    const subjects = { "p2@x": "[PATCH 2/2] bar/baz: use it" };
    expect(thread(2, onFirst, { subjects })).toBe("partially-accepted");
    expect(thread(2, onFirst, { subjects: { "p2@x": "[PATCH 2/2] foo/qux: use it" } })).toBe("accepted");
    // The maintainer applied a "bar/..." patch elsewhere: he takes both.
    expect(thread(2, onFirst, { subjects, elsewhere: "[PATCH] bar/quux: fix it" })).toBe("accepted");
  });

  it("is for that patch alone when the rest is device-tree sources, or the notice lists what it took", () => {
    // clk: "Applied to clk-next" on the driver's 1/2; 2/2 is the board's .dts (the SoC tree's).
    expect(thread(2, onFirst, { files: { "p1@x": "drivers/clk/clk-foo.c", "p2@x": "arch/arm64/boot/dts/foo/bar.dts" } })).toBe("partially-accepted");
    // b4's "[1/1] <title of 1/5>": one patch of five.
    const listed = { kind: "reply", applied: [1], appliedListed: [{ number: 1, total: 1, title: "foo: part 1" }] } as Partial<MessageFacts>;
    expect(thread(3, [{ id: "ty@x", from: MAINT, parent: "p1@x", facts: listed }])).toBe("partially-accepted");
  });

  // i2c: "I took just this patch into foo/foo-host-fixes." on 1/3 (the notice's reading: [1]); "Applied patch 1" likewise.
  it("is for that patch alone when the notice names it by number in words", () => {
    const justThis = { kind: "reply", applied: [1] } as Partial<MessageFacts>;
    expect(thread(3, [{ id: "ty@x", from: MAINT, parent: "p1@x", facts: justThis }])).toBe("partially-accepted");
    expect(thread(2, [{ id: "ty@x", from: MAINT, parent: "p2@x", facts: { kind: "reply", applied: [2] } as Partial<MessageFacts> }])).toBe("partially-accepted");
  });

  // linux-acpi S-LPSS: "Applied along with the [2/2] as 6.1 material, thanks!" on 2/2: a list by the series' own count.
  it("still covers the series when the notice lists patches by the series' own count", () => {
    const along = { kind: "reply", applied: [2], appliedListed: [{ number: 2, total: 2, title: "" }] } as Partial<MessageFacts>;
    expect(thread(2, [{ id: "ty@x", from: MAINT, parent: "p2@x", facts: along }])).toBe("accepted");
  });
});

// linux-acpi: "ACPI: sleep: Fix kernel-doc" pulled as "ACPI: sleep: Fix acpi_pm_pre_suspend() kernel-doc", "ACPI: Make …" as
// "ACPI: property: Make …"; "ACPICA: Results from Clang changes/fixes From Clang V5.0.1. Mostly …" pulled as "ACPICA: Results from Clang".
describe("deriveState: a pull naming the title with a word dropped or added, or cut short", () => {
  const one = (title: string) => ({ version: 1, date: "2024-03-01T00:00:00Z", titles: [title] });
  const pull = (title: string, author: string | null) => ({ kind: "other", pulled: [{ title: normalizeTitle(title), author }] }) as Partial<MessageFacts>;
  const after = { from: MAINT, onto: [0, 1] as [number, number], date: "2024-03-10T00:00:00Z" };

  it("accepts the patch when the shortlog names its author", () => {
    expect(history([one("foo: bar: fix the kernel-doc of the probe")], after, pull("foo: bar: fix the foo_probe() kernel-doc of the probe", AUTHOR.name))).toBe("accepted");
    expect(history([one("foo: make the widget count consistent")], after, pull("foo: core: make the widget count consistent", AUTHOR.name))).toBe("accepted");
    expect(history([one("foo: btdrv: add the support for the Misty widget")], after, pull("foo: btdrv: add support for the Misty widget", AUTHOR.name))).toBe("accepted");
    expect(history([one("FOO: FOO: fix the fallthrough warnings")], after, pull("FOO: fix the fallthrough warnings", AUTHOR.name))).toBe("accepted");
    const long = "FOO: Results from the analyzer changes/fixes from the analyzer V5.0.1. Mostly set but never read warnings.";
    expect(history([one(long)], after, pull("FOO: Results from the analyzer", AUTHOR.name))).toBe("accepted");
  });

  it("not for a revert, a fixup, a number, a prefix dropped, another author sharing a name word, a short title, or a short title's start", () => {
    expect(history([one("foo: btdrv: add support for the Misty widget")], after, pull("foo: add support for the Misty widget", AUTHOR.name))).toBe("under-review");
    expect(history([one('Revert "foo: add the new widget methods"')], after, pull("foo: add the new widget methods", AUTHOR.name))).toBe("under-review");
    expect(history([one("fixup! foo: fix the possible use after free")], after, pull("foo: fix the possible use after free", AUTHOR.name))).toBe("under-review");
    expect(history([one("foo: add support for the widget 8087")], after, pull("foo: add support for the widget", AUTHOR.name))).toBe("under-review");
    expect(history([one("foo: btdrv: fix the application of sizeof")], after, pull("foo: btdrv: fix application of sizeof", "Someone Dev"))).toBe("under-review");
    expect(history([one("foo: fix the bar")], after, pull("foo: fix bar", AUTHOR.name))).toBe("under-review");
    expect(history([one("foo: fix the frobnication of the widget when the gadget is resumed")], after, pull("foo: fix the frobnication", AUTHOR.name))).toBe("under-review");
  });
});

// linux-bluetooth: "Applied, L2CAP changes were excluded since …" on the cover; linux-acpi: "Applied drivers/perf patch to will
// (for-next/perf), thanks!" on the cover of a tree-wide series.
describe("deriveState: a notice naming the patches it took, or left out, by their area", () => {
  const rev = { version: 1, date: "2024-03-01T00:00:00Z", titles: ["lib: add the credit mode", "l2test: add support for FOO_EXT_MODE", "gatt: enable the bearer"], cover: true };
  const onCover = { from: MAINT, onto: [0, 0] as [number, number], date: "2024-03-10T00:00:00Z" };
  const area = (name: string, excluded: boolean) => ({ kind: "reply", applied: "answered", appliedArea: { area: name, excluded } }) as Partial<MessageFacts>;

  it("accepts in part: all but the area's patches, or the area's alone (by title or by file)", () => {
    expect(history([rev], onCover, area("foo", true))).toBe("partially-accepted");
    expect(history([rev], onCover, area("gatt", false))).toBe("partially-accepted");
    const files = { patchFacts: { "r0p1@x": { kind: "patch", patch: { files: [{ path: "drivers/widget/core.c" }] } } as Partial<MessageFacts> } };
    expect(history([rev], onCover, area("drivers/widget", false), files)).toBe("partially-accepted");
  });

  it("tells which patches \"the rest\" are by the area left out", () => {
    const rest = { kind: "reply", applied: [], appliedArea: { area: "foo", excluded: true } } as Partial<MessageFacts>;
    expect(history([rev], onCover, rest)).toBe("partially-accepted");
    expect(history([rev], onCover, { kind: "reply", applied: [] } as Partial<MessageFacts>)).toBe("under-review");
  });

  it("reads the notice as before when the area names all of the patches, or an area left out names none", () => {
    expect(history([{ ...rev, titles: ["gatt: a", "gatt: b"] }], onCover, area("gatt", false))).toBe("accepted");
    expect(history([rev], onCover, area("arm64", true))).toBe("accepted");
  });

  // "I applied the DTS and pinctrl patches" (two areas in one notice): the patches of either.
  it("takes the patches of every area a notice names", () => {
    const two = (names: string[]) => ({ kind: "reply", applied: "series", appliedArea: { area: names[0]!, excluded: false, areas: names } }) as Partial<MessageFacts>;
    expect(history([rev], onCover, two(["gatt", "l2test"]))).toBe("partially-accepted");
    expect(history([rev], onCover, two(["gatt", "l2test", "lib"]))).toBe("accepted");
    expect(history([rev], onCover, two(["arm64", "x86"]))).toBe("under-review");
  });

  // linux-nfs: "Meanwhile, I've applied the rpc_status patches to nfsd-next" in a reply on another series.
  it("takes nothing when the area taken names none of the patches: the notice is of others", () => {
    expect(history([rev], onCover, area("arm64", false))).toBe("under-review");
    expect(history([{ ...rev, titles: ["gatt: a"], cover: false }], { ...onCover, onto: [0, 1] }, area("arm64", false))).toBe("under-review");
  });
});

// linux-acpi: "Applied as 5.14 material, thanks!" on 1/2 of a coverless pair; the maintainer's pull named 1/2 and not 2/2.
describe("deriveState: a notice on the first patch of a series without a cover, and the maintainer's pulls", () => {
  const onFirst: Reply = { id: "ty@x", from: MAINT, parent: "p1@x", facts: APPLIED };
  const pull = (titles: string[]): Reply => ({ id: "pull@x", from: MAINT, parent: "elsewhere@x", facts: { kind: "other", pulled: titles.map((t) => ({ title: normalizeTitle(t), author: AUTHOR.name })) } as Partial<MessageFacts> });

  it("is for that patch alone when a later pull names it and not the other", () => {
    expect(thread(2, [onFirst, pull(["foo: part 1"])])).toBe("partially-accepted");
  });

  it("is for the series when the pull names both, or no pull names the answered patch", () => {
    expect(thread(2, [onFirst, pull(["foo: part 1", "foo: part 2"])])).toBe("accepted");
    expect(thread(2, [onFirst, pull(["foo: something else entirely"])])).toBe("accepted");
  });
});

describe("deriveState: the work re-posted in another series", () => {
  /** A series of one posting by `author`, its patches titled `titles`, with a reply from `replier` (null: none) carrying `facts` on patch 1. */
  function series(key: string, version: number, inferred: boolean, date: string, titles: string[], author = AUTHOR, replier: string | null = null, facts: Partial<MessageFacts> = {}) {
    const patches = titles.map((_, i) => ({ messageId: `${key}-p${i + 1}@x`, number: i + 1, total: titles.length }));
    const posting = {
      key: `${key}-p1@x`, version, versionInferred: inferred, coverId: null, patches, authorEmail: author.email, author, title: titles[0]!,
      date: new Date(date), total: titles.length > 1 ? titles.length : null, complete: true, replyIds: replier ? [`${key}-reply@x`] : [],
    };
    const group: SeriesGroup = { key: posting.key, title: posting.title, author, revisions: [{ posting, hasReplies: !!replier, linkEvidence: [] }], patchMatches: [] };
    const rows: AcceptanceRow[] = patches.map((p, i) => ({ messageId: p.messageId, date, fromName: author.name, fromEmail: author.email, inReplyTo: null, subject: `[PATCH ${i + 1}/${titles.length}] ${titles[i]}` }));
    if (replier) rows.push({ messageId: `${key}-reply@x`, date, fromName: "", fromEmail: replier, inReplyTo: patches[0]!.messageId, subject: `Re: ${titles[0]}` });
    return { group, rows, facts: replier ? [[`${key}-reply@x`, facts as MessageFacts] as const] : [] };
  }
  function states(...all: ReturnType<typeof series>[]) {
    const rowById = new Map(all.flatMap((s) => s.rows).map((r) => [r.messageId, r]));
    const facts = new Map<string, MessageFacts>(all.flatMap((s) => s.facts));
    const groups = all.map((s) => s.group);
    const appliers = appliersOf(groups, facts, rowById);
    return groups.map((g) => deriveState(g, undefined, facts, rowById, appliers));
  }
  const V2 = ["foo: dt-bindings: add idle-low flag", "foo: core: add IDLE_LOW mode bit", "foo: bar: support IDLE_LOW", "foo: dev: add IDLE_LOW"];

  it("supersedes a v2 whose patches the author sent again as v3 under another title", () => {
    const v2 = series("a", 2, false, "2024-05-11T00:00:00Z", V2, AUTHOR, MAINT, {});
    const v3 = series("b", 3, false, "2024-05-17T00:00:00Z", V2.slice(1));
    expect(states(v2, v3)[0]).toBe("superseded");
    // A lone v1 patch folded into a v2 of a larger series.
    const lone = series("c", 1, true, "2024-01-01T00:00:00Z", ["foo: drop unused compatible"]);
    const larger = series("d", 2, false, "2024-02-01T00:00:00Z", ["foo: drop unused compatible", "foo: add I2S support", "foo: rework sizes"]);
    expect(states(lone, larger)[0]).toBe("superseded");
  });

  it("not when less than half of its patches went on, by another author, under a version not higher or only inferred, or before it", () => {
    const v2 = series("a", 2, false, "2024-05-11T00:00:00Z", V2);
    expect(states(v2, series("b", 3, false, "2024-05-17T00:00:00Z", V2.slice(3)))[0]).toBe("new");
    expect(states(v2, series("b", 3, false, "2024-05-17T00:00:00Z", V2, { name: "Other One", email: "other@example.org" }))[0]).toBe("new");
    expect(states(v2, series("b", 2, false, "2024-05-17T00:00:00Z", V2))[0]).toBe("new");
    expect(states(v2, series("b", 3, true, "2024-05-17T00:00:00Z", V2))[0]).toBe("new");
    expect(states(v2, series("b", 3, false, "2024-05-01T00:00:00Z", V2))[0]).toBe("new");
  });

  it("not when a notice took some of its patches: what was applied is what a maintainer needs to see", () => {
    const v2 = series("a", 2, false, "2024-05-11T00:00:00Z", V2, AUTHOR, MAINT, { applied: "answered" } as Partial<MessageFacts>);
    expect(states(v2, series("b", 3, false, "2024-05-17T00:00:00Z", V2.slice(1)))[0]).toBe("partially-accepted");
  });

  // linux-samsung-soc: "[GIT PULL] foo-drm-next" sent every cycle by its maintainer, now and then as "[GIT PULL v2] …".
  it("not for a pull request: a later pull under the same title and a higher version is another cycle's", () => {
    const asPull = (s: ReturnType<typeof series>, tag: string) => ({ ...s, rows: s.rows.map((r) => ({ ...r, subject: `[${tag}] widget-drm-next` })) });
    const pulls = (tag: string) => states(asPull(series("a", 1, true, "2024-01-10T00:00:00Z", ["widget-drm-next"]), "GIT PULL"), asPull(series("b", 2, false, "2024-05-17T00:00:00Z", ["widget-drm-next"]), tag));
    expect(pulls("GIT PULL v2")[0]).toBe("new");
    // The same two postings as patches: the later v2 supersedes.
    expect(states(series("a", 1, true, "2024-01-10T00:00:00Z", ["widget: drm next"]), series("b", 2, false, "2024-05-17T00:00:00Z", ["widget: drm next"]))[0]).toBe("superseded");
  });
});

describe("deriveState: a pull that merged a later posting of the patches in another series", () => {
  /**
   * Series A (v3, two patches: "foo: core: add x" on core.c, "foo: drv: use x" on drv.c), then series B by the same
   * author re-sending the driver patch alone (drv.c) under `laterTitle`, then a pull naming `pulledTitles`.
   * `notice`: a maintainer's "Applied" on A's first patch.
   */
  function twoSeries(laterTitle: string, pulledTitles: string[], opts: { notice?: boolean; laterAuthor?: { name: string; email: string }; laterCarriesAll?: boolean } = {}) {
    const laterAuthor = opts.laterAuthor ?? AUTHOR;
    const mk = (key: string, version: number, date: string, patches: { id: string; title: string; file: string }[], author: { name: string; email: string }, replyIds: string[] = []) => ({
      group: {
        key, title: key, author,
        revisions: [{ posting: {
          key, version, versionInferred: false, coverId: null, patches: patches.map((p, i) => ({ messageId: p.id, number: i + 1, total: patches.length })),
          authorEmail: author.email, author, title: key, date: new Date(date), total: patches.length, complete: true, replyIds,
        }, hasReplies: replyIds.length > 0, linkEvidence: [] }],
        patchMatches: [],
      } as SeriesGroup,
      rows: patches.map((p, i): AcceptanceRow => ({ messageId: p.id, date, fromName: author.name, fromEmail: author.email, inReplyTo: i === 0 ? null : patches[0]!.id, subject: `[PATCH v${version} ${i + 1}/${patches.length}] ${p.title}` })),
      patches,
    });
    const a = mk("a", 3, "2024-03-01T00:00:00Z", [{ id: "a1@x", title: "foo: core: add x", file: "core.c" }, { id: "a2@x", title: "foo: drv: use x", file: "drv.c" }], AUTHOR, opts.notice ? ["n@x"] : []);
    const later = opts.laterCarriesAll ? [{ id: "b1@x", title: "foo: core: add x", file: "core.c" }, { id: "b2@x", title: laterTitle, file: "drv.c" }] : [{ id: "b1@x", title: laterTitle, file: "drv.c" }];
    const b = mk("b", 1, "2024-03-10T00:00:00Z", later, laterAuthor);
    const rows = [...a.rows, ...b.rows, { messageId: "pull@x", date: "2024-04-01T00:00:00Z", fromName: "Maint", fromEmail: "maint@example.org", inReplyTo: null, subject: "[GIT PULL] foo updates" }];
    if (opts.notice) rows.push({ messageId: "n@x", date: "2024-03-05T00:00:00Z", fromName: "Maint", fromEmail: "maint@example.org", inReplyTo: "a1@x", subject: "Re: [PATCH v3 1/2] foo: core: add x" });
    const rowById = new Map(rows.map((r) => [r.messageId, r]));
    const patchFacts = (file: string) => ({ kind: "patch", patch: { files: [{ path: file, added: 1, removed: 1, hunks: [] }] } }) as unknown as MessageFacts;
    const factMap = new Map<string, MessageFacts>([...a.patches, ...b.patches].map((p) => [p.id, patchFacts(p.file)]));
    factMap.set("pull@x", { kind: "other", pulled: pulledTitles.map((t) => ({ title: normalizeTitle(t), author: AUTHOR.name })) } as unknown as MessageFacts);
    if (opts.notice) factMap.set("n@x", { kind: "reply", applied: "answered" } as unknown as MessageFacts);
    const groups = [a.group, b.group];
    const appliers = appliersOf(groups, factMap, rowById);
    return groups.map((g) => deriveState(g, undefined, factMap, rowById, appliers));
  }

  it("supersedes a revision whose only pulled patch the pull took from the author's later posting elsewhere", () => {
    expect(twoSeries("foo: drv: use x", ["foo: drv: use x"])).toEqual(["superseded", "accepted"]);
  });

  it("accepts the revision when a notice took the rest of it: all of its work is in the tree", () => {
    expect(twoSeries("foo: drv: use x", ["foo: drv: use x"], { notice: true })).toEqual(["accepted", "accepted"]);
  });

  it("leaves a later posting by someone else, or one re-sending all of it, as before", () => {
    expect(twoSeries("foo: drv: use x", ["foo: drv: use x"], { laterAuthor: { name: "Other Person", email: "other@example.org" } })[0]).toBe("partially-accepted");
    expect(twoSeries("foo: drv: use x", ["foo: core: add x", "foo: drv: use x"], { laterCarriesAll: true })).toEqual(["accepted", "accepted"]);
  });
});

describe("deriveState: a patch retitled when applied, pulled beside its sibling", () => {
  const two = { version: 9, date: "2024-03-01T00:00:00Z", titles: ["net: foo: Add IPIP widget rx sw acceleration", "net: foo: Add IPIP widget tx sw acceleration", "selftests: foo: widget.sh: Add IPIP widget selftest"], cover: true };
  const pull = (titles: string[]) => ({ kind: "other", pulled: titles.map((t) => ({ title: normalizeTitle(t), author: AUTHOR.name })) }) as Partial<MessageFacts>;
  const after = { from: MAINT, onto: [0, 0] as [number, number], date: "2024-03-10T00:00:00Z" };

  it("matches each retitled patch to the title of the same pull mail sharing most of its words", () => {
    expect(history([two], after, pull(["foo: widget: Add IPIP rx sw acceleration", "foo: widget: Add IPIP tx sw acceleration", "selftests: foo: widget.sh: Add IPIP widget selftest"]))).toBe("accepted");
  });

  it("not without a sibling named exactly in that mail, nor to a title sharing too few words", () => {
    expect(history([two], after, pull(["foo: widget: Add IPIP rx sw acceleration", "foo: widget: Add IPIP tx sw acceleration"]))).toBe("under-review");
    expect(history([two], after, pull(["foo: widget: Add GRE rx offload", "foo: widget: Add GRE tx offload", "selftests: foo: widget.sh: Add IPIP widget selftest"]))).toBe("partially-accepted");
  });
});
