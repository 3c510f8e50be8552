import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";

// linux-mmc: "For the following patches:" over one "[PATCH 09_58] title - Author - date" line per patch (b4's saved
// file names), then the ack: for those patches, not the last one listed.
describe("extractReplyTrailers: a list of patch headings above a tag", () => {
  it("scopes the tag to every patch listed", () => {
    const body = [
      "> quoted", "", "For the following patches:", "",
      "[PATCH 09_58] mmc: sdhci-pic32: Convert to void - Yan Li <y@example.com> - 2023-07-13 1107",
      "[PATCH 10_58] mmc: sdhci: milbeaut: Convert to void - Yan Li <y@example.com> - 2023-07-13 1107",
      "[PATCH 12_58] mmc: sdhci-of-at91: Convert to void - Yan Li <y@example.com> - 2023-07-13 1107", "",
      "Acked-by: Ada Hunt <ada@example.com>",
    ].join("\n");
    expect(extractReplyTrailers(body).map((t) => t.patches)).toEqual([[9, 10, 12]]);
  });
  it("keeps one heading over remarks as that patch's", () => {
    const body = ["[PATCH v3 2/5] foo: bar", "", "Looks fine.", "", "Reviewed-by: Ada Hunt <ada@example.com>"].join("\n");
    expect(extractReplyTrailers(body).map((t) => t.patches)).toEqual([[2]]);
  });
});
