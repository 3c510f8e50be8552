import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMessage } from "../mail/parse-message";
import { splitPatchBody } from "../mail/split-patch-body";
import type { MailMessage, Trailer } from "../mail/types";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { type AttributedTrailer, attributeTrailers, isByAuthor, isSameIdentity, type TrailerRevisionInput } from "./attribute-trailers";
import { type CorpusMail, loadKillableVma } from "./corpus-thread.test-util";

async function readMbox(path: string): Promise<MailMessage[]> {
  const text = readFileSync(path, "utf8");
  const chunks = text.split(/^(?=From \S+ .*\d{4}\s*$)/m).filter((c) => c.trim());
  const out: MailMessage[] = [];
  for (const c of chunks) {
    const r = await parseMessage(Buffer.from(c));
    if (r.ok) out.push(r.message);
  }
  return out;
}

const versionOf = (s: string): number => Number(/\bv(\d+)\b/i.exec(s)?.[1] ?? 1);
const numberOf = (s: string): number => Number(/(\d+)\/\d+\]/.exec(s)?.[1] ?? 1);

// Messages with a diff are patches, `0/N` subjects covers, the rest replies (even without "Re:").
function revisionsOf(mails: MailMessage[]): TrailerRevisionInput[] {
  const byVersion = new Map<number, TrailerRevisionInput>();
  const patches: { v: number; n: number; id: string }[] = [];
  const rev = (v: number): TrailerRevisionInput => {
    let r = byVersion.get(v);
    if (!r) byVersion.set(v, (r = { version: v, cover: null, patches: [], replies: [] }));
    return r;
  };
  const kindOf = (m: MailMessage): "patch" | "cover" | "reply" =>
    splitPatchBody(m.body).diff ? "patch" : /\b0\/\d+\]/.test(m.subject) && !/^re:/i.test(m.subject) ? "cover" : "reply";
  for (const m of mails) {
    const kind = kindOf(m);
    const v = versionOf(m.subject);
    if (kind === "cover") rev(v).cover = { messageId: m.messageId };
    if (kind === "patch") {
      const n = numberOf(m.subject);
      const previous = patches.find((p) => p.v === v - 1 && p.n === n)?.id ?? null;
      rev(v).patches.push({ messageId: m.messageId, trailers: splitPatchBody(m.body).trailers, previousMessageId: previous });
      patches.push({ v, n, id: m.messageId });
    }
  }
  // A reply belongs to the revision of the message it answers (followed up the chain).
  const versionById = new Map<string, number>(mails.filter((m) => kindOf(m) !== "reply").map((m) => [m.messageId, versionOf(m.subject)]));
  const parent = new Map(mails.map((m) => [m.messageId, m.inReplyTo[0] ?? null]));
  for (const m of mails) {
    if (kindOf(m) !== "reply") continue;
    let id: string | null = m.inReplyTo[0] ?? null;
    for (let i = 0; id && !versionById.has(id) && i < 50; i++) id = parent.get(id) ?? null;
    const v = id ? versionById.get(id) : undefined;
    if (v !== undefined) rev(v).replies.push({ messageId: m.messageId, from: m.from, body: m.body, inReplyTo: m.inReplyTo[0] ?? null });
  }
  return [...byVersion.values()];
}

const key = (t: { kind: string; email: string; value: string }): string => `${t.kind}|${t.email || t.value}`;

/** b4's expected am output: per message-id, the trailers the patch ends up with (applier's S-o-b left out). */
async function expectedTrailers(path: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const m of await readMbox(path)) {
    const ts = splitPatchBody(m.body).trailers.map((t) => key({ kind: t.kind, email: t.person?.email ?? "", value: t.value }));
    out.set(m.messageId, ts);
  }
  return out;
}

const kept = (list: AttributedTrailer[]): string[] => list.filter((t) => t.status === "present" || t.status === "collected").map(key);
const APPLIER = "Signed-off-by|test-override@example.com";

const B4_CASES: [string, string][] = [
  ["single", "single-ref-defaults"],
  ["bare-address", "bare-address-ref-defaults"],
  ["htmljunk", "htmljunk-ref-defaults"],
  ["name-parens", "name-parens-ref-defaults"],
  ["non-git-patch", "non-git-patch-ref-defaults"],
  ["non-git-patch-with-comments", "non-git-patch-with-comments-ref-defaults"],
  ["nore", "nore-ref-defaults"],
  ["partial-reroll", "partial-reroll-ref-defaults"],
  ["stripped-lines", "stripped-lines-ref-defaults"],
  ["with-cover", "with-cover-ref-defaults"],
  ["with-diffstat", "with-diffstat-ref-defaults"],
  ["custody", "custody-ref-unordered"],
];

describe.skipIf(!haveCorpus)("attributeTrailers against b4's expected am output", () => {
  it.each(B4_CASES)("trailers-followup-%s", async (name, ref) => {
    const mails = await readMbox(corpusPath("b4", `trailers-followup-${name}.mbox`));
    const result = attributeTrailers(revisionsOf(mails));
    const expected = await expectedTrailers(corpusPath("b4", `trailers-followup-${ref}.txt`));
    expect(expected.size).toBeGreaterThan(0);
    for (const [messageId, want] of expected) {
      const got = result[messageId];
      expect(got, messageId).toBeDefined();
      const original = got?.filter((t) => t.status === "present").map(key) ?? [];
      const wantSet = want.filter((k) => k !== APPLIER || original.includes(APPLIER));
      // b4 also turns the mail's Cc header into trailers in some modes; compare review trailers only.
      const strip = (ks: string[]): string[] => [...new Set(ks.filter((k) => !k.startsWith("Cc|") || original.includes(k)))].sort();
      expect(strip(kept(got ?? [])), messageId).toEqual(strip(wantSet));
    }
  });

  it("mismatched addresses are flagged, not collected (single, name-parens)", async () => {
    for (const name of ["single", "name-parens"]) {
      const result = attributeTrailers(revisionsOf(await readMbox(corpusPath("b4", `trailers-followup-${name}.mbox`))));
      const flagged = Object.values(result).flat().filter((t) => t.status === "identity-mismatch");
      expect(flagged.map((t) => t.email)).toEqual(["mismatched-reviewer1@example.net"]);
    }
  });

  it("already-present: restated trailers are not flagged; only the unrelated Tested-by is", async () => {
    const result = attributeTrailers(revisionsOf(await readMbox(corpusPath("b4", "trailers-followup-already-present.mbox"))));
    const all = Object.values(result).flat();
    expect(all.filter((t) => t.status === "identity-mismatch").map((t) => t.kind)).toEqual(["Tested-by"]);
    expect(all.filter((t) => t.status === "collected")).toEqual([]);
  });

  it("quoted trailers never count (Reviewer2 quotes Reviewer1's trailer)", async () => {
    const result = attributeTrailers(revisionsOf(await readMbox(corpusPath("b4", "trailers-followup-single.mbox"))));
    const fromReviewer2 = Object.values(result).flat().filter((t) => t.messageId === "fwup-message-2@example.com");
    expect(fromReviewer2.map((t) => t.kind)).toEqual(["Tested-by"]);
  });
});

describe.skipIf(!haveCorpus)("attributeTrailers on killable-vma v1-v3", () => {
  let all: CorpusMail[] = [];
  beforeAll(async () => {
    all = await loadKillableVma();
  });

  function revisions(): TrailerRevisionInput[] {
    return [1, 2, 3].map((v) => {
      const cover = all.find((m) => m.kind === "cover" && m.version === v);
      const patches = all.filter((m) => m.kind === "patch" && m.version === v);
      return {
        version: v,
        cover: cover ? { messageId: cover.message.messageId } : null,
        // v1 1/1 became v2 2/3; later versions keep their numbers.
        patches: patches.map((p) => {
          const prevNumber = v === 2 ? (p.patch === 2 ? 1 : -1) : p.patch;
          const prev = all.find((m) => m.kind === "patch" && m.version === v - 1 && m.patch === prevNumber);
          return { messageId: p.message.messageId, trailers: splitPatchBody(p.message.body).trailers, previousMessageId: prev?.message.messageId ?? null };
        }),
        replies: all
          .filter((m) => m.kind === "reply" && m.version === v)
          .map((m) => ({ messageId: m.message.messageId, from: m.message.from, body: m.message.body, inReplyTo: m.message.inReplyTo[0] ?? null })),
      };
    });
  }
  const idOf = (v: number, n: number): string => all.find((m) => m.kind === "patch" && m.version === v && m.patch === n)?.message.messageId ?? "";
  const rows = (list: AttributedTrailer[] | undefined): string[] => (list ?? []).filter((t) => t.kind !== "Signed-off-by").map((t) => `${t.kind} ${t.email} ${t.status} ${t.source}${t.comment ? ` #${t.comment}` : ""}`);

  it("Ritesh's v1 reply is collected with its scope, then present in v2 2/3 and v3 2/3", () => {
    const r = attributeTrailers(revisions());
    expect(rows(r[idOf(1, 1)])).toEqual([
      "Suggested-by willy@infradead.org present patch",
      "Reviewed-by ritesh.list@gmail.com collected reply #powerpc",
    ]);
    expect(rows(r[idOf(2, 2)])).toContain("Reviewed-by ritesh.list@gmail.com present patch #powerpc");
  });

  it("Liam's v2 1/3 Reviewed-by was dropped from v3 1/3 posting and given again in reply", () => {
    const r = attributeTrailers(revisions());
    expect(rows(r[idOf(2, 1)])).toEqual(["Suggested-by jannh@google.com present patch", "Reviewed-by liam.howlett@oracle.com collected reply"]);
    expect(rows(r[idOf(3, 1)])).toEqual([
      "Suggested-by jannh@google.com present patch",
      "Reviewed-by liam.howlett@oracle.com collected reply",
      "Reviewed-by lorenzo.stoakes@oracle.com collected reply",
    ]);
  });

  it("v3: Liam's Reviewed-by on 2/3 and Claudio's Acked-by on 3/3 (given in a reply to a reply)", () => {
    const r = attributeTrailers(revisions());
    expect(rows(r[idOf(3, 2)])).toContain("Reviewed-by liam.howlett@oracle.com collected reply");
    expect(rows(r[idOf(3, 3)])).toContain("Acked-by imbrenda@linux.ibm.com collected reply");
  });
});

describe("attributeTrailers on plain inputs", () => {
  const person = (name: string, email: string) => ({ kind: "Reviewed-by", value: `${name} <${email}>`, person: { name, email }, comment: null });
  it("cover-letter trailers apply to every patch; dropped trailers are reported", () => {
    const r = attributeTrailers([
      {
        version: 1,
        cover: { messageId: "c1" },
        patches: [{ messageId: "p1", trailers: [], previousMessageId: null }, { messageId: "p2", trailers: [], previousMessageId: null }],
        replies: [{ messageId: "r1", from: { name: "A", email: "a@x.org" }, body: "> quoted\n\nReviewed-by: A <a@x.org>\n", inReplyTo: "c1" }],
      },
      { version: 2, cover: { messageId: "c2" }, patches: [{ messageId: "q1", trailers: [person("B", "b@x.org")], previousMessageId: "p1" }], replies: [] },
    ]);
    expect(r.p1?.map((t) => `${t.email} ${t.status} ${t.source}`)).toEqual(["a@x.org collected cover-reply"]);
    expect(r.p2?.map((t) => `${t.email} ${t.status} ${t.source}`)).toEqual(["a@x.org collected cover-reply"]);
    expect(r.q1?.map((t) => `${t.email} ${t.status}`)).toEqual(["b@x.org present", "a@x.org dropped"]);
  });

  // linux-mtd: patch 4/5 was sent twice; the Tested-by answered the stray copy (no patch of the posting: it hangs under
  // the cover) and went to all five patches. Its subject names patch 4 of this posting.
  it("a reply under the cover whose subject names patch k of the posting goes to patch k", () => {
    const patches = [1, 2, 3].map((n) => ({ messageId: `p${n}`, trailers: [], previousMessageId: null, number: n, subject: `[PATCH v2 ${n}/3] foo: part ${n}` }));
    const tested = (subject: string) =>
      attributeTrailers([
        {
          version: 2,
          cover: { messageId: "c" },
          patches,
          replies: [
            { messageId: "stray", from: { name: "Dev", email: "dev@x.org" }, body: "", trailers: [], inReplyTo: "c", subject: "[PATCH v2 2/3] foo: part 2" },
            { messageId: "t", from: { name: "T", email: "t@x.org" }, body: "Tested-by: T <t@x.org>\n", inReplyTo: "stray", subject },
          ],
        },
      ]);
    const out = tested("Re: [PATCH v2 2/3] foo: part 2");
    expect([out.p1?.length ?? 0, out.p2?.map((t) => `${t.email} ${t.source}`), out.p3?.length ?? 0]).toEqual([0, ["t@x.org reply"], 0]);
    // The cover's own numbering, or another version's, is the whole series'.
    for (const other of ["Re: [PATCH v2 0/3] foo", "Re: [PATCH v1 2/3] foo: part 2", "Re: foo"]) {
      expect([1, 2, 3].map((n) => tested(other)[`p${n}`]?.length ?? 0), other).toEqual([1, 1, 1]);
    }
  });

  // linux-crypto: a colleague relays Ann's test report, its body opening with "From: Ann ...".
  it("a tag in a relayed mail is its author's, no identity mismatch", () => {
    const r = attributeTrailers([
      {
        version: 1,
        cover: null,
        patches: [{ messageId: "p1", trailers: [], previousMessageId: null }],
        replies: [
          { messageId: "r1", from: { name: "Cy Relay", email: "cy@corp.example" }, body: "From: Ann Roe <ann@example.org>\n\nWorks here.\n\nTested-by: Ann Roe <ann@example.org>\n", inReplyTo: "p1" },
          { messageId: "r2", from: { name: "Cy Relay", email: "cy@corp.example" }, body: "Works here.\n\nTested-by: Bob Poe <bob@example.org>\n", inReplyTo: "p1" },
        ],
      },
    ]);
    expect(r.p1?.map((t) => `${t.email} ${t.status}`)).toEqual(["ann@example.org collected", "bob@example.org identity-mismatch"]);
  });

  // linux-renesas-soc: Rob Herring's bot lists "Missing tags:" the patch got before (Conor's ack, given elsewhere).
  it("a tag under a reminder's 'Missing tags:' lead-in is its giver's, no identity mismatch", () => {
    const r = attributeTrailers([
      {
        version: 2,
        cover: null,
        patches: [{ messageId: "p1", trailers: [], previousMessageId: null }],
        replies: [{ messageId: "r1", from: { name: "Rob Bot", email: "rob@example.org" }, body: "Please add tags.\n\nMissing tags:\n\nAcked-by: Cy Doe <cy@example.org>\n", inReplyTo: "p1" }],
      },
    ]);
    expect(r.p1?.map((t) => `${t.email} ${t.status}`)).toEqual(["cy@example.org collected"]);
  });

  // linux-tegra: a reviewer shows the right form of Michał's "Reviewed-and-tested-by" as two tags; linux-raid: the
  // maintainer turns Logan's Reviewed-by into a "Reviewed-and-tested-by" on his word.
  it("a tag relayed in the form of the giver's own compound tag is no mismatch; one saying more than he gave is", () => {
    const r = attributeTrailers([
      {
        version: 1,
        cover: null,
        patches: [
          { messageId: "p1", trailers: [], previousMessageId: null },
          { messageId: "p2", trailers: [], previousMessageId: null },
        ],
        replies: [
          { messageId: "r1", from: { name: "Mic Mir", email: "mic@example.org" }, body: "Feel free to add:\n\nReviewed-and-tested-by: Mic Mir <mic@example.org>\n", inReplyTo: "p1" },
          { messageId: "r2", from: { name: "Dim Osi", email: "dim@example.org" }, body: "It should be two separate tags:\n\nReviewed-by: Mic Mir <mic@example.org>\nTested-by: Mic Mir <mic@example.org>\n", inReplyTo: "r1" },
          { messageId: "r3", from: { name: "Log Gun", email: "log@example.org" }, body: "Reviewed-by: Log Gun <log@example.org>\n", inReplyTo: "p2" },
          { messageId: "r4", from: { name: "Son Liu", email: "son@example.org" }, body: "I changed this to\n\nReviewed-and-tested-by: Log Gun <log@example.org>\n", inReplyTo: "r3" },
        ],
      },
    ]);
    expect(r.p1?.map((t) => `${t.kind} ${t.status}`)).toEqual(["Reviewed-and-tested-by collected"]);
    expect(r.p2?.map((t) => `${t.kind} ${t.status}`)).toEqual(["Reviewed-by collected", "Reviewed-and-tested-by identity-mismatch"]);
  });

  // linux-s390 S785: Daniel Vetter's sign-off and a reviewer's tag moved from one address to another
  // between versions; only the tag whose person is gone is dropped.
  it("a tag carried by the same person under a new address is not dropped", () => {
    const r = attributeTrailers([
      { version: 1, cover: null, patches: [{ messageId: "p1", trailers: [person("Daniel Vetter", "daniel.vetter@ffwll.ch"), person("Ann Other", "ann@x.org")], previousMessageId: null }], replies: [] },
      { version: 2, cover: null, patches: [{ messageId: "q1", trailers: [person("Daniel Vetter", "daniel.vetter@intel.com")], previousMessageId: "p1" }], replies: [] },
    ]);
    expect(r.q1?.map((t) => `${t.email} ${t.status}`)).toEqual(["daniel.vetter@intel.com present", "ann@x.org dropped"]);
  });

  // linux-ext4 S2107: Jan's Reviewed-by answers v3 after v4 was out; v4 could not carry it (v5 does).
  it("does not report a tag dropped by a revision posted before the tag was given", () => {
    const day = 86_400_000;
    const revs = (givenAt: number) =>
      attributeTrailers([
        {
          version: 3,
          date: 0,
          cover: null,
          patches: [{ messageId: "p3", trailers: [], previousMessageId: null }],
          replies: [{ messageId: "r3", from: { name: "A", email: "a@x.org" }, body: "Reviewed-by: A <a@x.org>\n", inReplyTo: "p3", date: givenAt }],
        },
        { version: 4, date: 10 * day, cover: null, patches: [{ messageId: "p4", trailers: [], previousMessageId: "p3" }], replies: [] },
      ]);
    expect(revs(12 * day).p4?.map((t) => `${t.email} ${t.status}`)).toEqual([]);
    expect(revs(2 * day).p4?.map((t) => `${t.email} ${t.status}`)).toEqual(["a@x.org dropped"]);
  });

  it("a split patch: the piece that carries the trailer answers for it, the others do not report it dropped", () => {
    const a = person("A", "a@x.org");
    const v1 = { version: 1, cover: null, patches: [{ messageId: "p1", trailers: [a], previousMessageId: null }], replies: [] };
    const split = attributeTrailers([
      v1,
      {
        version: 2,
        cover: null,
        patches: [
          { messageId: "q1", trailers: [], previousMessageId: "p1" },
          { messageId: "q2", trailers: [a], previousMessageId: "p1" },
        ],
        replies: [],
      },
    ]);
    expect(split.q1).toEqual([]);
    expect(split.q2?.map((t) => `${t.email} ${t.status}`)).toEqual(["a@x.org present"]);
    const lost = attributeTrailers([
      v1,
      {
        version: 2,
        cover: null,
        patches: [
          { messageId: "q1", trailers: [], previousMessageId: "p1" },
          { messageId: "q2", trailers: [], previousMessageId: "p1" },
        ],
        replies: [],
      },
    ]);
    expect(lost.q1?.map((t) => `${t.email} ${t.status}`)).toEqual(["a@x.org dropped"]);
    expect(lost.q2?.map((t) => `${t.email} ${t.status}`)).toEqual(["a@x.org dropped"]);
    // The piece that kept the (scoped) review matched no earlier patch: it still answers for the trailer,
    // but a review given on that new piece in a reply says nothing about where the old one went.
    const pieces = (q3: { trailers: ReturnType<typeof person>[] }) =>
      attributeTrailers([
        v1,
        {
          version: 2,
          cover: null,
          patches: [
            { messageId: "q1", trailers: [], previousMessageId: "p1" },
            { messageId: "q3", trailers: q3.trailers, previousMessageId: null },
          ],
          replies: [{ messageId: "r3", from: { name: "A", email: "a@x.org" }, body: "> quoted\n\nReviewed-by: A <a@x.org>\n", inReplyTo: "q3" }],
        },
      ]);
    expect(pieces({ trailers: [a] }).q1).toEqual([]);
    expect(pieces({ trailers: [] }).q1?.map((t) => `${t.email} ${t.status}`)).toEqual(["a@x.org dropped"]);
  });

  it("reply cycles and unknown parents never hang", () => {
    const r = attributeTrailers([
      {
        version: 1,
        cover: null,
        patches: [{ messageId: "p", trailers: [], previousMessageId: "nowhere" }],
        replies: [
          { messageId: "a", from: null, body: "Acked-by: X <x@y.z>", inReplyTo: "b" },
          { messageId: "b", from: null, body: "", inReplyTo: "a" },
        ],
      },
    ]);
    expect(r.p).toEqual([]);
  });
});

describe("attributeTrailers: cover replies, reply kinds, Cc", () => {
  const person = (kind: string, name: string, email: string, patch?: number) => ({
    kind, value: `${name} <${email}>`, person: { name, email }, comment: null, ...(patch === undefined ? {} : { patch }),
  });
  const rev = (version: number, prefix: string, replies: TrailerRevisionInput["replies"], patchTrailers: ReturnType<typeof person>[] = []): TrailerRevisionInput => ({
    version,
    cover: { messageId: `${prefix}-0` },
    patches: [1, 2, 3].map((n) => ({ messageId: `${prefix}-${n}`, trailers: patchTrailers, previousMessageId: version > 1 ? `v${version - 1}-${n}` : null, number: n })),
    replies,
  });
  const rev1 = rev(1, "v1", [
    {
      messageId: "r1", from: { name: "Rev", email: "rev@example.org" }, inReplyTo: "v1-0",
      trailers: [person("Tested-by", "Rev", "rev@example.org"), person("Acked-by", "Rev", "rev@example.org", 2)],
    },
    {
      messageId: "r2", from: { name: "Other", email: "other@example.org" }, inReplyTo: "v1-0",
      trailers: [person("Signed-off-by", "Other", "other@example.org"), person("Reported-by", "Robot", "robot@example.org")],
    },
  ], [person("Cc", "List", "list@example.org")]);
  const summary = (list: AttributedTrailer[] | undefined) => (list ?? []).map((t) => `${t.kind} ${t.email} ${t.status}${t.patch ? ` @${t.patch}` : ""}`);

  it("a trailer under a patch heading of a cover reply goes to that patch only; others to every patch", () => {
    const out = attributeTrailers([rev1]);
    expect(summary(out["v1-1"])).toEqual(["Cc list@example.org present", "Tested-by rev@example.org collected"]);
    expect(summary(out["v1-2"])).toEqual(["Cc list@example.org present", "Tested-by rev@example.org collected", "Acked-by rev@example.org collected @2"]);
  });

  it("never collects Signed-off-by or Reported-by from replies (older stored trailers included)", () => {
    const all = Object.values(attributeTrailers([rev1])).flat();
    expect(all.filter((t) => t.kind === "Signed-off-by" || t.kind === "Reported-by")).toEqual([]);
  });

  it("marks a lost ack dropped, but not a lost Cc", () => {
    const out = attributeTrailers([rev1, rev(2, "v2", [])]);
    expect(summary(out["v2-2"])).toEqual(["Tested-by rev@example.org dropped", "Acked-by rev@example.org dropped @2"]);
    expect(summary(out["v2-1"])).toEqual(["Tested-by rev@example.org dropped"]);
  });

  // gpio S2885: "patches 1, 2, 4 are / Acked-by:" on the cover was shown on all four patches.
  it("a cover-reply trailer scoped to several patches goes to those only, with the numbers shown", () => {
    const scoped = rev(1, "v1", [{
      messageId: "r1", from: { name: "Rev", email: "rev@example.org" }, inReplyTo: "v1-0",
      body: "> cover\n\nFor patches 1 and 3:\nAcked-by: Rev <rev@example.org>\n",
    }]);
    const out = attributeTrailers([scoped]);
    expect(out["v1-1"]?.map((t) => [t.kind, t.patches])).toEqual([["Acked-by", [1, 3]]]);
    expect(out["v1-2"]).toEqual([]);
    expect(out["v1-3"]?.map((t) => t.patches)).toEqual([[1, 3]]);
    // A partial re-roll without a cover keeps only series-wide cover trailers, as for one-patch scopes.
    const reroll: TrailerRevisionInput = { version: 2, cover: null, patches: [{ messageId: "v2-1", trailers: [], previousMessageId: null, number: 1 }], replies: [] };
    expect(attributeTrailers([scoped, reroll])["v2-1"]).toEqual([]);
  });

  // leds: "For patches 10/16 - 16/16:" answering patch 11/16 is a tag for each of them.
  it("a reply to patch k scoped to patches including k gives the tag to each; one leaving k out stays on k", () => {
    const on = (replyTo: string, body: string) => attributeTrailers([rev(1, "v1", [{ messageId: "r", from: { name: "Rev", email: "rev@example.org" }, inReplyTo: replyTo, body }])]);
    const spread = on("v1-2", "For patches 2-3:\n\nAcked-by: Rev <rev@example.org>\n");
    expect([1, 2, 3].map((n) => spread[`v1-${n}`]?.map((t) => `${t.source} ${t.messageId}`))).toEqual([[], ["reply r"], ["reply r"]]);
    const stray = on("v1-1", "For patches 2-3:\n\nAcked-by: Rev <rev@example.org>\n");
    expect([1, 2, 3].map((n) => stray[`v1-${n}`]?.length)).toEqual([1, 0, 0]);
  });

  it("without patch numbers, a patch's position stands for its number", () => {
    const r = rev1;
    const noNumbers = { ...r, patches: r.patches.map(({ number: _n, ...p }) => p) };
    expect(summary(attributeTrailers([noNumbers])["v1-3"])).toEqual(["Cc list@example.org present", "Tested-by rev@example.org collected"]);
    expect(summary(attributeTrailers([noNumbers])["v1-2"])).toContain("Acked-by rev@example.org collected @2");
  });
});

describe("identity: the sender signing under another address (i2c/watchdog audit)", () => {
  it.each([
    // "+tag" subaddress, at the same or another of the person's domains.
    [{ name: "Gert Example", email: "gert+soc@glider.example" }, { name: "Gert Example", email: "gert@m68k.example" }],
    [{ name: "", email: "wsa+soc@sang.example" }, { name: "Wol Sang", email: "wsa@kernel.example" }],
    [{ name: "Nik Soder", email: "nik.soder+soc@ragna.example" }, { name: "Nik", email: "nik.soder@ragna.example" }],
    // The same display name, after case, accents and affiliation.
    [{ name: "Niklas Söderlund", email: "niklas@work.example" }, { name: "niklas soderlund", email: "ns@home.example" }],
    [{ name: "Jane Doe (Oracle)", email: "jane.doe@oracle.example" }, { name: "Jane Doe", email: "jd@kernel.example" }],
    [{ name: "Max Shev", email: "max@work.example" }, { name: "Max Shev via B4 Relay", email: "devnull+max.work.example@kernel.example" }],
    [{ name: "Doe, Jane", email: "jane@a.example" }, { name: "Jane Doe", email: "jd@b.example" }],
    [{ name: "Xing Tong Wu", email: "xingtong.wu@a.example" }, { name: "xingtong.wu", email: "xingtong_wu@b.example" }],
    [{ name: "Breno Lima", email: "breno.lima@a.example" }, { name: "Breno Matheus Lima", email: "brenomatheus@b.example" }],
    // One mailbox at a company's domain and a subdomain of it, under a name the other's holds or none.
    [{ name: "Nila Jay", email: "nila@lnx.corp.example" }, { name: "Nila", email: "nila@lnx.vnet.corp.example" }],
    [{ name: "Rob P Edge", email: "rob.p.edge@corp.example" }, { name: "", email: "rob.p.edge@lnx.corp.example" }],
    // "ü" is "ue" as well as "u"; "ß" is "ss".
    [{ name: "Andi Gruenbach", email: "agruen@work.example" }, { name: "Andi Grünbach", email: "andi.gruenbach@home.example" }],
    [{ name: "Andi Grunbach", email: "agruen@work.example" }, { name: "Andi Gru\u0308nbach", email: "andi@home.example" }],
    [{ name: "Chris Schlameuß", email: "schlameuss@de.corp.example" }, { name: "Chris Schlameuss", email: "schlameuss@lnx.corp.example" }],
    // One mailbox at another domain, the same last name, the one first name cut short (linux-pwm).
    [{ name: "Douglas Andersen", email: "dander@chrome.example" }, { name: "Doug Andersen", email: "dander@goog.example" }],
    // A role after a spaced dash; the Latin name in parentheses beside the name in another script (linux-mips).
    [{ name: "Rus Kingly", email: "rk+kernel@arm.example" }, { name: "Rus Kingly - ARM Linux admin", email: "linux@arm.example" }],
    [{ name: "周琰杰 (Zhou Yanjie)", email: "zhouyanjie@wy.example" }, { name: "Zhou Yanjie", email: "zhouyu@wy.example" }],
    // One mailbox spelling the full name at two domains, the sender's name its initials and the surname (linux-remoteproc).
    [{ name: "Shen Wang", email: "shen.wang@mail.example" }, { name: "S.J. Wang", email: "shen.wang@corp.example" }],
  ])("same person %#", (person, from) => expect(isSameIdentity(person, from)).toBe(true));

  it.each([
    [{ name: "Linus Wall", email: "linus@a.example" }, { name: "Bart Gola", email: "brgl@b.example" }],
    // A bare common local part at two domains is not enough.
    [{ name: "Ann One", email: "linux@a.example" }, { name: "Bob Two", email: "linux@b.example" }],
    [{ name: "", email: "maxime@a.example" }, { name: "", email: "mripard@b.example" }],
    [{ name: "Ann One", email: "ann@a.example" }, null],
    [{ name: "Andi Gruenbach", email: "agruen@work.example" }, { name: "Andi Grönbach", email: "andi@home.example" }],
    // Colleagues: the company's domain and a subdomain, but another mailbox or another name.
    [{ name: "Nila Jay", email: "nila@corp.example" }, { name: "Nila", email: "njay2@lnx.corp.example" }],
    [{ name: "Nila Jay", email: "nila@corp.example" }, { name: "Nils", email: "nila@lnx.corp.example" }],
    // Sibling subdomains or the same domain are no alias; an empty name needs a mailbox spelling the name.
    [{ name: "Nila Jay", email: "nila@de.corp.example" }, { name: "Nila", email: "nila@lnx.corp.example" }],
    [{ name: "Dev Ops", email: "dev@corp.example" }, { name: "", email: "dev@lnx.corp.example" }],
    [{ name: "Ann Roe", email: "ann@corp.co.example" }, { name: "Ann", email: "ann@other.co.example" }],
    // The same mailbox (spelling neither name) and last name under unrelated first names.
    [{ name: "Doug Roe", email: "dkx12@a.example" }, { name: "Dana Roe", email: "dkx12@b.example" }],
    [{ name: "周琰杰 (Zhou Yanjie)", email: "zhouyanjie@wy.example" }, { name: "Zhou Lei", email: "zl@wy.example" }],
    [{ name: "Jane Doe (Zhou Yanjie)", email: "jd@wy.example" }, { name: "Zhou Yanjie", email: "zy@wy.example" }],
    // The mailbox spells the name, but the sender's surname is another.
    [{ name: "Shen Wang", email: "shen.wang@mail.example" }, { name: "S.J. Li", email: "shen.wang@corp.example" }],
  ])("someone else %#", (person, from) => expect(isSameIdentity(person, from)).toBe(false));

  it("a reply trailer signed with a subaddress is collected and carried forward, another person's stays flagged", () => {
    const tag = (kind: string, name: string, email: string) => ({ kind, value: `${name} <${email}>`, person: { name, email }, comment: null });
    const r = attributeTrailers([
      {
        version: 1,
        cover: null,
        patches: [{ messageId: "p1", trailers: [], previousMessageId: null }],
        replies: [
          { messageId: "r1", from: { name: "Gert Example", email: "gert@m68k.example" }, inReplyTo: "p1", trailers: [tag("Reviewed-by", "Gert Example", "gert+soc@glider.example")] },
          { messageId: "r2", from: { name: "Bart Gola", email: "brgl@b.example" }, inReplyTo: "p1", trailers: [tag("Reviewed-by", "Linus Wall", "linus@a.example")] },
        ],
      },
      { version: 2, cover: null, patches: [{ messageId: "q1", trailers: [], previousMessageId: "p1" }], replies: [] },
    ]);
    expect(r.p1?.map((t) => `${t.email} ${t.status}`)).toEqual(["gert+soc@glider.example collected", "linus@a.example identity-mismatch"]);
    expect(r.q1?.map((t) => `${t.email} ${t.status}`)).toEqual(["gert+soc@glider.example dropped"]);
  });
});

// mmc S191: "for the mmc patch, feel free to add: Acked-by" on the cover went to the ACPI and iommu patches too.
describe("attributeTrailers: a cover reply's tag for one subsystem's patches", () => {
  const subjects = ["[PATCH v3 1/4] ACPI / utils: add a helper", "[PATCH v3 2/4] mmc: host: use the helper", "[PATCH v3 3/4] iommu/amd: use the helper", "[PATCH v3 4/4] dt-bindings: mmc: add a property"];
  const series = (body: string, withSubjects = true): TrailerRevisionInput[] => [{
    version: 3,
    cover: { messageId: "c" },
    patches: subjects.map((subject, i) => ({ messageId: `p${i + 1}`, trailers: [], previousMessageId: null, number: i + 1, ...(withSubjects ? { subject } : {}) })),
    replies: [{ messageId: "r", from: { name: "Ulf", email: "ulf@example.org" }, inReplyTo: "c", body }],
  }];
  const holders = (out: Record<string, AttributedTrailer[]>) => [1, 2, 3, 4].filter((n) => (out[`p${n}`] ?? []).some((t) => t.kind === "Acked-by"));

  it("goes to the patches whose subject prefix names the subsystem", () => {
    expect(holders(attributeTrailers(series("> cover\n\nIn any case, for the mmc patch, feel free to add:\n\nAcked-by: Ulf <ulf@example.org>\n")))).toEqual([2]);
    expect(holders(attributeTrailers(series("> cover\n\nFor the ACPI parts:\nAcked-by: Ulf <ulf@example.org>\n")))).toEqual([1]);
    expect(holders(attributeTrailers(series("> cover\n\nFor the DT bindings:\nAcked-by: Ulf <ulf@example.org>\n")))).toEqual([4]);
    expect(attributeTrailers(series("> cover\n\nfor the mmc patch:\nAcked-by: Ulf <ulf@example.org>\n"))["p2"]?.[0]?.patch).toBe(2);
  });

  it("stays series-wide when no patch is that subsystem's or the subjects are unknown", () => {
    expect(holders(attributeTrailers(series("> cover\n\nFor the usb patch:\nAcked-by: Ulf <ulf@example.org>\n")))).toEqual([1, 2, 3, 4]);
    expect(holders(attributeTrailers(series("> cover\n\nfor the mmc patch:\nAcked-by: Ulf <ulf@example.org>\n", false)))).toEqual([1, 2, 3, 4]);
    expect(holders(attributeTrailers(series("> cover\n\nThanks for the patch!\nAcked-by: Ulf <ulf@example.org>\n")))).toEqual([1, 2, 3, 4]);
  });

  // linux-mips: "Acked-by: Palmer <...> # riscv" on a cover went to every patch, and was "dropped" on the next
  // version's non-riscv patches.
  it("goes by a comment naming the subsystem, for an ack or review, not a test", () => {
    expect(holders(attributeTrailers(series("> cover\n\nAcked-by: Ulf <ulf@example.org> # mmc\n")))).toEqual([2]);
    expect(holders(attributeTrailers(series("> cover\n\nAcked-by: Ulf <ulf@example.org> (for the ACPI parts)\n")))).toEqual([1]);
    expect(holders(attributeTrailers(series("> cover\n\nAcked-by: Ulf <ulf@example.org> # arch/usb\n")))).toEqual([1, 2, 3, 4]);
    const tested = attributeTrailers(series("> cover\n\nTested-by: Ulf <ulf@example.org> # mmc\n"));
    expect([1, 2, 3, 4].filter((n) => (tested[`p${n}`] ?? []).some((t) => t.kind === "Tested-by"))).toEqual([1, 2, 3, 4]);
  });
});

// edac S976/S815: "Aside from the comments for patches 5 & 6, the others LGTM." and "For Patch 2: "<title>",
// please include below tags" put the tag on every patch.
describe("attributeTrailers: a cover reply's tag for all patches but some, or for one patch's block", () => {
  const subjects = ["[PATCH v7 1/4] widget: add a helper", "[PATCH v7 2/4] widget: use the helper", "[PATCH v7 3/4] widget: drop the old code", "[PATCH v7 4/4] widget: document it"];
  const series = (body: string): TrailerRevisionInput[] => [{
    version: 7,
    cover: { messageId: "c" },
    patches: subjects.map((subject, i) => ({ messageId: `p${i + 1}`, trailers: [], previousMessageId: null, number: i + 1, subject })),
    replies: [{ messageId: "r", from: { name: "Kim", email: "kim@example.org" }, inReplyTo: "c", body }],
  }];
  const holders = (out: Record<string, AttributedTrailer[]>, kind = "Reviewed-by") => [1, 2, 3, 4].filter((n) => (out[`p${n}`] ?? []).some((t) => t.kind === kind));

  it("leaves out the patches an 'aside from / except' lead-in names", () => {
    expect(holders(attributeTrailers(series("> cover\n\nAside from the comments for patches 2 & 3, the others LGTM.\n\n    Reviewed-by: Kim <kim@example.org>\n")))).toEqual([1, 4]);
    expect(holders(attributeTrailers(series("> cover\n\nFor all patches but patch 4/4,\nReviewed-by: Kim <kim@example.org>\n")))).toEqual([1, 2, 3]);
    // A number the posting has not: the scope is unknown, the tag stays series-wide.
    expect(holders(attributeTrailers(series("> cover\n\nExcept for patches 5 and 6, the series looks good.\nReviewed-by: Kim <kim@example.org>\n")))).toEqual([1, 2, 3, 4]);
  });

  it("gives a 'For Patch N: \"title\", please include' block's tags to patch N", () => {
    const body = '> cover\n\nFor Patch 2: "widget: use the helper", Please include below tags\n\nTested-by: Kim <kim@example.org>\n\nFor Patch 3: "widget: drop the\nold code" Please include below tag\nTested-by: Kim <kim@example.org>\n';
    const out = attributeTrailers(series(body));
    expect(holders(out, "Tested-by")).toEqual([2, 3]);
    expect(out["p2"]?.filter((t) => t.kind === "Tested-by").length).toBe(1);
  });
});

// selinux S1665/S877: "For these five patches:" / "For this series:" answering 1/5 put the ack on 1/5 only.
describe("attributeTrailers: a patch reply's tag for the whole series", () => {
  const subjects = ["[PATCH v2 1/3] widget: add a helper", "[PATCH v2 2/3] widget: use the helper", "[PATCH v2 3/3] widget: drop the old code"];
  const series = (body: string, replyTo = "p1", withSubjects = true): TrailerRevisionInput[] => [{
    version: 2,
    cover: null,
    patches: subjects.map((subject, i) => ({ messageId: `p${i + 1}`, trailers: [], previousMessageId: null, number: i + 1, ...(withSubjects ? { subject } : {}) })),
    replies: [{ messageId: "r", from: { name: "Jo", email: "jo@example.org" }, inReplyTo: replyTo, body }],
  }];
  const holders = (out: Record<string, AttributedTrailer[]>) => [1, 2, 3].filter((n) => (out[`p${n}`] ?? []).some((t) => t.kind === "Acked-by" && t.source === "reply"));

  it("a count equal to the posting's N, or words naming the series, give the tag to every patch", () => {
    expect(holders(attributeTrailers(series("> +code\n\nFor these three patches:\nAcked-by: Jo <jo@example.org>\n")))).toEqual([1, 2, 3]);
    expect(holders(attributeTrailers(series("> +code\n\nFor all 3 patches.\n\nAcked-by: Jo <jo@example.org>\n", "p3")))).toEqual([1, 2, 3]);
    expect(holders(attributeTrailers(series("> +code\n\nFor the series:\nAcked-by: Jo <jo@example.org>\n", "p2")))).toEqual([1, 2, 3]);
    expect(holders(attributeTrailers(series("> +code\n\nThanks, the entire series looks good to me:\n\nAcked-by: Jo <jo@example.org>\n")))).toEqual([1, 2, 3]);
    // Without subjects the revision's patch count stands for N.
    expect(holders(attributeTrailers(series("> +code\n\nFor these three patches:\nAcked-by: Jo <jo@example.org>\n", "p1", false)))).toEqual([1, 2, 3]);
  });

  it("a different count, the rest of the series, or no lead-in keep the tag on the patch answered", () => {
    expect(holders(attributeTrailers(series("> +code\n\nFor these two patches:\nAcked-by: Jo <jo@example.org>\n")))).toEqual([1]);
    expect(holders(attributeTrailers(series("> +code\n\nFor both patches:\nAcked-by: Jo <jo@example.org>\n")))).toEqual([1]);
    expect(holders(attributeTrailers(series("> +code\n\nFor the rest of the series:\nAcked-by: Jo <jo@example.org>\n")))).toEqual([1]);
    expect(holders(attributeTrailers(series("> +code\n\nLooks good.\nAcked-by: Jo <jo@example.org>\n", "p2")))).toEqual([2]);
  });
});

// pdx86 S2651/S2337: "Nacked-By:" and "NAKed-by:" were listed as collected trailers.
describe("attributeTrailers: NAKs and misspelt review keys", () => {
  const rev = (version: number, replies: TrailerRevisionInput["replies"], patchTrailers: Trailer[] = []): TrailerRevisionInput => ({
    version,
    cover: null,
    patches: [{ messageId: `v${version}-1`, trailers: patchTrailers, previousMessageId: version > 1 ? `v${version - 1}-1` : null, number: 1 }],
    replies,
  });
  const tag = (kind: string): Trailer => ({ kind, value: "Al <al@example.org>", person: { name: "Al", email: "al@example.org" }, comment: null });
  const reply = (kind: string) => ({ messageId: "r", from: { name: "Al", email: "al@example.org" }, inReplyTo: "v1-1", trailers: [tag(kind)] });

  it("never collects a NAK, so no revision drops it", () => {
    for (const kind of ["Nacked-by", "Naked-by", "Nack-by"]) {
      const out = attributeTrailers([rev(1, [reply(kind)]), rev(2, [])]);
      expect([out["v1-1"], out["v2-1"]]).toEqual([[], []]);
    }
  });

  it("reads a key one typo away from a review key as that key: shown so, and not dropped when v2 spells it right", () => {
    const out = attributeTrailers([rev(1, [reply("Reviwed-by")]), rev(2, [], [tag("Reviewed-by")])]);
    expect(out["v1-1"]?.map((t) => `${t.kind} ${t.status}`)).toEqual(["Reviewed-by collected"]);
    expect(out["v2-1"]?.map((t) => `${t.kind} ${t.status}`)).toEqual(["Reviewed-by present"]);
    expect(attributeTrailers([rev(1, [reply("Ack-by")])])["v1-1"]?.map((t) => t.kind)).toEqual(["Acked-by"]);
  });
});

describe("attributeTrailers: a CI bot's tag offered for a future fix (linux-nfs audit)", () => {
  it("collects no tag that a report offers on condition of a resend or fix", () => {
    const body =
      "The CI has tested the following series\n\nand found the following issue:\nWARNING in foo_bar\n\n***\n\n" +
      "If these findings have caused you to resend the series or submit a\nseparate fix, please add the following tag to your commit message:\n" +
      "  Tested-by: ci-bot@example.com\n\n---\nThis report is generated by a bot.\n";
    const r = attributeTrailers([
      {
        version: 1,
        cover: { messageId: "c1" },
        patches: [{ messageId: "p1", trailers: [], previousMessageId: null }, { messageId: "p2", trailers: [], previousMessageId: null }],
        replies: [{ messageId: "r1", from: { name: "CI", email: "ci+x@example.com" }, body, inReplyTo: "c1" }],
      },
    ]);
    expect(r.p1).toEqual([]);
    expect(r.p2).toEqual([]);
  });
});

describe("isByAuthor: the same mailbox at another domain (linux-acpi audit)", () => {
  it("is the author under a short first name when the mailbox spells the name", () => {
    expect(isByAuthor({ name: "Mathew Writer", email: "mathieuw@example.org" }, { name: "Mat Writer", email: "mathieuw@example.com" })).toBe(true);
    expect(isByAuthor({ name: "Ann Lee", email: "linux@example.org" }, { name: "Bo Lee", email: "linux@example.com" })).toBe(false);
  });
});

// kbuild: the series author's own Reviewed-by, given to a reviewer's patch pasted in the thread below the
// cover, went to his nine patches as a review.
describe("attributeTrailers: a tag by the patch's own author or signer (kbuild audit)", () => {
  const sob = (name: string, email: string): Trailer => ({ kind: "Signed-off-by", value: `${name} <${email}>`, person: { name, email }, comment: null });
  const rb = (name: string, email: string): Trailer => ({ kind: "Reviewed-by", value: `${name} <${email}>`, person: { name, email }, comment: null });
  const mauro = { name: "Mark Author", email: "mark+work@example.org" };
  const jon = { name: "Jon Maint", email: "jon@example.net" };
  const rev: TrailerRevisionInput = {
    version: 1,
    cover: { messageId: "c" },
    patches: [
      { messageId: "p1", trailers: [sob(mauro.name, mauro.email)], previousMessageId: null, number: 1 },
      { messageId: "p2", trailers: [sob(jon.name, jon.email), sob(mauro.name, mauro.email)], previousMessageId: null, number: 2 },
      { messageId: "p3", trailers: [sob("Other Dev", "other@example.com")], previousMessageId: null, number: 3, from: { name: mauro.name, email: mauro.email } },
      { messageId: "p4", trailers: [sob("Other Dev", "other@example.com")], previousMessageId: null, number: 4 },
    ],
    replies: [
      { messageId: "j1", from: jon, inReplyTo: "c", trailers: [] },
      { messageId: "m1", from: mauro, inReplyTo: "j1", trailers: [rb(mauro.name, mauro.email)] },
      { messageId: "j2", from: jon, inReplyTo: "c", trailers: [rb(jon.name, jon.email)] },
    ],
  };

  it("collects no tag for a patch from one who signed it off or sent it", () => {
    const out = attributeTrailers([rev]);
    const tags = (id: string) => (out[id] ?? []).filter((t) => t.status !== "present").map((t) => `${t.email} ${t.status}`);
    expect(tags("p1")).toEqual(["jon@example.net collected"]);
    expect(tags("p2")).toEqual([]);
    expect(tags("p3")).toEqual(["jon@example.net collected"]);
    expect(tags("p4")).toEqual(["mark+work@example.org collected", "jon@example.net collected"]);
  });
});

// kbuild: "Assisted-by: Claude Sonnet 4.5" reworded in v5 as "Assisted-by: Cursor:claude-sonnet-4-5" was
// reported dropped; so were co-developers regrouped between versions.
describe("attributeTrailers: only review trailers can be dropped (kbuild audit)", () => {
  const t = (kind: string, value: string): Trailer => {
    const m = /^(.*?)\s*<(.*)>$/.exec(value);
    return { kind, value, person: m ? { name: m[1]!, email: m[2]! } : { name: value, email: "" }, comment: null };
  };
  it("reports a lost Reviewed-by, Acked-by or Tested-by, not a lost sign-off, credit or Assisted-by", () => {
    const v1 = [
      t("Assisted-by", "Claude Sonnet 4.5"), t("Co-developed-by", "Co Dev <co@example.org>"), t("Signed-off-by", "Co Dev <co@example.org>"),
      t("Suggested-by", "Sue <sue@example.org>"), t("Reviewed-by", "Rev <rev@example.org>"), t("Tested-by", "Tess <tess@example.org>"),
      t("Signed-off-by", "Ann <ann@example.org>"),
    ];
    const out = attributeTrailers([
      { version: 1, cover: null, patches: [{ messageId: "a1", trailers: v1, previousMessageId: null }], replies: [] },
      { version: 2, cover: null, patches: [{ messageId: "a2", trailers: [t("Assisted-by", "Cursor:claude-sonnet-4-5"), t("Signed-off-by", "Ann <ann@example.org>")], previousMessageId: "a1" }], replies: [] },
    ]);
    expect(out.a2?.filter((x) => x.status === "dropped").map((x) => x.kind)).toEqual(["Reviewed-by", "Tested-by"]);
  });
});

describe("attributeTrailers: a tag shown as an example (kbuild, s390 audits)", () => {
  const run = (from: { name: string; email: string }, body: string) =>
    attributeTrailers([{ version: 1, cover: null, patches: [{ messageId: "p1", trailers: [], previousMessageId: null }], replies: [{ messageId: "r1", from, inReplyTo: "p1", body }] }]).p1 ?? [];

  it("collects no one's tag for another person's tag shown as an example", () => {
    const body = "> quoted\n\nAnother idea the maintainer may accept is an Acked-by with a\n\"# suffix\" comment that clarifies it,\ne.g.:\n\n      Acked-by: Ned User <ned@example.org> # As primary consumer\n\nCheers,\nMig\n";
    expect(run({ name: "Mig Helper", email: "mig@example.com" }, body)).toEqual([]);
  });

  it("collects the sender's own tag shown in the form he wants", () => {
    const body = "> quoted\n\nIt's not a big deal but you might want to say something like:\n\nAcked-by: Dan Hans <dan.hans@corp.example.com> # x86 bits\n";
    expect(run({ name: "Dan Hans", email: "dan.hans@example.com" }, body).map((t) => `${t.kind} ${t.status} ${t.comment}`)).toEqual(["Acked-by collected x86 bits"]);
  });
});

// linux-mips: "Acked-by: Palmer <...> # riscv" on the v3 cover; v4 carried it on its treewide patch only, and the
// six other patches showed it "dropped".
describe("attributeTrailers: a cover tag the next version carries on some patches", () => {
  const rev = (version: number, withCover: boolean, tagged: number[]): TrailerRevisionInput => ({
    version,
    cover: withCover ? { messageId: `c${version}` } : null,
    patches: [1, 2, 3].map((n) => ({
      messageId: `v${version}-${n}`,
      number: n,
      previousMessageId: version > 1 ? `v${version - 1}-${n}` : null,
      trailers: [
        { kind: "Signed-off-by", value: "Ann <ann@example.org>", person: { name: "Ann", email: "ann@example.org" }, comment: null },
        ...(tagged.includes(n) ? [{ kind: "Acked-by", value: "Pal <pal@example.org>", person: { name: "Pal", email: "pal@example.org" }, comment: null }] : []),
      ],
    })),
    replies: version === 1 ? [{ messageId: `r${version}`, from: { name: "Pal", email: "pal@example.org" }, inReplyTo: `c${version}`, body: "> cover\n\nAcked-by: Pal <pal@example.org> # riscv\n" }] : [],
  });
  const statuses = (out: Record<string, AttributedTrailer[]>, version: number) => [1, 2, 3].map((n) => (out[`v${version}-${n}`] ?? []).filter((t) => t.kind === "Acked-by").map((t) => t.status).join());

  it("is moved, not dropped, when any patch of the next version carries it", () => {
    expect(statuses(attributeTrailers([rev(1, true, []), rev(2, true, [3])]), 2)).toEqual(["", "", "present"]);
  });

  it("is dropped when no patch carries it, or when it named no part", () => {
    expect(statuses(attributeTrailers([rev(1, true, []), rev(2, true, [])]), 2)).toEqual(["dropped", "dropped", "dropped"]);
    const plain = rev(1, true, []);
    plain.replies = [{ messageId: "r1", from: { name: "Pal", email: "pal@example.org" }, inReplyTo: "c1", body: "> cover\n\nAcked-by: Pal <pal@example.org>\n" }];
    expect(statuses(attributeTrailers([plain, rev(2, true, [3])]), 2)).toEqual(["dropped", "dropped", "present"]);
  });

  // linux-nvme: "For the widget-tcp bits,\n\nAcked-by: …" on the cover of a tree-wide series whose widget-tcp changes ride
  // in "net: add …" patches; v2 carried the ack on those alone and the other patches showed it "dropped".
  const byArea = (version: number, tagged: number[]): TrailerRevisionInput => {
    const r = rev(version, true, tagged);
    r.patches.forEach((p, i) => (p.subject = `[PATCH${version > 1 ? ` v${version}` : ""} ${i + 1}/3] net: add helper ${i + 1}`));
    if (version === 1) r.replies = [{ messageId: "r1", from: { name: "Pal", email: "pal@example.org" }, inReplyTo: "c1", body: "> cover\n\nFor the widget-tcp bits,\n\nAcked-by: Pal <pal@example.org>\n" }];
    return r;
  };

  it("is moved, not dropped, when its lead-in named a part no subject shows", () => {
    expect(statuses(attributeTrailers([byArea(1, []), byArea(2, [2, 3])]), 1)).toEqual(["collected", "collected", "collected"]);
    expect(statuses(attributeTrailers([byArea(1, []), byArea(2, [2, 3])]), 2)).toEqual(["", "present", "present"]);
    // Carried by no patch at all: dropped everywhere, as any cover tag.
    expect(statuses(attributeTrailers([byArea(1, []), byArea(2, [])]), 2)).toEqual(["dropped", "dropped", "dropped"]);
  });
});

// linux-mmc / linux-omap: a reviewer who signs the next version off, or whose Acked-by became a Reviewed-by, was
// shown "dropped"; so was the tag an author passed on in a reply ("I forgot to add the Acked-by ..."), itself
// flagged as an identity mismatch.
describe("attributeTrailers: a tag carried in another form (linux-mmc, linux-omap audits)", () => {
  const tag = (kind: string, name: string, email: string): Trailer => ({ kind, value: `${name} <${email}>`, person: { name, email }, comment: null });
  const ann = { name: "Ann Author", email: "ann@example.org" };
  const sob = tag("Signed-off-by", ann.name, ann.email);
  const two = (v1: Trailer[], v2: Trailer[], replies: TrailerRevisionInput["replies"] = []) =>
    attributeTrailers([
      { version: 1, cover: null, patches: [{ messageId: "a1", trailers: [...v1, sob], previousMessageId: null }], replies: [] },
      { version: 2, cover: null, patches: [{ messageId: "a2", trailers: [...v2, sob], previousMessageId: "a1", from: ann }], replies },
    ]).a2!.filter((t) => t.kind !== "Signed-off-by").map((t) => `${t.kind} ${t.email} ${t.status}`);

  it("is not dropped when the reviewer signs the next version off or co-developed it", () => {
    expect(two([tag("Reviewed-by", "Dan Osi", "dan@example.com")], [tag("Signed-off-by", "Dan Osi", "dan@example.com")])).toEqual([]);
    expect(two([tag("Tested-by", "Raf Bee", "raf@example.com")], [tag("Co-developed-by", "Raf Bee", "raf@example.com")])).toEqual(["Co-developed-by raf@example.com present"]);
  });

  it("is not dropped when the same person's ack is now a review, or his test inside a compound tag", () => {
    expect(two([tag("Acked-by", "Lin Wal", "lin@example.com")], [tag("Reviewed-by", "Lin Wal", "lin@example.com")])).toEqual(["Reviewed-by lin@example.com present"]);
    expect(two([tag("Tested-by", "Vic Ber", "vic@example.com")], [tag("Reported-and-tested-by", "Vic Ber", "vic@example.com")])).toEqual(["Reported-and-tested-by vic@example.com present"]);
  });

  it("is not dropped when the next version spells the review 'Reviewed--by' (linux-raid)", () => {
    expect(two([tag("Reviewed-and-tested-by", "Sol Liu", "sol@example.com")], [tag("Reviewed--by", "Sol Liu", "sol@example.com"), tag("Tested-by", "Sol Liu", "sol@example.com")])).toEqual([
      "Reviewed-by sol@example.com present", "Tested-by sol@example.com present",
    ]);
  });

  it("still drops a test the next version carries only as a review", () => {
    expect(two([tag("Tested-by", "Yo Shi", "yo@example.com")], [tag("Reviewed-by", "Yo Shi", "yo@example.com")])).toEqual([
      "Reviewed-by yo@example.com present", "Tested-by yo@example.com dropped",
    ]);
  });

  it("collects a tag of the previous version the author passes on in a reply, and flags one never given", () => {
    const rb = tag("Reviewed-by", "Avi Alt", "avi@example.com");
    const v1 = attributeTrailers([{ version: 1, cover: null, patches: [{ messageId: "a1", trailers: [sob], previousMessageId: null }], replies: [{ messageId: "r1", from: { name: "Avi Alt", email: "avi@example.com" }, inReplyTo: "a1", trailers: [rb] }] }]);
    expect(v1.a1!.map((t) => t.status)).toEqual(["present", "collected"]);
    const relay = { messageId: "r2", from: ann, inReplyTo: "a2", trailers: [rb, tag("Acked-by", "Dom Bro", "dom@example.net")] };
    const out = attributeTrailers([
      { version: 1, cover: null, patches: [{ messageId: "a1", trailers: [sob], previousMessageId: null }], replies: [{ messageId: "r1", from: { name: "Avi Alt", email: "avi@example.com" }, inReplyTo: "a1", trailers: [rb] }] },
      { version: 2, cover: null, patches: [{ messageId: "a2", trailers: [sob], previousMessageId: "a1", from: ann }], replies: [relay] },
    ]);
    expect(out.a2!.filter((t) => t.kind !== "Signed-off-by").map((t) => `${t.kind} ${t.email} ${t.status}`)).toEqual([
      "Reviewed-by avi@example.com collected", "Acked-by dom@example.net identity-mismatch",
    ]);
  });
});

describe("attributeTrailers: a tag of the previous version relayed by the maintainer (linux-i2c)", () => {
  const tag = (kind: string, name: string, email: string): Trailer => ({ kind, value: `${name} <${email}>`, person: { name, email }, comment: null });
  const ann = { name: "Ann Author", email: "ann@example.org" };
  const sob = tag("Signed-off-by", ann.name, ann.email);
  const rb = tag("Acked-by", "Pete Ros", "pete@example.se");
  const v1 = { version: 1, cover: null, patches: [{ messageId: "a1", trailers: [sob], previousMessageId: null, from: ann }], replies: [{ messageId: "r1", from: { name: "Pete Ros", email: "pete@example.se" }, inReplyTo: "a1", trailers: [rb] }] };
  const relay = (trailers: Trailer[]) => ({ version: 2, cover: null, patches: [{ messageId: "a2", trailers: [sob], previousMessageId: "a1", from: ann }], replies: [{ messageId: "r2", from: { name: "Andy Maint", email: "andy@example.org" }, inReplyTo: "a2", trailers }] });
  it("collects 'you forgot: Acked-by: Pete' when v1 got Pete's ack, and does not call it dropped", () => {
    const out = attributeTrailers([v1, relay([rb])]);
    expect(out.a2!.filter((t) => t.kind !== "Signed-off-by").map((t) => `${t.kind} ${t.email} ${t.status}`)).toEqual(["Acked-by pete@example.se collected"]);
  });
  it("still flags a tag in another's name that no earlier version got", () => {
    const out = attributeTrailers([v1, relay([rb, tag("Reviewed-by", "Dom Bro", "dom@example.net")])]);
    expect(out.a2!.filter((t) => t.kind !== "Signed-off-by").map((t) => `${t.kind} ${t.email} ${t.status}`)).toEqual([
      "Acked-by pete@example.se collected", "Reviewed-by dom@example.net identity-mismatch",
    ]);
  });
});

describe("isSameIdentity: a mistyped first name, a bare address spelling the name (linux-i2c)", () => {
  it("reads 'Aex Deucher' as Alex Deucher, not another first name", () => {
    expect(isSameIdentity({ name: "Aex Deucher", email: "alexander.deucher@example.com" }, { name: "Alex Deucher", email: "alexdeucher@example.org" })).toBe(true);
    expect(isSameIdentity({ name: "Bob Deucher", email: "bob@example.com" }, { name: "Alex Deucher", email: "alexdeucher@example.org" })).toBe(false);
    expect(isSameIdentity({ name: "Jan Li", email: "jan@example.com" }, { name: "Jon Li", email: "jon@example.org" })).toBe(false);
  });
  it("reads a bare 'tali.perry@…' as Tali Perry's, not a mailbox spelling another name", () => {
    expect(isSameIdentity({ name: "", email: "tali.perry@example.com" }, { name: "Tali Perry", email: "tali.perry1@example.org" })).toBe(true);
    expect(isSameIdentity({ name: "", email: "tali@example.com" }, { name: "Tali Perry", email: "tali.perry1@example.org" })).toBe(false);
  });
});

describe("isSameIdentity: a surname by its initials (linux-mmc)", () => {
  it("reads 'Greg KH' as 'Greg Kroah-Hartman', not another Greg", () => {
    expect(isSameIdentity({ name: "Greg Kroah-Hartman", email: "gregkh@example.org" }, { name: "Greg KH", email: "greg@example.com" })).toBe(true);
    expect(isSameIdentity({ name: "Greg Kroah-Hartman", email: "gregkh@example.org" }, { name: "Greg KS", email: "greg@example.com" })).toBe(false);
  });
});

// linux-mmc: "For SDHCI:" over Adrian Hunter's Acked-by on a cover is for the SDHCI drivers; kbuild: "For arm64:"
// over a Tested-by says where the series ran.
describe("attributeTrailers: a subsystem named alone above a cover reply's tag", () => {
  const subjects = ["[PATCH 1/3] mmc: core: x", "[PATCH 2/3] mmc: sdhci-of-arasan: y", "[PATCH 3/3] arm64: dts: z"];
  const run = (body: string) => {
    const out = attributeTrailers([{
      version: 1, cover: { messageId: "c" },
      patches: subjects.map((subject, i) => ({ messageId: `p${i + 1}`, number: i + 1, subject, trailers: [], previousMessageId: null })),
      replies: [{ messageId: "r", from: { name: "Ada Hunt", email: "ada@example.com" }, inReplyTo: "c", body }],
    }]);
    return [1, 2, 3].map((n) => (out[`p${n}`] ?? []).map((t) => t.kind).join());
  };
  it("gives an ack to the patches of that subsystem", () => {
    expect(run("> cover\n\nFor SDHCI:\n\nAcked-by: Ada Hunt <ada@example.com>\n")).toEqual(["", "Acked-by", ""]);
  });
  it("gives a test to every patch", () => {
    expect(run("> cover\n\nFor arm64:\n\nTested-by: Ada Hunt <ada@example.com>\n")).toEqual(["Tested-by", "Tested-by", "Tested-by"]);
  });
});

describe("isSameIdentity: a sender with no full name whose mailbox is built from the tag's name (linux-integrity)", () => {
  it.each([
    [{ name: "Ann Berger", email: "ann@berger.example.org" }, { name: "", email: "annb@example.com" }],
    [{ name: "Oleksii Tyshko", email: "oleksii_tyshko@example.org" }, { name: "Oleksii", email: "olektysh@example.com" }],
  ])("same person %#", (person, from) => expect(isSameIdentity(person, from)).toBe(true));
  it.each([
    [{ name: "Ann Berger", email: "ann@berger.example.org" }, { name: "", email: "ann@example.com" }],
    [{ name: "Shula Kahn", email: "skahn@example.org" }, { name: "shula", email: "shula@example.com" }],
    [{ name: "Ann Berger", email: "ann@berger.example.org" }, { name: "Bob", email: "annberger@example.com" }],
    [{ name: "John Smith", email: "js@example.org" }, { name: "", email: "joh@example.com" }],
    [{ name: "Ann Berger", email: "ab@example.org" }, { name: "Ann Other", email: "annb@example.com" }],
  ])("someone else %#", (person, from) => expect(isSameIdentity(person, from)).toBe(false));
});

describe("isSameIdentity: a full name inside the other at one domain or mailbox, a domain typed short (linux-iio)", () => {
  it.each([
    [{ name: "Stefan Pop", email: "stefan.pop@corp.example" }, { name: "Pop, Stefan Serban", email: "StefanSerban.Pop@corp.example" }],
    [{ name: "Rico Ribal", email: "ribal@a.example" }, { name: "Rico Ribal Delgado", email: "ribal@b.example" }],
    [{ name: "Barry Sung", email: "sung.bao.hua@hisi" }, { name: "Sung Bao Hua (Barry Sung)", email: "sung.bao.hua@hisi.com" }],
  ])("same person %#", (person, from) => expect(isSameIdentity(person, from)).toBe(true));
  it.each([
    // A free-mail domain says nothing; another mailbox at another domain neither.
    [{ name: "David Lee", email: "dlee@gmail.com" }, { name: "David Lee Chen", email: "dchen@gmail.com" }],
    [{ name: "Rico Riba", email: "rico@a.example" }, { name: "Rico Riba Delgado", email: "rrd@b.example" }],
    [{ name: "Ann Roe", email: "linux@hisi" }, { name: "Bob Li", email: "linux@hisi.com" }],
  ])("someone else %#", (person, from) => expect(isSameIdentity(person, from)).toBe(false));
});

describe("attributeTrailers: iio audit", () => {
  const subjects = ["[PATCH 7/9] mfd: foo: convert", "[PATCH 8/9] iio: adc: bar: convert", "[PATCH 9/9] iio: light: baz: convert"];
  const lee = { name: "Lee Jo", email: "lee@example.org" };
  const one = (body: string, from = lee, subs = subjects) =>
    attributeTrailers([{
      version: 1, cover: { messageId: "c" },
      patches: subs.map((subject, i) => ({ messageId: `p${i + 1}`, number: Number(/(\d+)\//.exec(subject)![1]), subject, trailers: [], previousMessageId: null })),
      replies: [{ messageId: "r", from, inReplyTo: "c", body }],
    }]);
  it("gives an 'Acked-for-MFD-by' on the cover to the MFD patches only", () => {
    const out = one("> cover\n\nAcked-for-MFD-by: Lee Jo <lee@example.org>\n");
    expect([1, 2, 3].map((n) => (out[`p${n}`] ?? []).length)).toEqual([1, 0, 0]);
  });
  it("gives it to none when no patch here is MFD's and the posting counts more patches than the list got", () => {
    const out = one("> cover\n\nAcked-for-MFD-by: Lee Jo <lee@example.org>\n", lee, subjects.slice(1));
    expect([1, 2].map((n) => (out[`p${n}`] ?? []).length)).toEqual([0, 0]);
  });
  it("drops someone else's tag with no address ('M. S. <...>'), not the sender's own typo", () => {
    const ms = { name: "Mar Sch", email: "mar@example.org" };
    expect(one("> x\n\nReviewed-by: Mar Sch <mar@example.org>\n\nI would order them so:\nReviewed-by: M. S. <...>\n", ms)["p1"]!.map((t) => t.status)).toEqual(["collected"]);
    expect(one("> x\n\nReviewed-by: Mar Sch <mar.sch>\n", ms)["p1"]!.map((t) => t.status)).toEqual(["collected"]);
  });
  it("reads a tag relayed from two versions back (a 'dropped' row on the previous one) as given", () => {
    const andy = { name: "Andy Shev", email: "andy@example.org" };
    const rev = (v: number, body: string | null, from = andy) => ({
      version: v, cover: { messageId: `c${v}` },
      patches: [{ messageId: `p${v}`, number: 1, subject: `[PATCH v${v} 1/1] iio: x`, trailers: [], previousMessageId: v > 1 ? `p${v - 1}` : null }],
      replies: body === null ? [] : [{ messageId: `r${v}`, from, inReplyTo: `p${v}`, body }],
    });
    const jon = { name: "Jon Cam", email: "jon@example.org" };
    const out = attributeTrailers([rev(1, "> x\n\nReviewed-by: Andy Shev <andy@example.org>\n"), rev(2, null), rev(3, "He had given a\nReviewed-by: Andy Shev <andy@example.org>\nfor v1.\n", jon)]);
    expect(out["p2"]!.map((t) => t.status)).toEqual(["dropped"]);
    expect(out["p3"]!.map((t) => t.status)).toEqual(["collected"]);
  });
  it("shows no mismatch beside the same tag its giver sent", () => {
    const dav = { name: "Dav Hei", email: "dav@example.org" };
    const jon = { name: "Jon Cam", email: "jon@example.org" };
    const out = attributeTrailers([{
      version: 1, cover: null,
      patches: [1, 2].map((n) => ({ messageId: `p${n}`, number: n, subject: `[PATCH ${n}/2] iio: x${n}`, trailers: [], previousMessageId: null })),
      replies: [
        { messageId: "rj", from: jon, inReplyTo: "p2", body: "> x\n\nCopied from patch 1:\n\nReviewed-by: Dav Hei <dav@example.org>\n" },
        { messageId: "rd", from: dav, inReplyTo: "p1", body: "> x\n\nboth patches 1 and 2:\n\nReviewed-by: Dav Hei <dav@example.org>\n" },
      ],
    }]);
    expect(out["p2"]!.map((t) => `${t.status}:${t.messageId}`)).toEqual(["collected:rd"]);
  });
});

describe("isSameIdentity: the first name one goes by, in parentheses (linux-hwmon)", () => {
  it("reads 'Chia-Lin Kao (AceLan)' as AceLan Kao, and no affiliation as a first name of another", () => {
    expect(isSameIdentity({ name: "Chia-Lin Kao (AceLan)", email: "acelan.kao@example.com" }, { name: "AceLan Kao", email: "chia-lin.kao@example.com" })).toBe(true);
    expect(isSameIdentity({ name: "Ann Roe (Intel)", email: "ann@example.com" }, { name: "Bob Roe", email: "bob@example.org" })).toBe(false);
  });
});

describe("isSameIdentity: a first name and its short form under one surname (linux-crypto)", () => {
  it("reads 'Karthikeyan Bhargavan' from Karthik Bhargavan as his, not another first name", () => {
    expect(isSameIdentity({ name: "Karthikeyan Bhargavan", email: "karthik.b@example.com" }, { name: "Karthik Bhargavan", email: "karthikeyan.b@example.org" })).toBe(true);
    expect(isSameIdentity({ name: "Karl Bhargavan", email: "karl@example.com" }, { name: "Karthik Bhargavan", email: "karthikeyan.b@example.org" })).toBe(false);
  });
});
