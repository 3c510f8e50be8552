import { describe, expect, it } from "vitest";
import type { SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
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

  it("ignores the author's notice naming no tree (an author who applies no one else's patches), but not a maintainer's", () => {
    expect(world(1, AUTHOR.email, "p1@x", { applied: "answered" })).toBe("under-review");
    expect(world(1, "maint@example.org", "p1@x", { applied: "answered" })).toBe("accepted");
  });
});
