import { describe, expect, test } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { analyzeSeries } from "./analyze-series";
import { readMboxSummaries } from "./testing/read-mbox-summaries";
import { syntheticSummaries } from "./testing/synthetic-archive";
import type { MessageSummary } from "./types";

async function killableVma(): Promise<MessageSummary[]> {
  const all: MessageSummary[] = [];
  for (const v of [1, 2, 3]) all.push(...(await readMboxSummaries(corpusPath("lore", "killable-vma", "mbox", `v${v}-thread.mboxrd`))));
  return all;
}

const V1 = "20260209220849.2126486-1-surenb@google.com";
const v2 = (n: number): string => `20260217163250.2326001-${n + 1}-surenb@google.com`;
const v3 = (n: number): string => `20260226070609.3072570-${n + 1}-surenb@google.com`;

describe.skipIf(!haveCorpus)("analyzeSeries on lore/killable-vma v1..v3", () => {
  test.each([
    ["with the v2/v3 covers' lore links", false],
    ["through the patch title alone (body links dropped)", true],
  ])("one series with revisions 1, 2, 3 %s", async (_label, dropLinks) => {
    const summaries = (await killableVma()).map((s) => (dropLinks ? { ...s, bodyLinks: [] } : s));
    expect(summaries).toHaveLength(45);
    const a = analyzeSeries(summaries);
    expect(a.series).toHaveLength(1);
    const g = a.series[0]!;
    expect(g.title).toBe("Use killable vma write locking in most places");
    expect(g.author?.email).toBe("surenb@google.com");
    expect(g.revisions.map((r) => [r.posting.version, r.posting.key, r.posting.coverId])).toEqual([
      [1, V1, null],
      [2, v2(0), v2(0)],
      [3, v3(0), v3(0)],
    ]);
    expect(g.revisions[0]!.linkEvidence).toEqual([]);
    const firstKind = g.revisions[1]!.linkEvidence[0]!.kind;
    expect(firstKind).toBe(dropLinks ? "title-similarity" : "cites");
    if (dropLinks) expect(g.revisions[1]!.linkEvidence[0]!.detail).toContain("mm: replace vma_start_write()");

    // v2 2/3 keeps v1 1/1's title; v3 2/3 follows v2 2/3.
    const [m12, m23] = g.patchMatches;
    expect(m12!.matches.find((m) => m.number === 2)!.predecessors[0]).toMatchObject({ messageId: V1, number: 1 });
    expect(m23!.matches.find((m) => m.number === 2)!.predecessors[0]).toMatchObject({ messageId: v2(2), number: 2 });
    expect(m23!.matches.find((m) => m.number === 3)!.predecessors[0]).toMatchObject({ messageId: v2(3), number: 3 });

    // Replies are comments of their revision (v1: 3, v2: 10, v3: 23 replies in the corpus).
    expect(g.revisions.map((r) => r.posting.replyIds.length)).toEqual([3, 10, 23]);
    expect(g.revisions.map((r) => r.hasReplies)).toEqual([true, true, true]);
  });

  test("Lorenzo Stoakes' two addresses are one identity", async () => {
    const a = analyzeSeries(await killableVma());
    const lorenzo = a.identities.find((i) => i.emails.includes("ljs@kernel.org"))!;
    expect(lorenzo.emails.sort()).toEqual(["ljs@kernel.org", "lorenzo.stoakes@oracle.com"]);
    expect(a.identities.filter((i) => i.emails.length > 1)).toHaveLength(1);
  });

  test("summaries that went through JSON (dates as strings) give the same series", async () => {
    const summaries = await killableVma();
    const revived = JSON.parse(JSON.stringify(summaries)) as MessageSummary[];
    const keys = (x: MessageSummary[]) => analyzeSeries(x).series.map((g) => g.revisions.map((r) => [r.posting.key, r.posting.date?.toISOString()]));
    expect(keys(revived)).toEqual(keys(summaries));
  });

  test("the threads are the three postings' threads", async () => {
    const a = analyzeSeries(await killableVma());
    expect(a.threads.map((t) => [t.rootId, t.memberIds.length])).toEqual([
      [V1, 4],
      [v2(0), 14],
      [v3(0), 27],
    ]);
  });
});

describe("analyzeSeries at archive scale", () => {
  // How long grouping takes, on this archive at 15,000 and 60,000 summaries, is a figure of `npm run bench`.
  test("15,000 summaries: every logical series one group, its versions in order", () => {
    const a = analyzeSeries(syntheticSummaries(15_000));
    expect(a.postings.length).toBeGreaterThan(2000);
    // Every generated logical series (`s<N>v<V>-…`) becomes exactly one SeriesGroup, versions in order.
    const logical = (key: string): string => key.replace(/v\d+-.*$/, "");
    const expectedSeries = new Set(a.postings.map((p) => logical(p.key)));
    expect(a.series.length).toBe(expectedSeries.size);
    for (const g of a.series) {
      expect(new Set(g.revisions.map((r) => logical(r.posting.key))).size).toBe(1);
      expect(g.revisions.map((r) => r.posting.version)).toEqual(g.revisions.map((_, i) => i + 1));
    }
  });

  test("hostile summaries (missing fields, bad dates, odd subjects) do not crash", () => {
    const junk = [
      { messageId: "a", subject: "", from: null, date: null, inReplyTo: [], references: [], hasDiff: true },
      { messageId: "b", subject: "[PATCH 999999999/0]", from: { name: "", email: "" }, date: new Date(NaN), inReplyTo: ["a"], references: ["b"], hasDiff: true },
      { messageId: "c", subject: "Re: Re: [PATCH v0 0/0]", from: null, date: new Date(0), inReplyTo: ["c"], references: ["a", "c"], hasDiff: false },
      { messageId: "", subject: "x", from: null, date: null, inReplyTo: [], references: [], hasDiff: false },
    ] as MessageSummary[];
    const a = analyzeSeries(junk);
    expect(a.threads.flatMap((t) => t.memberIds).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("series title and patch matches across reposts", () => {
  const at = (m: number): Date => new Date(Date.UTC(2025, 0, 1) + m * 60_000);
  const mail = (id: string, subject: string, m: number, parent?: string, patchId?: string): MessageSummary => ({
    messageId: id,
    subject,
    from: { name: "Dev", email: "dev@example.org" },
    date: at(m),
    inReplyTo: parent ? [parent] : [],
    references: parent ? [parent] : [],
    hasDiff: !subject.includes(" 0/"),
    ...(patchId ? { diffFingerprint: { files: ["drivers/pwm/x.c"], patchId } } : {}),
  });

  test("a repost after cover-only reposts is matched against the latest revision with patches", () => {
    const a = analyzeSeries([
      mail("a0", "[PATCH v7 0/2] Add mt7629 pwm", 0),
      mail("a1", "[PATCH v7 1/2] pwm: add mt7629", 1, "a0", "x1"),
      mail("a2", "[PATCH v7 2/2] pwm: fix mt7628", 2, "a0", "x2"),
      // Days apart: a cover sent alone hours before the same cover with its patches is folded into that posting.
      mail("b0", "[RESEND PATCH v7 0/2] Add mt7629 pwm", 1440),
      mail("c0", "[RESEND PATCH v7 0/2] Add mt7629 pwm", 2880),
      mail("d0", "[RESEND PATCH v7 0/2] Add mt7629 pwm", 4320),
      mail("d1", "[RESEND PATCH v7 1/2] pwm: add mt7629", 4321, "d0", "x1"),
      mail("d2", "[RESEND PATCH v7 2/2] pwm: fix mt7628", 4322, "d0", "x2"),
    ]);
    expect(a.series).toHaveLength(1);
    const g = a.series[0]!;
    expect(g.revisions.map((r) => r.posting.key)).toEqual(["a0", "b0", "c0", "d0"]);
    const last = g.patchMatches[g.patchMatches.length - 1]!;
    expect(last.fromKey).toBe("a0");
    expect(last.matches.map((m) => m.predecessors[0]?.messageId)).toEqual(["a1", "a2"]);
    // The revision just before (c0) has no patches: each predecessor names the one it comes from.
    expect(last.matches.map((m) => [m.predecessors[0]?.fromKey, m.predecessors[0]?.fromVersion])).toEqual([["a0", 7], ["a0", 7]]);
  });

  test("patches a one-patch respin does not carry are matched in the full posting before it, not by a diff alone", () => {
    // The same changed lines under an unrelated title: a diff alone ties the wrong patch that far back.
    const lines = { files: ["drivers/pwm/x.c"], changedLines: ["l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8"] };
    const a = analyzeSeries([
      mail("a0", "[PATCH v7 0/4] Add foo pwm", 0),
      mail("a1", "[PATCH v7 1/4] pwm: foo: add driver", 1, "a0", "x1"),
      mail("a2", "[PATCH v7 2/4] pwm: foo: add dt binding", 2, "a0", "x2"),
      mail("a3", "[PATCH v7 3/4] pwm: foo: wire up the clock", 3, "a0", "x3"),
      { ...mail("a4", "[PATCH v7 4/4] pwm: foo: split the probe", 4, "a0"), diffFingerprint: { ...lines, patchId: "x4" } },
      mail("b2", "[PATCH v8 2/4] pwm: foo: add dt binding", 600, "a2", "y2"),
      mail("c0", "[PATCH v8 0/4] Add foo pwm", 2000),
      mail("c1", "[PATCH v8 1/4] pwm: foo: add driver", 2001, "c0", "x1"),
      mail("c2", "[PATCH v8 2/4] pwm: foo: add dt binding", 2002, "c0", "y2"),
      mail("c3", "[PATCH v8 3/4] pwm: foo: wire up the clock", 2003, "c0", "z3"),
      { ...mail("c4", "[PATCH v8 4/4] dt-bindings: document the bar clock", 2004, "c0"), diffFingerprint: { ...lines, patchId: "z4" } },
    ]);
    expect(a.series).toHaveLength(1);
    const g = a.series[0]!;
    expect(g.revisions.map((r) => r.posting.key)).toEqual(["a0", "b2", "c0"]);
    const last = g.patchMatches[g.patchMatches.length - 1]!;
    expect(last.fromKey).toBe("b2");
    expect(last.matches.map((m) => [m.predecessors[0]?.messageId, m.predecessors[0]?.fromKey, m.predecessors[0]?.fromVersion])).toEqual([
      ["a1", "a0", 7],
      ["b2", undefined, undefined],
      ["a3", "a0", 7],
      [undefined, undefined, undefined],
    ]);
  });

  test("a trailing vN in a cover title is the version when the author posted the title without it before", () => {
    const a = analyzeSeries([
      mail("a0", "[PATCH 0/2] cleanup the frob xor library", 0),
      mail("a1", "[PATCH 1/2] frob: move the xor code", 1, "a0", "x1"),
      mail("a2", "[PATCH 2/2] frob: drop the old xor code", 2, "a0", "x2"),
      // Its cover's changelog ("Changes since v1") gave the version; the title repeats it.
      { ...mail("b0", "[PATCH 0/2] cleanup the frob xor library v2", 9000), coverVersionHint: 2 },
      mail("b1", "[PATCH 1/2] frob: move the xor code", 9001, "b0", "x1"),
      mail("b2", "[PATCH 2/2] frob: drop the old xor code", 9002, "b0", "y2"),
      mail("c0", "[PATCH 0/2] add the PMIC arbiter v8", 20000),
      mail("c1", "[PATCH 1/2] pmic: add the arbiter v8 registers", 20001, "c0", "z1"),
      mail("c2", "[PATCH 2/2] pmic: add the arbiter v8 driver", 20002, "c0", "z2"),
    ]);
    const shape = a.series.map((g) => [g.title, ...g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""} ${r.posting.title}`)]);
    expect(shape).toEqual([
      ["cleanup the frob xor library", "a0 v1? cleanup the frob xor library", "b0 v2 cleanup the frob xor library"],
      ["add the PMIC arbiter v8", "c0 v1? add the PMIC arbiter v8"],
    ]);
  });

  test("a bare cover's trailing vN over unversioned [PATCH k/N] patches threaded below it is its version", () => {
    const sent = (key: string, subject: string, at: number, ids: [string, string]) => [
      { ...mail(`${key}0`, subject, at), hasDiff: false },
      mail(`${key}1`, "[PATCH 1/2] frob: move the widget lock", at + 1, `${key}0`, ids[0]),
      mail(`${key}2`, "[PATCH 2/2] frob: drop the widget alias", at + 2, `${key}0`, ids[1]),
    ];
    const a = analyzeSeries([
      ...sent("a", "widget cleanups", 0, ["x1", "x2"]),
      ...sent("b", "widget cleanups v2", 9000, ["x1", "y2"]),
      ...sent("c", "widget cleanups v3", 18000, ["x1", "z2"]),
      // The same v3 sent again two days later: a repost of v3, not a v4.
      ...sent("d", "widget cleanups v3", 190000, ["x1", "z2"]),
      // A bare subject ending in vN with no patches below it is a plain title.
      { ...mail("e0", "the PMIC arbiter v8", 300000), hasDiff: false },
    ]);
    const shape = a.series.map((g) => [g.title, ...g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""} ${r.posting.title}`)]);
    expect(shape).toEqual([
      ["widget cleanups", "a0 v1? widget cleanups", "b0 v2 widget cleanups", "c0 v3 widget cleanups", "d0 v3 widget cleanups"],
    ]);
    expect(a.postings.find((p) => p.key === "e0")).toBeUndefined();
  });

  test("a bare cover's changelog reaching past its title's vN keeps the changelog's version", () => {
    const a = analyzeSeries([
      { ...mail("a0", "widget cleanups v2", 0), hasDiff: false, coverVersionHint: 2 },
      mail("a1", "[PATCH 1/1] frob: move the widget lock", 1, "a0", "x1"),
      // "Changes since v2" under a title still saying v2: the title was left stale.
      { ...mail("b0", "widget cleanups v2", 9000), hasDiff: false, coverVersionHint: 3 },
      mail("b1", "[PATCH 1/1] frob: move the widget lock", 9001, "b0", "y1"),
    ]);
    const shape = a.series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""} ${r.posting.title}`));
    expect(shape).toEqual([["a0 v2 widget cleanups", "b0 v3? widget cleanups"]]);
  });

  // linux-integrity: a TPM fix posted unversioned twice, again nine months later (re-sent twice with the same diff,
  // each in reply to the one before), once more with a new diff, then as "[PATCH v2]" with that same diff (twice)
  // and a v3: the author's v2 says all before it were v1.
  test("unversioned postings followed by the author's v2 are all v1, not counted up past the v2", () => {
    const day = 1440;
    const fix = "tpm: fix crash caused by too frequent queries";
    const a = analyzeSeries([
      mail("p1", `[PATCH] ${fix}`, 0, undefined, "f1"),
      mail("p2", `[PATCH] ${fix}`, 12 * day, undefined, "f2"),
      mail("p3", `[PATCH] ${fix}`, 280 * day, undefined, "f3"),
      mail("p3b", `[PATCH] ${fix}`, 284 * day, "p3", "f3"),
      mail("p3c", `[PATCH] ${fix}`, 290 * day, "p3b", "f3"),
      mail("p4", `[PATCH] ${fix}`, 294 * day, "p3c", "f4"),
      mail("v2a", `[PATCH v2] ${fix}`, 297 * day, "p3c", "f4"),
      mail("v2b", `[PATCH v2] ${fix}`, 299 * day, "p3c", "f4"),
      mail("v3", `[PATCH v3] ${fix}`, 301 * day, "v2b", "f6"),
    ]);
    expect(a.series).toHaveLength(1);
    const revisions = a.series[0]!.revisions;
    expect(revisions.map((r) => r.posting.key)).toEqual(["p1", "p2", "p3", "p3b", "p3c", "p4", "v2a", "v2b", "v3"]);
    expect(revisions.map((r) => r.posting.version)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 3]);
    // Patch matches name the versions shown: no "v4" before the v2.
    expect(a.series[0]!.patchMatches.map((m) => m.fromVersion)).toEqual([1, 1, 1, 1, 1, 1, 2, 2]);
  });

  test("a patch re-sent seconds later in the thread does not rename the series", () => {
    const a = analyzeSeries([
      mail("a0", "[PATCH v16 0/2] Convert period to u64", 0),
      mail("a1", "[PATCH v16 1/2] pwm: core: use u64", 1, "a0", "y1"),
      mail("a2", "[PATCH v16 2/2] pwm: imx27: use 64-bit division", 1, "a0", "y2"),
      mail("a2b", "[PATCH v16 2/2] pwm: imx27: Use 64-bit division macro", 2, "a0", "y3"),
    ]);
    expect(a.series).toHaveLength(1);
    expect(a.series[0]!.revisions).toHaveLength(2);
    expect(a.series[0]!.title).toBe("Convert period to u64");
  });
});

describe("analyzeSeries: the commit author's in-body From:", () => {
  const at = (d: number) => new Date(Date.UTC(2025, 0, 1 + d));
  const patch = (id: string, from: { name: string; email: string }, author: { name: string; email: string } | null, d: number): MessageSummary => ({
    messageId: id, subject: `[PATCH] rtc: foo: fix the alarm ${id}`, from, date: at(d), inReplyTo: [], references: [], hasDiff: true, author,
  });

  test("a sender whose patch names him under another address is one person with it; a relayed author of another name is not", () => {
    const kk = { name: "Kay Kozlowski", email: "kay@kernel.example" };
    const a = analyzeSeries([
      patch("p1", kk, { name: "Kay Kozlowski", email: "kay.kozlowski@corp.example" }, 0),
      patch("p2", { name: "Max Maintainer", email: "max@kernel.example" }, { name: "Jo Contributor", email: "jo@example.org" }, 1),
    ]);
    expect(a.identities.find((i) => i.emails.includes("kay@kernel.example"))?.emails.sort()).toEqual(["kay.kozlowski@corp.example", "kay@kernel.example"]);
    expect(a.identities.find((i) => i.emails.includes("max@kernel.example"))?.emails).toEqual(["max@kernel.example"]);
  });
});
