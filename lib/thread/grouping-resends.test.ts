import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { coveredPosting, seriesShape, summaryMail, type SummaryMailOptions } from "./testing/summary-mail";
import type { MessageSummary } from "./types";

// Small postings modelled on linux-mmc, linux-omap and linux-mips cases: a cover sent alone one evening and
// again with its patches the next morning, a cover whose title was cut short and sent again completed, the same
// cover sent alone twice, an RFC's v2 a year and a half later, a colleague's `[PATCH v3 1/5]` inside a `[PATCH
// 0/5]` run, a v2 citing a discussion about other files, an RFC's PATCH posting months later under its title.

const hour = 3600 * 1000;
const day = 24 * hour;
const base = Date.UTC(2025, 0, 6);

const PEOPLE: Record<string, string> = { dana: "Dana Dev", rick: "Rick Reviewer" };

const mail = (id: string, subject: string, at: number, opts: SummaryMailOptions = {}): MessageSummary =>
  summaryMail(id, subject, new Date(base + at), { people: PEOPLE, who: "dana", file: "drivers/x/core.c" }, opts);

const posting = (stem: string, tag: string, title: string, at: number, titles: string[], files?: string[]) => coveredPosting(mail, stem, tag, title, at, titles, files);
const shape = seriesShape;

describe("a cover sent alone before the sending it belongs to", () => {
  const titles = ["MIPS: add the board's DT", "MIPS: read the clock", "irqchip: add the 2.0 controller"];

  test("the very same subject the next morning, with the patches, is one revision; the lone cover is a comment of it", () => {
    const a = analyzeSeries([
      ...posting("v2", "PATCH v2", "Add basic support for the board", 0, titles),
      mail("c1", "[PATCH v3 0/3] Add basic support for the board", 3 * day),
      ...posting("v3", "PATCH v3", "Add basic support for the board", 3 * day + 16 * hour, titles),
    ]);
    expect(shape(a)).toEqual([["v2-0 v2 n3", "v3-0 v3 n3"]]);
    expect(a.roleOf.get("c1")).toBe("comment");
    expect(a.series[0]!.revisions[1]!.posting.replyIds).toContain("c1");
  });

  test("hours later under another count, it stays a revision of its own", () => {
    const a = analyzeSeries([
      ...posting("v2", "PATCH v2", "Add basic support for the board", 0, titles),
      mail("c1", "[PATCH v3 0/4] Add basic support for the board", 3 * day),
      ...posting("v3", "PATCH v3", "Add basic support for the board", 3 * day + 16 * hour, titles),
    ]);
    expect(shape(a)).toEqual([["v2-0 v2 n3", "c1 v3 n0", "v3-0 v3 n3"]]);
  });

  test("a title cut short, sent again completed with the patches minutes later, is one revision", () => {
    const a = analyzeSeries([
      ...posting("v2", "PATCH V2", "Introduce max_timeout_count in sdhci_host for vendor needs", 0, ["mmc: sdhci: add max_timeout_count", "mmc: sdhci-msm: use it"]),
      mail("c1", "[PATCH V3 0/2] Introduce max_timeout_count in sdhci_host for vendor", 8 * day),
      ...posting("v3", "PATCH V3", "Introduce max_timeout_count in sdhci_host for vendor needs", 8 * day + 3 * 60 * 1000, ["mmc: sdhci: add max_timeout_count", "mmc: sdhci-msm: use it"]),
    ]);
    expect(shape(a)).toEqual([["v2-0 v2 n2", "v3-0 v3 n2"]]);
    expect(a.roleOf.get("c1")).toBe("comment");
  });

  test("the same cover sent alone twice within the hour (the list got none of the patches) is one sending", () => {
    const a = analyzeSeries([
      mail("c1", "[PATCH 00/30] ARM: pxa: remove all unused boards&drivers", 0),
      mail("c2", "[PATCH 00/30] ARM: pxa: remove all unused boards&drivers", 27 * 60 * 1000),
    ]);
    expect(shape(a)).toEqual([["c2 v1? n0"]]);
    expect(a.roleOf.get("c1")).toBe("comment");
  });
});

describe("versions across a long pause and mixed tags", () => {
  const probing = ["mmc: bcm2835: fix deferred probing", "mmc: meson-gx: fix deferred probing", "mmc: mtk-sd: fix deferred probing",
    "mmc: mvsdio: fix deferred probing", "mmc: omap: fix deferred probing"];

  test("an explicit v2 a year and a half after the unversioned RFC, under its cover title with most of its patches, continues it", () => {
    const a = analyzeSeries([
      ...posting("v1", "PATCH RFC", "Fix deferred probing in the MMC/SD drivers", 0, [...probing, "mmc: s3cmci: fix deferred probing"]),
      ...posting("v2", "PATCH v2", "Fix deferred probing in the MMC/SD drivers", 530 * day, probing),
      ...posting("v3", "PATCH v3", "Fix deferred probing in the MMC/SD drivers", 539 * day, probing),
    ]);
    expect(shape(a)).toEqual([["v1-0 v1? n6", "v2-0 v2 n5", "v3-0 v3 n5"]]);
  });

  test("a coverless v3 15 months after the unversioned v1, two diffs unchanged, continues it; the v4 under v1's cover title follows the v3", () => {
    const titles = ["mmc: sdhci: fix base clock usage in preset value", "mmc: sdhci: obey programmable clock config", "mmc: sdhci: fix CLOCK_DIV_ZERO_BROKEN",
      "mmc: sdhci: move the frequency limit", "mmc: sdhci: simplify clock calculation"];
    const file = (k: number): string => `drivers/mmc/host/sdhci${k}.c`;
    const a = analyzeSeries([
      mail("v1-0", "[PATCH 0/5] SDHCI clock handling fixes and cleanups", 0),
      ...titles.map((t, k) => mail(`v1-${k + 1}`, `[PATCH ${k + 1}/5] ${t}`, (k + 1) * 1000, { parent: "v1-0", files: [file(k)], ...(k < 2 ? { patchId: `same-${k}` } : {}) })),
      ...titles.map((t, k) => mail(`v3-${k + 1}`, `[PATCH v3 ${k + 1}/5] ${t}`, 480 * day + (k + 1) * 1000, { parent: k === 0 ? undefined : "v3-1", files: [file(k)], ...(k < 2 ? { patchId: `same-${k}` } : {}) })),
      ...posting("v4", "PATCH v4", "SDHCI clock handling fixes and cleanups", 480 * day + 5 * hour, titles, titles.map((_, k) => file(k))),
    ]);
    expect(shape(a)).toEqual([["v1-0 v1? n5", "v3-1 v3 n5", "v4-0 v4 n5"]]);
  });

  test("a lone [PATCH] and a [PATCH v2] of it a year and a half later stay apart", () => {
    const a = analyzeSeries([
      mail("p1", "[PATCH] mmc: core: drop a stale check", 0, { files: ["drivers/mmc/core/core.c"] }),
      mail("p2", "[PATCH v2] mmc: core: drop a stale check", 530 * day, { files: ["drivers/mmc/core/core.c"] }),
    ]);
    expect(a.series).toHaveLength(2);
  });

  test("a colleague's [PATCH v3 1/5] in a [PATCH 0/5] run of unversioned patches leaves the run unversioned; its v2 follows it", () => {
    const titles = ["PCI: j721e: Add PCIe support for J7200", "PCI: j721e: Add PCIe support for AM64", "misc: pci_endpoint_test: do not request IRQs in probe",
      "misc: pci_endpoint_test: add device IDs"];
    // One git-send-email run (one Message-ID stem).
    const id = (n: number): string => `20250106105035.9915-${n + 1}-dana@example.org`;
    const run = [
      mail(id(0), "[PATCH 0/5] PCI: Add support for J7200 and AM64", 0),
      mail(id(1), "[PATCH v3 1/5] PCI: cadence: add a quirk flag for the LTSSM delay", 1000, { parent: id(0), files: ["drivers/pci/cadence/core.c"] }),
      ...titles.map((t, k) => mail(id(k + 2), `[PATCH ${k + 2}/5] ${t}`, (k + 2) * 1000, { parent: id(0), files: [`drivers/pci/x${k}.c`] })),
    ];
    const a = analyzeSeries([
      ...run,
      ...posting("v2", "PATCH v2", "PCI: Add support for J7200 and AM64", 28 * day, ["PCI: cadence: add a quirk flag for the LTSSM delay", ...titles],
        ["drivers/pci/cadence/core.c", ...titles.map((_, k) => `drivers/pci/x${k}.c`)]),
    ]);
    expect(shape(a)).toEqual([[`${id(0)} v1? n5`, "v2-0 v2 n5"]]);
  });

  test("a v2 citing a reply in the thread of the author's driver fix, over other files, is no version of that fix", () => {
    const a = analyzeSeries([
      mail("fix", "[PATCH] mfd: omap-usb-tll: handle clk_prepare return code in probe", 0, { files: ["drivers/mfd/omap-usb-tll.c"] }),
      mail("rv", "Re: [PATCH] mfd: omap-usb-tll: handle clk_prepare return code in probe", day, { parent: "fix", who: "rick" }),
      { ...mail("y2", "[PATCHv2] dt-bindings: mfd: omap-usb-tll: convert to YAML", 36 * day, { files: ["Documentation/devicetree/bindings/mfd/omap-usb-tll.txt", "Documentation/devicetree/bindings/mfd/ti,usbhs-tll.yaml"] }), bodyLinks: ["rv"] },
    ]);
    expect(shape(a)).toEqual([["fix v1? n1"], ["y2 v2 n1"]]);
  });

  test("the PATCH posting of an RFC months later under its very cover title, keeping some of its patches, continues it", () => {
    const kept = ["PCI: cadence: use local management register", "PCI: cadence: add 32-bit accessors", "PCI: j721e: add the driver"];
    const a = analyzeSeries([
      ...posting("rfc", "RFC PATCH", "Add PCIe support to TI's J721E SoC", 0, [...kept, "linux/kernel.h: add PTR_ALIGN_DOWN", "phy: a", "phy: b", "phy: c", "phy: d"]),
      ...posting("p", "PATCH", "Add PCIe support to TI's J721E SoC", 180 * day, [...kept, "dt-bindings: PCI: host mode", "dt-bindings: PCI: EP mode", "MAINTAINERS: add J721E PCIe", "PCI: cadence: custom pci_ops"]),
    ]);
    expect(shape(a)).toEqual([["rfc-0 v1? n8", "p-0 v2? n7"]]);
  });
});
