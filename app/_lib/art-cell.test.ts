import { describe, expect, it } from "vitest";
import type { ArtRow } from "@/lib/db/queries/contract-types";
import { artCell, cellAt } from "./art-cell";

describe("artCell", () => {
  it("counts each kind with people and names them in the title", () => {
    const out = artCell({ number: 2, acked: [], reviewed: ["Bram Olsen", "Lin Okafor"], tested: ["Sam Patel"] });
    expect(out.counts).toEqual([
      { letter: "R", count: 2 },
      { letter: "T", count: 1 },
    ]);
    expect(out.title).toBe("Reviewed-by: Bram Olsen, Lin Okafor\nTested-by: Sam Patel");
  });
  it("gives nothing for a patch nobody has acked, reviewed or tested", () => {
    expect(artCell({ number: 1, acked: [], reviewed: [], tested: [] })).toEqual({ counts: [], title: "" });
  });
});

describe("cellAt", () => {
  const row: ArtRow = { title: "t", cells: { "2": { number: 1, acked: ["A"], reviewed: [], tested: [] } } };
  it("finds the cell of a revision and nothing for a revision the patch is absent from", () => {
    expect(cellAt(row, "2")?.number).toBe(1);
    expect(cellAt(row, "1")).toBeUndefined();
    expect(cellAt(row, "2.1")).toBeUndefined();
  });
  it("ignores inherited keys", () => {
    const inherited = Object.create({ "3": { number: 1, acked: [], reviewed: [], tested: [] } }) as ArtRow["cells"];
    expect(cellAt({ title: "t", cells: inherited }, "3")).toBeUndefined();
  });
});
