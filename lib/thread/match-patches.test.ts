import { describe, expect, test } from "vitest";
import { changedDiffLines, computePatchId } from "./compute-patch-id";
import { fingerprintDiff } from "./fingerprint-diff";
import { matchPatches, type PatchInfo } from "./match-patches";

/** A small diff of `file` whose changed lines are `lines` (each turned into a -/+ pair). */
function diff(file: string, lines: string[], start = 10): string {
  const body = lines.flatMap((l) => [`-\told_${l}();`, `+\tnew_${l}();`]).join("\n");
  return `diff --git a/${file} b/${file}\nindex 1..2 100644\n--- a/${file}\n+++ b/${file}\n@@ -${start},${lines.length} +${start},${lines.length} @@ ctx\n${body}\n`;
}
const p = (messageId: string, number: number, title: string, d?: string): PatchInfo => ({
  messageId,
  number,
  title,
  ...(d ? { fingerprint: fingerprintDiff(d) } : {}),
});
const preds = (m: { predecessors: { messageId: string }[] }): string[] => m.predecessors.map((x) => x.messageId);

describe("computePatchId", () => {
  test("ignores whitespace, line numbers and context, not the change itself", () => {
    const a = diff("mm/vma.c", ["a", "b", "c"], 10);
    const moved = diff("mm/vma.c", ["a", "b", "c"], 250).replace(/\t/g, "    ");
    expect(computePatchId(moved)).toBe(computePatchId(a));
    expect(computePatchId(diff("mm/vma.c", ["a", "b", "d"]))).not.toBe(computePatchId(a));
    expect(computePatchId(diff("mm/other.c", ["a", "b", "c"]))).not.toBe(computePatchId(a));
    expect(computePatchId("no diff here")).toBe("");
  });

  test("changedDiffLines keeps only +/- lines of hunks, with their file", () => {
    const lines = changedDiffLines(`${diff("a.c", ["x"])}-- \n2.45.0\n`);
    expect(lines).toEqual([
      { file: "a.c", line: "-old_x();" },
      { file: "a.c", line: "+new_x();" },
    ]);
  });
});

describe("matchPatches", () => {
  test("by title, through renumbering", () => {
    const m = matchPatches(
      [p("v1-1", 1, "mm: replace vma_start_write() with vma_start_write_killable()")],
      [p("v2-1", 1, "mm/vma: cleanup error handling path in vma_expand()"), p("v2-2", 2, "mm: replace vma_start_write() with vma_start_write_killable()")],
    );
    expect(preds(m[0]!)).toEqual([]);
    expect(m[1]!.predecessors).toMatchObject([{ messageId: "v1-1", number: 1, by: "title" }]);
    expect(m[1]!.predecessors[0]!.similarity).toBeGreaterThanOrEqual(0.9);
  });

  test("by patch-id when the title was reworded", () => {
    const d = diff("kernel/fork.c", ["one", "two", "three", "four"]);
    const m = matchPatches([p("a", 1, "fork: tidy up", d), p("b", 2, "fork: other", diff("kernel/exit.c", ["z1", "z2", "z3"]))], [p("c", 1, "kernel/fork: simplify copy_process error path", d)]);
    expect(m[0]!.predecessors).toMatchObject([{ messageId: "a", similarity: 1, by: "patch-id" }]);
  });

  test("a patch split in three: each part finds the original", () => {
    const all = ["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3"];
    const big = `${diff("f/a.c", all.slice(0, 3))}${diff("f/b.c", all.slice(3, 6))}${diff("f/c.c", all.slice(6))}`;
    const m = matchPatches(
      [p("old", 1, "f: do everything", big), p("unrelated", 2, "g: misc", diff("g/x.c", ["q1", "q2", "q3"]))],
      [
        p("n1", 1, "f: do a", diff("f/a.c", all.slice(0, 3))),
        p("n2", 2, "f: do b", diff("f/b.c", all.slice(3, 6))),
        p("n3", 3, "f: do c", diff("f/c.c", all.slice(6))),
      ],
    );
    for (const x of m) {
      expect(preds(x)).toEqual(["old"]);
      expect(x.predecessors[0]!.by).toBe("diff");
    }
  });

  test("three patches merged into one: all three are predecessors", () => {
    const parts = [["a1", "a2", "a3"], ["b1", "b2", "b3"], ["c1", "c2", "c3"]];
    const merged = parts.map((ls, i) => diff(`f/${i}.c`, ls)).join("");
    const m = matchPatches(
      parts.map((ls, i) => p(`o${i + 1}`, i + 1, `f: part ${i + 1}`, diff(`f/${i}.c`, ls))),
      [p("n1", 1, "f: all parts at once", merged)],
    );
    expect(preds(m[0]!).sort()).toEqual(["o1", "o2", "o3"]);
  });

  test("a couple of shared trivial lines is no match", () => {
    const m = matchPatches([p("o", 1, "x: alpha", diff("x.c", ["k", "l", "m", "n"]))], [p("n", 1, "y: beta", diff("y.c", ["k", "z1", "z2", "z3", "z4"]))]);
    expect(preds(m[0]!)).toEqual([]);
  });
});

describe("matchPatches: weak matches do not share a predecessor", () => {
  const range = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  test("a partial diff overlap loses a predecessor kept by patch-id (a patch grew siblings)", () => {
    const stable = diff("io_uring/io_uring.c", [...range("s", 6), ...range("t", 4)]);
    const sibling = diff("io_uring/io_uring.c", [...range("s", 3), ...range("u", 3)]);
    const m = matchPatches(
      [p("v1-6", 6, "io_uring: any deferred command must have stable sqe data", stable)],
      [p("v2-5", 5, "io_uring: any deferred command must have stable sqe data", stable), p("v2-8", 8, "io_uring: make IORING_OP_CANCEL_ASYNC deferrable", sibling)],
    );
    expect(m[0]!.predecessors).toMatchObject([{ messageId: "v1-6", by: "patch-id" }]);
    expect(preds(m[1]!)).toEqual([]);
    // Alone, the same overlap is a fair guess: the rule is one-to-one, not "drop weak matches".
    const alone = matchPatches([p("v1-6", 6, "io_uring: any deferred command must have stable sqe data", stable)], [p("v2-8", 8, "io_uring: make IORING_OP_CANCEL_ASYNC deferrable", sibling)]);
    expect(alone[0]!.predecessors).toMatchObject([{ messageId: "v1-6", by: "diff" }]);
  });

  test("a similar title loses a predecessor kept by its exact title", () => {
    const m = matchPatches(
      [p("v1-1", 1, "dt-bindings: pwm: Convert PWM bindings to json-schema")],
      [p("v2-1", 1, "dt-bindings: pwm: Convert PWM bindings to json-schema"), p("v2-2", 2, "dt-bindings: sram: Convert SRAM bindings to json-schema")],
    );
    expect(preds(m[0]!)).toEqual(["v1-1"]);
    expect(preds(m[1]!)).toEqual([]);
  });

  test("of two weak matches for one predecessor the better one wins", () => {
    const old = diff("drivers/leds/leds-a.c", range("a", 10));
    const m = matchPatches(
      [p("o", 1, "leds: a: rework probe", old)],
      [
        p("n1", 1, "leds: a: split probe", diff("drivers/leds/leds-a.c", [...range("a", 3), ...range("x", 5)])),
        // 8 of 16 changed lines shared (0.625) against 6 of 16 (0.53): both weak.
        p("n2", 2, "leds: a: tidy probe", diff("drivers/leds/leds-a.c", [...range("a", 7).slice(3), ...range("y", 4)])),
      ],
    );
    expect(preds(m[1]!)).toEqual(["o"]);
    expect(preds(m[0]!)).toEqual([]);
  });

  test("a one-line patch found inside a big one is weak evidence", () => {
    const big = diff("drivers/rtc/rtc-bd70528.c", range("r", 20));
    const m = matchPatches(
      [p("v9-9", 9, "rtc: bd70528: add BD71828 support", big)],
      [p("v10-9", 9, "mfd: bd70528: Fix hour register mask", diff("drivers/rtc/rtc-bd70528.c", ["r4"])), p("v10-10", 10, "rtc: bd70528: add BD71828 support", big)],
    );
    expect(preds(m[0]!)).toEqual([]);
    expect(preds(m[1]!)).toEqual(["v9-9"]);
  });

  test("lines shared across unrelated files and titles are no match", () => {
    // A DT example node in a binding document and the same node added to a board's .dts.
    const binding = diff("Documentation/devicetree/bindings/leds/leds-class-multicolor.txt", range("n", 20));
    const board = diff("arch/arm/boot/dts/imx6dl-yapp4-common.dtsi", [...range("n", 3), "reg0"]);
    const m = matchPatches([p("v8-3", 3, "dt: bindings: Add multicolor class dt bindings documention", binding)], [p("v9-11", 11, "ARM: dts: imx6dl-yapp4: Add reg property to the lp5562 channel node", board)]);
    expect(preds(m[0]!)).toEqual([]);
  });

  test("a split that keeps the title: the same-titled part alone continues the original", () => {
    const all = range("z", 12);
    const big = `${diff("f/a.c", all.slice(0, 4))}${diff("f/b.c", all.slice(4, 8))}${diff("f/c.c", all.slice(8))}`;
    const m = matchPatches(
      [p("old", 1, "f: add the frobnicator", big)],
      [p("n1", 1, "f: add the frobnicator", diff("f/a.c", all.slice(0, 4))), p("n2", 2, "f: wire up frobnication", diff("f/b.c", all.slice(4, 8))), p("n3", 3, "f: document it", diff("f/c.c", all.slice(8)))],
    );
    expect(m[0]!.predecessors).toMatchObject([{ messageId: "old", by: "title" }]);
    expect(m.slice(1).map(preds)).toEqual([[], []]);
  });

  test("at equal similarity a patch-id match outranks a diff containment", () => {
    const one = diff("drivers/leds/leds-st1202.c", ["c1"]);
    const m = matchPatches(
      [p("v1-8", 8, "leds: st1202: fix brightness having no effect", diff("drivers/leds/leds-st1202.c", ["c1", ...range("b", 12)])), p("v1-9", 9, "leds: st1202: disable channel when brightness is set to zero", one)],
      [p("v2-9", 9, "leds: st1202: disable channel when brightness is set to zero", one)],
    );
    expect(m[0]!.predecessors).toMatchObject([{ messageId: "v1-9", by: "patch-id" }]);
    expect(m[0]!.predecessors).toHaveLength(1);
  });
});

// i2c S103 and watchdog S300-like revisions: a patch kept under its title, and a new patch beside it
// touching the same code. Only lines the kept patch dropped make the new one a piece of the old.
describe("matchPatches: a kept patch speaks for its lines", () => {
  const old = ["a", "b", "c", "d", "e", "f", "g", "h"];
  test("a new patch sharing only lines the same-titled successor kept is not a split of it", () => {
    const m = matchPatches(
      [p("v1-1", 1, "i2c: gizmo: ensure the clock exists when probing", diff("drivers/i2c/gizmo.c", old))],
      [
        p("v2-1", 1, "i2c: gizmo: move the IRQ request after the clock code", diff("drivers/i2c/gizmo.c", ["a", "b", "c", "d", "e", "f", "x", "y"])),
        p("v2-2", 2, "i2c: gizmo: ensure the clock exists when probing", diff("drivers/i2c/gizmo.c", [...old, "z"])),
      ],
    );
    expect(m.map(preds)).toEqual([[], ["v1-1"]]);
  });

  test("a split-off piece beside the same-titled patch is a new patch (one-to-one)", () => {
    const m = matchPatches(
      [p("v1-1", 1, "i2c: gizmo: ensure the clock exists when probing", diff("drivers/i2c/gizmo.c", [...old, "i", "j", "k", "l"]))],
      [
        p("v2-1", 1, "i2c: gizmo: move the IRQ request after the clock code", diff("drivers/i2c/gizmo.c", ["a", "b", "c", "d", "e", "f"])),
        p("v2-2", 2, "i2c: gizmo: ensure the clock exists when probing", diff("drivers/i2c/gizmo.c", ["g", "h", "i", "j", "k", "l"])),
      ],
    );
    expect(m.map(preds)).toEqual([[], ["v1-1"]]);
  });
});

// killable-vma v4 2/4 -> v5: asked to split it up, the author sent a big part and two five-line pieces
// (khugepaged, KVM: PPC). Each piece is wholly inside the old patch, in its files: each is a piece of it.
describe("matchPatches: small pieces of a split", () => {
  const conv = (fn: string, err: string) => diff2(`mm/${fn}.c`, ["vma_start_write(vma)"], [`if (vma_start_write_killable(vma)) {`, `ret = ${err}`, "break", "}"]);
  const bigPart = diff("mm/vma.c", Array.from({ length: 12 }, (_, i) => `v${i}`));
  const old = p("v4-2", 2, "mm: replace vma_start_write() with vma_start_write_killable()", `${bigPart}${conv("khugepaged", "SCAN_FAIL")}${conv("uvmem", "H_STATE")}`);

  test("every piece wholly inside the old patch finds it, however small", () => {
    const m = matchPatches([old], [
      p("v5-2", 2, "mm/vma: use vma_start_write_killable() in vma operations", bigPart),
      p("v5-3", 3, "mm/khugepaged: use vma_start_write_killable() in collapse_huge_page()", conv("khugepaged", "SCAN_FAIL")),
      p("v5-6", 6, "KVM: PPC: use vma_start_write_killable() in kvmppc_memslot_page_merge()", conv("uvmem", "H_STATE")),
    ]);
    expect(m.map(preds)).toEqual([["v4-2"], ["v4-2"], ["v4-2"]]);
  });

  test("once a strong piece proves the split, a one-line piece wholly inside finds the old patch too", () => {
    // v1 "Fix radio node" changed a DT node in two ways; v2 sends the one-line polarity fix first, then the
    // four-line interrupt change. Whichever claims first, both are pieces of v1.
    const dts = "arch/arm/boot/dts/board.dts";
    const polarity = diff2(dts, ["reset-gpios = <&gpa 0 GPIO_ACTIVE_HIGH>"], ["reset-gpios = <&gpa 0 GPIO_ACTIVE_LOW>"]);
    const irq = diff2(dts, ["host-wakeup-gpios = <&gpb 6 0>"], ["interrupt-parent = <&gpb>", "interrupts = <6 2>", 'interrupt-names = "host-wakeup"']);
    const whole = diff2(dts, ["reset-gpios = <&gpa 0 GPIO_ACTIVE_HIGH>", "host-wakeup-gpios = <&gpb 6 0>"],
      ["reset-gpios = <&gpa 0 GPIO_ACTIVE_LOW>", "interrupt-parent = <&gpb>", "interrupts = <6 2>", 'interrupt-names = "host-wakeup"']);
    const m = matchPatches([p("v1-1", 1, "ARM: dts: board: Fix radio node", whole)], [
      p("v2-1", 1, "ARM: dts: board: Fix radio reset polarity", polarity),
      p("v2-2", 2, "ARM: dts: board: Use interrupt for radio host wakeup", irq),
    ]);
    expect(m.map(preds)).toEqual([["v1-1"], ["v1-1"]]);
  });

  test("a small patch that also touches a file the old one did not is not a piece of it", () => {
    const grown = `${conv("uvmem", "H_STATE")}${diff("arch/powerpc/kvm/other.c", ["k1"])}`;
    const m = matchPatches([old], [
      p("v5-2", 2, "mm/vma: use vma_start_write_killable() in vma operations", bigPart),
      p("v5-3", 3, "mm/khugepaged: use vma_start_write_killable() in collapse_huge_page()", conv("khugepaged", "SCAN_FAIL")),
      p("v5-6", 6, "KVM: PPC: use vma_start_write_killable() in kvmppc_memslot_page_merge()", grown),
    ]);
    // The khugepaged piece is wholly inside; the grown one shares the old patch with nobody (weak, claimed).
    expect(m.map(preds)).toEqual([["v4-2"], ["v4-2"], []]);
  });
});

/** A diff of `file` removing `minus` and adding `plus` (one hunk). */
function diff2(file: string, minus: string[], plus: string[]): string {
  const body = [...minus.map((l) => `-\t${l};`), ...plus.map((l) => `+\t${l};`)].join("\n");
  return `diff --git a/${file} b/${file}\nindex 1..2 100644\n--- a/${file}\n+++ b/${file}\n@@ -10,${minus.length} +10,${plus.length} @@ ctx\n${body}\n`;
}

// rtc S670 v3 -> v4: a new first patch reworks the code v3 2/14 changed, and 2/14 comes back (as v4 6/17)
// rebased onto it: its removed lines are the new patch's added ones. spi S1036: a new "enable pm_runtime
// autosuspend" beside "fixes pm_runtime calls", kept under its title.
describe("matchPatches: one-to-one, exact matches first", () => {
  const f = "drivers/rtc/rtc-pcf2127.c";
  const oldCode = ["a", "b", "c", "d", "e", "f", "g", "h"].map((r) => `regmap_read(${r})`);
  const v4First = ["regmap_bulk_read(buf)", "tm_sec = buf[0]", "tm_min = buf[1]"];
  const offsets = ["regmap_bulk_read(base + off)", "tm_sec = buf[off]", "tm_min = buf[off + 1]", "tm_hour = buf[off + 2]"];
  test("a new patch the kept one was rebased onto does not share the kept one's predecessor", () => {
    const m = matchPatches(
      [p("v3-2", 2, "rtc: pcf2127: adapt for time/date registers at any offset", diff2(f, oldCode, offsets))],
      [
        p("v4-1", 1, "rtc: pcf2127: improve rtc_read_time() performance", diff2(f, oldCode, v4First)),
        p("v4-6", 6, "rtc: pcf2127: adapt for time/date registers at any offset", diff2(f, v4First, offsets)),
      ],
    );
    expect(m.map(preds)).toEqual([[], ["v3-2"]]);
  });

  test("the same patch is listed before a patch merged into it, whatever the scores", () => {
    const merged = Array.from({ length: 12 }, (_, i) => `m${i}`);
    const m = matchPatches(
      [
        p("v2-15", 15, "riscv: dts: microchip: refactor icicle kit device tree", diff("arch/riscv/icicle.dts", merged)),
        p("v2-16", 16, "riscv: dts: microchip: update peripherals in icicle kit device tree", diff("arch/riscv/icicle.dts", ["q1", "q2"])),
      ],
      [p("v3-13", 13, "riscv: dts: microchip: update peripherals in icicle kit device tree", diff("arch/riscv/icicle.dts", [...merged, "q3"]))],
    );
    expect(m[0]!.predecessors).toMatchObject([{ messageId: "v2-16", by: "title" }, { messageId: "v2-15", by: "diff" }]);
  });

  test("patches merged into one: the one it is named after comes first, not the small one wholly inside it", () => {
    // v2 had the core change and a driver's adaptation; v3 merges them under the core patch's title, the core part
    // reworked a little. The driver part, wholly inside, scores 1 by containment; the merged patch is still the core
    // patch's next version, and its `previous` names that one.
    const core = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const drm = ["d0", "d1", "d2"];
    const merged = diff("drivers/base/core.c", [...core.slice(0, 7), "c10", "c11", "c12"]) + diff("drivers/gpu/drm/frob.c", drm);
    const v2 = [p("v2-1", 1, "driver core: constify the finder", diff("drivers/base/core.c", core)), p("v2-2", 2, "drm/frob: adapt to the constified finder", diff("drivers/gpu/drm/frob.c", drm))];
    const m = matchPatches(v2, [p("v3-1", 1, "driver core: constify the finder then adapt the users", merged)]);
    expect(m[0]!.predecessors).toMatchObject([{ messageId: "v2-1", by: "diff" }, { messageId: "v2-2", by: "diff", similarity: 1 }]);
    // Control: merged under a title of its own, the better score still comes first.
    const w = matchPatches(v2, [p("v3-1", 1, "frob: rework the lookup helpers", merged)]);
    expect(w.map(preds)).toEqual([["v2-2", "v2-1"]]);
  });

  test("two patches making one change in two places (one patch-id) each follow their own title", () => {
    // `Drop QUIRK_X for Foo210` and `... for Foo186` remove one flag from two tables of one file: equal diffs
    // up to line numbers, so equal patch-ids. Each patch's predecessor is the one under its own title.
    const d210 = diff("drivers/mmc/host/sdhci-foo.c", ["quirk_x"], 40);
    const d186 = diff("drivers/mmc/host/sdhci-foo.c", ["quirk_x"], 90);
    const v1 = [p("a1", 1, "sdhci: foo: Drop QUIRK_X for Foo210", d210), p("a2", 2, "sdhci: foo: Drop QUIRK_X for Foo186", d186), p("a3", 3, "arm64: foo: Add the timeout clock", diff("arch/arm64/foo.dtsi", ["clk"]))];
    const v2 = [p("b1", 1, "sdhci: foo: Drop QUIRK_X for Foo210", d210), p("b2", 2, "sdhci: foo: Drop QUIRK_X for Foo186", d186), p("b3", 3, "arm64: foo: Add the timeout clock", diff("arch/arm64/foo.dtsi", ["clk"]))];
    const m = matchPatches(v1, v2);
    expect(m.map(preds)).toEqual([["a1"], ["a2"], ["a3"]]);
    // Retitled on one side, the shared change still finds its one predecessor.
    const w = matchPatches(v1.slice(0, 1), [p("c1", 1, "sdhci: foo: Stop using QUIRK_X", d210)]);
    expect(w.map(preds)).toEqual([["a1"]]);
  });
});
