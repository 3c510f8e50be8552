// Grouping and linking cases found auditing lists the code was never tuned on (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

/** A covered posting `[PATCH vN 0/n] title` with n patches touching `files`, sent at `minute`. */
function posting(key: string, v: number, title: string, patchTitles: string[], minute: number, files: string[]): MessageSummary[] {
  const n = patchTitles.length;
  const tag = v > 1 ? `v${v} ` : "";
  return [
    mail(`${key}-0`, `[PATCH ${tag}0/${n}] ${title}`, minute),
    ...patchTitles.map((t, k) =>
      mail(`${key}-${k + 1}`, `[PATCH ${tag}${k + 1}/${n}] ${t}`, minute + 1, { parent: `${key}-0`, diff: `${key}-${k + 1}`, files })),
  ];
}

describe("series grouping cases (3)", () => {
  const bridge = ["drivers/gpu/frob/frob-dsi.c", "drivers/gpu/frob/bridge.c"];
  // The split-off part carries one of the series' patches (same title), which is what links it to the series first.
  const bridgeTitles = ["drm: frob: move the DSI host to a bridge", "drm: bridge: add the frob DSI bridge", "drm: panel: set the prepare-first flag"];
  const chain = ["drm: frob: dsi: hand back the bridge chain", "drm: panel: set the prepare-first flag"];

  test("a part split off that took vN and vN+1 leaves when the rest comes as vN under the series' title", () => {
    // v1..v3 of the bridge work; then the author splits three patches off under a new title, sent as v4 and,
    // the same day, v5; two days on the rest comes as v4 under the series' title (its subsystem part dropped).
    const s = shape([
      ...posting("a1", 1, "drm: bridge: Add the frob DSI bridge", bridgeTitles, 0, bridge),
      ...posting("a2", 2, "drm: bridge: Add the frob DSI bridge", bridgeTitles, 20 * DAY, bridge),
      ...posting("a3", 3, "drm: bridge: Add the frob DSI bridge", bridgeTitles, 40 * DAY, bridge),
      ...posting("s4", 4, "drm: frob: dsi: Hand back the bridge chain", chain, 60 * DAY, ["drivers/gpu/frob/frob-dsi.c"]),
      ...posting("s5", 5, "drm: frob: dsi: Hand back the bridge chain", chain, 60 * DAY + 300, ["drivers/gpu/frob/frob-dsi.c"]),
      ...posting("a4", 4, "drm: Add the frob DSI bridge", bridgeTitles, 62 * DAY, bridge),
      ...posting("a5", 5, "drm: Add the frob DSI bridge", bridgeTitles, 80 * DAY, bridge),
    ]);
    expect(s.sort()).toEqual([["a1-0 v1?", "a2-0 v2", "a3-0 v3", "a4-0 v4", "a5-0 v5"], ["s4-0 v4", "s5-0 v5"]]);
  });

  test("a part split off that took vN stays with the series while nothing comes under the series' title", () => {
    // Control: the same split part, but the next posting's title is unrelated to the series: nothing leaves.
    const s = shape([
      ...posting("a1", 1, "drm: bridge: Add the frob DSI bridge", bridgeTitles, 0, bridge),
      ...posting("a2", 2, "drm: bridge: Add the frob DSI bridge", bridgeTitles, 20 * DAY, bridge),
      ...posting("s3", 3, "drm: frob: dsi: Hand back the bridge chain", chain, 40 * DAY, ["drivers/gpu/frob/frob-dsi.c"]),
      ...posting("s4", 4, "drm: frob: dsi: Hand back the bridge chain", chain, 40 * DAY + 300, ["drivers/gpu/frob/frob-dsi.c"]),
      ...posting("x3", 3, "usb: frob: quiet the probe", ["usb: frob: quiet the probe"], 42 * DAY, ["drivers/usb/frob.c"]),
    ]);
    expect(s.find((g) => g.includes("s4-0 v4"))).toEqual(["a1-0 v1?", "a2-0 v2", "s3-0 v3", "s4-0 v4"]);
  });

  test("a lone patch comes back days later as v2 of a set whose patch keeps its whole title and adds to it", () => {
    const s = shape([
      mail("p1", "[PATCH] serial: frobuart: Use dynamic allocation for the major number", 0, { diff: "p1", files: ["drivers/tty/serial/frobuart.c"] }),
      mail("q0", "[PATCH v2 0/2] Use dynamic allocation for the major number when ports exceed four", 5 * DAY),
      mail("q1", "[PATCH v2 1/2] Documentation: devices: note the frobuart major number", 5 * DAY + 1, { parent: "q0", diff: "q1", files: ["Documentation/admin-guide/devices.txt"] }),
      mail("q2", "[PATCH v2 2/2] serial: frobuart: Use dynamic allocation for the major number when ports exceed four", 5 * DAY + 1,
        { parent: "q0", diff: "q2", files: ["drivers/tty/serial/Kconfig", "drivers/tty/serial/frobuart.c"] }),
    ]);
    expect(s).toEqual([["p1 v1?", "q0 v2"]]);
  });

  test("a set whose patch keeps a lone patch's whole title stays apart without a file in common or an explicit next version", () => {
    const lone = mail("p1", "[PATCH] serial: frobuart: Use dynamic allocation for the major number", 0, { diff: "p1", files: ["drivers/tty/serial/frobuart.c"] });
    const set = (tag: string, file: string) => [
      mail("q0", `[PATCH ${tag}0/2] Use dynamic allocation for the major number when ports exceed four`, 5 * DAY),
      mail("q1", `[PATCH ${tag}1/2] Documentation: devices: note the frobuart major number`, 5 * DAY + 1, { parent: "q0", diff: "q1", files: ["Documentation/admin-guide/devices.txt"] }),
      mail("q2", `[PATCH ${tag}2/2] serial: frobuart: Use dynamic allocation for the major number when ports exceed four`, 5 * DAY + 1,
        { parent: "q0", diff: "q2", files: [file] }),
    ];
    expect(shape([lone, ...set("v2 ", "drivers/tty/serial/frobcon.c")]).sort()).toEqual([["p1 v1?"], ["q0 v2"]]);
    expect(shape([lone, ...set("v3 ", "drivers/tty/serial/frobuart.c")]).sort()).toEqual([["p1 v1?"], ["q0 v3"]]);
  });

  test("the whole v3 sent again weeks later as v2, every patch under its title and one reworked, is the v3's next round", () => {
    const files = ["drivers/usb/frob/core.c"];
    const titles = ["dt-bindings: usb: frob: add the suspend clock", "ARM: dts: frob: add the suspend clock", "usb: frob: enable the suspend clock"];
    const v3 = posting("a", 3, "Add the suspend clock for the frob SoC", titles, 0, files);
    const v2 = posting("b", 2, "Add the suspend clock for the frob SoC", titles, 20 * DAY, files);
    // One patch kept as it was: the same diff.
    v2[3] = { ...v2[3]!, diffFingerprint: { files, patchId: "a-3" } };
    // It is the next round, renumbered.
    expect(shape([...v3, ...v2])).toEqual([["a-0 v3", "b-0 v4?"]]);
    // Past a month, or with other patch titles, a lower version is another posting.
    expect(shape([...v3, ...posting("b", 2, "Add the suspend clock for the frob SoC", titles, 40 * DAY, files)]).length).toBe(2);
    expect(shape([...v3, ...posting("b", 2, "Add the suspend clock for the frob SoC", [...titles.slice(0, 2), "usb: frob: gate the clock"], 20 * DAY, files)]).length).toBe(2);
  });

  test("two v1s under one generic cover title: the v2 continues the one whose file it changes, not the later one", () => {
    const one = (key: string, v: string, patch: string, minute: number, file: string) => [
      mail(`${key}0`, `[PATCH ${v} 0/1] Frobco PMIC patch`, minute),
      mail(`${key}1`, `[PATCH ${v} 1/1] ${patch}`, minute + 1, { parent: `${key}0`, diff: `${key}1`, files: [file] }),
    ];
    const driver = "drivers/soc/frobco/pmic-wrap.c";
    const s = shape([
      ...one("a", "v1", "pwrap: frobco: fix the wait timeout", 0, driver),
      ...one("b", "v1", "dt-bindings: pwrap: frobco: fix the binding text", 13 * DAY, "Documentation/devicetree/bindings/soc/frobco/pwrap.txt"),
      ...one("c", "v2", "pwrap: frobco: fix the state machine timeout", 24 * DAY, driver),
    ]);
    expect(s.sort()).toEqual([["a0 v1", "c0 v2"], ["b0 v1"]]);
  });

  test("a RESEND naming a version below the top, weeks later on the top's very diffs, is the top sent again", () => {
    const titles = ["dt-bindings: clock: frob: document the skip flag", "clk: frob: add the dynamic mode"];
    const files = ["drivers/clk/clk-frob.c"];
    const v4 = posting("d", 4, "clk: frob: add dynamic mode and more features", titles, 0, files);
    const v5 = posting("e", 5, "clk: frob: add dynamic mode and more features", titles, 5 * DAY, files);
    // `[PATCH RESEND v4 k/2]` six weeks on, carrying v5's diffs.
    const resend = (key: string, minute: number, diffs: string[]) => [
      mail(`${key}-0`, "[PATCH RESEND v4 0/2] clk: frob: add dynamic mode and more features", minute),
      ...titles.map((t, k) => mail(`${key}-${k + 1}`, `[PATCH RESEND v4 ${k + 1}/2] ${t}`, minute + 1, { parent: `${key}-0`, diff: diffs[k]!, files })),
    ];
    expect(shape([...v4, ...v5, ...resend("r", 45 * DAY, ["e-1", "e-2"])])).toEqual([["d-0 v4", "e-0 v5", "r-0 v5?"]]);
    // With a diff of its own it is no copy of the v5.
    expect(shape([...v4, ...v5, ...resend("r", 45 * DAY, ["e-1", "r-2"])]).find((g) => g.includes("e-0 v5"))).toEqual(["d-0 v4", "e-0 v5"]);
  });
});

describe("a chain's versions never go down", () => {
  const files = ["drivers/media/frob/frob-csi2.c"];
  const titles = ["media: frob: add the CSI-2 bridge", "dt-bindings: media: document the frob CSI-2 bridge", "ARM: dts: frob: add the CSI-2 node"];

  test("an unversioned posting read as v6 from a carried-over history, then the author's explicit v2", () => {
    // The first posting of a new series carries the history of an older one ("Changes since v5 of the bridge
    // series"): read as v6. Five months on the author numbers the next round v2. The guess gives way: v1?, v2.
    const first = posting("c1", 1, "media: frob: CSI-2 and ISP support", titles, 0, files);
    first[0] = { ...first[0]!, coverVersionHint: 6 };
    const s = shape([...first, ...posting("c2", 2, "media: frob: CSI-2 and ISP support", titles, 150 * DAY, files)]);
    expect(s).toEqual([["c1-0 v1?", "c2-0 v2"]]);
  });
});
