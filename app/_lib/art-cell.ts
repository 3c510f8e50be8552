import type { ArtRow } from "@/lib/db/queries/contract-types";

export type ArtCell = ArtRow["cells"][string];

const KINDS = [
  ["A", "Acked-by", "acked"],
  ["R", "Reviewed-by", "reviewed"],
  ["T", "Tested-by", "tested"],
] as const;

/**
 * The compact counts of one A/R/T cell ("A1 R2", only kinds with somebody) and a tooltip with the names
 * per trailer kind; both plain text.
 */
export function artCell(cell: ArtCell): { counts: { letter: string; count: number }[]; title: string } {
  const counts: { letter: string; count: number }[] = [];
  const lines: string[] = [];
  for (const [letter, trailer, key] of KINDS) {
    const names = Array.isArray(cell[key]) ? cell[key] : [];
    if (names.length === 0) continue;
    counts.push({ letter, count: names.length });
    lines.push(`${trailer}: ${names.join(", ")}`);
  }
  return { counts, title: lines.join("\n") };
}

/** The cell of a row at a revision (by its tag), if the patch exists there (own keys only: the keys are data). */
export function cellAt(row: ArtRow, tag: string): ArtCell | undefined {
  return Object.hasOwn(row.cells, tag) ? row.cells[tag] : undefined;
}
