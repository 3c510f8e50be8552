import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { summaryMail, type SummaryMailOptions } from "./testing/summary-mail";
import type { MessageSummary } from "./types";

const hour = 3600 * 1000;
const day = 24 * hour;
const base = Date.UTC(2026, 3, 1);

const PEOPLE: Record<string, string> = { dana: "Dana Dev", rick: "Rick Reviewer", mara: "Mara Maintainer" };

const mail = (id: string, subject: string, at: number, opts: SummaryMailOptions = {}): MessageSummary =>
  summaryMail(id, subject, new Date(base + at), { people: PEOPLE, who: "dana", file: "fs/info.c" }, opts);

/** A three-patch posting of Dana's under a cover, `[ver #n]` closing every subject (stgit). */
function posting(stem: string, n: number, at: number): MessageSummary[] {
  return [
    mail(`${stem}-0`, `[PATCH 0/3] VFS: Filesystem information [ver #${n}]`, at),
    mail(`${stem}-1`, `[PATCH 1/3] fsinfo: Add fsinfo() syscall [ver #${n}]`, at + 1000, { parent: `${stem}-0` }),
    mail(`${stem}-2`, `[PATCH 2/3] fsinfo: Provide mount information [ver #${n}]`, at + 2000, { parent: `${stem}-0` }),
    mail(`${stem}-3`, `[PATCH 3/3] fsinfo: Add a sample program [ver #${n}]`, at + 3000, { parent: `${stem}-0`, files: ["samples/fsinfo.c"] }),
  ];
}

const shape = (a: ReturnType<typeof analyzeSeries>) =>
  a.series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`)).sort();

describe("another person's patch sent inside an author's thread", () => {
  test("a reviewer's suggested split, named as the next version, is no revision: the author's rounds stay one series", () => {
    const a = analyzeSeries([
      ...posting("d18", 18, 0),
      // The reviewer's version of patch 1, split in two, answering it.
      mail("r-1", "[PATCH v19 1/2] fsinfo: Add fsinfo() syscall to query filesystem information", day, { parent: "d18-1", refs: ["d18-0", "d18-1"], who: "rick" }),
      mail("r-2", "[PATCH v19 2/2] fsinfo: Add fsinfo() helpers", day + 1000, { parent: "r-1", refs: ["d18-0", "d18-1", "r-1"], who: "rick" }),
      ...posting("d19", 19, 9 * day),
      ...posting("d20", 20, 40 * day),
    ]);
    expect(shape(a)).toEqual([["d18-0 v18", "d19-0 v19", "d20-0 v20"], ["r-1 v19"]]);
    const dana = a.series.find((s) => s.key === "d18-0")!;
    expect(dana.author?.email).toBe("dana@example.org");
    expect(dana.title).toBe("VFS: Filesystem information");
  });

  test("a maintainer's sketch of the next version under the series' title is no revision when the author carries on", () => {
    const files = { files: ["drivers/pci/probe.c"] };
    const a = analyzeSeries([
      mail("v6", "[PATCH V6] PCI: Add support for preserving boot configuration", 0, files),
      mail("m-0", "[PATCH v7-incomplete 0/2] PCI: Add support for preserving boot configuration", 3 * day, { parent: "v6", who: "mara" }),
      mail("m-1", "[PATCH v7-incomplete 1/2] PCI: Move resource reassignment", 3 * day + 1000, { ...files, parent: "m-0", refs: ["v6", "m-0"], who: "mara" }),
      mail("m-2", "[PATCH v7-incomplete 2/2] PCI: Add support for preserving boot configuration", 3 * day + 2000, { ...files, parent: "m-0", refs: ["v6", "m-0"], who: "mara" }),
      mail("v7", "[PATCH V7] PCI: Add support for preserving boot configuration", 20 * day, files),
    ]);
    expect(shape(a)).toEqual([["m-0 v7"], ["v6 v6", "v7 v7"]]);
  });

  test("another person's next version in the thread, the author sending nothing more, takes the series over", () => {
    const files = { files: ["scripts/package/kernel.spec"] };
    const a = analyzeSeries([
      mail("a1", "[PATCH] rpm-pkg: simplify installkernel %post", 0, files),
      mail("b2", "[PATCH v2] rpm-pkg: simplify installkernel %post", 30 * day, { ...files, parent: "a1", who: "mara" }),
      mail("b3", "[PATCH v3] rpm-pkg: simplify installkernel %post", 37 * day, { ...files, who: "mara" }),
    ]);
    expect(shape(a)).toEqual([["a1 v1?", "b2 v2", "b3 v3"]]);
  });

  test("the author's own patch at another address in their thread still continues the series", () => {
    const files = { files: ["scripts/kconfig/symbol.c"] };
    const a = analyzeSeries([
      mail("k1", "[PATCH] kconfig: check for a NULL pointer before access", 0, files),
      { ...mail("k2", "[PATCH v2] kconfig: check for a NULL pointer before access", day, { ...files, parent: "k1" }), from: { name: "Dana Dev", email: "dd.kernel@home.example" } },
      mail("k3", "[PATCH v3] kconfig: check for a NULL pointer before access", 30 * day, files),
    ]);
    expect(shape(a)).toEqual([["k1 v1?", "k2 v2", "k3 v3"]]);
  });
});

describe("a patch sent in parts", () => {
  test("`6a/10` and `6b/10` answering a patch 6 the list never got are both patch 6 of the posting", () => {
    const msgs: MessageSummary[] = [];
    for (const n of [1, 2, 3, 4, 5, 7, 8, 9, 10]) {
      msgs.push(mail(`p-${n}`, `[PATCH ${String(n).padStart(2, "0")}/10] CaitSith: Add part ${n}.`, n * 1000, n === 1 ? {} : { parent: "p-1", files: [`security/cs/f${n}.c`] }));
    }
    // Patch 6 was too large for the list: only its parts came, replying to it.
    msgs.push(mail("six-b", "[PATCH 6b/10] CaitSith: Add policy management functions.", hour + 1000, { parent: "p-6", refs: ["p-1", "p-6"], files: ["security/cs/policy.c"] }));
    msgs.push(mail("six-a", "[PATCH 6a/10] CaitSith: Add policy management functions.", hour, { parent: "p-6", refs: ["p-1", "p-6"], files: ["security/cs/policy.c"] }));
    const a = analyzeSeries(msgs);
    expect(a.series).toHaveLength(1);
    const p = a.series[0]!.revisions[0]!.posting;
    expect(p.patches.map((x) => `${x.messageId}:${x.number}`)).toEqual([
      "p-1:1", "p-2:2", "p-3:3", "p-4:4", "p-5:5", "six-a:6", "six-b:6", "p-7:7", "p-8:8", "p-9:9", "p-10:10",
    ]);
    expect(p.complete).toBe(true);
  });
});
