// linux-clk: a platform maintainer scoping his tag to his part of a clk series in words the readers did not know:
// "stick my\n\tAcked-by: …\non patches #6 through #9." (the scope on the line below, opened with "on") and
// "As far as sunxi is concerned, you can add my" (the part named by "as far as ... is concerned").
import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";
import { patchesOfSubsystems, readSubsystemLeadIn, readTrailingScope } from "./trailer-scope";

const scopesOf = (body: string) => extractReplyTrailers(body).map((t) => [t.patches ?? null, (t as { subsystems?: string[] }).subsystems ?? null]);

describe("a scope below the tags opened with 'on'", () => {
  it("gives the run the patches or the part it names", () => {
    expect(scopesOf("> cover text\n\nIf this goes through another tree, add my\n\n\tAcked-by: Bo Li <bo@example.org>\n\non patches #6 through #9.\n")).toEqual([[[6, 7, 8, 9], null]]);
    expect(scopesOf("> cover text\n\nAcked-by: Bo Li <bo@example.org>\non the bindings.\n")).toEqual([[null, ["dt-bindings"]]]);
    expect(readTrailingScope("on the series")).toEqual({ scope: null, subsystems: ["series:all"] });
  });

  it("reads no remark opened with 'on' as a scope", () => {
    expect(readTrailingScope("on second thought, patch 3 needs work")).toBeNull();
    expect(readTrailingScope("on my board it boots fine")).toBeNull();
    expect(scopesOf("> text\n\nTested-by: Bo Li <bo@example.org>\n\non 6.1 it works\n")).toEqual([[null, null]]);
  });
});

describe("'As far as <part> is concerned' above a tag", () => {
  it("names the part the tag is for", () => {
    expect(readSubsystemLeadIn("That series is neat. As far as sunxi is concerned, you can add my")).toEqual(["sunxi"]);
    expect(readSubsystemLeadIn("As far as the clk parts go:")).toEqual(["clk"]);
    expect(readSubsystemLeadIn("As far as the DT bindings are concerned")).toEqual(["dt-bindings"]);
    const ps = [
      { number: 1, subject: "[PATCH v2 1/3] clk: core: Fix a leak" },
      { number: 2, subject: "[PATCH v2 2/3] clk: sunxi-ng: Use the new helper" },
      { number: 3, subject: "[PATCH v2 3/3] clk: meson: Use the new helper" },
    ];
    expect(patchesOfSubsystems(["sunxi"], ps)).toEqual([2]);
  });

  it("names nothing for a person, a pronoun or the driver", () => {
    expect(readSubsystemLeadIn("As far as I am concerned, you can add my")).toBeNull();
    expect(readSubsystemLeadIn("As far as it goes, you can add my")).toBeNull();
    expect(readSubsystemLeadIn("As far as the driver is concerned")).toBeNull();
    expect(readSubsystemLeadIn("As far as I can tell, this is fine")).toBeNull();
  });
});
