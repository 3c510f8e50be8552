// Grouping and linking cases found auditing lists the code was never tuned on, round 3: linux-rockchip, linux-pwm,
// linux-can (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred or relabelled). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

/** The same patch titles with every diff changed (a respin). */
const respun = (patches: [string, string][]): [string, string][] => patches.map(([t, d]) => [t, `${d}'`]);

/** A covered posting `[<tag> 0/n] title` whose patch k has the diff `<diffs[k]>`, sent at `minute`. */
function posting(key: string, tag: string, title: string, patches: [title: string, diff: string][], minute: number, files: string[]): MessageSummary[] {
  const n = patches.length;
  return [
    mail(`${key}-0`, `[${tag} 0/${n}] ${title}`, minute),
    ...patches.map(([t, diff], k) => mail(`${key}-${k + 1}`, `[${tag} ${k + 1}/${n}] ${t}`, minute + 1, { parent: `${key}-0`, diff, files })),
  ];
}

describe("a patch re-rolled alone out of a series split in parts", () => {
  const files = ["drivers/ram/frob/sdram.c", "drivers/ram/frob/sdram.h"];
  const cleanup: [string, string][] = [
    ["ram: frob: use the rank mask in training", "c1"],
    ["ram: frob: print the detected capacity", "c2"],
    ["ram: frob: detect the second rank", "c3"],
    ["ram: frob: enable the debug helpers", "c4"],
  ];
  const lpddr: [string, string][] = [
    ["ram: frob: add the lpddr4 timings", "l1"],
    ["ram: frob: add the lpddr4 rate switch", "l2"],
    ["ram: frob: set the lpddr4 odt", "l3"],
    ["ram: frob: enable lpddr4 on the boards", "l4"],
  ];
  const big = "ram: frob: add lpddr4 support";

  test("joins the part whose latest round carries it, not the more recent part whose whole round had it", () => {
    // v1 and v2 carry all eight patches; the v3 comes as two series, the rank detection part (4) first, then the
    // lpddr4 part under the old title (4) the next day. Then patches 3/4 and 4/4 of the rank part come back as v4,
    // alone. Both parts' series had those titles; only the rank part's latest round still has them.
    const s = shape([
      ...posting("a", "PATCH", big, [...cleanup, ...lpddr], 0, files),
      ...posting("b", "PATCH v2", big, respun([...cleanup, ...lpddr]), 7 * DAY, files),
      ...posting("c", "PATCH v3", "ram: frob: rank detection", cleanup.map(([t, d]) => [t, `${d}"`]), 30 * DAY, files),
      ...posting("d", "PATCH v3", big, lpddr.map(([t, d]) => [t, `${d}"`]), 31 * DAY, files),
      mail("e3", `[PATCH v4 3/4] ${cleanup[2]![0]}`, 34 * DAY, { diff: "c3-4", files }),
      mail("e4", `[PATCH v4 4/4] ${cleanup[3]![0]}`, 34 * DAY + 1, { parent: "e3", diff: "c4-4", files }),
    ]);
    expect(s.find((g) => g.includes("e3 v4"))).toEqual(["c-0 v3", "e3 v4"]);
    expect(s.find((g) => g.includes("d-0 v3"))).toEqual(["a-0 v1?", "b-0 v2", "d-0 v3"]);
  });
});

describe("a numbered round sent in reply to another of the author's patches", () => {
  const both = ["include/net/frob_sched.h", "net/sched/frob_generic.c"];
  const skip = "net: sched: frob: skip the queue for lockless qdisc";
  const stuck = "net: sched: frob: fix stuck packets for lockless qdisc";

  test("continues the author's explicit previous round under its very title, not the patch it answers", () => {
    // `[RFC v3] x` went out in reply to the author's `[PATCH net] y` (the bug it was found with), a week after their
    // `[RFC v2] x`; then `[PATCH net v2] y`. Two works: x v2, v3 and y v1, v2.
    const s = shape([
      mail("a", `[RFC v2] ${skip}`, 0, { diff: "a", files: both }),
      mail("b", `[PATCH net] ${stuck}`, 3 * DAY, { diff: "b", files: both.slice(1) }),
      mail("c", `[RFC v3] ${skip}`, 7 * DAY, { parent: "b", diff: "c", files: both }),
      mail("d", `[PATCH net v2] ${stuck}`, 9 * DAY, { diff: "d", files: both.slice(1) }),
    ]);
    expect(s).toEqual([["a v2", "c v3"], ["b v1?", "d v2"]]);
  });

  test("control: without an earlier round of its title, the thread still links it", () => {
    // The same `[RFC v3] x` in reply to `[PATCH net] y` with no `[RFC v2] x` on the list: the thread is all there is.
    const s = shape([
      mail("b", `[PATCH net] ${stuck}`, 3 * DAY, { diff: "b", files: both.slice(1) }),
      mail("c", `[RFC v3] ${skip}`, 7 * DAY, { parent: "b", diff: "c", files: both }),
    ]);
    expect(s).toEqual([["b v1?", "c v3"]]);
  });
});

describe("a release named after a development branch", () => {
  const files = ["ip/iplink_frob.c"];
  const title = "iplink_frob: tidy up and add the delay knob";
  const v5: [string, string][] = [
    ["iplink_frob: fix the ranges in print_usage()", "p1"],
    ["iplink_frob: print the prescaler", "p2"],
    ["iplink_frob: add the delay knob", "p3"],
  ];
  const v6 = respun([v5[0]!, ["iplink_frob: split print_ctrlmode()", "p4"], ...v5.slice(1)]);

  test("is where the work goes next, not a stable tree: the next version months later continues", () => {
    // `[PATCH v5 0/3] x`, then eleven weeks later `[PATCH iproute2-next 6.2 v6 0/4] x`: 6.2 is the release the tool's
    // development branch is for.
    const s = shape([...posting("a", "PATCH v5", title, v5, 0, files), ...posting("b", "PATCH iproute2-next 6.2 v6", title, v6, 80 * DAY, files)]);
    expect(s).toEqual([["a-0 v5", "b-0 v6"]]);
  });

  test("control: a bare release tag is a backport's tree, and stays apart", () => {
    const s = shape([...posting("a", "PATCH v5", title, v5, 0, files), ...posting("b", "PATCH 6.1 v6", title, v6, 80 * DAY, files)]);
    expect(s).toEqual([["a-0 v5"], ["b-0 v6"]]);
  });
});

describe("an unversioned respin weeks later, a file renamed on the way", () => {
  const title = "can: frob: cache frames to keep them in order";
  const early = ["drivers/net/can/frob/frob.c", "drivers/net/can/frob/frob.h"];
  // Between the two, the driver's frob.c was split into frob_main.c and frob_platform.c.
  const later = ["drivers/net/can/frob/frob_main.c", "drivers/net/can/frob/frob.h", "drivers/net/can/frob/frob_platform.c"];
  const first: [string, string][] = [
    ["can: frob: leave the tx path early when nothing was sent", "a1"],
    ["can: frob: use a ring for the tx objects", "a2"],
    [title, "a3"],
  ];

  test("its patch titles again link it past the chore window though the files differ", () => {
    // `[PATCH 0/3] x` and, forty days later, `[PATCH 0/4] x` with a preparatory patch added and the three again under
    // their titles: the same work (a recurring chore is one patch, not three under the same titles).
    const s = shape([
      ...posting("a", "PATCH", title, first, 0, early),
      ...posting("b", "PATCH", title, respun([["can: frob: drop the unused priv field", "b0"], ...first]), 40 * DAY, later),
    ]);
    expect(s).toEqual([["a-0 v1?", "b-0 v2?"]]);
  });

  test("control: one patch title again besides the named one is not enough over other files", () => {
    const s = shape([
      ...posting("a", "PATCH", title, first, 0, early),
      ...posting("b", "PATCH", title, respun([["can: frob: drop the unused priv field", "b0"], first[0]!, first[2]!]), 40 * DAY, later),
    ]);
    expect(s).toEqual([["a-0 v1?"], ["b-0 v1?"]]);
  });
});

describe("a pull request mailed with its patches", () => {
  const maint = "maint@example.org";
  const files = ["drivers/net/can/frob/frob_usb.c"];
  const run = (k: number) => `20240108100301.512603-${k}-${maint}`;

  test("is their cover, and no next round of the patch it carries first", () => {
    // The maintainer's own fix `[net] can: frob: fix the byte order`, a week later his pull request (`pull-request: can
    // 2024-01-08`, no brackets) with `[net 1/3]`..`[net 3/3]` in reply to it, one git-send-email run; 1/3 is that fix,
    // its Link: naming the posting it was applied from, rebased on the way. Before, the pull was a posting of its own
    // and its patches a coverless set read as the fix's second round.
    const fix = "can: frob: fix the byte order on big-endian hosts";
    const summaries = [
      mail("fix1", `[net] ${fix}`, 0, { from: maint, diff: "f", files }),
      mail(run(1), "pull-request: can 2024-01-08", 7 * DAY, { from: maint }),
      mail(run(2), `[net 1/3] ${fix}`, 7 * DAY + 1, { from: maint, parent: run(1), diff: "f'", files, links: ["fix1"] }),
      mail(run(3), "[net 2/3] can: frob: drop a stale comment", 7 * DAY + 1, { from: maint, parent: run(1), diff: "c", files, author: "dev@example.org" }),
      mail(run(4), "[net 3/3] can: frob: count the dropped frames", 7 * DAY + 1, { from: maint, parent: run(1), diff: "d", files, author: "dev@example.org" }),
    ];
    const a = analyzeSeries(summaries);
    const pull = a.series.find((g) => g.revisions.some((r) => r.posting.coverId === run(1)));
    expect(pull?.revisions.map((r) => r.posting.patches.length)).toEqual([3]);
    expect(shape(summaries)).toEqual([["fix1 v1?"], [`${run(1)} v1?`]]);
  });

  test("under a cover of its own, is no further round of the series whose patch it carries", () => {
    // `[PATCH 1/1] x`, `[PATCH v2] x`, then the maintainer's `[GIT PULL 0/1] KVM: frob: fix PSW support (for master)`
    // with `[GIT PULL 1/1] x`, the v2's very diff, its Link: naming the v2: the pull asks another tree to take it,
    // nobody reviews it again.
    const fix = "KVM: frob: fix the PSW swap handling";
    const s = shape([
      mail("a1", `[PATCH 1/1] ${fix}`, 0, { from: maint, diff: "a", files }),
      mail("b1", `[PATCH v2] ${fix}`, DAY, { from: maint, diff: "b", files }),
      mail("p0", "[GIT PULL 0/1] KVM: frob: fix PSW support (for master)", 7 * DAY, { from: maint }),
      mail("p1", `[GIT PULL 1/1] ${fix}`, 7 * DAY + 1, { from: maint, parent: "p0", diff: "b", files, links: ["b1"] }),
    ]);
    expect(s).toEqual([["a1 v1?", "b1 v2"], ["p0 v1?"]]);
  });

  test("control: `[GIT PULL v2]` over the series' own `[PATCH v2 k/n]` is the series' v2", () => {
    const t = ["clk: frob: drop the legacy lookup", "clk: frob: use the common clock framework"];
    const v2 = (k: number) => `20240110152214.1231666-${k}-${maint}`;
    const s = shape([
      mail("c0", `[PATCH 0/2] clk: frob: clean up the legacy interfaces`, 0, { from: maint }),
      ...t.map((title, k) => mail(`c${k + 1}`, `[PATCH ${k + 1}/2] ${title}`, 1, { from: maint, parent: "c0", diff: `c${k + 1}`, files })),
      mail(v2(1), "[GIT PULL v2] clk: frob: clean up the legacy interfaces", 9 * DAY, { from: maint }),
      ...t.map((title, k) => mail(v2(k + 2), `[PATCH v2 ${k + 1}/2] ${title}`, 9 * DAY + 1, { from: maint, parent: v2(1), diff: `c${k + 1}'`, files })),
    ]);
    expect(s).toEqual([["c0 v1?", `${v2(1)} v2`]]);
  });
});

describe("what was left of a round, sent again in two goes", () => {
  const files = ["arch/arm/dts/rk3399-frob.dts", "configs/frob-rk3399_defconfig"];
  const boards: [string, string][] = [
    ["rockchip: rk3399: sync the frob dtsi", "a"],
    ["rockchip: dts: rk3399: frob: use the card-detect pin", "b"],
    ["rockchip: rk3399: add the frob-neo board", "c"],
    ["rockchip: rk3399: add the frob-pro board", "d"],
  ];

  test("both parts are the next version", () => {
    // `[PATCH v7 0/4] x`; 1/4 was applied; `[PATCH v8] b` two days later, then `[PATCH v8 1/2] c` and `2/2 d` a week
    // after: every patch a v7 patch under its title, none sent at v8 before, no cover: the v8 in two goes.
    const s = shape([
      ...posting("v7", "PATCH v7", "rockchip: add the frob boards", boards, 0, files),
      mail("v8b", `[PATCH v8] ${boards[1]![0]}`, 2 * DAY, { diff: "b8", files }),
      mail("v8c", `[PATCH v8 1/2] ${boards[2]![0]}`, 9 * DAY, { diff: "c8", files }),
      mail("v8d", `[PATCH v8 2/2] ${boards[3]![0]}`, 9 * DAY + 1, { parent: "v8c", diff: "d8", files }),
    ]);
    expect(s).toEqual([["v7-0 v7", "v8b v8", "v8c v8"]]);
  });

  test("control: a part sent under a cover of its own goes on as its own series", () => {
    const s = shape([
      ...posting("v7", "PATCH v7", "rockchip: add the frob boards", boards, 0, files),
      mail("v8b", `[PATCH v8] ${boards[1]![0]}`, 2 * DAY, { diff: "b8", files }),
      ...posting("v8", "PATCH v8", "rockchip: rk3399: two more frob boards", [[boards[2]![0], "c8"], [boards[3]![0], "d8"]], 9 * DAY, files),
    ]);
    expect(s).toEqual([["v7-0 v7", "v8b v8"], ["v8-0 v8"]]);
  });
});
