// Grouping and linking cases modelled on real mis-groupings (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred), and its author. */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => [
    g.author?.email ?? "",
    ...g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`),
  ]);
}

describe("series grouping cases", () => {
  test("a cover retitled only in its markup (get_byname() -> get[_byname()]) stays one series", () => {
    const s = shape([
      mail("a0", "[PATCH v3 0/2] fix frob_irq_get_byname() returnvalue", 0),
      mail("a1", "[PATCH v3 1/2] frob: fix frob_irq_get_byname()", 1, { parent: "a0", diff: "x1", files: ["drivers/base/frob.c"] }),
      mail("a2", "[PATCH v3 2/2] i2c: smbus: frob_irq_get_byname() return value fix", 2, { parent: "a0", diff: "x2", files: ["drivers/i2c/smbus.c"] }),
      mail("b0", "[PATCH v4 0/3] fix frob_irq_get[_byname()] returnvalue", 4 * DAY),
      mail("b1", "[PATCH v4 1/3] frob: fix frob_irq_get[_byname]()", 4 * DAY + 1, { parent: "b0", diff: "y1", files: ["drivers/base/frob.c"] }),
      mail("b2", "[PATCH v4 2/3] pinctrl: relax return value check for IRQ get", 4 * DAY + 2, { parent: "b0", diff: "y2", files: ["drivers/pinctrl/a.c"] }),
      mail("b3", "[PATCH v4 3/3] iio: relax return value check for IRQ get", 4 * DAY + 3, { parent: "b0", diff: "y3", files: ["drivers/iio/b.c"] }),
    ]);
    expect(s).toEqual([["alice@example.org", "a0 v3", "b0 v4"]]);
  });

  test("a diff-less [PATCH 1/3] root with its own 1/3..3/3 threaded below is their cover letter", () => {
    const a = analyzeSeries([
      mail("20191024-1-h@example.org", "[PATCH 1/3] frob: Add partial support for the widget PMIC", 0, { from: "h@example.org" }),
      mail("20191024-2-h@example.org", "[PATCH 1/3] frob: Do not register unhandled regions", 1, { from: "h@example.org", parent: "20191024-1-h@example.org", diff: "p1" }),
      mail("20191024-3-h@example.org", "[PATCH 2/3] frob: Rename the widget driver", 1, { from: "h@example.org", parent: "20191024-1-h@example.org", diff: "p2" }),
      mail("20191024-4-h@example.org", "[PATCH 3/3] frob: Add the widget driver", 1, { from: "h@example.org", parent: "20191024-1-h@example.org", diff: "p3" }),
    ]);
    expect(a.postings).toHaveLength(1);
    const p = a.postings[0]!;
    expect(p.coverId).toBe("20191024-1-h@example.org");
    expect(p.patches.map((x) => x.messageId)).toEqual(["20191024-2-h@example.org", "20191024-3-h@example.org", "20191024-4-h@example.org"]);
    expect(p.complete).toBe(true);
    expect(a.roleOf.get("20191024-1-h@example.org")).toBe("cover");
  });

  test("a diff-less numbered mail under which another number is sent stays a patch (no twin)", () => {
    const a = analyzeSeries([
      mail("r0", "[PATCH 1/2] frob: first", 0),
      mail("r1", "[PATCH 2/2] frob: second", 1, { parent: "r0", diff: "p2" }),
    ]);
    expect(a.roleOf.get("r0")).toBe("patch");
  });

  test("per-patch (vN) title suffixes name no series version: the unversioned resend is the next revision", () => {
    const files = { files: ["kernel/rcu/update.c"] };
    const s = shape([
      mail("a0", "[PATCH v2 0/2] Harden the frob list walkers", 0),
      mail("a1", "[PATCH v2 1/2] rcu: add reader checking", 1, { parent: "a0", diff: "x1", ...files }),
      mail("a2", "[PATCH v2 2/2] acpi: use the list checking", 2, { parent: "a0", diff: "x2", ...files }),
      mail("b0", "[PATCH 0/2] Harden the frob list walkers", 3 * DAY),
      mail("b1", "[PATCH 1/2] rcu: add reader checking (v3)", 3 * DAY + 1, { parent: "b0", diff: "y1", ...files }),
      mail("b2", "[PATCH 2/2] acpi: use the list checking (v1)", 3 * DAY + 2, { parent: "b0", diff: "y2", ...files }),
    ]);
    expect(s).toEqual([["alice@example.org", "a0 v2", "b0 v3?"]]);
  });

  test("a cover whose subject is a mangled format-patch From line takes its patches' title and reposts their version", () => {
    const s = shape([
      mail("a0", "[PATCH v5 0/2] frob: Arm diagnostic dump device", 0),
      mail("a1", "[PATCH v5 1/2] frob: tables: add the dump table", 1, { parent: "a0", diff: "x1" }),
      mail("a2", "[PATCH v5 2/2] frob: add the dump device driver", 2, { parent: "a0", diff: "x2" }),
      mail("b0", "xFrom e2ebdef7c3a5e7ba998ff20bf62806c388efeaac Mon Sep 17 00:00:00 2001", 20 * DAY),
      mail("b1", "[PATCH v5 RESEND 1/2] frob: tables: add the dump table", 20 * DAY + 1, { parent: "b0", diff: "x1" }),
      mail("b2", "[PATCH v5 RESEND 2/2] frob: add the dump device driver", 20 * DAY + 2, { parent: "b0", diff: "x2" }),
    ]);
    expect(s).toEqual([["alice@example.org", "a0 v5", "b0 v5"]]);
  });

  test("a maintainer's sketch of vN sent in the author's thread is no revision of it: the author's vN follows their v6", () => {
    const bob = "bob@example.org";
    const s = shape([
      mail("v5", "[PATCH V5] frob: Add support for preserving boot configuration", 0, { diff: "x5", files: ["drivers/frob/probe.c", "drivers/frob/of.c"] }),
      mail("v6", "[PATCH V6] frob: Add support for preserving boot configuration", 10 * DAY, { parent: "v5", diff: "x6", files: ["drivers/frob/probe.c", "drivers/frob/of.c"] }),
      mail("k0", "[PATCH v7-incomplete 0/2] frob: Add support for preserving boot configuration", 13 * DAY, { from: bob, parent: "v6" }),
      mail("k1", "[PATCH v7-incomplete 1/2] frob: Move the boot config evaluation", 13 * DAY + 1, { from: bob, parent: "k0", diff: "k1", files: ["drivers/frob/probe.c"] }),
      mail("k2", "[PATCH v7-incomplete 2/2] frob: of: Add of_frob_preserve_config()", 13 * DAY + 2, { from: bob, parent: "k0", diff: "k2", files: ["drivers/frob/of.c"] }),
      mail("w0", "[PATCH V7 0/3] frob: Add support for preserving boot configuration", 30 * DAY),
      mail("w1", "[PATCH V7 1/3] frob: Move the boot config evaluation", 30 * DAY + 1, { parent: "w0", diff: "w1", files: ["drivers/frob/probe.c"] }),
      mail("w2", "[PATCH V7 2/3] frob: of: Add of_frob_preserve_config()", 30 * DAY + 2, { parent: "w0", diff: "w2", files: ["drivers/frob/of.c"] }),
      mail("w3", "[PATCH V7 3/3] frob: Use preserve_config", 30 * DAY + 3, { parent: "w0", diff: "w3", files: ["drivers/frob/probe.c"] }),
    ]);
    expect(s).toEqual([["alice@example.org", "v5 v5", "v6 v6", "w0 v7"], ["bob@example.org", "k0 v7"]]);
  });

  test("a colleague's next version keeping the author's in-body From: continues the author's series", () => {
    const bob = "bob@example.org";
    const files = ["drivers/bluetooth/btfrob.c"];
    const s = shape([
      mail("a", "[PATCH] Bluetooth: btfrob: Add support for Misty widget - 8087:0038", 0, { diff: "x1", files }),
      mail("b", "[PATCH v2] Bluetooth: btfrob: Add support for Misty widget - 8087:0038", DAY, { diff: "x2", files }),
      mail("c", "[PATCH v3] Bluetooth: Add support for Misty widget - 8087:0038", 9 * DAY, { from: bob, author: "alice@example.org", diff: "x3", files }),
    ]);
    expect(s).toEqual([["bob@example.org", "a v1?", "b v2", "c v3"]]);
  });

  test("without the in-body From: the other person's similar patch is their own series", () => {
    const bob = "bob@example.org";
    const files = ["drivers/bluetooth/btfrob.c"];
    const s = shape([
      mail("b", "[PATCH v2] Bluetooth: btfrob: Add support for Misty widget - 8087:0038", DAY, { diff: "x2", files }),
      mail("c", "[PATCH v3] Bluetooth: Add support for Misty widget - 8087:0038", 9 * DAY, { from: bob, diff: "x3", files }),
    ]);
    expect(s).toHaveLength(2);
  });

  test("[PATCH] [v1] hours after [PATCH v2] with the very same diff is that v2 sent again; another diff is a new round", () => {
    const files = ["drivers/bluetooth/btfrob.c"];
    const t = "Bluetooth: btfrob: Add support for Misty widget - 8087:0038";
    expect(shape([
      mail("b", `[PATCH v2] ${t}`, 0, { diff: "x", files }),
      mail("c", `[PATCH] [v1] ${t}`, 255, { diff: "x", files }),
    ])).toEqual([["alice@example.org", "b v2", "c v2?"]]);
    expect(shape([
      mail("b", `[PATCH v2] ${t}`, 0, { diff: "x", files }),
      mail("c", `[PATCH] [v1] ${t}`, 255, { diff: "y", files }),
    ])).toHaveLength(2);
  });

  test("the author's explicit next version two years on, reworded over mostly the same files, continues the series", () => {
    const files = ["drivers/platform/x86/Kconfig", "drivers/platform/x86/Makefile", "drivers/platform/x86/frob_acpi.c"];
    const s = shape([
      mail("a", "[PATCH v4] platform: x86: Add ACPI driver for FrobOS", 0, { diff: "x4", files }),
      mail("b", "[PATCH v5] platform: x86: Add FrobOS ACPI device driver", 720 * DAY, { diff: "x5", files: [...files, "Documentation/frob.rst"] }),
      mail("c", "[PATCH v5] platform: x86: Add FrobOS ACPI device driver", 900 * DAY, { diff: "z5", files: ["drivers/other/thing.c"] }),
    ]);
    expect(s[0]).toEqual(["alice@example.org", "a v4", "b v5"]);
  });

  test("version 0 is a version: the same [PATCH v0 RESEND] sent again a month later is that posting again", () => {
    const t = "EDAC/frob: Add SMC support";
    const files = ["drivers/edac/frob_edac.c"];
    expect(shape([
      mail("a", `[PATCH v0 RESEND] ${t}`, 0, { diff: "x", files }),
      mail("b", `[PATCH v0 RESEND] ${t}`, 36 * DAY, { diff: "x", files }),
      mail("c", "[PATCH v1] EDAC/frob: Use SMC for EMI access", 69 * DAY, { diff: "y", files }),
    ])).toEqual([["alice@example.org", "a v0", "b v0", "c v1"]]);
  });

  test("a title ending in the next version ('... Kill V2') after the author's same title is that version", () => {
    const t = "Fix memory leak for function Manage_subdevs Manage_add Kill";
    expect(shape([
      mail("a", `[PATCH] ${t}`, 0, { diff: "x", files: ["Kill.c", "Manage.c"] }),
      mail("b", `[PATCH] ${t} V2`, 12 * DAY, { diff: "y", files: ["Assemble.c", "Kill.c", "Manage.c", "mdadm.c"] }),
    ])).toEqual([["alice@example.org", "a v1?", "b v2"]]);
    // Another title's "v2" (a cgroup v2 feature) is no version.
    expect(shape([
      mail("a", "[PATCH] mm: frob stat", 0, { diff: "x", files: ["mm/frob.c"] }),
      mail("b", "[PATCH] mm: frob stat for cgroup v2", 12 * DAY, { diff: "y", files: ["mm/frob.c"] }),
    ])).toHaveLength(2);
  });

  test("after a restart we renumbered, the same named version sent again hours later keeps the top's version", () => {
    const t = "md/frob: Improve handling frob discard request";
    const files = ["drivers/md/frob.c"];
    const sending = (key: string, tag: string, minute: number, diffs: string[]): MessageSummary[] => [
      mail(key, `[${tag} 0/2] ${t}`, minute),
      ...diffs.map((d, i) => mail(`${key}${i + 1}`, `[${tag} ${i + 1}/2] md/frob: part ${i + 1}`, minute + 1, { parent: key, diff: d, files })),
    ];
    const s = shape([
      ...sending("a", "PATCH V5", 0, ["a1", "a2"]),
      ...sending("b", "PATCH", 150 * DAY, ["b1", "b2"]),
      ...sending("c", "PATCH V2", 151 * DAY, ["c1", "c2"]),
      ...sending("d", "PATCH V2", 151 * DAY + 113, ["d1", "c2"]),
    ]);
    expect(s).toEqual([["alice@example.org", "a v5", "b v6?", "c v7?", "d v7?"]]);
  });

  test("a maintainer's batch carrying their own patches unchanged among others' is no next version of them", () => {
    const m = "pablo@example.org";
    const files = (f: string) => [`net/netfilter/${f}.c`];
    const own = [
      mail("n0", "[PATCH nf 1/2] netfilter: ctnetlink: honor the offload flag", 0, { from: m, diff: "o1", files: files("ct") }),
      mail("n1", "[PATCH nf 2/2] netfilter: flowtable: set default timeout", 1, { from: m, parent: "n0", diff: "o2", files: files("ft") }),
    ];
    const batch = (authorOf3: string | undefined) => [
      mail("b0", "[PATCH 0/3] Netfilter fixes for net", 2 * DAY, { from: m }),
      mail("b1", "[PATCH 1/3] netfilter: bridge: drop IPv6 packets without IPv6", 2 * DAY + 1, { from: m, parent: "b0", diff: "x1", files: files("br"), ...(authorOf3 ? { author: authorOf3 } : {}) }),
      mail("b2", "[PATCH 2/3] netfilter: ctnetlink: honor the offload flag", 2 * DAY + 1, { from: m, parent: "b0", diff: "o1", files: files("ct") }),
      mail("b3", "[PATCH 3/3] netfilter: flowtable: set default timeout", 2 * DAY + 1, { from: m, parent: "b0", diff: "o2", files: files("ft") }),
    ];
    expect(shape([...own, ...batch("fernando@example.org")])).toEqual([[m, "n0 v1?"], [m, "b0 v1?"]]);
    // The author's own set grown by a patch of theirs stays one series.
    expect(shape([...own, ...batch(undefined)])).toEqual([[m, "n0 v1?", "b0 v1?"]]);
  });

  test("a focused series carrying one patch of the maintainer's many-author batch a year before is no next version of it", () => {
    const m = "pablo@example.org";
    const batch = [
      mail("b0", "[PATCH 0/5] Netfilter updates for net-next", 0, { from: m }),
      ...["ann", "bob", "cat", "dan"].map((who, k) => mail(`b${k + 1}`, `[PATCH ${k + 1}/5] netfilter: ${who}'s change`, 1, { from: m, parent: "b0", diff: `b${k}`, files: [`net/netfilter/${who}.c`], author: `${who}@example.org` })),
      mail("b5", "[PATCH 5/5] netfilter: Rename ingress hook include file", 1, { from: m, parent: "b0", diff: "r1", files: ["include/linux/netfilter_ingress.h"], author: "lukas@example.org" }),
    ];
    const work = (version: string) => [
      mail("e0", `[PATCH nf-next ${version}0/2] Netfilter egress hook`, 500 * DAY, { from: m }),
      mail("e1", `[PATCH nf-next ${version}1/2] netfilter: Rename ingress hook include file`, 500 * DAY + 1, { from: m, parent: "e0", diff: "r1", files: ["include/linux/netfilter_ingress.h"], author: "lukas@example.org" }),
      mail("e2", `[PATCH nf-next ${version}2/2] netfilter: Introduce egress hook`, 500 * DAY + 1, { from: m, parent: "e0", diff: "e2", files: ["net/core/dev.c"], author: "lukas@example.org" }),
    ];
    expect(shape([...batch, ...work("v5 ")])).toEqual([[m, "b0 v1?"], [m, "e0 v5"]]);
    // An RFC carrying three people's patches is no such batch: the v2 of one of its patches continues it.
    const g = "geert@example.org";
    expect(shape([
      mail("r0", "[PATCH RFC 0/3] r8a779a0: Add MSIOF support", 0, { from: g }),
      mail("r1", "[PATCH RFC 1/3] clk: renesas: r8a779a0: Add MSIOF clocks", 1, { from: g, parent: "r0", diff: "c1", files: ["drivers/clk/r8a779a0.c"], author: "koji@example.org" }),
      mail("r2", "[PATCH RFC 2/3] spi: renesas,sh-msiof: Add r8a779a0 support", 1, { from: g, parent: "r0", diff: "s1", files: ["Documentation/spi/sh-msiof.yaml"], author: "wolfram@example.org" }),
      mail("r3", "[PATCH RFC 3/3] arm64: dts: renesas: r8a779a0: Add MSIOF nodes", 1, { from: g, parent: "r0", diff: "d1", files: ["arch/arm64/r8a779a0.dtsi"] }),
      mail("v2", "[PATCH v2] spi: renesas,sh-msiof: Add r8a779a0 support", 50 * DAY, { from: g, diff: "s2", files: ["Documentation/spi/sh-msiof.yaml"], author: "wolfram@example.org" }),
    ])).toEqual([[g, "r0 v1?", "v2 v2"]]);
  });
});
