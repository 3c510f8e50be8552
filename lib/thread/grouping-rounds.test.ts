import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { coveredPosting, seriesShape, summaryMail, type SummaryMailOptions } from "./testing/summary-mail";
import type { MessageSummary } from "./types";

// Small postings modelled on linux-security-module, linux-kbuild, linux-hyperv and linux-pwm cases: a cover sent
// hours after its patches, a cover sent alone and then again with its patches, a reworked vN+1 after a long pause,
// an unversioned respin threaded in its own series, a stray patch of vN sent ahead of the whole vN, a revert sent
// beside a v2, a part split off a series that then comes back, a retitled vN+1 within days, a vN+1 under an
// earlier cover title years later. And on linux-mmc, linux-omap and linux-mips cases: a cover sent alone one
// evening and again with its patches the next morning, a cover whose title was cut short and sent again completed,
// the same cover sent alone twice, an RFC's v2 a year and a half later, a colleague's `[PATCH v3 1/5]` inside a
// `[PATCH 0/5]` run, a v2 citing a discussion about other files, an RFC's PATCH posting months later under its title.

const hour = 3600 * 1000;
const day = 24 * hour;
const base = Date.UTC(2025, 0, 6);

const PEOPLE: Record<string, string> = { dana: "Dana Dev", rick: "Rick Reviewer" };

const mail = (id: string, subject: string, at: number, opts: SummaryMailOptions = {}): MessageSummary =>
  summaryMail(id, subject, new Date(base + at), { people: PEOPLE, who: "dana", file: "drivers/x/core.c" }, opts);

const posting = (stem: string, tag: string, title: string, at: number, titles: string[], files?: string[]) => coveredPosting(mail, stem, tag, title, at, titles, files);
const shape = seriesShape;

describe("covers sent apart from their patches", () => {
  test("a cover sent hours after its patches, in reply to the first, covers them: one revision", () => {
    const titles = ["kbuild: add flags for module objects", "kbuild: generate offset range data", "scripts: add verifier script", "module: add install target"];
    const a = analyzeSeries([
      ...posting("v6", "PATCH v6", "Generate address range data for built-in modules", 0, titles),
      ...titles.map((t, k) => mail(`v7-${k + 1}`, `[PATCH v7 ${k + 1}/4] ${t}`, 7 * day + k * 1000, { parent: k === 0 ? undefined : "v7-1", files: [`drivers/x/f${k}.c`] })),
      mail("v7-0", "[PATCH v7 0/4] Generate address range data for built-in modules", 7 * day + 10 * hour, { parent: "v7-1" }),
      ...posting("v8", "PATCH v8", "Generate address range data for built-in modules", 9 * day, titles),
    ]);
    expect(shape(a)).toEqual([["v6-0 v6 n4", "v7-0 v7 n4", "v8-0 v8 n4"]]);
    const v7 = a.series[0]!.revisions[1]!.posting;
    expect(v7.coverId).toBe("v7-0");
    expect(a.roleOf.get("v7-0")).toBe("cover");
  });

  test("a cover sent alone, then again with its patches (a RESEND tag added), is one revision; the first is a comment of it", () => {
    const titles = ["lsm,io_uring: add LSM hooks", "selinux: implement the hook", "smack: implement the hook"];
    const a = analyzeSeries([
      mail("c1", "[PATCH 0/3] LSM hooks for IORING_OP_URING_CMD", 0),
      mail("r1", "Re: [PATCH 0/3] LSM hooks for IORING_OP_URING_CMD", hour, { parent: "c1", who: "rick" }),
      ...posting("c2", "RESEND PATCH", "LSM hooks for IORING_OP_URING_CMD", 7 * 60 * 1000, titles),
    ]);
    expect(shape(a)).toEqual([["c2-0 v1? n3"]]);
    expect(a.roleOf.get("c1")).toBe("comment");
    expect(a.series[0]!.revisions[0]!.posting.replyIds).toEqual(expect.arrayContaining(["c1", "r1"]));
  });

  test("a cover naming no version, then the same cover naming its version with the patches minutes later, is one revision", () => {
    const a = analyzeSeries([
      ...posting("v1", "PATCH net-next", "net: stmmac: convert glue drivers", 0, ["net: stmmac: a", "net: stmmac: b"]),
      mail("c1", "[PATCH net-next 0/2] net: stmmac: convert glue drivers", 4 * day),
      ...posting("v2", "PATCH net-next v2", "net: stmmac: convert glue drivers", 4 * day + 3 * 60 * 1000, ["net: stmmac: a", "net: stmmac: b"]),
    ]);
    expect(shape(a)).toEqual([["v1-0 v1? n2", "v2-0 v2 n2"]]);
    expect(a.roleOf.get("c1")).toBe("comment");
  });

  test("a cover alone stays a revision when the next sending with patches is another version", () => {
    const a = analyzeSeries([
      mail("c1", "[PATCH v2 0/2] Add thing", 0),
      ...posting("c2", "PATCH v3", "Add thing", hour, ["x: add thing", "y: use thing"]),
    ]);
    expect(shape(a)).toEqual([["c1 v2 n0", "c2-0 v3 n2"]]);
  });
});

describe("linking rounds of one work", () => {
  test("a reworked vN+1 a year and more later, its cover title one word shorter, over a file in common, continues the series", () => {
    const v6 = posting("v6", "RFC PATCH v6", "Integrity Policy Enforcement LSM (IPE)", 0, ["security: add ipe lsm", "ipe: add policy parser"], ["security/ipe/ipe.c", "security/ipe/parser.c"]);
    const v7 = posting("v7", "RFC PATCH v7", "Integrity Policy Enforcement (IPE)", 440 * day, ["security: add ipe lsm evaluation loop", "ipe: add userspace interface", "ipe: add audit"], ["security/ipe/ipe.c", "security/ipe/fs.c", "security/ipe/audit.c"]);
    const a = analyzeSeries([...v6, ...v7]);
    expect(shape(a)).toEqual([["v6-0 v6 n2", "v7-0 v7 n3"]]);
  });

  test("an unversioned respin sent in the thread of the author's renamed v2, over the same files, continues the series", () => {
    const files = ["security/commoncap.c", "security/commoncap_test.c"];
    const a = analyzeSeries([
      mail("v1", "[PATCH] security: Add KUnit tests for rootid_owns_currentns()", 0, { files }),
      mail("v2", "[PATCH v2] security: Rename functions and add namespace mapping tests", 10 * day, { files, parent: "v1" }),
      mail("rv", "Re: [PATCH v2] security: Rename functions and add namespace mapping tests", 12 * day, { parent: "v2", who: "rick" }),
      mail("p", "[PATCH] security: Add KUnit tests for kuid_root_in_ns and vfsuid_root_in_currentns", 20 * day, { files, parent: "rv", refs: ["v2", "rv"] }),
      mail("v3", "[PATCH v3] security: Add KUnit tests for kuid_root_in_ns and vfsuid_root_in_currentns", 30 * day, { files, parent: "p" }),
    ]);
    expect(a.series).toHaveLength(1);
    expect(a.series[0]!.revisions.map((r) => r.posting.key)).toEqual(["v1", "v2", "p", "v3"]);
  });

  test("one patch of vN sent ahead of the whole vN (counted out of fewer patches) does not split the series", () => {
    const titles = ["bpf: export a helper", "KEYS: move lookup flags", "bpf: add the kfuncs"];
    const files = ["kernel/bpf/helpers.c", "include/linux/key.h", "kernel/trace/bpf_trace.c"];
    const a = analyzeSeries([
      ...posting("v13", "PATCH v13", "bpf: Add kfuncs for PKCS#7 signature verification", 0, titles, files),
      mail("s14", "[PATCH v14 02/10] KEYS: move lookup flags", 3 * day, { parent: "v13-2", files: ["include/linux/key.h"] }),
      ...posting("v14", "PATCH v14", "bpf: Add kfuncs for PKCS#7 signature verification", 7 * day, [...titles, "selftests/bpf: add tests"], [...files, "tools/testing/selftests/bpf/verify.c"]),
      ...posting("v15", "PATCH v15", "bpf: Add kfuncs for PKCS#7 signature verification", 9 * day, [...titles, "selftests/bpf: add tests"], [...files, "tools/testing/selftests/bpf/verify.c"]),
    ]);
    expect(shape(a)).toEqual([["v13-0 v13 n3", "s14 v14 n1", "v14-0 v14 n4", "v15-0 v15 n4"]]);
  });

  test("a v3 cover carrying a v2 patch and the revert sent beside it follows the v2, not the unversioned revert", () => {
    const a = analyzeSeries([
      mail("v2", "[PATCH v2] security: Introduce LSM_ORDER_LAST", 0, { files: ["security/security.c"] }),
      mail("rev", "[PATCH] Revert \"integrity: double check iint_cache was initialized\"", 1000, { parent: "v2", files: ["security/integrity/iint.c"] }),
      ...posting("v3", "PATCH v3", "security: Always enable integrity LSM", 16 * hour, ["security: Introduce LSM_ORDER_LAST", "Revert \"integrity: double check iint_cache was initialized\""], ["security/security.c", "security/integrity/iint.c"]),
    ]);
    expect(shape(a)).toEqual([["rev v1? n1"], ["v2 v2 n1", "v3-0 v3 n2"]]);
  });

  test("the series' v2 takes back its first posting from a smaller part split off under another title", () => {
    const v1 = posting("v1", "RFC PATCH v1", "landlock: Add UDP access control support", 0,
      ["landlock: add udp bind", "landlock: add udp send", "selftests/landlock: add udp tests", "samples/landlock: fix port parsing", "samples/landlock: add udp", "doc: landlock udp", "landlock: bump abi"],
      ["security/landlock/net.c", "security/landlock/net.c", "tools/testing/selftests/landlock/net_test.c", "samples/landlock/sandboxer.c", "samples/landlock/sandboxer.c", "Documentation/userspace-api/landlock.rst", "security/landlock/syscalls.c"]);
    const part = posting("fix2", "PATCH v2", "samples/landlock: Fix port parsing behaviour", 17 * day, ["samples/landlock: fix port parsing", "samples/landlock: clarify usage", "samples/landlock: check errors"],
      ["samples/landlock/sandboxer.c", "samples/landlock/sandboxer.c", "samples/landlock/sandboxer.c"]);
    part[0] = { ...part[0]!, bodyLinks: ["v1-0"] };
    const v2 = posting("v2", "PATCH v2", "landlock: Add UDP access control support", 90 * day,
      ["landlock: add udp bind", "landlock: add udp send", "selftests/landlock: add udp tests", "samples/landlock: add udp", "doc: landlock udp", "landlock: bump abi"],
      ["security/landlock/net.c", "security/landlock/net.c", "tools/testing/selftests/landlock/net_test.c", "samples/landlock/sandboxer.c", "Documentation/userspace-api/landlock.rst", "security/landlock/syscalls.c"]);
    const a = analyzeSeries([...v1, ...part, ...v2]);
    expect(shape(a)).toEqual([["fix2-0 v2 n3"], ["v1-0 v1 n7", "v2-0 v2 n6"]]);
  });

  test("a reworded vN+1 the next day keeping half the cover title over a file in common continues the series", () => {
    const a = analyzeSeries([
      ...posting("v3", "PATCH v3", "infer CROSS_COMPILE from SRCARCH for CC=clang LLVM_IAS=1", 0,
        ["Makefile: move initial clang flag handling", "Makefile: infer CROSS_COMPILE from SRCARCH"], ["Makefile", "scripts/Makefile.clang"]),
      ...posting("v4", "PATCH v4", "infer --target from SRCARCH for CC=clang", day,
        ["Makefile: infer --target from ARCH for CC=clang", "Documentation/llvm: update CROSS_COMPILE inferencing"], ["scripts/Makefile.clang", "Documentation/kbuild/llvm.rst"]),
    ]);
    expect(shape(a)).toEqual([["v3-0 v3 n2", "v4-0 v4 n2"]]);
  });

  test("a reworded vN+1 weeks later over other files stays apart", () => {
    const a = analyzeSeries([
      ...posting("v3", "PATCH v3", "infer CROSS_COMPILE from SRCARCH for CC=clang LLVM_IAS=1", 0, ["Makefile: a", "Makefile: b"], ["Makefile", "scripts/Makefile.clang"]),
      ...posting("v4", "PATCH v4", "infer --target from SRCARCH for CC=clang", 30 * day, ["Makefile: c", "Documentation/llvm: d"], ["Makefile", "Documentation/kbuild/llvm.rst"]),
    ]);
    expect(a.series).toHaveLength(2);
  });

  test("a vN+1 years after vN under the cover title of an earlier round continues the series, not a posting it cites", () => {
    const poeg = ["drivers: pinctrl: renesas: Add POEG driver", "dt-bindings: pinctrl: renesas: Add POEG binding"];
    const files = ["drivers/pinctrl/renesas/poeg.c", "Documentation/devicetree/bindings/pinctrl/poeg.yaml"];
    const link = posting("l3", "PATCH v3", "Add support for linking gpt with poeg", 10 * day, ["pwm: rzg2l-gpt: link with poeg", "dt-bindings: pwm: poeg property"], ["drivers/pwm/pwm-rzg2l-gpt.c", "Documentation/devicetree/bindings/pwm/gpt.yaml"]);
    const v8 = posting("v8", "PATCH v8", "Add RZ/G2L POEG support", 1000 * day, poeg, files);
    v8[0] = { ...v8[0]!, bodyLinks: ["l3-0"] };
    const a = analyzeSeries([
      ...posting("v3", "PATCH v3", "Add RZ/G2L POEG support", 0, poeg, files),
      ...link,
      // v4..v7 reached the list without their covers.
      ...[4, 5, 6, 7].flatMap((v) => poeg.map((t, k) => mail(`v${v}-${k + 1}`, `[PATCH v${v} ${k + 1}/2] ${t}`, (20 + 30 * v) * day + k * 1000, { parent: k === 0 ? undefined : `v${v}-1`, files: [files[k]!] }))),
      ...v8,
    ]);
    const series = a.series.find((s) => s.revisions.some((r) => r.posting.key === "v3-0"))!;
    expect(series.revisions.map((r) => r.posting.key)).toEqual(["v3-0", "v4-1", "v5-1", "v6-1", "v7-1", "v8-0"]);
  });
});

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

  test("the same cover sent alone twice 22 hours apart is one sending; a day and more apart, two", () => {
    const t = "Self-encapsulate the thermal zone device structure";
    const a = analyzeSeries([
      ...posting("v2", "PATCH v2", t, 0, ["thermal/core: add a devdata accessor", "thermal/hwmon: use it"]),
      mail("c1", `[PATCH v3 00/17] ${t}`, 2 * day),
      mail("c2", `[PATCH v3 00/17] ${t}`, 2 * day + 22 * hour),
      mail("d1", `[PATCH v4 00/17] ${t}`, 5 * day),
      mail("d2", `[PATCH v4 00/17] ${t}`, 6 * day + hour),
    ]);
    expect(shape(a)).toEqual([["v2-0 v2 n2", "c2 v3 n0", "d1 v4 n0", "d2 v4 n0"]]);
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

  test("a lone [PATCH] and a [PATCH v2] of it a year and a half later, over the same file, are one series; over another file, apart", () => {
    const a = analyzeSeries([
      mail("p1", "[PATCH] mmc: core: drop a stale check", 0, { files: ["drivers/mmc/core/core.c"] }),
      mail("p2", "[PATCH v2] mmc: core: drop a stale check", 530 * day, { files: ["drivers/mmc/core/core.c"] }),
      mail("q1", "[PATCH] mmc: host: drop a stale check", 0, { files: ["drivers/mmc/host/a.c"] }),
      mail("q2", "[PATCH v2] mmc: host: drop a stale check", 530 * day, { files: ["drivers/mmc/host/b.c"] }),
    ]);
    expect(shape(a)).toEqual([["p1 v1? n1", "p2 v2 n1"], ["q1 v1? n1"], ["q2 v2 n1"]]);
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

  test("the author's [PATCH v2] over two years after the unversioned [PATCH], the very title over the same files, continues it", () => {
    const a = analyzeSeries([
      mail("p1", "[PATCH] HID: hidraw - add a revoke ioctl", 0, { files: ["drivers/hid/hidraw.c", "include/uapi/linux/hidraw.h"] }),
      mail("p2", "[PATCH v2] HID: hidraw - add a revoke ioctl", 840 * day, { files: ["drivers/hid/hidraw.c", "include/uapi/linux/hidraw.h"] }),
      // The same title over another file, or a colleague's, or past three years: apart.
      mail("q1", "[PATCH] i2c: x: remove a redundant variable", 0, { files: ["drivers/i2c/x.c"] }),
      mail("q2", "[PATCH v2] i2c: x: remove a redundant variable", 800 * day, { files: ["drivers/i2c/y.c"] }),
      mail("r1", "[PATCH] input: z: fix the axis range", 0, { files: ["drivers/input/z.c"] }),
      mail("r2", "[PATCH v2] input: z: fix the axis range", 800 * day, { files: ["drivers/input/z.c"], who: "rick" }),
      mail("s1", "[PATCH] input: w: fix the axis range", 0, { files: ["drivers/input/w.c"] }),
      mail("s2", "[PATCH v2] input: w: fix the axis range", 1200 * day, { files: ["drivers/input/w.c"] }),
    ]);
    expect(shape(a)).toEqual([["p1 v1? n1", "p2 v2 n1"], ["q1 v1? n1"], ["q2 v2 n1"], ["r1 v1? n1"], ["r2 v2 n1"], ["s1 v1? n1"], ["s2 v2 n1"]]);
  });

  test("a RESEND of the top version over a year later, under its very title, is that version again", () => {
    const a = analyzeSeries([
      mail("v4", "[PATCH v4] Input: add a driver for the acme touchpad", 0, { files: ["drivers/input/mouse/acme.c"] }),
      mail("v5", "[PATCH v5] Input: add a driver for the acme touchpad", 100 * day, { files: ["drivers/input/mouse/acme.c"] }),
      mail("r5", "[RESEND v5] Input: add a driver for the acme touchpad", 500 * day, { files: ["drivers/input/mouse/acme.c"] }),
    ]);
    expect(shape(a)).toEqual([["v4 v4 n1", "v5 v5 n1", "r5 v5 n1"]]);
  });

  test("a RESEND of the whole vN after one of its patches was re-sent alone is that vN again", () => {
    const titles = ["dt-bindings: i2c: pca954x: add custom properties", "i2c: muxes: pca954x: enable features"];
    const run = (stem: string, tag: string, at: number, only?: number) => titles.flatMap((t, k) =>
      only !== undefined && only !== k ? [] : [mail(`${stem}-${k + 1}`, `[${tag} ${k + 1}/2] ${t}`, at + k * 1000, { parent: k === 0 ? undefined : `${stem}-1`, files: [`drivers/i2c/f${k}.c`] })]);
    const a = analyzeSeries([...run("a", "PATCH v5", 0), ...run("b", "RESEND PATCH v5", 20 * day, 1), ...run("c", "RESEND PATCH v5", 40 * day)]);
    expect(shape(a)).toEqual([["a-1 v5 n2", "b-2 v5 n1", "c-1 v5 n2"]]);
  });

  test("an explicit vN below the top in reply inside the series' thread, the top's very diff, is the top's version sent again", () => {
    const file = ["drivers/i2c/busses/dw-common.c"];
    const a = analyzeSeries([
      mail("p1", "[PATCH] i2c: dw: replace magic numbers with named constants", 0, { files: file, patchId: "d1" }),
      mail("r1", "Re: [PATCH] i2c: dw: replace magic numbers with named constants", hour, { parent: "p1", who: "rick" }),
      mail("p2", "[PATCH v2] i2c: dw: replace magic numbers with named constants", day, { files: file, patchId: "d2" }),
      mail("p3", "[PATCH v3] i2c: dw: replace magic numbers with named constants", 2 * day, { files: file, patchId: "d3" }),
      // Four weeks on, "v2" again, answering the v1's review, the v3's very diff; then the v3 again and a v4.
      mail("q2", "[PATCH v2] i2c: dw: replace magic numbers with named constants", 30 * day, { parent: "r1", files: file, patchId: "d3" }),
      mail("q3", "[PATCH v3] i2c: dw: replace magic numbers with named constants", 30 * day + 4 * hour, { files: file, patchId: "d3" }),
      mail("q4", "[PATCH v4] i2c: dw: replace magic numbers with named constants", 37 * day, { files: file, patchId: "d4" }),
    ]);
    expect(shape(a)).toEqual([["p1 v1? n1", "p2 v2 n1", "p3 v3 n1", "q2 v3? n1", "q3 v3 n1", "q4 v4 n1"]]);
  });

  test("the author's [PATCH v2 0/1] the day after an unversioned posting we carried on as v5 of their treewide series is its next version", () => {
    const t = "i2c: handle HAS_IOPORT dependencies";
    const big = (v: number, at: number, n: number, k: number) => [
      mail(`s${v}-0`, `[PATCH v${v} 0/${n}] treewide: handle HAS_IOPORT dependencies`, at),
      mail(`s${v}-${k}`, `[PATCH v${v} ${k}/${n}] i2c: add HAS_IOPORT dependencies`, at + 1000, { parent: `s${v}-0`, files: ["drivers/i2c/Kconfig"], patchId: "io" }),
    ];
    const a = analyzeSeries([
      ...big(4, 0, 41, 11),
      ...big(5, 6 * day, 44, 13),
      mail("u0", `[PATCH 0/1] ${t}`, 300 * day),
      mail("u1", "[PATCH 1/1] i2c: add HAS_IOPORT dependencies", 300 * day + 1000, { parent: "u0", files: ["drivers/i2c/Kconfig"], patchId: "io" }),
      mail("w0", `[PATCH v2 0/1] ${t}`, 301 * day),
      mail("w1", "[PATCH v2 1/1] i2c: add HAS_IOPORT dependencies", 301 * day + 1000, { parent: "w0", files: ["drivers/i2c/Kconfig"], patchId: "io2" }),
    ]);
    expect(shape(a)).toEqual([["s4-0 v4 n1", "s5-0 v5 n1", "u0 v5? n1", "w0 v6? n1"]]);
  });

  test("a maintainer's [PATCH v4] of the author's patches after their v3 of a line renumbered past an RFC restart continues it", () => {
    const t = "i2c: add the acme i2c controller driver";
    const file = ["drivers/i2c/busses/i2c-acme.c"];
    const a = analyzeSeries([
      ...[1, 2, 3].map((v) => mail(`a${v}`, `[PATCH v${v}] ${t}`, v * 7 * day, { files: file })),
      mail("rfc", `[RFC PATCH] ${t}`, 60 * day, { files: file }),
      ...[2, 3].map((v) => mail(`b${v}`, `[PATCH v${v}] ${t}`, (60 + v * 7) * day, { files: file })),
      // Sent by the maintainer under a cover of theirs, the patch still naming the author in its in-body From:.
      mail("m4-0", `[PATCH v4 0/1] ${t}`, 100 * day, { who: "rick" }),
      { ...mail("m4-1", `[PATCH v4 1/1] ${t}`, 100 * day + 1000, { files: file, who: "rick", parent: "m4-0" }), author: { name: "Dana Dev", email: "dana@example.org" } },
    ]);
    expect(shape(a)).toEqual([["a1 v1 n1", "a2 v2 n1", "a3 v3 n1", "rfc v4? n1", "b2 v5? n1", "b3 v6? n1", "m4-0 v7? n1"]]);
  });
});

// linux-integrity cases: a v8 a year after the v7 under a cover renamed to the one patch's title, a work revived years
// later with a numbering restarted (the revived cover and its v2 cite the old version), an explicit v2 in reply
// after several unversioned respins.
describe("rounds after a pause or a restart", () => {
  test("an explicit v8 a year and more after v7, its cover titled as v7's one patch, continues it; a v8 of another title stays apart", () => {
    const fix = "tpm: fix reference counting for struct tpm_chip";
    const file = ["drivers/char/tpm/tpm-chip.c"];
    const a = analyzeSeries([
      // A cover letter numbered like a patch: no diff.
      { ...mail("v7-0", "[PATCH v7] TPM fixes", 0), hasDiff: false, diffFingerprint: undefined },
      mail("v7-1", `[PATCH v7] ${fix}`, 1000, { parent: "v7-0", files: file }),
      mail("v8-0", `[PATCH v8 0/1] ${fix}`, 373 * day),
      mail("v8-1", `[PATCH v8 1/1] ${fix}`, 373 * day + 1000, { parent: "v8-0", files: file }),
      mail("w8-0", "[PATCH v8 0/1] tpm: add a reset gpio", 374 * day),
      mail("w8-1", "[PATCH v8 1/1] tpm: add a reset gpio", 374 * day + 1000, { parent: "w8-0", files: file }),
    ]);
    expect(shape(a)).toEqual([["v7-0 v7 n1", "v8-0 v8 n1"], ["w8-0 v8 n1"]]);
  });

  test("a work revived years later, numbering restarted, its v2 citing the old version over a month later, stays one series", () => {
    const t = "add integrity and security to TPM2 transactions";
    const titles = ["tpm: add buffer handling", "tpm: add hmac sessions"];
    const files = ["drivers/char/tpm/tpm-buf.c", "drivers/char/tpm/tpm2-sessions.c"];
    const cite = { links: ["v6-1"] };
    const a = analyzeSeries([
      ...posting("v6", "PATCH v6", t, 0, titles, files),
      { ...mail("r1-0", `[PATCH 0/2] ${t}`, 1200 * day, cite) },
      ...titles.map((x, k) => mail(`r1-${k + 1}`, `[PATCH ${k + 1}/2] ${x}`, 1200 * day + (k + 1) * 1000, { parent: "r1-0", files: [files[k]!] })),
      { ...mail("r2-0", `[PATCH v2 0/2] ${t}`, 1246 * day, cite) },
      ...titles.map((x, k) => mail(`r2-${k + 1}`, `[PATCH v2 ${k + 1}/2] ${x}`, 1246 * day + (k + 1) * 1000, { parent: "r2-0", files: [files[k]!] })),
    ]);
    expect(shape(a)).toEqual([["v6-0 v6 n2", "r1-0 v7? n2", "r2-0 v8? n2"]]);
  });

  test("an explicit v2 in reply after unversioned respins renumbers them below it: versions never decrease", () => {
    const t = "tpm: fix Atmel TPM crash caused by too frequent queries";
    const file = ["drivers/char/tpm/tpm_tis_core.c"];
    const a = analyzeSeries([
      mail("a", `[PATCH] ${t}`, 0, { files: file }),
      mail("b", `[PATCH] ${t}`, 10 * day, { files: file }),
      mail("c", `[PATCH] ${t}`, 20 * day, { files: file, parent: "b" }),
      mail("d", `[PATCH v2] ${t}`, 23 * day, { files: file, parent: "c" }),
      mail("e", `[PATCH v3] ${t}`, 25 * day, { files: file, parent: "d" }),
    ]);
    const versions = a.series[0]!.revisions.map((r) => r.posting.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(shape(a)).toEqual([["a v1? n1", "b v1? n1", "c v1? n1", "d v2 n1", "e v3 n1"]]);
  });
});

describe("covers renamed between unversioned rounds", () => {
  test("an unversioned set sent again months later under its cover title without the subsystem prefix is its next round", () => {
    const titles = ["mmc: core: Cleanup printing of speed mode at card insertion", "mmc: core: Prepare to support SD UHS-II cards", "mmc: core: Announce UHS-II cards"];
    const files = ["drivers/mmc/core/bus.c", "drivers/mmc/core/core.c", "drivers/mmc/core/host.h"];
    // Two diffs kept, the third reworked; the first sending's subjects cut short.
    const set = (stem: string, title: string, at: number, cut: boolean) => [
      mail(`${stem}-0`, `[PATCH 0/3] ${title}`, at),
      ...titles.map((t, k) => mail(`${stem}-${k + 1}`, `[PATCH ${k + 1}/3] ${cut ? t.split(" ").slice(0, -2).join(" ") : t}`, at + (k + 1) * 1000, { parent: `${stem}-0`, files: [files[k]!], patchId: k < 2 ? `p${k}` : `${stem}${k}` })),
    ];
    const a = analyzeSeries([...set("a", "mmc: core: Preparations to support SD UHS-II cards", 0, true), ...set("b", "Preparations to support SD UHS-II cards", 94 * day, false)]);
    expect(shape(a)).toEqual([["a-0 v1? n3", "b-0 v2? n3"]]);
  });

  test("the same bare title under two subsystems' prefixes stays two postings", () => {
    const a = analyzeSeries([
      ...posting("a", "PATCH", "ASoC: ti: Maintainer mail address change", 0, ["MAINTAINERS: update for TI ASoC", "ASoC: dt-bindings: update maintainer"], ["MAINTAINERS", "Documentation/x/sound.yaml"]),
      ...posting("b", "PATCH", "dmaengine: ti: Maintainer mail address change", 8 * 60 * 1000, ["MAINTAINERS: add TI DMA entry", "dt-bindings: dma: update maintainer"], ["MAINTAINERS", "Documentation/x/dma.yaml"]),
    ]);
    expect(shape(a)).toEqual([["a-0 v1? n2"], ["b-0 v1? n2"]]);
  });
});

// linux-iio cases: like one-line changes to two drivers minutes apart, a set whose cover drops the leading parts of its
// patch's prefix, a vN re-sent the next day under the version before it.
describe("same diffs, other drivers; prefixes dropped; slips", () => {
  test("the same one-line Kconfig change to a sibling driver minutes later is another change, not a repost", () => {
    const kconfig = ["drivers/iio/dac/Kconfig"];
    const a = analyzeSeries([
      mail("a", "[PATCH v1 1/1] iio: dac: dpot: Drop dependency on OF", 0, { files: kconfig, patchId: "of" }),
      mail("b", "[PATCH v1 1/1] iio: dac: vf610: Drop dependency on OF", 10 * 60 * 1000, { files: kconfig, patchId: "of" }),
    ]);
    expect(shape(a)).toEqual([["a v1 n1"], ["b v1 n1"]]);
  });

  test("[PATCH v2 0/2] `adxl355: x` over a cleanup and the patch `iio: accel: adxl355: x` is that v2 again", () => {
    const t = "iio: accel: adxl355: Add triggered buffer support";
    const file = ["drivers/iio/accel/adxl355_core.c"];
    const a = analyzeSeries([
      mail("a", `[PATCH] ${t}`, 0, { files: file }),
      mail("b", `[PATCH v2] ${t}`, 6 * day, { files: file }),
      mail("c0", "[PATCH v2 0/2] adxl355: Add triggered buffer support", 21 * day),
      mail("c1", "[PATCH v2 1/2] iio: accel: adxl355: use if(ret) in place of ret < 0", 21 * day + 1000, { parent: "c0", files: file }),
      mail("c2", `[PATCH v2 2/2] ${t}`, 21 * day + 2000, { parent: "c0", files: file }),
    ]);
    expect(shape(a)).toEqual([["a v1? n1", "b v2 n1", "c0 v2 n2"]]);
  });

  test("a [PATCH v3 k/2] with the v4's very diffs 20 hours after it is the v4 sent again; three days later, apart", () => {
    const titles = ["dt-bindings: iio: light: bh1750: Add reset-gpios property", "iio: light: bh1750: Add hardware reset support via GPIO"];
    const files = ["Documentation/x/bh1750.yaml", "drivers/iio/light/bh1750.c"];
    const set = (stem: string, v: string, at: number) =>
      titles.map((t, k) => mail(`${stem}-${k + 1}`, `[PATCH ${v} ${k + 1}/2] ${t}`, at + k * 1000, { files: [files[k]!], patchId: `v4-${k}`, ...(k ? { parent: `${stem}-1` } : {}) }));
    const a = analyzeSeries([...set("v4", "v4", 0), ...set("s", "v3", 20 * hour)]);
    expect(shape(a)).toEqual([["v4-1 v4 n2", "s-1 v4? n2"]]);
    const b = analyzeSeries([...set("v4", "v4", 0), ...set("s", "v3", 3 * day)]);
    expect(shape(b)).toHaveLength(2);
  });
});

describe("sibling drivers sent together; a stale version number on a respin", () => {
  test("the like change to two sibling drivers minutes apart, no file in common, stays two series", () => {
    const a = analyzeSeries([
      mail("fsl", "[PATCH v2] spi: fsl: Convert to use CS GPIO descriptors", 0, { files: ["drivers/spi/spi-fsl-spi.c"] }),
      mail("bcm", "[PATCH v4] spi: bcm2835: Convert to use CS GPIO descriptors", 3 * 60 * 1000, { files: ["drivers/spi/spi-bcm2835.c"] }),
    ]);
    expect(shape(a)).toEqual([["bcm v4 n1"], ["fsl v2 n1"]]);
  });

  test("a patch under the wrong driver's prefix, resent minutes later under the right one over the same file, is its next version", () => {
    const a = analyzeSeries([
      mail("wrong", "[PATCH v1 1/1] spi: oc-tiny: Replace of_gpio.h by proper one", 0, { files: ["drivers/spi/spi-pic32.c"] }),
      mail("right", "[PATCH v2 1/1] spi: pic32: Replace of_gpio.h by proper one", 8 * 60 * 1000, { files: ["drivers/spi/spi-pic32.c"] }),
    ]);
    expect(shape(a)).toEqual([["wrong v1 n1", "right v2 n1"]]);
  });

  test("a fix moved from the core into a driver days later, after review, stays one series", () => {
    const a = analyzeSeries([
      mail("core", "[PATCH v1] mmc: core: check R1_STATUS for erase/trim/discard", 0, { files: ["drivers/mmc/core/core.c"] }),
      mail("drv", "[PATCH v2] mmc: sdhci-brcmstb: check R1_STATUS for erase/trim/discard", 40 * day, { files: ["drivers/mmc/host/sdhci-brcmstb.c"] }),
    ]);
    expect(shape(a)).toEqual([["core v1 n1", "drv v2 n1"]]);
  });

  test("a respin whose version we gave it, sent again hours later under the author's stale vN on its very diffs, is that respin again", () => {
    const titles = ["spi: fspi: enable the driver on imx8mp", "dt-bindings: spi: add imx8mp compatible"];
    const files = ["drivers/spi/spi-nxp-fspi.c", "Documentation/devicetree/bindings/spi/spi-nxp-fspi.txt"];
    const v2 = posting("v2", "PATCH v2", "enable flexspi support on imx8mp", 0, titles, files);
    const respin = posting("re", "PATCH", "enable flexspi support on imx8mp", 7 * day, titles, files);
    const stale = posting("st", "PATCH v2", "enable flexspi support on imx8mp", 7 * day + 3 * hour, titles, files);
    // The respin's cover names no version, its changelog says v3; the stale v2 carries the respin's very diffs.
    const same = (m: MessageSummary, k: number): MessageSummary => (m.diffFingerprint ? { ...m, diffFingerprint: { ...m.diffFingerprint, patchId: `pid-re-${k}` } } : m);
    const hinted = (m: MessageSummary): MessageSummary => (m.messageId === "re-0" ? { ...m, coverVersionHint: 3 } : m);
    const a = analyzeSeries([...v2, ...respin.map(same).map(hinted), ...stale.map(same)]);
    expect(shape(a)).toEqual([["v2-0 v2 n2", "re-0 v3? n2", "st-0 v3? n2"]]);
  });

  test("the author's first [PATCH v1] after unversioned rounds on their very diffs keeps the author's count (those rounds are v0)", () => {
    const a = analyzeSeries([
      mail("p1", "[PATCH] hwmon: (nct6883) Support NCT6686D", 0, { patchId: "pid-a" }),
      mail("p2", "[PATCH] hwmon: (nct6883) Support NCT6686D", day, { patchId: "pid-b" }),
      mail("p3", "[PATCH v1] hwmon: (nct6883) Support NCT6686D", day + 4 * hour, { patchId: "pid-b" }),
      mail("p4", "[PATCH v2] hwmon: (nct6883) Support NCT6686D", 2 * day, { patchId: "pid-c" }),
    ]);
    expect(shape(a)[0]!.map((s) => s.split(" ")[1])).toEqual(["v0?", "v0?", "v1", "v2"]);
  });
});

describe("pull-tagged rounds and parts of one work", () => {
  const titles = ["lib: zstd: add the upstream sources", "crypto: zstd: use the new api", "btrfs: zstd: use the new api"];
  test("a series round sent under a pull tag with its patches is a round: the next [PATCH vN] follows it", () => {
    const a = analyzeSeries([
      ...posting("v4", "PATCH v4", "Update to zstd-1.4.6", 0, titles),
      ...posting("v5", "GIT PULL][PATCH v5", "Update to zstd-1.4.6", 30 * day, titles),
      ...posting("v6", "PATCH v6", "Update to zstd-1.4.6", 60 * day, titles.slice(0, 2)),
    ]);
    expect(shape(a)).toEqual([["v4-0 v4 n3", "v5-0 v5 n3", "v6-0 v6 n2"]]);
  });

  test("a pull request proper (no numbered patches) stays no earlier round of a patch posting", () => {
    const a = analyzeSeries([
      mail("pull", "[GIT PULL] Update to zstd-1.4.6", 0),
      ...posting("v1", "PATCH", "Update to zstd-1.4.6", 30 * day, titles),
    ]);
    expect(shape(a).length).toBe(2);
  });

  test("Part1 and Part2 of one large work, the same day under near titles, are two series", () => {
    const p1 = ["x86/sev: add guest support", "x86/sev: add the guest hooks"];
    const p2 = ["crypto: ccp: add hypervisor support", "KVM: SVM: add the hypervisor hooks"];
    const a = analyzeSeries([
      ...posting("rfc", "RFC Part2 PATCH", "Add AMD SEV-SNP Hypervisor Support", 0, p2, ["drivers/crypto/ccp/sev.c", "arch/x86/kvm/svm.c"]),
      // Both parts touch the firmware driver.
      ...posting("g3", "PATCH Part1 RFC v3", "Add AMD SEV-SNP Guest Support", 70 * day, p1, ["drivers/crypto/ccp/sev.c", "arch/x86/sev.c"]),
      ...posting("h3", "PATCH Part2 RFC v3", "Add AMD SEV-SNP Hypervisor Support", 70 * day + 7 * 60 * 1000, p2, ["drivers/crypto/ccp/sev.c", "arch/x86/kvm/svm.c"]),
    ]);
    expect(shape(a)).toEqual([["g3-0 v3 n2"], ["rfc-0 v1? n2", "h3-0 v3 n2"]]);
  });
});
