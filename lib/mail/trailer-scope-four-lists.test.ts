import { describe, expect, it } from "vitest";
import { patchesOfSubsystems, readScopeLeadIn, readSubsystemLeadIn } from "./trailer-scope";

// linux-riscv, linux-modules, linux-hyperv and linux-kbuild: lead-ins in our own words, with made-up places.

describe("readScopeLeadIn: numbered patches of the series, and where they ran", () => {
  it.each([
    ["For Patches 1, 2, and 4 of the series on a Gizmo guest,", [1, 2, 4]],
    ["For patches 1-3 of the series:", [1, 2, 3]],
    ["For patch 3 on the widget board:", [3]],
    ["For patches 2 and 5 on arm64,", [2, 5]],
  ])("reads %j", (text, scope) => {
    expect(readScopeLeadIn(text)).toEqual(scope);
  });

  it("reads no lead-in where more is said after the numbers", () => {
    expect(readScopeLeadIn("For patches 2-4 on the other hand, I have concerns:")).toBeNull();
    expect(readScopeLeadIn("For patches 2-4 on a widget board the boot hangs after a minute or two:")).toBeNull();
  });
});

describe("readSubsystemLeadIn: a path with its closing slash", () => {
  it("reads the path without the slash, and finds its patches", () => {
    expect(readSubsystemLeadIn("For the drivers/gizmo/ parts:")).toEqual(["drivers/gizmo"]);
    expect(readSubsystemLeadIn("For the arch/x86/ bits:")).toEqual(["arch/x86"]);
    const patches = ["[PATCH 1/3] core/msi: Tidy", "[PATCH 2/3] gizmo: Switch the lookup", "[PATCH 3/3] gizmo/msi: Drop the old path"].map((subject, i) => ({ subject, number: i + 1 }));
    expect(patchesOfSubsystems(readSubsystemLeadIn("For the drivers/gizmo/ parts:")!, patches)).toEqual([2, 3]);
  });
});
