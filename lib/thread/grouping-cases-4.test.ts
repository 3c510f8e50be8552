// Grouping and linking cases found auditing lists the code was never tuned on, round 2 (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred or relabelled). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

/** A covered posting `[<tag> 0/n] title` with n patches touching `files`, sent at `minute`. */
function posting(key: string, tag: string, title: string, patchTitles: string[], minute: number, files: string[]): MessageSummary[] {
  const n = patchTitles.length;
  return [
    mail(`${key}-0`, `[${tag} 0/${n}] ${title}`, minute),
    ...patchTitles.map((t, k) =>
      mail(`${key}-${k + 1}`, `[${tag} ${k + 1}/${n}] ${t}`, minute + 1, { parent: `${key}-0`, diff: `${key}-${k + 1}`, files })),
  ];
}

describe("an author's own rising numbers are never merged into one", () => {
  const files = ["drivers/ptp/ptp_frob.c", "MAINTAINERS"];
  const titles = ["ptp: frob: move the driver to the clock tree", "MAINTAINERS: frob: hand the driver to the clock people"];
  const title = "ptp: move the frob clock drivers to the clock maintainers";

  test("[RFC v2], an unversioned posting whose changelog says v3, then the author's [PATCH v2] and [PATCH v3]", () => {
    // The first non-RFC posting carries its history on from the RFC line ("Changes in v3"): read as v3. The author
    // then numbers their patch line anew, v2 and v3. Relabelling that v2 to v3 beside their own v3 made two rounds one;
    // the author's numbers win and the guess sits between its neighbours.
    const first = posting("b", "PATCH", title, titles, 20 * DAY, files);
    first[0] = { ...first[0]!, coverVersionHint: 3 };
    const s = shape([
      ...posting("a", "RFC v2", title, titles, 0, files),
      ...first,
      ...posting("c", "PATCH v2", title, titles, 40 * DAY, files),
      ...posting("d", "PATCH v3", title, titles, 60 * DAY, files),
    ]);
    expect(s).toEqual([["a-0 v2", "b-0 v2?", "c-0 v2", "d-0 v3"]]);
  });

  test("an RFC patch, then the author's v1 and v2 of it the same week", () => {
    // `[RFC 1/4] x`, then `[PATCH v1 1/3] x` read as its next round (v2), then `[PATCH v2 1/3] x`, also v2: the
    // author's v1 and v2 are two rounds, and the RFC before their v1 their v0.
    const f = ["drivers/clk/frob/clk-wdt.c"];
    const t = "clk: frob: add the watchdog reset selection";
    // Only the clock patches came to this list: two of the RFC's four, one of each v1's and v2's three;
    // the covers went elsewhere. This patch's diff stayed the same through all three (the others changed).
    const s = shape([
      mail("r1", `[RFC 1/4] ${t}`, 0, { parent: "r0", diff: "r1", files: f }),
      mail("r3", `[RFC 3/4] clk: frob: add the watchdog reset lines`, 1, { parent: "r0", diff: "r3", files: f }),
      mail("p1", `[PATCH v1 1/3] ${t}`, 7 * DAY, { parent: "p0", diff: "r1", files: f }),
      mail("q1", `[PATCH v2 1/3] ${t}`, 7 * DAY + 180, { parent: "q0", diff: "r1", files: f }),
    ]);
    expect(s.find((g) => g.includes("q1 v2"))).toEqual(["r1 v0?", "p1 v1", "q1 v2"]);
  });

  test("control: an RFC line renumbered keeps its labels when the author's numbers do not rise past them", () => {
    // `[RFC]`, `[RFC v2]`, then `[PATCH]` (its changelog says v2) and `[PATCH v2]`: the patch line after the RFC
    // line reads v3, v4; the author's own numbers (v2, v2) do not rise, nothing is merged.
    const third = posting("c", "PATCH", title, titles, 25 * DAY, files);
    third[0] = { ...third[0]!, coverVersionHint: 2 };
    const s = shape([
      ...posting("a", "RFC", title, titles, 0, files),
      ...posting("b", "RFC v2", title, titles, 20 * DAY, files),
      ...third,
      ...posting("d", "PATCH v2", title, titles, 40 * DAY, files),
    ]);
    expect(s).toEqual([["a-0 v1?", "b-0 v2", "c-0 v3?", "d-0 v4?"]]);
  });
});

describe("a run that sends an old series' files under the new cover", () => {
  const f = ["drivers/clk/frob/clk-cpu.c"];
  const helper = ["clk: frob: add the core clock helper", "clk: frob: use the core clock helper"];
  const fix = ["clk: frob: fix the cpu clock on frob-a", "clk: frob: fix the cpu clock on frob-b"];
  /** A git-send-email run's message-id: one stem, `seq` its place. */
  const gse = (stem: string, seq: number) => `20240101000000.${stem}-${seq}-alice@example.org`;

  test("a copy posted before at that version stays out, the new copy of each number is the posting's", () => {
    // The helper series went out as V3, then V4. A month on, the cpu-clock fix's v3 cover goes out with four files
    // numbered 1/2, 1/2, 2/2, 2/2: the helper's old `V3` files were still in the directory.
    const run = "30";
    const s = analyzeSeries([
      ...[3, 4].flatMap((v) => [
        mail(gse(`1${v}`, 1), `[PATCH V${v} 0/2] clk: frob: the core clock helper`, v * DAY),
        ...helper.map((t, k) => mail(gse(`1${v}`, k + 2), `[PATCH V${v} ${k + 1}/2] ${t}`, v * DAY + 1, { parent: gse(`1${v}`, 1), diff: `h${v}-${k}`, files: f })),
      ]),
      mail(gse("20", 1), `[PATCH v2 0/2] clk: frob: fix the cpu clock`, 10 * DAY),
      ...fix.map((t, k) => mail(gse("20", k + 2), `[PATCH v2 ${k + 1}/2] ${t}`, 10 * DAY + 1, { parent: gse("20", 1), diff: `f2-${k}`, files: f })),
      mail(gse(run, 1), `[PATCH v3 0/2] clk: frob: fix the cpu clock`, 30 * DAY),
      mail(gse(run, 2), `[PATCH V3 1/2] ${helper[0]}`, 30 * DAY + 1, { parent: gse(run, 1), diff: "h3-0", files: f }),
      mail(gse(run, 3), `[PATCH v3 1/2] ${fix[0]}`, 30 * DAY + 1, { parent: gse(run, 1), diff: "f3-0", files: f }),
      mail(gse(run, 4), `[PATCH V3 2/2] ${helper[1]}`, 30 * DAY + 1, { parent: gse(run, 1), diff: "h3-1", files: f }),
      mail(gse(run, 5), `[PATCH v3 2/2] ${fix[1]}`, 30 * DAY + 1, { parent: gse(run, 1), diff: "f3-1", files: f }),
    ]).series;
    const fixSeries = s.filter((g) => g.revisions.some((r) => r.posting.title.includes("fix the cpu clock")));
    expect(fixSeries.map((g) => g.revisions.map((r) => [r.posting.version, r.posting.patches.map((p) => p.messageId)]))).toEqual([
      [[2, [gse("20", 2), gse("20", 3)]], [3, [gse(run, 3), gse(run, 5)]]],
    ]);
  });

  test("a second copy of a diff the run already sent under another number stays out", () => {
    // `[PATCH 0/2]` whose files went out as 1/2 binding, 1/2 (another change), 2/2 binding again, 2/2 driver:
    // the binding's second copy repeats the first's diff; the other change was posted alone the hour before.
    const run = "40";
    const s = analyzeSeries([
      mail(gse("39", 1), `[PATCH] dt-bindings: usb: frob: add the frob-9 compatible`, 0, { diff: "u", files: ["Documentation/usb/frob.yaml"] }),
      mail(gse(run, 1), `[PATCH 0/2] phy: frob: support the frob-9 phy`, 60),
      mail(gse(run, 2), `[PATCH 1/2] dt-bindings: phy: frob: add frob-9`, 61, { parent: gse(run, 1), diff: "b", files: ["Documentation/phy/frob.yaml"] }),
      mail(gse(run, 3), `[PATCH 1/2] dt-bindings: usb: frob: add the frob-9 compatible`, 61, { parent: gse(run, 1), diff: "u", files: ["Documentation/usb/frob.yaml"] }),
      mail(gse(run, 4), `[PATCH 2/2] dt-bindings: phy: frob: add frob-9`, 61, { parent: gse(run, 1), diff: "b", files: ["Documentation/phy/frob.yaml"] }),
      mail(gse(run, 5), `[PATCH 2/2] phy: frob: support the frob-9 phy`, 61, { parent: gse(run, 1), diff: "d", files: ["drivers/phy/frob.c"] }),
    ]).series;
    const phy = s.find((g) => g.revisions[0]!.posting.coverId === gse(run, 1))!;
    expect(phy.revisions.map((r) => r.posting.patches.map((p) => p.messageId))).toEqual([[gse(run, 2), gse(run, 5)]]);
    expect(s.find((g) => g.revisions[0]!.posting.key === gse("39", 1))!.revisions).toHaveLength(1);
  });
});
