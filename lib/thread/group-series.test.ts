import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { analyzeSeries, type SeriesAnalysis } from "./analyze-series";
import { readMboxSummaries, splitMbox, summarizeMessage } from "./testing/read-mbox-summaries";
import type { MessageSummary } from "./types";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "thread");

function counts(a: SeriesAnalysis): [number, number, number] {
  const roles = [...a.roleOf.values()];
  return [
    roles.filter((r) => r === "cover").length,
    roles.filter((r) => r === "patch").length,
    roles.filter((r) => r === "comment").length,
  ];
}

/** Postings as `c:1,2 v1` (c: = has a cover), in date order of their key message. */
function shapes(a: SeriesAnalysis): string[] {
  return [...a.postings]
    .sort((x, y) => (x.date?.getTime() ?? 0) - (y.date?.getTime() ?? 0) || (x.key < y.key ? -1 : 1))
    .map((p) => `${p.coverId ? "c:" : ""}${p.patches.map((x) => x.number).join(",")} v${p.version}`);
}

/** Message-ids (sorted) of each posting, for the cases where the split itself is the point. */
function idSets(a: SeriesAnalysis): string[][] {
  return a.postings
    .map((p) => [...(p.coverId ? [p.coverId] : []), ...p.patches.map((x) => x.messageId)].sort())
    .sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}

/** A hand-made message: `at` ms after `base`, threaded under `parent`, with a diff unless told otherwise. */
function summary(
  id: string,
  subject: string,
  o: { from: { name: string; email: string }; base: number; at: number; parent?: string | null; hasDiff?: boolean; diffFingerprint?: MessageSummary["diffFingerprint"] },
): MessageSummary {
  return {
    messageId: id,
    subject,
    from: o.from,
    date: new Date(o.base + o.at),
    inReplyTo: o.parent ? [o.parent] : [],
    references: o.parent ? [o.parent] : [],
    hasDiff: o.hasDiff ?? true,
    ...(o.diffFingerprint ? { diffFingerprint: o.diffFingerprint } : {}),
  };
}

const sf = (n: number): string => `1473632524-8585-${n}-git-send-email-stephenfinucane@gmail.com`;

interface Row {
  file: string;
  /** [covers, patches, comments] as patchwork counts them. */
  counts: [number, number, number];
  postings: string[];
  ids?: string[][];
  complete?: boolean[];
  titles?: string[];
}

// Every `patchwork/series/*.mbox` row of ../shared/corpus/README.md.
const table: Row[] = [
  { file: "base-cover-letter.mbox", counts: [1, 2, 0], postings: ["c:1,2 v1"], complete: [true], titles: ["A sample series"] },
  { file: "base-deep-threaded.mbox", counts: [1, 2, 0], postings: ["c:1,2 v1"] },
  { file: "base-different-versions.mbox", counts: [1, 4, 0], postings: ["c:1,2,3,4 v3"] },
  { file: "base-extra-patches.mbox", counts: [1, 3, 0], postings: ["c:1,2,3 v1"], complete: [true] },
  { file: "base-incomplete.mbox", counts: [1, 1, 0], postings: ["c:1 v1"], complete: [false] },
  { file: "base-no-cover-letter.mbox", counts: [0, 2, 0], postings: ["1,2 v1"], titles: ["test: Add some lorem ipsum"] },
  { file: "base-no-references-no-cover.mbox", counts: [1, 2, 0], postings: ["c:1,2 v1"] },
  { file: "base-no-references.mbox", counts: [0, 2, 0], postings: ["1,2 v2"] },
  { file: "base-out-of-order.mbox", counts: [1, 2, 0], postings: ["c:1,2 v1"], titles: ["A sample series"] },
  { file: "base-single-patch.mbox", counts: [0, 1, 0], postings: ["1 v1"], complete: [true] },
  { file: "bugs-mixed-versions.mbox", counts: [0, 2, 0], postings: ["1 v1", "2 v2"] },
  { file: "bugs-multiple-content-types.mbox", counts: [0, 1, 1], postings: ["1 v1"] },
  { file: "bugs-multiple-references.mbox", counts: [1, 4, 0], postings: ["c:1,2,3,4 v2"] },
  {
    file: "bugs-nocover-noversion.mbox",
    counts: [0, 4, 0],
    postings: ["1,2 v1", "1,2 v1"],
    ids: [
      ["1473632524-8585-2-git-send-email-stephenfinucane@gmail.com", "1473632524-8585-3-git-send-email-stephenfinucane@gmail.com"],
      ["1473633055-10316-2-git-send-email-stephenfinucane@gmail.com", "1473633055-10316-3-git-send-email-stephenfinucane@gmail.com"],
    ],
  },
  { file: "bugs-nocover.mbox", counts: [0, 4, 0], postings: ["1,2 v1", "1,2 v2"] },
  { file: "bugs-spamming.mbox", counts: [0, 3, 0], postings: ["1 v2", "1 v2", "1 v2"] },
  { file: "bugs-unnumbered.mbox", counts: [1, 2, 0], postings: ["c:1 v1", "1 v1"], ids: [[sf(1), sf(2)], [sf(3)]] },
  { file: "dependency-base-patch.mbox", counts: [1, 2, 0], postings: ["c:1,2 v1"] },
  { file: "mercurial-cover-letter.mbox", counts: [1, 2, 0], postings: ["c:1,2 v1"] },
  { file: "mercurial-no-cover-letter.mbox", counts: [0, 2, 0], postings: ["1,2 v1"] },
  { file: "revision-basic.mbox", counts: [2, 4, 0], postings: ["c:1,2 v1", "c:1,2 v2"] },
  { file: "revision-no-cover-letter.mbox", counts: [1, 4, 0], postings: ["c:1,2 v1", "1,2 v2"] },
  { file: "revision-out-of-order.mbox", counts: [2, 4, 0], postings: ["c:1,2 v1", "c:1,2 v2"] },
  { file: "revision-threaded-to-cover.mbox", counts: [2, 4, 0], postings: ["c:1,2 v1", "c:1,2 v2"] },
  { file: "revision-threaded-to-patch.mbox", counts: [2, 4, 0], postings: ["c:1,2 v1", "c:1,2 v2"] },
  { file: "revision-threaded-to-single-patch.mbox", counts: [0, 2, 0], postings: ["1 v1", "1 v2"] },
  {
    file: "revision-unlabeled-noreferences.mbox",
    counts: [0, 4, 0],
    postings: ["1,2 v2", "1,2 v2"],
    ids: [
      ["1495516865-17019-1-git-send-email-xiaolou4617@gmail.com", "1495517379-18456-1-git-send-email-xiaolou4617@gmail.com"],
      ["1495516865-17091-1-git-send-email-xiaolou4617@gmail.com", "1495517379-18465-1-git-send-email-xiaolou4617@gmail.com"],
    ],
  },
  { file: "revision-unlabeled.mbox", counts: [2, 4, 0], postings: ["c:1,2 v1", "c:1,2 v1"] },
];

describe.skipIf(!haveCorpus)("groupSeries on patchwork's series fixtures", () => {
  test.each(table)("$file", async (row) => {
    const a = analyzeSeries(await readMboxSummaries(corpusPath("patchwork", "series", row.file)));
    expect(counts(a)).toEqual(row.counts);
    expect(shapes(a)).toEqual(row.postings);
    if (row.ids) expect(idSets(a)).toEqual(row.ids);
    if (row.complete) expect(a.postings.map((p) => p.complete)).toEqual(row.complete);
    if (row.titles) expect(a.postings.map((p) => p.title)).toEqual(row.titles);
  });

  test("the table covers every series mbox", async () => {
    const { readdirSync } = await import("node:fs");
    const files = readdirSync(corpusPath("patchwork", "series")).filter((f) => f.endsWith(".mbox")).sort();
    expect(table.map((r) => r.file).sort()).toEqual(files);
  });

  test.each(["dependency-one-cover", "dependency-one-first-patch", "dependency-multi", "dependency-multi-2"])(
    "%s template: its own posting, and Depends-on is no revision link",
    async (name) => {
      const base = await readMboxSummaries(corpusPath("patchwork", "series", "dependency-base-patch.mbox"));
      const baseCover = "20240610210912.161735-1-ahassick@iol.unh.edu";
      const text = readFileSync(corpusPath("patchwork", "series", `${name}.mbox.template`), "utf8").replace(
        /\{depends_token(?:_\d)?\}/g,
        `https://lore.kernel.org/all/${baseCover}/`,
      );
      const dependent: MessageSummary[] = [];
      for (const raw of splitMbox(text)) {
        const s = await summarizeMessage(raw);
        if (s) dependent.push(s);
      }
      // Pretend the dependent series is a v2 so that only the Depends-on guard keeps them apart.
      const a = analyzeSeries([...base, ...dependent.map((s) => ({ ...s, subject: s.subject.replace("v1", "v2") }))]);
      expect(shapes(a)).toEqual(["c:1,2 v1", "c:1,2 v2"]);
      expect(a.series).toHaveLength(2);
    },
  );
});

describe.skipIf(!haveCorpus)("b4's naked cover letter rule", () => {
  test("a root by the patch author with no prefix and no diffstat is the cover", async () => {
    const a = analyzeSeries(await readMboxSummaries(corpusPath("b4", "naked-cover-single.mbox")));
    expect(a.postings).toHaveLength(1);
    expect(a.postings[0]!.coverId).toBe("20221025-widget-v1-0-author@example.org");
    expect(a.postings[0]!.title).toBe("do a thing to the widget subsystem");
    expect(a.postings[0]!.patches.map((p) => p.messageId)).toEqual(["20221025-widget-v1-1-author@example.org"]);
  });

  test("a bug report by someone else is not a cover", async () => {
    const a = analyzeSeries(await readMboxSummaries(corpusPath("b4", "naked-cover-bugreport.mbox")));
    expect(a.postings).toHaveLength(1);
    expect(a.postings[0]!.coverId).toBeNull();
    expect(a.roleOf.get("20221025-bugreport-widget@example.com")).toBe("other");
  });
});

interface FixtureExpectation {
  counts: [number, number, number];
  postings: { key: string; coverId: string | null; patches: string[]; version: number; complete: boolean; replies: number }[];
  roles: Record<string, string>;
}

describe("groupSeries on our own fixtures", () => {
  // discussion-diffs: io-uring/leds/hwmon threads where a reply under a new subject, a question's answer
  // or a bot notice (stable's FAILED, "Applied ... to the tree") carries a diff: none is a posting.
  // stale-files-and-quotes (erofs): a stale `[PATCH v3]` file swept into a v8 send run is a comment of the
  // v8 posting, a run's extra file of a higher version stays a posting, an Outlook reply quoting the patch
  // under its own subject is a comment.
  test.each(["unthreaded-window", "reply-to-other-series", "discussion-diffs", "stale-files-and-quotes"])("%s", async (name) => {
    const a = analyzeSeries(await readMboxSummaries(join(fixtures, `${name}.mbox`)));
    const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), "utf8")) as FixtureExpectation;
    expect(counts(a)).toEqual(expected.counts);
    const got = a.postings
      .map((p) => ({
        key: p.key,
        coverId: p.coverId,
        patches: p.patches.map((x) => x.messageId),
        version: p.version,
        complete: p.complete,
        replies: p.replyIds.length,
      }))
      .sort((x, y) => (x.key < y.key ? -1 : 1));
    expect(got).toEqual([...expected.postings].sort((x, y) => (x.key < y.key ? -1 : 1)));
    expect(Object.fromEntries([...a.roleOf].sort())).toEqual(expected.roles);
  });

  test("arrival order does not change the grouping", async () => {
    const s = await readMboxSummaries(join(fixtures, "reply-to-other-series.mbox"));
    const forward = idSets(analyzeSeries(s));
    const backward = idSets(analyzeSeries([...s].reverse()));
    expect(backward).toEqual(forward);
  });
});

describe("groupSeries: what is not a patch, and a miscounted cover", () => {
  const t0 = Date.UTC(2025, 2, 1);
  const m = (id: string, subject: string, o: { from?: string; at?: number; parent?: string; diff?: boolean } = {}): MessageSummary => ({
    messageId: id,
    subject,
    from: { name: "", email: o.from ?? "dev@example.org" },
    date: new Date(t0 + (o.at ?? 0) * 1000),
    inReplyTo: o.parent ? [o.parent] : [],
    references: o.parent ? [o.parent] : [],
    hasDiff: o.diff ?? false,
  });

  test("a build robot's [tree:branch n/N] report is no patch; with a diff neither", () => {
    const a = analyzeSeries([
      m("r1", "[widget:widget-next 2/11] drivers/widget/core.c:1949:14: error: 'data' undeclared", { from: "robot@example.org" }),
      m("r2", "[linux-next:master] [widget/core] 21c38a3bd4: perf -17.7% regression", { from: "robot@example.org", diff: true }),
    ]);
    expect(a.postings).toHaveLength(0);
    expect(a.roleOf.get("r1")).toBe("other");
    expect(a.roleOf.get("r2")).toBe("other");
  });

  // gpio: tip-bot2's `[irqchip: irq/irqchip-next] title` commit notice, with the applied diff, under the patch.
  test("a commit bot's [tree: branch] notice carrying the applied diff is no posting", () => {
    const a = analyzeSeries([
      m("p1", "[PATCH 1/2] irqchip/qcom-pdc: Switch to IRQCHIP_PLATFORM_DRIVER", { diff: true }),
      m("p2", "[PATCH 2/2] firmware: QCOM_SCM: Allow qcom_scm driver to be loadable", { at: 1, parent: "p1", diff: true }),
      m("n1", "[irqchip: irq/irqchip-next] irqchip/qcom-pdc: Switch to IRQCHIP_PLATFORM_DRIVER", { from: "bot@example.org", at: 9000, parent: "p1", diff: true }),
      m("n2", "[sched: sched/core] sched: unrelated applied commit", { from: "bot@example.org", at: 9500, diff: true }),
    ]);
    expect(a.postings.map((p) => p.key)).toEqual(["p1"]);
    expect(a.roleOf.get("n1")).toBe("comment");
    expect(a.roleOf.get("n2")).toBe("other");
  });

  test("a report tag before the patch prefix makes a report, even with a diff", () => {
    const a = analyzeSeries([
      m("p1", "[PATCH v2 1/2] x: frob", { diff: true }),
      m("q1", "[REGRESSION] [PATCH v2 1/2] x: frob", { from: "user@example.org", at: 60, parent: "p1", diff: true }),
    ]);
    expect(a.postings).toHaveLength(1);
    expect(a.roleOf.get("q1")).toBe("comment");
  });

  test("a diff-less answer with the patch's own subject (no Re:) is a comment", () => {
    const a = analyzeSeries([
      m("c0", "[PATCH v2 0/2] widget: add driver"),
      m("c1", "[PATCH v2 1/2] dt-bindings: widget", { at: 1, parent: "c0", diff: true }),
      m("c2", "[PATCH v2 2/2] widget: add driver", { at: 2, parent: "c0", diff: true }),
      m("c3", "[v2 2/2] widget: add driver", { at: 600, parent: "c2" }),
      m("c4", "[PATCH v2 2/2] widget: add driver", { at: 900, parent: "c2", from: "reviewer@example.org" }),
    ]);
    expect(shapes(a)).toEqual(["c:1,2 v2"]);
    expect(a.roleOf.get("c3")).toBe("comment");
    expect(a.roleOf.get("c4")).toBe("comment");
  });

  test("a diff-less mail with a patch's own subject, threaded under a reply to that patch, is a comment", () => {
    const a = analyzeSeries([
      m("t0", "[PATCH RFC 0/2] net: add a handshake upcall"),
      m("t1", "[PATCH RFC 1/2] net: add a distinct socket field", { at: 1, parent: "t0", diff: true }),
      m("t2", "[PATCH RFC 2/2] net: add the upcall", { at: 2, parent: "t0", diff: true }),
      m("t3", "Re: [PATCH RFC 1/2] net: add a distinct socket field", { at: 600, parent: "t1", from: "reviewer@example.org" }),
      m("t4", "[PATCH RFC 1/2] net: add a distinct socket field", { at: 900, parent: "t3", from: "other@example.com" }),
      // Under a reply, another title: a patch posted inside the discussion stays one.
      m("t5", "[PATCH RFC 1/2] net: another take on the socket field", { at: 950, parent: "t3", from: "other@example.com" }),
    ]);
    expect(a.roleOf.get("t4")).toBe("comment");
    expect(a.roleOf.get("t5")).toBe("patch");
    expect(shapes(a)).toEqual(["c:1,2 v1", "1 v1"]);
  });

  test("someone quoting a whole patch under its subject is a comment; picking it up as v2 is a patch", () => {
    const fp = { files: ["fs/erofs/zdata.h"], patchId: "same" };
    const a = analyzeSeries([
      { ...m("p1", "[PATCH 3/4] erofs: use folio->index", { diff: true }), diffFingerprint: fp },
      { ...m("q1", "[PATCH 3/4]  erofs: use folio->index", { from: "tester@example.cn", at: 60, parent: "p1", diff: true }), diffFingerprint: fp },
      { ...m("r1", "[PATCH v2 3/4] erofs: use folio->index", { from: "maint@example.org", at: 120, parent: "p1", diff: true }), diffFingerprint: fp },
    ]);
    expect(a.roleOf.get("q1")).toBe("comment");
    expect(a.roleOf.get("r1")).toBe("patch");
  });

  test("a cover announcing 00/3 over n/2 patches of its author keeps them, complete by their count", () => {
    const a = analyzeSeries([
      m("d0", "[PATCH v9 00/03] mm: lru lock"),
      m("d1", "[PATCH v9 01/02] mm: one", { at: 1, parent: "d0", diff: true }),
      m("d2", "[PATCH v9 02/02] mm: two", { at: 2, parent: "d1", diff: true }),
    ]);
    expect(shapes(a)).toEqual(["c:1,2 v9"]);
    expect(a.postings[0]).toMatchObject({ total: 2, complete: true });
  });

  test("a second cover's patches threaded under the first cover do not fill its numbers", () => {
    const a = analyzeSeries([
      m("e0", "[PATCH 0/1] document the tach inputs"),
      m("e1", "[PATCH 1/1] dt-bindings: fan: tach inputs", { at: 1, parent: "e0", diff: true }),
      m("f0", "[PATCH 0/2] fan: tach inputs and rpm fix", { at: 2, parent: "e0" }),
      m("f1", "[PATCH 1/2] fan: tach inputs", { at: 3, parent: "e0", diff: true }),
      m("f2", "[PATCH 2/2] fan: fix rpm", { at: 4, parent: "e0", diff: true }),
    ]);
    const e = a.postings.find((p) => p.key === "e0")!;
    expect(e.patches.map((p) => p.messageId)).toEqual(["e1"]);
    expect(e).toMatchObject({ total: 1, complete: true });
  });
});

describe("a cover that miscounted upwards", () => {
  const mail = (id: string, subject: string, at: number, parent?: string): MessageSummary => ({
    messageId: id,
    subject,
    from: { name: "Dev", email: "dev@example.org" },
    date: new Date(Date.UTC(2025, 0, 1) + at),
    inReplyTo: parent ? [parent] : [],
    references: parent ? [parent] : [],
    hasDiff: !subject.includes(" 0/"),
  });

  test("a 0/5 cover sent with patches n/6 keeps all six, the sixth included", () => {
    const msgs = [
      mail("c", "[PATCH v2 0/5] pwm: omap: dynamic period updates", 0),
      ...[1, 2, 3, 4, 5, 6].map((n) => mail(`p${n}`, `[PATCH v2 ${n}/6] pwm: omap: step ${n}`, n * 1000, "c")),
    ];
    const a = analyzeSeries(msgs);
    expect(shapes(a)).toEqual(["c:1,2,3,4,5,6 v2"]);
    expect(a.postings[0]!.total).toBe(6);
  });

  test("a later n/6 in the thread of a 0/5 cover (another sending) is not taken in", () => {
    const msgs = [
      mail("c", "[PATCH v2 0/5] pwm: omap: dynamic period updates", 0),
      ...[1, 2, 3, 4, 5].map((n) => mail(`p${n}`, `[PATCH v2 ${n}/5] pwm: omap: step ${n}`, n * 1000, "c")),
      mail("late", "[PATCH v2 6/6] pwm: omap: step 6", 3 * 24 * 3600 * 1000, "c"),
    ];
    expect(shapes(analyzeSeries(msgs))).toEqual(["c:1,2,3,4,5 v2", "6 v2"]);
  });
});

describe("groupSeries: one sending, one posting", () => {
  test("the same cover sent twice by one git-send-email run is a comment of the posting it repeats", async () => {
    const a = analyzeSeries(await readMboxSummaries(join(fixtures, "send-batch-split.mbox")));
    const first = "20250306115938.3741058-1-cid@example.com";
    const copy = "20250306115938.3741058-2-cid@example.com";
    expect(a.roleOf.get(copy)).toBe("comment");
    expect(a.postingOf.get(copy)).toBe(a.postingOf.get(first));
    expect(a.postings[a.postingOf.get(first)!]!.replyIds).toContain(copy);
  });
});

// rtc S1369/spi S10 (a bare `From: <address>` header over an in-body `From: Name <same address>`), rtc S241
// (a maintainer's RESEND of Arnd's patch) and rtc S824/S828/S839 (Mike Looijmans' RX8111 work sent from
// private addresses, each patch naming his work address in-body).
describe("groupSeries: commit authors", () => {
  const t0 = Date.UTC(2024, 0, 10);
  const DAY = 86_400;
  const m = (
    id: string,
    subject: string,
    o: { from: string; name?: string; author?: [string, string]; at?: number; parent?: string; diff?: boolean },
  ): MessageSummary => ({
    messageId: id,
    subject,
    from: { name: o.name ?? "", email: o.from },
    date: new Date(t0 + (o.at ?? 0) * 1000),
    inReplyTo: o.parent ? [o.parent] : [],
    references: o.parent ? [o.parent] : [],
    hasDiff: o.diff ?? true,
    author: o.author ? { name: o.author[0], email: o.author[1] } : null,
  });
  const seriesOf = (a: SeriesAnalysis, key: string) => a.series.find((g) => g.revisions.some((r) => r.posting.key === key));

  test("a bare From: address is named by its in-body From: line, or by the name it signs other mail with", () => {
    const a = analyzeSeries([
      m("b1", "[PATCH] rtc: widget: fix alarm", { from: "maint@example.org", author: ["Ada Maintainer", "maint@example.org"] }),
      m("b2", "[PATCH] rtc: gadget: fix leak", { from: "dev@example.com", at: 9 * DAY }),
      m("b3", "Re: [PATCH] rtc: widget: fix alarm", { from: "dev@example.com", name: "Dee Developer", at: 60, parent: "b1", diff: false }),
    ]);
    expect(seriesOf(a, "b1")!.author).toEqual({ name: "Ada Maintainer", email: "maint@example.org" });
    expect(seriesOf(a, "b2")!.author).toEqual({ name: "Dee Developer", email: "dev@example.com" });
  });

  test("a sender whose name field holds only the login is named by the real name the address goes by (input: jingle.wu)", () => {
    const a = analyzeSeries([
      m("j0", "[PATCH v2 0/2] HID: widget: report rate", { from: "jingle.wu@example.tw", name: "jingle.wu", diff: false }),
      m("j1", "[PATCH v2 1/2] HID: widget: read the rate", { from: "jingle.wu@example.tw", name: "jingle.wu", at: 1, parent: "j0" }),
      m("j2", "[PATCH v2 2/2] HID: widget: set the rate", { from: "jingle.wu@example.tw", name: "jingle.wu", at: 2, parent: "j0" }),
      m("j3", "[PATCH] HID: widget: fix a typo", { from: "jingle.wu@example.tw", name: "Jingle Wu", at: 9 * DAY }),
      m("k0", "[PATCH] HID: gadget: quirk", { from: "kim@example.tw", name: "kim", at: 10 * DAY }),
    ]);
    expect(seriesOf(a, "j0")!.author).toEqual({ name: "Jingle Wu", email: "jingle.wu@example.tw" });
    // No other name known: the login stays (better than none).
    expect(seriesOf(a, "k0")!.author).toEqual({ name: "kim", email: "kim@example.tw" });
  });

  test("a bare company relay address sending one engineer's patches under a cover is named by them (iio: inv.git-commit@tdk.com)", () => {
    const jb = ["Jean Engineer", "jean.engineer@tdk.example"] as [string, string];
    const a = analyzeSeries([
      m("r0", "[PATCH 0/2] iio: imu: widget: add FIFO", { from: "git-commit@tdk.example", diff: false }),
      m("r1", "[PATCH 1/2] iio: imu: widget: add FIFO buffer", { from: "git-commit@tdk.example", at: 1, parent: "r0", author: jb }),
      m("r2", "[PATCH 2/2] iio: imu: widget: add FIFO watermark", { from: "git-commit@tdk.example", at: 2, parent: "r0", author: jb }),
    ]);
    expect(seriesOf(a, "r0")!.author).toEqual({ name: "Jean Engineer", email: "git-commit@tdk.example" });
  });

  test("a maintainer's RESEND of someone's patch is that author's posting and series; the two stay two people", () => {
    const arnd: [string, string] = ["Arnd Bergmann", "arnd@example.de"];
    const a = analyzeSeries([
      m("a1", "[PATCH 1/2] rtc/ia64: remove legacy efirtc driver", { from: "arnd@example.de", name: "Arnd Bergmann" }),
      m("a2", "[PATCH 2/2] char: remove ia64 efirtc user", { from: "arnd@example.de", name: "Arnd Bergmann", at: 1, parent: "a1" }),
      m("r1", "[PATCH RESEND 1/2] rtc/ia64: remove legacy efirtc driver", { from: "maint@example.org", name: "Ada Maintainer", author: arnd, at: 90 * DAY }),
      m("r2", "[PATCH RESEND 2/2] char: remove ia64 efirtc user", { from: "maint@example.org", name: "Ada Maintainer", author: arnd, at: 90 * DAY + 1, parent: "r1" }),
    ]);
    const resend = a.postings.find((p) => p.key === "r1")!;
    expect(resend).toMatchObject({ authorEmail: "arnd@example.de", author: { name: "Arnd Bergmann" }, sentBy: "maint@example.org" });
    expect(seriesOf(a, "r1")!.revisions.map((r) => r.posting.key)).toEqual(["a1", "r1"]);
    const ids = a.identities.filter((i) => i.emails.includes("arnd@example.de") || i.emails.includes("maint@example.org"));
    expect(ids).toHaveLength(2);
  });

  test("patches sent from private addresses, each naming the work address in-body, are one series with the work address's", () => {
    const mike: [string, string] = ["Mike Looijmans", "mike@work.example"];
    const a = analyzeSeries([
      m("x1", "[PATCH 1/2] dt-bindings: rtc: ds1307: Add support for Epson RX8111", { from: "mike@home.example", author: mike }),
      m("x2", "[PATCH 2/2] rtc: ds1307: Add support for Epson RX8111", { from: "mike@home.example", author: mike, at: 1, parent: "x1" }),
      m("y1", "[PATCH v2 1/2] dt-bindings: rtc: ds1307: Add support for Epson RX8111", { from: "mike@hoem.example", author: mike, at: 4 * DAY }),
      m("y2", "[PATCH v2 2/2] rtc: ds1307: Add support for Epson RX8111", { from: "mike@hoem.example", author: mike, at: 4 * DAY + 1, parent: "y1" }),
      m("z1", "[PATCH v3 1/2] dt-bindings: rtc: ds1307: Add support for Epson RX8111", { from: "mike@work.example", name: "Mike Looijmans", at: 10 * DAY }),
      m("z2", "[PATCH v3 2/2] rtc: ds1307: Add support for Epson RX8111", { from: "mike@work.example", name: "Mike Looijmans", at: 10 * DAY + 1, parent: "z1" }),
    ]);
    expect(a.series).toHaveLength(1);
    expect(a.series[0]!.revisions.map((r) => [r.posting.key, r.posting.version])).toEqual([["x1", 1], ["y1", 2], ["z1", 3]]);
    expect(a.series[0]!.author).toEqual({ name: "Mike Looijmans", email: "mike@work.example" });
  });

  test("the sender's posting stays the sender's: a colleague's patch its author never posted, a cover letter, a backport", () => {
    const clark: [string, string] = ["Clark Wang", "clark@example.com"];
    const a = analyzeSeries([
      m("c1", "[PATCH] spi: imx: add 16/32 bits per word support for target mode", { from: "carlos@example.com", name: "Carlos Song", author: clark }),
      m("c2", "[PATCH v2] spi: imx: add 16/32 bits per word support for target mode", { from: "carlos@example.com", name: "Carlos Song", at: 2 * DAY }),
      m("f1", "[PATCH] rtc: widget: fix alarm", { from: "ann@example.net", name: "Ann Author", at: 3 * DAY }),
      m("g0", "[PATCH 0/1] rtc: widget fixes", { from: "sub@example.net", name: "Sam Submitter", at: 20 * DAY, diff: false }),
      m("g1", "[PATCH 1/1] rtc: widget: fix alarm", { from: "sub@example.net", name: "Sam Submitter", author: ["Ann Author", "ann@example.net"], at: 20 * DAY + 1, parent: "g0" }),
      m("s1", "[PATCH AUTOSEL 6.1 12/30] rtc: widget: fix alarm", { from: "stable@example.org", name: "Stable Bot", author: ["Ann Author", "ann@example.net"], at: 40 * DAY }),
    ]);
    expect(seriesOf(a, "c1")!.revisions.map((r) => r.posting.key)).toEqual(["c1", "c2"]);
    expect(seriesOf(a, "c1")!.author?.email).toBe("carlos@example.com");
    expect(a.postings.find((p) => p.key === "g0")!.authorEmail).toBe("sub@example.net");
    expect(a.postings.find((p) => p.key === "s1")).toMatchObject({ authorEmail: "stable@example.org" });
    expect(a.postings.find((p) => p.key === "s1")!.sentBy).toBeUndefined();
  });
});

// rtc S910 / watchdog: LKFT's test report on a 41-patch series, sent under the cover's own subject (no
// "Re:", no diff) in reply to the cover. It answers the series; it does not post a cover of its own.
describe("groupSeries: a report under the cover's own subject", () => {
  const t0 = Date.UTC(2023, 2, 4);
  const m = (id: string, subject: string, from: string, at: number, parent?: string, diff = false): MessageSummary => ({
    messageId: id,
    subject,
    from: { name: "", email: from },
    date: new Date(t0 + at * 1000),
    inReplyTo: parent ? [parent] : [],
    references: parent ? [parent] : [],
    hasDiff: diff,
  });
  const cover = "[PATCH 00/3] rtc: Convert to platform remove callback returning void";
  const posting = [
    m("c", cover, "uwe@example.org", 0),
    ...[1, 2, 3].map((n) => m(`p${n}`, `[PATCH 0${n}/3] rtc: foo${n}: Convert to platform remove callback returning void`, "uwe@example.org", n, "c", true)),
  ];

  test("someone else's diff-less mail answering the cover with its subject is a comment of that posting", () => {
    const a = analyzeSeries([...posting, m("lkft", cover, "tester@example.org", 86_400 * 10, "c")]);
    expect(a.postings.map((p) => p.key)).toEqual(["c"]);
    expect(a.roleOf.get("lkft")).toBe("comment");
    expect(a.postings[0]!.replyIds).toContain("lkft");
  });

  test("the cover's own author resending it, another version, or a mail with patches under it stays a cover", () => {
    const a = analyzeSeries([
      ...posting,
      m("again", cover, "uwe@example.org", 86_400, "c"),
      m("v2", "[PATCH v2 00/3] rtc: Convert to platform remove callback returning void", "tester@example.org", 86_400 * 2, "c"),
      m("pick", cover, "max@example.org", 86_400 * 3, "c"),
      m("pick1", "[PATCH 01/3] rtc: foo1: Convert to platform remove callback returning void", "max@example.org", 86_400 * 3 + 1, "pick", true),
    ]);
    for (const id of ["again", "v2", "pick"]) expect(a.roleOf.get(id)).toBe("cover");
  });
});

describe("groupSeries: a patman run", () => {
  // linux-iio sx9310: patman's Message-IDs share no git-send-email stem, and the author versioned each patch
  // on its own (`[PATCH 1/2]` beside `[PATCH 2/2 v5]`); the run is still one posting.
  const mail = (id: string, subject: string, at: number, parent?: string): MessageSummary =>
    summary(id, subject, { from: { name: "Daniel Campello", email: "campello@example.org" }, base: Date.UTC(2020, 2, 23), at, parent });

  test("patches of one patman run with different versions are one posting", () => {
    const first = "20200323124310.1.I6ed779cd21abf3e70f21c1562bbda81f590976ab@changeid";
    const a = analyzeSeries([
      mail(first, "[PATCH 1/2] dt-bindings: iio: Add bindings for sx9310 sensor", 0),
      mail("20200323124310.2.I1f56fe698017f22d6e825c913c256d5afc2ad69f@changeid", "[PATCH 2/2 v5] iio: Add SEMTECH SX9310/9311 sensor driver", 1000, first),
    ]);
    expect(shapes(a)).toEqual(["1,2 v1"]);
  });
});

describe("groupSeries: stgit's patchsets sent together", () => {
  // linux-ext4: "[PATCHSET 1/5] fuse2fs: better logging" numbers the patchset among five sent at once; its
  // own "[PATCH 1/2] ..." patches answer it. io-uring's "[PATCHSET REBASE 03/10] ..." mails carry diffs: patches.
  const mail = (id: string, subject: string, at: number, parent: string | null, hasDiff: boolean): MessageSummary =>
    summary(id, subject, { from: { name: "Dev Eloper", email: "dev@example.org" }, base: Date.UTC(2025, 3, 24), at, parent, hasDiff });

  test("a diff-less [PATCHSET k/N] with patches below it is their cover; with a diff it stays a patch", () => {
    const a = analyzeSeries([
      mail("100.1160047.1@stgit", "[PATCHSET 1/2] fuse2fs: better logging", 0, null, false),
      mail("101.1160047.2@stgit", "[PATCH 1/2] fuse2fs: enable runtime debugging", 1000, "100.1160047.1@stgit", true),
      mail("102.1160047.3@stgit", "[PATCH 2/2] fuse2fs: make logging consistent", 2000, "100.1160047.1@stgit", true),
      mail("200.1160289.1@stgit", "[PATCHSET 2/2] fuse2fs: better disk cache", 3000, null, false),
      mail("201.1160289.2@stgit", "[PATCH 1/1] fuse2fs: cache the superblock", 4000, "200.1160289.1@stgit", true),
      mail("300.9999.1@io", "[PATCHSET REBASE 01/02] io_uring: keep timeout", 5000, null, true),
      mail("301.9999.2@io", "[PATCHSET REBASE 02/02] io_uring: simplify io_has_work", 6000, "300.9999.1@io", true),
    ]);
    expect(a.roleOf.get("100.1160047.1@stgit")).toBe("cover");
    expect(a.roleOf.get("200.1160289.1@stgit")).toBe("cover");
    expect(a.roleOf.get("300.9999.1@io")).toBe("patch");
    expect(shapes(a)).toEqual(["c:1,2 v1", "c:1 v1", "1,2 v1"]);
    expect(a.series.map((g) => g.title).sort()).toEqual(["fuse2fs: better disk cache", "fuse2fs: better logging", "io_uring: keep timeout"]);
  });
});

describe("linking: a same-version posting touching none of the files", () => {
  // linux-ext4 S594: the fstests patch for a kernel fix, sent in the fix's thread with the same version.
  const mail = (id: string, subject: string, at: number, parent: string | null, files: string[], patchId: string): MessageSummary =>
    summary(id, subject, { from: { name: "Lukas Czerner", email: "lczerner@example.org" }, base: Date.UTC(2020, 6, 27), at, parent, diffFingerprint: { files, patchId } });

  test("is no repost of the posting it answers", () => {
    const a = analyzeSeries([
      mail("k1", "[PATCH] ext4: handle read only external journal device", 0, null, ["fs/ext4/super.c"], "p1"),
      mail("k2", "[PATCH v2] ext4: handle read only external journal device", 86_400_000, null, ["fs/ext4/super.c"], "p2"),
      mail("t2", "[PATCH v2] ext4/002: Test read-only external journal device", 86_400_000 + 60_000, "k2", ["tests/ext4/002", "tests/ext4/002.out"], "p3"),
    ]);
    const titles = a.series.map((g) => `${g.revisions.map((r) => r.posting.version).join(",")} ${g.revisions[0]!.posting.title}`).sort();
    expect(titles).toEqual(["1,2 ext4: handle read only external journal device", "2 ext4/002: Test read-only external journal device"]);
  });
});

describe("grouping: a cover and its patches sent by two commands seconds apart", () => {
  const from = { name: "Li Widget", email: "li@example.org" };
  const base = Date.UTC(2023, 4, 31);

  test("the patches join their cover even when the author posted many covers later", () => {
    const later = Array.from({ length: 40 }, (_, k) => [
      summary(`z${k}-0`, `[PATCH v1 0/1] widget: fix number ${k}`, { from, base, at: (k + 1) * 86_400_000, hasDiff: false }),
      summary(`z${k}-1`, `[PATCH v1 1/1] widget: fix number ${k}`, { from, base, at: (k + 1) * 86_400_000 + 1000, parent: `z${k}-0` }),
    ]).flat();
    const a = analyzeSeries([
      summary("c0", "[PATCH v4 0/2] widget bugfix", { from, base, at: 0, hasDiff: false }),
      summary("p1", "[PATCH v4 1/2] widget: tidy the sync loop", { from, base, at: 30_000 }),
      summary("p2", "[PATCH v4 2/2] widget: fix the recovery count", { from, base, at: 38_000 }),
      ...later,
    ]);
    expect(idSets(a).find((ids) => ids.includes("c0"))).toEqual(["c0", "p1", "p2"]);
  });
});

describe("groupSeries: stale files in one git-send-email run", () => {
  const from = { name: "Dev Eloper", email: "dev@example.org" };
  const base = Date.UTC(2025, 5, 2);
  const id = (n: number): string => `20250602101010.4242-${n}-dev@example.org`;
  const fp = (patchId: string) => ({ files: ["drivers/w/w.c"], patchId });

  test("a second copy of a number whose diff the run sends anyway is a comment of the cover, not a posting", () => {
    const a = analyzeSeries([
      summary(id(1), "[PATCH 0/4] widget: frob support", { from, base, at: 0, hasDiff: false }),
      summary(id(2), "[PATCH 1/4] dt-bindings: widget: add frob", { from, base, at: 1, parent: id(1), diffFingerprint: fp("a") }),
      summary(id(3), "[PATCH 2/4] widget: add frob", { from, base, at: 2, parent: id(1), diffFingerprint: fp("b") }),
      summary(id(4), "[PATCH 3/3] widget: enable frob on the board", { from, base, at: 3, parent: id(1), diffFingerprint: fp("d") }),
      summary(id(5), "[PATCH 3/4] dt-bindings: board: add compatible", { from, base, at: 4, parent: id(1), diffFingerprint: fp("c") }),
      summary(id(6), "[PATCH 4/4] widget: enable frob on the board", { from, base, at: 5, parent: id(1), diffFingerprint: fp("d") }),
    ]);
    expect(shapes(a)).toEqual(["c:1,2,3,4 v1"]);
    expect(a.roleOf.get(id(4))).toBe("comment");
    expect(a.postings[0]!.patches.find((x) => x.number === 3)?.messageId).toBe(id(5));
    // Two different diffs under one number both stay: no copy to drop.
    const b = analyzeSeries([
      summary(id(1), "[PATCH 0/2] widget: frob support", { from, base, at: 0, hasDiff: false }),
      summary(id(2), "[PATCH 1/2] widget: add frob", { from, base, at: 1, parent: id(1), diffFingerprint: fp("a") }),
      summary(id(3), "[PATCH 1/2] widget: add frob differently", { from, base, at: 2, parent: id(1), diffFingerprint: fp("x") }),
      summary(id(4), "[PATCH 2/2] widget: use frob", { from, base, at: 3, parent: id(1), diffFingerprint: fp("b") }),
    ]);
    expect(b.postings).toHaveLength(2);
    expect(b.roleOf.get(id(3))).toBe("patch");
  });

  test("an uncovered run's last patch counted one higher (`v5 4/4` after `v5 1/3`..`3/3`) is of the run's posting", () => {
    const a = analyzeSeries([
      summary(id(1), "[PATCH v5 1/3] widget: split the SoC data", { from, base, at: 0, diffFingerprint: fp("a") }),
      summary(id(2), "[PATCH v5 2/3] widget: program the stream id", { from, base, at: 1, parent: id(1), diffFingerprint: fp("b") }),
      summary(id(3), "[PATCH v5 3/3] widget: reset together", { from, base, at: 2, parent: id(1), diffFingerprint: fp("c") }),
      summary(id(4), "[PATCH v5 4/4] widget: use the actual clock rate", { from, base, at: 3, parent: id(1), diffFingerprint: fp("d") }),
    ]);
    expect(shapes(a)).toEqual(["1,2,3,4 v5"]);
  });

  test("unversioned leftovers sent in the run ahead of the v2 cover, number for number under the same titles, are stale files", () => {
    const titles = ["dt-bindings: widget: drop required properties", "widget: change the tuning", "board: drop unused properties"];
    const a = analyzeSeries([
      ...titles.map((t, k) => summary(id(k + 1), `[PATCH ${k + 1}/3] ${t}`, { from, base, at: k, parent: k ? id(1) : null, diffFingerprint: fp(`old${k}`) })),
      summary(id(4), "[PATCH v2 0/3] Change the widget tuning", { from, base, at: 3, parent: id(1), hasDiff: false }),
      ...titles.map((t, k) => summary(id(k + 5), `[PATCH v2 ${k + 1}/3] ${t}`, { from, base, at: 4 + k, parent: id(4), diffFingerprint: fp(`new${k}`) })),
    ]);
    expect(shapes(a)).toEqual(["c:1,2,3 v2"]);
    expect(a.roleOf.get(id(1))).toBe("comment");
  });

  test("an unnumbered patch right before 2/2 of its run, same version, is its lost 1/2 (`[[PATCH V2]] x`)", () => {
    const a = analyzeSeries([
      summary(id(1), "[[PATCH V2]] widget: change the tuning for SDR104", { from, base, at: 0, diffFingerprint: fp("a") }),
      summary(id(2), "[[PATCH V2] 2/2] widget: change the PLL setting", { from, base, at: 1, diffFingerprint: fp("b") }),
    ]);
    expect(shapes(a)).toEqual(["1,2 v2"]);
  });
});

describe("groupSeries: a mistyped number in one run; one batch queued for two release trees", () => {
  const from = { name: "Dev Eloper", email: "dev@example.org" };
  const base = Date.UTC(2025, 6, 1);
  const fp = (patchId: string) => ({ files: [`drivers/w/${patchId}.c`], patchId });

  test("a number sent twice with another diff, where the run's place of the copy is the one free number, takes that number", () => {
    const id = (n: number): string => `1700000000-4242-${n}-git-send-email-dev@example.org`;
    const titles = ["block: use the helper", "clk: use the helper", "gpu: use the helper", "media: use the helper"];
    // The 3rd patch of the run went out as "4/4" too; no "3/4".
    const numbers = [1, 2, 4, 4];
    const a = analyzeSeries([
      summary(id(1), "[PATCH V2 0/4] use the helper", { from, base, at: 0, hasDiff: false }),
      ...titles.map((t, k) => summary(id(k + 2), `[PATCH V2 ${numbers[k]}/4] ${t}`, { from, base, at: 1 + k, parent: id(1), diffFingerprint: fp(`d${k}`) })),
    ]);
    expect(shapes(a)).toEqual(["c:1,2,3,4 v2"]);
    expect(a.postings[0]!.patches.find((x) => x.number === 3)?.messageId).toBe(id(4));
  });

  test("AUTOSEL patches of two trees sent seconds apart, unthreaded, stay two postings", () => {
    const sasha = { name: "Sasha Levin", email: "sasha@example.org" };
    const run = (stem: string, tree: string, at: number, nums: number[]) =>
      nums.map((n) => summary(`${stem}-${n}-sasha@example.org`, `[PATCH AUTOSEL ${tree} ${n}/7] Input: w: fix ${n}`, { from: sasha, base, at: at + n, diffFingerprint: fp(`${tree}-${n}`) }));
    const a = analyzeSeries([...run("20231018141548.1335665", "4.19", 0, [2, 5, 6]), ...run("20231018141613.1335848", "4.14", 25_000, [1, 7])]);
    expect(idSets(a).map((ids) => ids.map((x) => x.slice(0, 22)).join(" "))).toEqual([
      "20231018141548.1335665 20231018141548.1335665 20231018141548.1335665",
      "20231018141613.1335848 20231018141613.1335848",
    ]);
  });
});

describe("groupSeries: send runs that are not what they first look like", () => {
  const from = { name: "Dev Eloper", email: "dev@example.org" };
  const base = Date.UTC(2025, 7, 4);
  const fp = (patchId: string) => ({ files: [`drivers/w/${patchId}.c`], patchId });

  test("an uncovered run's 1/2 does not join another run's 2/2 sent a minute before: two runs, two postings", () => {
    const a1 = (n: number): string => `20250804221932.15930-${n}-dev@example.org`;
    const b1 = (n: number): string => `20250804222154.16100-${n}-dev@example.org`;
    const a = analyzeSeries([
      // The first run's 1/2 went to another list: only its 2/2, threaded under the missing 1/2, is here.
      summary(a1(2), "[PATCH 2/2] widget: register the cooling device", { from, base, at: 0, parent: a1(1), diffFingerprint: fp("a2") }),
      summary(b1(1), "[PATCH 1/2] gadget: make the destroy helper static", { from, base, at: 140_000, diffFingerprint: fp("b1") }),
      summary(b1(2), "[PATCH 2/2] gadget: move the free helper to init", { from, base, at: 141_000, parent: b1(1), diffFingerprint: fp("b2") }),
    ]);
    expect(idSets(a)).toEqual([[a1(2)], [b1(1), b1(2)]]);
  });

  test("a run whose unversioned 0/2 cover went out after its v2 patches is one v2 posting with that cover", () => {
    const v1 = (n: number): string => `20250804100005.3540793-${n}-dev@example.org`;
    const v2 = (n: number): string => `20250805133248.712242-${n}-dev@example.org`;
    const day = 27 * 3600_000;
    const a = analyzeSeries([
      summary(v1(1), "[PATCH 1/2] widget: keep the core awake while reading the rate", { from, base, at: 0, diffFingerprint: fp("a") }),
      summary(v1(2), "[PATCH 2/2] acpi: read both counters together", { from, base, at: 1000, parent: v1(1), diffFingerprint: fp("b") }),
      summary(v1(3), "[PATCH 0/2] widget: accurate rate readings", { from, base, at: 2000, parent: v1(1), hasDiff: false }),
      summary(v2(1), "[PATCH v2 1/2] widget: keep the core awake while reading the rate", { from, base, at: day, diffFingerprint: fp("a2") }),
      summary(v2(2), "[PATCH v2 2/2] acpi: read both counters together", { from, base, at: day + 1000, parent: v2(1), diffFingerprint: fp("b2") }),
      summary(v2(3), "[PATCH 0/2] widget: accurate rate readings", { from, base, at: day + 2000, parent: v2(1), hasDiff: false }),
    ]);
    expect(shapes(a)).toEqual(["c:1,2 v1", "c:1,2 v2"]);
    expect(a.series).toHaveLength(1);
  });

  test("stray k/7 files of other work in a 0/5 run leave the run: the run's own k/5 keep their numbers", () => {
    const id = (n: number): string => `20250804115031.18392-${n}-dev@example.org`;
    const mails = [summary(id(1), "[PATCH v12 00/5] Add support for the frob PMIC", { from, base, at: 0, hasDiff: false })];
    // Sent in order 1/5, 3/7(stray), 02/5, 4/7(stray), 03/5, 04/5, 05/5.
    const order: [string, string][] = [
      ["[PATCH v12 01/5] dt-bindings: add frob", "p1"], ["[PATCH 3/7] capsules: aes: reduce code size", "s3"],
      ["[PATCH v12 02/5] mfd: enable frob", "p2"], ["[PATCH 4/7] capsules: sha: reduce code size", "s4"],
      ["[PATCH v12 03/5] regulator: frob: drop the mfd requirement", "p3"], ["[PATCH v12 04/5] hwmon: frob: add a driver", "p4"],
      ["[PATCH v12 05/5] ARM: dts: enable frob", "p5"],
    ];
    order.forEach(([subject, d], k) => mails.push(summary(id(k + 2), subject, { from, base, at: 1000 * (k + 1), parent: id(1), diffFingerprint: fp(d) })));
    // The stray 3/7 goes out before the run's 03/5: sent first, it would take slot 3.
    const a = analyzeSeries(mails);
    const v12 = a.postings.find((p) => p.coverId === id(1))!;
    expect(v12.patches.map((x) => `${x.number} ${x.messageId}`)).toEqual([[1, 2], [2, 4], [3, 6], [4, 7], [5, 8]].map(([n, k]) => `${n} ${id(k!)}`));
    expect(shapes(a)).toEqual(["c:1,2,3,4,5 v12", "3,4 v1"]);
  });

  test("a stray k/4 file the author posted in an earlier run is a stale file of the 0/03 run, not a posting", () => {
    const old = (n: number): string => `20250701064216.12150-${n}-dev@example.org`;
    const id = (n: number): string => `20250804105822.3685-${n}-dev@example.org`;
    const a = analyzeSeries([
      summary(old(1), "[PATCH 0/2] tty: couple of fixes", { from, base, at: 0, hasDiff: false }),
      summary(old(2), "[PATCH 1/2] tty: drop an argument", { from, base, at: 1000, parent: old(1), diffFingerprint: fp("o1") }),
      summary(old(3), "[PATCH 2/2] tty: simplify the buffer", { from, base, at: 2000, parent: old(1), diffFingerprint: fp("o2") }),
      summary(id(1), "[PATCH 00/03] tty: cleanup", { from, base, at: 30 * 86400_000, hasDiff: false }),
      summary(id(2), "[PATCH 1/2] tty: drop an argument", { from, base, at: 30 * 86400_000 + 1000, parent: id(1), diffFingerprint: fp("o1") }),
      summary(id(3), "[PATCH 01/03] tty: make the flow a bool", { from, base, at: 30 * 86400_000 + 2000, parent: id(1), diffFingerprint: fp("n1") }),
      summary(id(4), "[PATCH 2/2] tty: simplify the buffer", { from, base, at: 30 * 86400_000 + 3000, parent: id(1), diffFingerprint: fp("o2") }),
      summary(id(5), "[PATCH 02/03] tty: use the character directly", { from, base, at: 30 * 86400_000 + 4000, parent: id(1), diffFingerprint: fp("n2") }),
      summary(id(6), "[PATCH 03/03] tty: use retval", { from, base, at: 30 * 86400_000 + 5000, parent: id(1), diffFingerprint: fp("n3") }),
    ]);
    expect(shapes(a)).toEqual(["c:1,2 v1", "c:1,2,3 v1"]);
    expect(a.roleOf.get(id(2))).toBe("comment");
    expect(a.roleOf.get(id(4))).toBe("comment");
  });
});

describe("groupSeries: a mistyped number inside one uncovered run", () => {
  const from = { name: "Dev Eloper", email: "dev@example.org" };
  const base = Date.UTC(2025, 5, 12);
  const fp = (patchId: string) => ({ files: [`security/w/${patchId}.c`], patchId });

  test("the run's second mail also numbered `v2 1/2` is its 2/2: one posting, not two", () => {
    const id = (n: number): string => `20250612074456.2504-${n}-dev@example.org`;
    const a = analyzeSeries([
      summary(id(1), "[PATCH v2 1/2] lsm: make the policy notifier blocking", { from, base, at: 0, diffFingerprint: fp("a") }),
      summary(id(2), "[PATCH v2 1/2] ima: use the blocking policy notifier", { from, base, at: 1000, parent: id(1), diffFingerprint: fp("b") }),
    ]);
    expect(shapes(a)).toEqual(["1,2 v2"]);
    expect(a.series).toHaveLength(1);
  });

  test("two `1/2` copies at no number's place in their run keep their numbers", () => {
    const a1 = (n: number): string => `20250612074456.2504-${n}-dev@example.org`;
    const a = analyzeSeries([
      summary(a1(2), "[PATCH v2 1/2] lsm: make the policy notifier blocking", { from, base, at: 0, diffFingerprint: fp("a") }),
      summary(a1(3), "[PATCH v2 1/2] ima: use the blocking policy notifier", { from, base, at: 1000, diffFingerprint: fp("b") }),
    ]);
    // Neither sits at its number's place (seq 2 and 3 of an uncovered 2-patch run): no renumbering.
    expect(shapes(a).sort()).toEqual(["1 v2", "1 v2"]);
  });
});

describe("groupSeries: another change's next version swept into a run", () => {
  const from = { name: "Dev Eloper", email: "dev@example.org" };
  const base = Date.UTC(2024, 8, 3);
  const day = 24 * 3600 * 1000;
  const id = (n: number): string => `20240907031009.3591057-${n}-dev@example.org`;

  test("an unnumbered [PATCH -next v2] after the author's lone [PATCH -next] is its v2, not the cover's lost 1/3", () => {
    const cover = id(1);
    const a = analyzeSeries([
      summary("20240903143714.2004947-1-dev@example.org", "[PATCH -next] w/olpc: drop a redundant check", { from, base, at: 0 }),
      summary(cover, "[PATCH net-next v2 0/3] net: use devm_clk_get_enabled()", { from, base, at: 4 * day, hasDiff: false }),
      summary(id(2), "[PATCH -next v2] w/olpc: drop a redundant check", { from, base, at: 4 * day + 1000, parent: cover }),
      summary(id(3), "[PATCH net-next v2 2/3] net: a: use devm_clk_get_enabled()", { from, base, at: 4 * day + 2000, parent: cover }),
      summary(id(4), "[PATCH net-next v2 3/3] net: b: use devm_clk_get_enabled()", { from, base, at: 4 * day + 3000, parent: cover }),
    ]);
    expect(idSets(a)).toEqual([["20240903143714.2004947-1-dev@example.org"], [id(1), id(3), id(4)], [id(2)]]);
    expect(a.series.map((s) => s.revisions.map((r) => r.posting.key)).sort()).toEqual([
      ["20240903143714.2004947-1-dev@example.org", id(2)],
      [cover],
    ]);
  });
});

describe("groupSeries: a shared relay address", () => {
  const base = Date.UTC(2022, 0, 10);
  const day = 24 * 3600 * 1000;
  const relay = "relay.bot@example.org";
  const sent = (id: string, subject: string, at: number, name: string, author: { name: string; email: string } | null): MessageSummary =>
    ({ ...summary(id, subject, { from: { name, email: relay }, base, at }), author });

  test("a bare relay address sending several people's patches shows each patch's own author, not the name it once went by", () => {
    const a = analyzeSeries([
      sent("r1", "[PATCH] w: fix a leak", 0, "Ann Once", null),
      sent("r2", "[PATCH] w: remove a duplicate include", day, "", { name: "Lu Ru", email: "lu.ru@corp.example" }),
      sent("r3", "[PATCH] x: use div64_ul", 2 * day, "", { name: "Cheng Deng", email: "cheng.deng@corp.example" }),
      sent("r4", "[PATCH] y: use kobj_to_dev()", 3 * day, "", { name: "Ming Chi", email: "ming.chi@corp.example" }),
      sent("r5", "[PATCH] z: use kobj_to_dev()", 4 * day, "", { name: "Ming Chi", email: "ming.chi@corp.example" }),
    ]);
    const nameOf = new Map(a.postings.map((p) => [p.key, p.author?.name]));
    expect([nameOf.get("r2"), nameOf.get("r3"), nameOf.get("r4")]).toEqual(["Lu Ru", "Cheng Deng", "Ming Chi"]);
  });
});

describe("groupSeries: a version-tagged cover answering the previous version", () => {
  // selinux's libselinux series: "[V4] libselinux: drop dso.h" (no PATCH, no n/N) answers the v3 thread and
  // its "[PATCH v4 k/4]" patches, sent in the same git-send-email run, answer it.
  const author = { name: "Bill Roberts", email: "bill@example.org" };
  const mail = (id: string, subject: string, at: number, parent: string | null, hasDiff: boolean): MessageSummary =>
    summary(id, subject, { from: author, base: Date.UTC(2020, 2, 2), at, parent, hasDiff });
  const run = (n: number): string => `20200302164112.10669-${n}-bill@example.org`;
  const other = (n: number): string => `20200302170000.222-${n}-bill@example.org`;

  test("the run's first mail is the cover of the patches below it", () => {
    const a = analyzeSeries([
      mail("v3-review@example.org", "Re: [PATCH v3 1/2] dso: drop hidden_proto", 0, null, false),
      mail(run(1), "[V4] libselinux: drop dso.h", 1000, "v3-review@example.org", false),
      mail(run(2), "[PATCH v4 1/2] dso: drop hidden_proto", 2000, run(1), true),
      mail(run(3), "[PATCH v4 2/2] libselinux: drop symbols from map", 3000, run(1), true),
    ]);
    expect(a.roleOf.get(run(1))).toBe("cover");
    expect(shapes(a)).toEqual(["c:1,2 v4"]);
  });

  test("a versioned mail of another run, or one with another tag, is not made a cover", () => {
    const a = analyzeSeries([
      mail("root@example.org", "Re: [PATCH v3 1/1] dso: drop hidden_proto", 0, null, false),
      mail("note@example.org", "[V4] libselinux: a note", 1000, "root@example.org", false),
      mail(other(1), "[PATCH v4 1/1] dso: drop hidden_proto", 2000, "note@example.org", true),
    ]);
    expect(a.roleOf.get("note@example.org")).not.toBe("cover");
  });
});

describe("groupSeries: one sending whose patches name different versions", () => {
  const from = { name: "Pei Xiao", email: "pei@example.org" };
  const base = Date.UTC(2026, 4, 27, 10);
  const mail = (id: string, subject: string, at: number, parent: string | null, hasDiff = true): MessageSummary =>
    summary(id, subject, { from, base, at, parent, hasDiff });

  test("a 0/4 cover and patches under one unseen cover id, two of them bumped to v2, are one v2 posting", () => {
    // The mailer rewrote every Message-ID: the patches answer the cover's original id, which the list never got.
    const lost = "cover.1779876412.git.pei@example.org";
    const a = analyzeSeries([
      mail("q0@example.org", "[PATCH 0/4] some cleanup and fix in fan", 0, null, false),
      mail("q1@example.org", "[PATCH v2 1/4] hwmon: (fan): drop global driver data", 1000, lost),
      mail("q2@example.org", "[PATCH 2/4] hwmon: (fan): initialize EC before registering", 2000, lost),
      mail("q3@example.org", "[PATCH v2 3/4] hwmon: (fan): upgrade log level", 3000, lost),
      mail("q4@example.org", "[PATCH 4/4] hwmon: (fan): fix race on removal", 4000, lost),
    ]);
    expect(shapes(a)).toEqual(["c:1,2,3,4 v2"]);
  });

  test("a V3 3/9 sent among the V2 k/9 under the V2 cover is a patch of that V2 posting", () => {
    const cover = "c2@example.org";
    const rows = [mail(cover, "[PATCH V2 0/3] crypto/nx: enable the engine", 0, null, false)];
    rows.push(mail("p1@example.org", "[PATCH V2 1/3] powerpc/vas: init window attributes", 60_000, cover));
    rows.push(mail("p2@example.org", "[PATCH V3 2/3] powerpc/vas: add user space API", 120_000, cover));
    rows.push(mail("p3@example.org", "[PATCH V2 3/3] crypto/nx: rename file", 180_000, cover));
    expect(shapes(analyzeSeries(rows))).toEqual(["c:1,2,3 v2"]);
  });

  test("bindings `1/2 v2` and driver `2/2 v6` under one unseen parent are one posting, the driver's v6", () => {
    const lost = "lost-root@example.org";
    const a = analyzeSeries([
      mail("b1@example.org", "[PATCH 1/2 v2] dt-bindings: iio: add bindings for sx1", 0, lost),
      mail("b2@example.org", "[PATCH 2/2 v6] iio: add sx1 sensor driver", 1000, lost),
    ]);
    expect(shapes(a)).toEqual(["1,2 v6"]);
  });

  test("a v3 2/2 sent a day later under the same cover is no patch of that sending", () => {
    const cover = "c9@example.org";
    const a = analyzeSeries([
      mail(cover, "[PATCH v2 0/2] x: two fixes", 0, null, false),
      mail("d1@example.org", "[PATCH v2 1/2] x: fix a", 1000, cover),
      mail("d2@example.org", "[PATCH v3 2/2] x: fix b", 24 * 3600 * 1000, cover),
    ]);
    expect(shapes(a)).toEqual(["c:1 v2", "2 v3"]);
  });
});

describe("groupSeries: two series sent by one command under one cover", () => {
  // io-uring: the kernel `[RFC PATCH 0/1]` and `1/1` sent in one git-send-email run with the liburing patches
  // that test it, `[RFC PATCH liburing 1/2]` and `2/2`.
  const from = { name: "Keith Busch", email: "kbusch@example.org" };
  const run = (n: number): string => `20250829193935.1910175-${n}-kbusch@example.org`;
  const mail = (n: number, subject: string, hasDiff = true): MessageSummary =>
    summary(run(n), subject, { from, base: Date.UTC(2025, 7, 29), at: n * 1000, parent: n === 1 ? null : run(1), hasDiff });

  test("patches counted otherwise that make a whole series of their own leave the cover's posting", () => {
    const a = analyzeSeries([
      mail(1, "[RFC PATCH 0/1] io_uring: mixed sqe support", false),
      mail(2, "[RFC PATCH liburing 1/2] Add support for mixed sqes"),
      mail(3, "[RFC PATCH 1/1] io_uring: add support for mixed sqes"),
      mail(4, "[RFC PATCH liburing 2/2] Add nop testing for mixed sqes"),
    ]);
    expect(idSets(a)).toEqual([[run(1), run(3)], [run(2), run(4)]]);
  });

  test("one extra patch counted one higher beside the cover's whole count stays in its posting", () => {
    const a = analyzeSeries([
      mail(1, "[PATCH 0/2] x: two fixes", false),
      mail(2, "[PATCH 1/2] x: fix a"),
      mail(3, "[PATCH 2/2] x: fix b"),
      mail(4, "[PATCH 3/3] x: fix c"),
    ]);
    expect(idSets(a)).toEqual([[run(1), run(2), run(3), run(4)]]);
  });
});

describe("groupSeries: a cover naming a higher version than the patches sent with it", () => {
  const from = { name: "Herb Ert", email: "herb@example.org" };
  const base = Date.UTC(2023, 2, 6, 4);
  const mail = (id: string, subject: string, at: number, hasDiff = true): MessageSummary => summary(id, subject, { from, base, at, hasDiff });

  test("`[v6 PATCH 0/3]` over unthreaded `[v5 PATCH k/3]` files sent with it is one v6 posting", () => {
    const a = analyzeSeries([
      mail("c6@example.org", "[v6 PATCH 0/3] crypto: stm - save and restore", 0, false),
      mail("e1@example.org", "[v5 PATCH 1/3] crypto: stm - save registers", 26_000),
      mail("e2@example.org", "[v5 PATCH 2/3] crypto: stm - move polling", 28_000),
      mail("e3@example.org", "[v5 PATCH 3/3] crypto: stm - save and restore", 30_000),
    ]);
    expect(shapes(a)).toEqual(["c:1,2,3 v6"]);
  });
});

describe("groupSeries: a cover sent again alone after its sending", () => {
  const from = { name: "Nhat Ph", email: "nhat@example.org" };
  const base = Date.UTC(2026, 1, 8, 21);
  const mail = (id: string, subject: string, at: number, parent: string | null, hasDiff = true): MessageSummary =>
    summary(id, subject, { from, base, at, parent, hasDiff });

  test("the very same cover alone 40 minutes after the full sending is a comment of it, no revision", () => {
    const a = analyzeSeries([
      mail("v3c@example.org", "[PATCH v3 0/2] Virtual swap space", 0, null, false),
      mail("v3p1@example.org", "[PATCH v3 1/2] swap: add the layer", 1000, "v3c@example.org"),
      mail("v3p2@example.org", "[PATCH v3 2/2] swap: use the layer", 2000, "v3c@example.org"),
      mail("v3again@example.org", "[PATCH v3 0/2] Virtual swap space", 40 * 60_000, null, false),
    ]);
    expect(shapes(a)).toEqual(["c:1,2 v3"]);
    expect(a.roleOf.get("v3again@example.org")).toBe("comment");
  });

  test("a cover alone under another subject or days later stays its own posting", () => {
    const a = analyzeSeries([
      mail("w3c@example.org", "[PATCH v3 0/2] Virtual swap space", 0, null, false),
      mail("w3p1@example.org", "[PATCH v3 1/2] swap: add the layer", 1000, "w3c@example.org"),
      mail("w3p2@example.org", "[PATCH v3 2/2] swap: use the layer", 2000, "w3c@example.org"),
      mail("w4c@example.org", "[PATCH v4 0/2] Virtual swap space", 3 * 86400_000, null, false),
    ]);
    expect(shapes(a)).toEqual(["c:1,2 v3", "c: v4"]);
  });
});
