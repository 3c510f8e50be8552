import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { coveredPosting, seriesShape, summaryMail, type SummaryMailOptions } from "./testing/summary-mail";
import type { MessageSummary } from "./types";

// Small postings modelled on linux-security-module, linux-kbuild, linux-hyperv and linux-pwm cases: a cover sent
// hours after its patches, a cover sent alone and then again with its patches, a reworked vN+1 after a long pause,
// an unversioned respin threaded in its own series, a stray patch of vN sent ahead of the whole vN, a revert sent
// beside a v2, a part split off a series that then comes back, a retitled vN+1 within days, a vN+1 under an
// earlier cover title years later.

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
