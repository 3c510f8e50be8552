// More grouping and linking cases modelled on real mis-groupings (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail, type GroupingMailOptions } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

describe("series grouping cases (2)", () => {
  test("a library's and a tool's postings of one feature stay apart though both carry a copy of a kernel header", () => {
    const hdr = "include/linux/netfilter/nf_frob.h";
    const s = shape([
      mail("l0", "[PATCH libfrob v3 0/2] frob: support boolean operations with variable operands", 0),
      mail("l1", "[PATCH libfrob v3 1/2] include: update nf_frob.h", 1, { parent: "l0", diff: "l1", files: [hdr] }),
      mail("l2", "[PATCH libfrob v3 2/2] expr: frob: add boolean operations", 2, { parent: "l0", diff: "l2", files: ["src/expr/frob.c"] }),
      mail("t0", "[PATCH frobtool v5 0/2] Frob boolean operations with variable operands", 5),
      mail("t1", "[PATCH frobtool v5 1/2] include: update nf_frob.h", 6, { parent: "t0", diff: "l1", files: [hdr] }),
      mail("t2", "[PATCH frobtool v5 2/2] frob: add boolean operations", 7, { parent: "t0", diff: "t2", files: ["src/frob.c"] }),
    ]);
    expect(s.sort()).toEqual([["l0 v3"], ["t0 v5"]]);
  });

  test("a kernel library patch moved from one tree tag to another stays one series", () => {
    const s = shape([
      mail("a1", "[PATCH bpf] libfrob: fix the map size check", 0, { diff: "a1", files: ["tools/lib/frob/map.c"] }),
      mail("b1", "[PATCH bpf-next v2] libfrob: fix the map size check", 2 * DAY, { diff: "b1", files: ["tools/lib/frob/map.c"] }),
    ]);
    expect(s).toEqual([["a1 v1?", "b1 v2"]]);
  });

  test("a v4 cover over patches still tagged v3, months after the v3, is the v4", () => {
    // v2 and v3 carry a user-space test program as an unnumbered patch besides their numbered ones.
    // git send-email's message-ids: one stem per sending, the cover -0, its patches -1..-n.
    const run = (v: string, n: number, minute: number, tag = v, extra = false) => {
      const id = (k: number) => `2021091316${String(minute % 100).padStart(2, "0")}00.${v.slice(1)}00-${k}-alice@example.org`;
      const out = [mail(id(0), `[PATCH ${v} 0/${extra ? n + 1 : n}] frob improvement for multiple ranges`, minute)];
      for (let k = 1; k <= n; k++) {
        out.push(mail(id(k), `[PATCH ${tag} ${k}/${n}] frob: step ${k}`, minute + k, { parent: id(0), diff: `${v}${k}` }));
      }
      if (extra) out.push(mail(id(n + 1), "[PATCH] test: user space code to test frob", minute + n + 1, { parent: id(0), diff: `${v}t`, files: ["frob-test.c"] }));
      return out;
    };
    const s = shape([
      ...run("v2", 3, 0, "v2", true),
      ...run("v3", 3, 6, "v3", true),
      ...run("v4", 3, 80 * DAY, "v3"),
      ...run("v5", 3, 88 * DAY),
    ]);
    expect(s.map((g) => g.map((r) => r.replace(/^\d+\.(\d)00-0-alice@example.org/, "v$1")))).toEqual([["v2 v2", "v3 v3", "v4 v4?", "v5 v5"]]);
  });

  test("a v2 cover sent alone minutes after its own coverless patches is their cover", () => {
    const a = analyzeSeries([
      mail("c0", "[PATCH 0/2] x86/frob: support the extended address", 0),
      mail("c1", "[PATCH 1/2] x86/frob: define a helper", 1, { parent: "c0", diff: "c1" }),
      mail("c2", "[PATCH 2/2] x86/frob: use the extended address", 1, { parent: "c0", diff: "c2" }),
      mail("d1", "[PATCH 1/2] x86/frob: define a helper", 17 * DAY, { diff: "d1" }),
      mail("d2", "[PATCH 2/2] x86/frob: use the extended address", 17 * DAY, { parent: "d1", diff: "d2" }),
      mail("d0", "[PATCH v2 0/2] x86/frob: support the extended address", 17 * DAY + 2),
    ]);
    const p = a.postings.find((x) => x.coverId === "d0")!;
    expect(p.patches.map((x) => x.messageId)).toEqual(["d1", "d2"]);
    expect([p.version, p.versionInferred]).toEqual([2, false]);
    expect(a.series.map((g) => g.revisions.map((r) => r.posting.key))).toEqual([["c0", "d0"]]);
  });

  test("a relay that rewrites message-ids: each lone cover goes with the run of patches sent right after it", () => {
    // The patches answer the cover's original message-id, which the relay replaced (no such message here).
    const run = (k: string, minute: number) =>
      [1, 2, 3].map((n) => mail(`${k}${n}`, `[PATCH ${n}/3] frob: step ${n}`, minute, { diff: `${k}${n}`, parent: `${k}-original-cover` }));
    const a = analyzeSeries([
      mail("c4", "[PATCH v4 RESEND 0/3] frob multishot mode", 0),
      ...run("a", 1),
      mail("c5", "[PATCH v5 0/3] frob multishot mode", 6),
      ...run("b", 7),
    ]);
    const covered = (id: string) => a.postings.find((p) => p.coverId === id);
    expect(covered("c4")?.patches.map((x) => x.messageId)).toEqual(["a1", "a2", "a3"]);
    expect(covered("c5")?.patches.map((x) => x.messageId)).toEqual(["b1", "b2", "b3"]);
    expect([covered("c5")?.version, covered("c5")?.versionInferred]).toEqual([5, false]);
  });

  test("the PATCH after the author's own RFC, reworked under another subsystem prefix, is its next version", () => {
    const files = ["security/frob/hooks.c", "Documentation/admin-guide/kernel-parameters.txt"];
    const s = shape([
      mail("r1", "[RFC PATCH] frob: deprecate setting the knob to 1", 0, { diff: "r1", files }),
      mail("p1", "[PATCH] Documentation,frob: deprecate setting the knob to 1", DAY, { diff: "p1", files: [...files, "MAINTAINERS"] }),
    ]);
    expect(s).toEqual([["r1 v1?", "p1 v2?"]]);
  });

  test("one branch's change-id on two series: a cover citing its own v1 follows that v1", () => {
    const cid = "20250916-frob_c2-2b9ad7882f4d";
    const series = (key: string, title: string, n: number, minute: number, o: GroupingMailOptions, diffs: string) => {
      const out = [mail(key, title.replace("%", `0/${n}`), minute, o)];
      for (let k = 1; k <= n; k++) {
        out.push(mail(`${key}-${k}`, title.replace("%", `${k}/${n}`).replace(/\] .*/, `] frob: ${diffs} step ${k}`), minute + 1,
          { parent: key, diff: `${diffs}${key}${k}`, files: [`drivers/frob/${diffs}${k}.c`], changeId: cid }));
      }
      return out;
    };
    const s = shape([
      ...series("m1", "[PATCH %] frob: use managed API to clean up the driver", 3, 0, { changeId: cid }, "devm"),
      ...series("c1", "[PATCH %] frob: misc clean up", 2, DAY, { changeId: cid }, "misc"),
      ...series("c2", "[PATCH v2 %] frob: misc clean up", 2, 3 * DAY, { changeId: cid, links: ["c1"] }, "misc"),
      ...series("m2", "[PATCH v2 %] frob: use managed API to clean up the driver", 3, 6 * DAY, { changeId: cid, links: ["m1"] }, "devm"),
    ]);
    expect(s).toEqual([["m1 v1?", "m2 v2"], ["c1 v1?", "c2 v2"]]);
  });
});
