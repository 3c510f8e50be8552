import { describe, expect, it } from "vitest";
import { patchesOfSubsystems, readSubsystemLeadIn, readTrailingScope } from "./trailer-scope";

// Scopes written above or below an ack on cross-architecture series (linux-arch, linux-mips), in our own words.

describe("readSubsystemLeadIn: the part named with a demonstrative, 'at least', or alone", () => {
  it.each([
    ["For these arm64 bits:", ["arm64"]],
    ["For those widget changes, feel free to add:", ["widget"]],
    ["At least for the PA-RISC parts you may add:", ["pa-risc"]],
    ["The x86 part:", ["x86"]],
    ["Thanks, the sparc bits:", ["sparc"]],
  ])("%j -> %j", (text, want) => expect(readSubsystemLeadIn(text)).toEqual(want));

  it.each(["The other changes:", "The following patches:", "The remaining patches:", "These two patches:", "The x86 part looks odd to me, see below."])(
    "%j names no part",
    (text) => expect(readSubsystemLeadIn(text)).toBeNull(),
  );
});

describe("patchesOfSubsystems: a part spelled apart from its prefix", () => {
  const ps = ["[PATCH 1/4] parisc: Use foo", "[PATCH 2/4] KVM: arm64: Use bar", "[PATCH 3/4] x86: Use baz", "[PATCH 4/4] iommu/amd: Use qux"].map((subject) => ({ subject }));

  it("reads 'PA-RISC' as the 'parisc:' prefix", () => expect(patchesOfSubsystems(["pa-risc"], ps)).toEqual([1]));

  it("reads 'arm/arm64' as a list of two when no prefix is 'arm/arm64'", () => {
    const below = readTrailingScope("To the arm/arm64 and generic parts.");
    expect(below?.subsystems).toEqual(["arm/arm64", "generic"]);
    expect(patchesOfSubsystems(below!.subsystems!, ps)).toEqual([2]);
  });

  it("keeps a slashed prefix whole when a patch has it", () => expect(patchesOfSubsystems(["iommu/amd"], ps)).toEqual([4]));

  it("matches nothing for a part no patch is", () => expect(patchesOfSubsystems(["riscv/sparc"], ps)).toBeNull());
});
