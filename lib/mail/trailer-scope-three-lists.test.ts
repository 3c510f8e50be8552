import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";
import { readTrailingScope } from "./trailer-scope";

// A tester's tag on a cover letter, the patches it is for on the line below it, counted ("all the 7 patches") and
// one left out (modelled on a linux-omap reply, in our own words).
describe("readTrailingScope: a count before 'patches' and an exception", () => {
  it("reads 'For all the 7 patches except Patch 2.' as every patch but 2", () => {
    expect(readTrailingScope("For all the 7 patches except Patch 2.")).toEqual({ scope: null, subsystems: ["except:2"] });
  });

  it("keeps the tag below 'You can add my:' scoped to the others", () => {
    const body = "Ann,\n\nApart from patch 2 (it breaks suspend on board A) the rest work fine.\n\nYou can add my:\nTested-by: Bob Tester <bob@example.org>\nFor all the 7 patches except Patch 2.\n\nRegards,\nBob\n";
    const [t] = extractReplyTrailers(body);
    expect(t?.kind).toBe("Tested-by");
    expect((t as { subsystems?: string[] }).subsystems).toEqual(["except:2"]);
  });

  it.each(["For all the patches.", "For all the fun of it."])("reads %j as no exception", (text) => {
    expect(readTrailingScope(text)?.subsystems ?? []).not.toContain("except:2");
  });
});
