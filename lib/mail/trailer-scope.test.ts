import { describe, expect, it } from "vitest";
import { coversWholeSeries, isExampleTrailer, patchesOfSubsystems, readScopeLeadIn, readSubsystemLeadIn, trailerScope, readTrailingScope } from "./trailer-scope";
import type { Trailer } from "./types";

describe("readScopeLeadIn: numbered lead-ins above a cover reply's trailer", () => {
  // Shapes met on gpio, iio, spi, rtc, pwm, netfilter, dmaengine, s390, i2c and leds.
  it.each([
    ["Thanks.\nFor patches 1-4", [1, 2, 3, 4]],
    ["Nice work!\nSo, for the patches 1-4:", [1, 2, 3, 4]],
    ["Let's proceed like this.\npatches 1, 2, 4 are", [1, 2, 4]],
    ["For patch 3:", [3]],
    ["For 1/4-3/4:", [1, 2, 3]],
    ["So patches 1-3 and 6-7 are:", [1, 2, 3, 6, 7]],
    ["As far as the platform goes, patch 1-2 are:", [1, 2]],
    ["and patch 3 is:", [3]],
    ["For the HID patches (1, 9, 10):", [1, 9, 10]],
    ["For the patches 1 & 3 (the API simplification):", [1, 3]],
    ["Patches 1-3 look good to me.", [1, 2, 3]],
    ["If you take it through another tree,\nhere is my ack for doing so for 5/8 and 6/8:", [5, 6]],
    ["In any case for patch 6-14,", [6, 7, 8, 9, 10, 11, 12, 13, 14]],
    ["All core changes (patches 1 to 8) are", [1, 2, 3, 4, 5, 6, 7, 8]],
    ["These patches (4/6 to 6/6) look good to me. So, for the patches:", [4, 5, 6]],
    ["Series looks fine. With the docs fixed (pointed out\nby Dan) patches 1-3 are:", [1, 2, 3]],
    ["For the drm/i915 patches 12-13,", [12, 13]],
    ["For 6 & 7:", [6, 7]],
    ["As for 4-6, feel free to add", [4, 5, 6]],
    ["For patches from 1 to 4 in this batch:", [1, 2, 3, 4]],
    ["The Alpha-specific changes in patches 11 and 12 look correct to me.", [11, 12]],
    ["Looks good to me\nFor patches 2-3:", [2, 3]],
  ])("%j -> %j", (text, want) => expect(readScopeLeadIn(text)).toEqual(want));

  // Remarks that name a patch but scope nothing, and scopes that cannot be numbered.
  it.each([
    "patch 3 needs work.",
    "After addressing a comment in patch 3:",
    "With my comment addressed on patch 2:",
    "I sent one nit against\npatch 6, but otherwise looks fine to me:",
    "P sure I already gave you an R-b for patch 1, but for the series:",
    "Please submit patches 3 & 4 to the SoC tree.",
    "I assume you will push patches 1 and 2 through\nthe gpio tree and the rest through HTE, right?",
    "For these 3,",
    "For 3:",
    "For both patches:",
    "For all patches but patch 13/14,",
    "For non-commented patches (except 17th):",
    "For the I2C part:",
    "The problem in patch 3 is:",
    "For patches 0-2:",
    "For patches 4-2:",
    "For patches 1-9999:",
  ])("%j -> null", (text) => expect(readScopeLeadIn(text)).toBeNull());

  it("hostile input stays cheap and null", () => {
    expect(readScopeLeadIn(`For patches ${"1, ".repeat(5000)}2:`)).toBeNull();
    expect(readScopeLeadIn("for ".repeat(100) + "patches 1-2")).toBeNull();
  });
});

describe("trailerScope", () => {
  it("reads `patches`, and `patch` of facts stored before `patches` existed", () => {
    expect(trailerScope({ patches: [1, 2] })).toEqual([1, 2]);
    expect(trailerScope({ patch: 3 })).toEqual([3]);
    expect(trailerScope({})).toBeNull();
  });
});

describe("readSubsystemLeadIn / patchesOfSubsystems: a cover reply's tag for one subsystem (mmc, gpio audits)", () => {
  it.each([
    ["I guess it goes via the ACPI tree.\n\nIn any case, for the mmc patch, feel free to add:", ["mmc"]],
    ["For the GPIO part:", ["gpio"]],
    ["for the mmc parts", ["mmc"]],
    ["For the DT bindings:", ["dt-bindings"]],
    ["For the bindings patch:", ["dt-bindings"]],
    ["As for the iommu/amd and x86 changes, feel free to add", ["iommu/amd", "x86"]],
    // linux-pwm: a condition before the lead-in, "all the" before the part.
    ["If you want to keep it like this since you've already done it, then for\nall the binding patches:", ["dt-bindings"]],
    ["For all of the mmc patches:", ["mmc"]],
    // linux-pwm, under patch 3/5: the tag is for every patch.
    ["When you resend you can add my R-B: to all patches:", ["series:all"]],
    ["Feel free to add my tag to each of the patches", ["series:all"]],
  ])("%j -> %j", (text, want) => expect(readSubsystemLeadIn(text)).toEqual(want));

  it.each(["If it goes via the mmc tree, I have no comments for the bindings", "Please add a comment to all patches", "I will apply this to all the branches"])(
    "%j is no lead-in naming a part or the series",
    (text) => expect(readSubsystemLeadIn(text)).toBeNull(),
  );

  it("takes a binding patch by the bindings' prefix at any level (linux-pwm)", () => {
    const ps = ["[PATCH 1/4] dt-bindings: mfd: x", "[PATCH 2/4] spi: apple: x", "[PATCH 3/4] spi: dt-bindings: apple,spi: x", "[PATCH 4/4] arm64: dts: x"].map((subject) => ({ subject }));
    expect(patchesOfSubsystems(["dt-bindings"], ps)).toEqual([1, 3]);
  });

  it.each(["Thanks for the patch", "Thanks for the patches!", "for the remaining patches", "for this patch", "For the v2 patch:", "I looked for the mmc patch but", "For patches 1-4:"])(
    "%j is no subsystem lead-in",
    (text) => expect(readSubsystemLeadIn(text)).toBeNull(),
  );

  it("matches a subject's leading prefix, a/b prefixes by their first part, and nothing else", () => {
    const ps = ["[PATCH 1/5] ACPI / utils: x", "[PATCH 2/5] mmc: sdhci-acpi: x", "[PATCH 3/5] iommu/amd: x", "[PATCH 4/5] dt-bindings: mmc: x", "[PATCH 5/5] mmc-utils: x"].map((subject) => ({ subject }));
    expect(patchesOfSubsystems(["mmc"], ps)).toEqual([2]);
    expect(patchesOfSubsystems(["acpi"], ps)).toEqual([1]);
    expect(patchesOfSubsystems(["iommu"], ps)).toEqual([3]);
    expect(patchesOfSubsystems(["iommu/amd", "dt-bindings"], ps)).toEqual([3, 4]);
    expect(patchesOfSubsystems(["usb"], ps)).toBeNull();
    const gpio = ["[PATCH v3 1/4] gpiolib: check ranges", "[PATCH v3 2/4] pinctrl: bcm: x", "[PATCH v3 3/4] gpio: x", '[PATCH v3 4/4] Revert "gpiolib: of: add a hook"'].map((subject) => ({ subject }));
    expect(patchesOfSubsystems(["gpio"], gpio)).toEqual([1, 3, 4]);
    expect(patchesOfSubsystems(["mmc"], [{ subject: "[PATCH] mmc: x" }, {}])).toBeNull();
  });
});

describe("readScopeLeadIn / readSubsystemLeadIn: per-patch blocks and 'all but' lead-ins (edac audit)", () => {
  it("reads 'For Patch N: \"title\", please include below tags' as patch N", () => {
    expect(readScopeLeadIn('For Patch 2: "foo/bar: Save the values", Please include below tags')).toEqual([2]);
    expect(readScopeLeadIn('For Patch 3: "foo/bar: Add a debugfs file to print\nentries" Please include below tag')).toEqual([3]);
    expect(readScopeLeadIn("For patch 3, please add the following tag")).toEqual([3]);
    expect(readScopeLeadIn('For Patch 2: "foo/bar: Save the values" needs a respin')).toBeNull();
  });

  it("reads 'aside from / except patches N & M' with a verdict on the others as all but those", () => {
    expect(readScopeLeadIn("Aside from the comments for patches 5 & 6, the others LGTM.")).toBeNull();
    expect(readSubsystemLeadIn("Aside from the comments for patches 5 & 6, the others LGTM.")).toEqual(["except:5", "except:6"]);
    expect(readSubsystemLeadIn("Except for patches 2 and 4, the series looks good.")).toEqual(["except:2", "except:4"]);
    expect(readSubsystemLeadIn("For all patches but patch 13/14,")).toEqual(["except:13"]);
    expect(readSubsystemLeadIn("Apart from patch 3, I have not looked at the rest.")).toBeNull();
    // Right above the tag, the exception alone says the tag is for the others (selinux).
    expect(readSubsystemLeadIn("With the exception of 07/15, on which I had a small comment:")).toEqual(["except:7"]);
    expect(readSubsystemLeadIn("Except for patch 3:")).toEqual(["except:3"]);
    expect(readSubsystemLeadIn("Other than that, looks good.")).toBeNull();
  });

  it("gives an 'except' scope every patch but those, and none when a number is not the posting's", () => {
    const ps = [1, 2, 3, 4].map((n) => ({ subject: `[PATCH ${n}/4] foo: bar ${n}`, number: n }));
    expect(patchesOfSubsystems(["except:2", "except:3"], ps)).toEqual([1, 4]);
    expect(patchesOfSubsystems(["except:5"], ps)).toBeNull();
    expect(patchesOfSubsystems(["except:2"], [{ number: 1 }, { number: 2 }, { number: 3 }])).toEqual([1, 3]);
  });
});

// selinux: James Carter's "For these five patches:" / "For this series:" answering 1/N, pdx86's "For the
// entire series:" answering k/N.
describe("readSubsystemLeadIn: a lead-in naming the whole series or counting its patches", () => {
  it.each([
    ["For these five patches:", ["series:5"]],
    ["For all 12 patches.", ["series:12"]],
    ["For all 12 of these patches:", ["series:12"]],
    ["For the 3 patches:", ["series:3"]],
    ["For this four patch series:", ["series:4"]],
    ["For this series of eight patches:", ["series:8"]],
    ["For both patches:", ["series:2"]],
    ["For this series:", ["series:all"]],
    ["Nice cleanup. For the series:", ["series:all"]],
    ["For the whole series:", ["series:all"]],
    ["The whole patchset", ["series:all"]],
    ["For the series with v2 of patch 4:", ["series:all"]],
    ["For the series (with or without the last patch):", ["series:all"]],
    ["Thanks, the entire series looks good to me:", ["series:all"]],
    ["For all patches in the series:", ["series:all"]],
    ["With the typo fixed, for the series:", ["series:all"]],
  ])("%j -> %j", (text, want) => expect(readSubsystemLeadIn(text)).toEqual(want));

  it.each(["For the rest of the series:", "For these 3,", "For the remaining patches:", "For these patches:", "For all the other patches:", "The series looks good, but patch 2 needs work.", "For one patch:"])(
    "%j names no whole series",
    (text) => expect(readSubsystemLeadIn(text)).toBeNull(),
  );

  it("a count covers the whole series only when it is the posting's N; the series' name always does", () => {
    const t = (subsystems?: string[]) => ({ kind: "Acked-by", value: "J <j@example.org>", person: { name: "J", email: "j@example.org" }, comment: null, ...(subsystems ? { subsystems } : {}) });
    expect([coversWholeSeries(t(["series:5"]), 5), coversWholeSeries(t(["series:2"]), 5), coversWholeSeries(t(["series:5"]), null)]).toEqual([true, false, false]);
    expect([coversWholeSeries(t(["series:all"]), null), coversWholeSeries(t(["mmc"]), 5), coversWholeSeries(t(), 5)]).toEqual([true, false, false]);
    // On a cover reply it stays series-wide: no patch subject names "series".
    expect(patchesOfSubsystems(["series:2"], [{ subject: "[PATCH 1/2] series: x" }, { subject: "[PATCH 2/2] y: z" }])).toBeNull();
  });
});

describe("readScopeLeadIn: a tag offered for a future fix (linux-nfs audit)", () => {
  it("gives the tag below to no patch", () => {
    expect(readScopeLeadIn("If these findings have caused you to resend the series or submit a\nseparate fix, please add the following tag to your commit message:")).toEqual([]);
    expect(readScopeLeadIn("If you fix the issue in a separate patch, kindly add the following tags")).toEqual([]);
  });
  it("leaves a reviewer's own tag given on a condition", () => {
    expect(readScopeLeadIn("If you fix the bug that you identified you can add my R-b tag,\nregardless if you address these nits or not:")).toBeNull();
  });
});

// hyperv: "For hns patches:" on the cover of a series fixing five RDMA drivers went to all 15 patches.
describe("patchesOfSubsystems: an area named further in the prefix (hyperv audit)", () => {
  const rdma = ["RDMA/ionic: Fix a typo", "RDMA/mana: Validate a length", "RDMA/mana: Fix an unwind", "RDMA/hns: Fix a race", "RDMA/hns: Fix a call"].map((t, i) => ({ subject: `[PATCH rc ${i + 1}/5] ${t}`, number: i + 1 }));

  it("matches the later parts of an a/b prefix and deeper prefix levels", () => {
    expect(readSubsystemLeadIn("For hns patches:")).toEqual(["hns"]);
    expect(patchesOfSubsystems(["hns"], rdma)).toEqual([4, 5]);
    expect(patchesOfSubsystems(["mana"], rdma)).toEqual([2, 3]);
    const net = ["[PATCH 1/3] net: hns3: fix a leak", "[PATCH 2/3] net: mlx5: fix a race", "[PATCH 3/3] drm/amd/display: fix a check"].map((subject) => ({ subject }));
    expect(patchesOfSubsystems(["hns3"], net)).toEqual([1]);
    expect(patchesOfSubsystems(["amd"], net)).toEqual([3]);
    // A title's words after a colon are no prefix level.
    expect(patchesOfSubsystems(["fix"], [{ subject: "[PATCH] net: Revert the fix: it broke a board" }])).toBeNull();
  });

  it("prefers the patches the area leads: a deeper match counts only when none does", () => {
    const ps = ["[PATCH 1/2] mmc: host: x", "[PATCH 2/2] dt-bindings: mmc: x"].map((subject) => ({ subject }));
    expect(patchesOfSubsystems(["mmc"], ps)).toEqual([1]);
    expect(patchesOfSubsystems(["mmc"], ps.slice(1))).toEqual([1]);
  });
});

// kbuild: "Another idea ... is an Acked-by with a "# suffix" comment ..., e.g.:" above a bystander's example
// of someone else's tag: the tag was collected. s390: "you might want to say something like:" above the
// reviewer's own tag, which he gives.
describe("readSubsystemLeadIn: a tag shown as an example (kbuild, s390 audits)", () => {
  it.each([
    'Another idea is an Acked-by with a\n"# suffix" comment that clarifies the meaning in this case,\ne.g.:',
    "For example:",
    "It's not a big deal but you might want to say something like:",
    "Use a comment such as:",
  ])("%j marks the tag below an example", (text) => {
    expect(readScopeLeadIn(text)).toBeNull();
    expect(readSubsystemLeadIn(text)).toEqual(["as:example"]);
    expect(patchesOfSubsystems(readSubsystemLeadIn(text)!, [{ subject: "[PATCH] mmc: x" }])).toBeNull();
  });

  it.each(["It can be shipped later -- as such:", "Looks good, e.g. the locking is right now.", "Thanks, i.e.:"])("%j is no example lead-in", (text) =>
    expect(readSubsystemLeadIn(text)).toBeNull(),
  );
});

// linux-mips: 15 replies scope the tag on the line below it ("Acked-by: ...\n\nto patches 1, 2, 11 and 12.").
describe("readTrailingScope: a scope written below the tags", () => {
  it.each([
    ["to patches 1, 2, 11 and 12.", { scope: [1, 2, 11, 12], subsystems: null }],
    ["for patches 2-4 assuming they will be accompanied with patch 19 at the same\ntime.", { scope: [2, 3, 4], subsystems: null }],
    ["to the patch series.", { scope: null, subsystems: ["series:all"] }],
    ["For the whole patchset, with the nit on patch 4/4.", { scope: null, subsystems: ["series:all"] }],
    ["to the series and take it through the drm tree.", { scope: null, subsystems: ["series:all"] }],
    ["for the whole set and let me know if you want me to merge any of these", { scope: null, subsystems: ["series:all"] }],
    ["for the mmc patch", { scope: null, subsystems: ["mmc"] }],
    // linux-pwm
    ["for patches #12 and #19 touching this driver for merging through (I\nguess) the rust tree.", { scope: [12, 19], subsystems: null }],
    ["for patches 1 to 8 in this series.", { scope: [1, 2, 3, 4, 5, 6, 7, 8], subsystems: null }],
  ])("%j", (text, want) => expect(readTrailingScope(text)).toEqual(want));

  it.each(["for what it's worth", "Thanks,", "for this patch only", "To be honest I did not test patch 3", "for the set of changes in v2 see below"])("%j gives none", (text) =>
    expect(readTrailingScope(text)).toBeNull(),
  );
});

// linux-mmc: "For SDHCI:" (Adrian Hunter acking the SDHCI drivers of a series), "For mmc:", "For md:" above a tag.
describe("readSubsystemLeadIn: a subsystem named alone", () => {
  it.each([
    ["For SDHCI:", ["alone:sdhci"]],
    ["Thanks, for md:", ["alone:md"]],
    ["For drivers/s390 and drivers/vfio:", ["alone:drivers/s390", "alone:drivers/vfio"]],
    ["For the infiniband and pandora patches:", ["infiniband", "pandora"]],
  ])("%j -> %j", (text, want) => expect(readSubsystemLeadIn(text)).toEqual(want));

  it.each(["For now:", "For me:", "For completeness:", "Thanks for catching.", "Thanks for perseverance,", "For what it's worth:", "For the record:"])("%j names no part", (text) =>
    expect(readSubsystemLeadIn(text)).toBeNull(),
  );

  it("takes the drivers a deeper prefix level names by their family's first word", () => {
    const ps = ["[PATCH 1/4] mmc: core: x", "[PATCH 2/4] mmc: sdhci-of-arasan: x", "[PATCH 3/4] mmc: sdhci_am654: x", "[PATCH 4/4] firmware: xilinx: x"].map((subject) => ({ subject }));
    expect(patchesOfSubsystems(["sdhci"], ps)).toEqual([2, 3]);
    expect(patchesOfSubsystems(["alone:sdhci"], ps)).toEqual([2, 3]);
  });
});

// linux-i2c: scopes written in ways the earlier audits had not met.
describe("readScopeLeadIn / readSubsystemLeadIn: i2c audit lead-ins", () => {
  it("reads 'Patches 4, 5, and 6 LGTM, FWIW,' as those patches", () => {
    expect(readScopeLeadIn("Patches 4, 5, and 6 LGTM, FWIW,")).toEqual([4, 5, 6]);
    expect(readScopeLeadIn("Patches 2 and 3 LGTM")).toEqual([2, 3]);
  });

  it("takes the patches from the sentence before one that only gives the tag", () => {
    expect(readScopeLeadIn("Patches 1-5 look good. There are a few small things, but you can add")).toEqual([1, 2, 3, 4, 5]);
    expect(readScopeLeadIn("Patch 2 looks fine. So")).toEqual([2]);
    expect(readScopeLeadIn("Patch 2 has a bug. So")).toBeNull();
    expect(readScopeLeadIn("Patches 1-5 look good. I have a few questions on the rest")).toBeNull();
  });

  it("reads '... for patches 7-9, I'm ok with the rest' as every patch but those", () => {
    expect(readSubsystemLeadIn("If there is agreement with Ann and Bob for patches 7-9, I'm ok with the\nrest.")).toEqual(["except:7", "except:8", "except:9"]);
    expect(readSubsystemLeadIn("Patch 3 needs more work, but I'm fine with the others.")).toEqual(["except:3"]);
    expect(readSubsystemLeadIn("I looked at patches 7-9, I'm not sure about the rest.")).toBeNull();
  });

  it("keeps an 'except' number the posting counts though the list did not get that patch", () => {
    const ps = [2, 3, 6, 8, 9].map((n) => ({ subject: `[PATCH v3 ${n}/9] foo: bar ${n}`, number: n }));
    expect(patchesOfSubsystems(["except:7", "except:8", "except:9"], ps)).toEqual([2, 3, 6]);
    expect(patchesOfSubsystems(["except:12"], ps)).toBeNull();
  });

  it("reads the posting's N as parseSubject does: '[RFC][PATCH k/N]', '[PATCH 01/13 RFC net-next]'", () => {
    const split = [2, 3].map((n) => ({ subject: `[RFC][PATCH ${n}/9] foo: bar ${n}`, number: n }));
    expect(patchesOfSubsystems(["except:7"], split)).toEqual([2, 3]);
    const after = [1, 2].map((n) => ({ subject: `[PATCH 0${n}/13 RFC net-next] foo: bar ${n}`, number: n }));
    expect(patchesOfSubsystems(["except:9"], after)).toEqual([1, 2]);
  });
});

// linux-mmc: a tester leaving out one patch by its title.
describe("readSubsystemLeadIn / patchesOfSubsystems: 'For everything except \"<title>\"'", () => {
  const ps = [1, 2, 3].map((n) => ({ number: n, subject: `[PATCH ${n}/3] riscv: dts: ${n === 2 ? "Enable the Foo eMMC controller" : `add part ${n}`}` }));
  it("gives the tag every patch but the one so titled", () => {
    const marks = readSubsystemLeadIn('I booted it fine.\n\nFor everything except "Enable the Foo eMMC controller":');
    expect(patchesOfSubsystems(marks!, ps)).toEqual([1, 3]);
  });
  it("keeps the tag series-wide when no patch has that title", () => {
    expect(patchesOfSubsystems(readSubsystemLeadIn('For all patches but "Something else":')!, ps)).toBeNull();
  });
});

// linux-integrity audit (session 18).
describe("readScopeLeadIn / readSubsystemLeadIn: integrity audit", () => {
  it("reads 'please add this to the patches 1-3' and a condition before 'for patches'", () => {
    expect(readScopeLeadIn("Can you rebase and resend?\n\nAlso, please add this to the patches 1-3:")).toEqual([1, 2, 3]);
    expect(readScopeLeadIn("You can add my ack to patches 2 and 4:")).toEqual([2, 4]);
    expect(readScopeLeadIn("With that fixed, for patches 1-3:")).toEqual([1, 2, 3]);
    expect(readScopeLeadIn("Please add the missing include to patch 3 and resend.")).toBeNull();
  });

  it("reads 'for all patches which touch s390' as that subsystem's patches", () => {
    const marks = readSubsystemLeadIn("For all patches which touch s390:");
    expect(marks).toEqual(["s390"]);
    const ps = [
      { number: 1, subject: "[PATCH v2 1/3] s390/kexec_file: Don't opencode the check" },
      { number: 2, subject: "[PATCH v2 2/3] powerpc/kexec_file: Add support" },
      { number: 3, subject: "[PATCH v2 3/3] module: strip the marker" },
    ];
    expect(patchesOfSubsystems(marks!, ps)).toEqual([1]);
  });

  it("marks tags shown as they stand ('this patch has:', 'I have the following tags now:') as examples", () => {
    expect(isExampleTrailer({ kind: "Reviewed-by", value: "", person: null, comment: null, subsystems: readSubsystemLeadIn("I just saw that this patch has:")! } as Trailer)).toBe(true);
    expect(readSubsystemLeadIn("Thanks.\n\nI have the following tags now:")).toEqual(["as:example"]);
    expect(readSubsystemLeadIn("This patch has a bug, but otherwise")).toBeNull();
  });
});

describe("readScopeLeadIn: parts touched, each with its numbers (linux-integrity)", () => {
  it("reads every number in the parentheses of 'for the patches that touch ...'", () => {
    expect(readScopeLeadIn("For the patches that touch PV display (#07, #16), PV sound (#08, #20) and the shared buffer code (#10):")).toEqual([7, 8, 10, 16, 20]);
  });
  it("reads none when a number stands outside them or a parenthesis holds words", () => {
    expect(readScopeLeadIn("For the patches that touch the v2 code (#3):")).toBeNull();
    expect(readScopeLeadIn("For the patches that touch foo (see below):")).toBeNull();
  });
});

describe("readSubsystemLeadIn: the patches applying to a driver, by its file's name (linux-leds)", () => {
  it("gives 'leds-ns2' the 'leds: ns2:' patches", () => {
    const s = readSubsystemLeadIn("For all the patches applying to the leds-ns2 driver:");
    expect(s).toEqual(["leds-ns2"]);
    expect(patchesOfSubsystems(s!, [{ subject: "[PATCH 1/3] leds: ns2: foo", number: 1 }, { subject: "[PATCH 2/3] leds: is31fl319x: bar", number: 2 }, { subject: "[PATCH 3/3] leds: ns2: baz", number: 3 }])).toEqual([1, 3]);
  });
});
