import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";

// linux-mips: the scope written on the line below the tags ("to patches 1, 2, 11 and 12.", "for the series.").
describe("extractReplyTrailers: a scope below the tags", () => {
  it("gives the run the patches or the series named below it", () => {
    const numbered = extractReplyTrailers("On Mon, Ann wrote:\n> cover text\n\nAcked-by: Bo Li <bo@example.org>\n\nto patches 1, 2, 11 and 12.\n\nThanks\n");
    expect(numbered.map((t) => t.patches)).toEqual([[1, 2, 11, 12]]);
    const series = extractReplyTrailers("> patch text\n\nReviewed-by: Bo Li <bo@example.org>\nfor the whole series.\n");
    expect(series.map((t) => (t as { subsystems?: string[] }).subsystems)).toEqual([["series:all"]]);
  });

  it("keeps a lead-in above, and reads no remark below as a scope", () => {
    const above = extractReplyTrailers("For patch 3:\n\nAcked-by: Bo Li <bo@example.org>\n\nfor the whole series.\n");
    expect(above.map((t) => t.patches)).toEqual([[3]]);
    const remark = extractReplyTrailers("Acked-by: Bo Li <bo@example.org>\n\nfor what it's worth, I only read patch 2.\n");
    expect(remark.map((t) => t.patches)).toEqual([undefined]);
  });
});
