import type { ConversionSummary } from "@/lib/db/queries/contract-types";

type FileStatus = ConversionSummary["files"][number];

export interface ConvertedFunctionRow {
  /** null when the hunk header named no function. */
  function: string | null;
  sites: number;
  /** "mutex_lock → mutex_lock_killable", one per distinct pair, in first-seen order. */
  calls: string[];
  /** "goto ×2", "return", one per distinct handling ("?" when unknown). */
  handling: string[];
}

const counted = (m: Map<string, number>) => [...m].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));

/** One row per converted function of a file, folding its sites into call pairs and error-handling counts. */
export function convertedFunctionRows(file: FileStatus): ConvertedFunctionRow[] {
  return (file.converted ?? []).map((c) => {
    const calls = new Map<string, number>();
    const handling = new Map<string, number>();
    for (const s of c.sites ?? []) {
      const pair = s.from ? `${s.from} → ${s.to}` : s.to;
      calls.set(pair, (calls.get(pair) ?? 0) + 1);
      const h = s.handling ?? "?";
      handling.set(h, (handling.get(h) ?? 0) + 1);
    }
    return { function: c.function ?? null, sites: c.sites?.length ?? 0, calls: [...calls.keys()], handling: counted(handling) };
  });
}

/** Totals for the summary line: files, converted sites, plain calls left, exclusions named by the cover. */
export function conversionTotals(summary: ConversionSummary): { files: number; sites: number; unconverted: number; exclusions: number } {
  let sites = 0;
  let unconverted = 0;
  for (const f of summary.files ?? []) {
    for (const c of f.converted ?? []) sites += c.sites?.length ?? 0;
    unconverted += f.unconverted?.length ?? 0;
  }
  return { files: summary.files?.length ?? 0, sites, unconverted, exclusions: summary.exclusions?.length ?? 0 };
}

/** "free_pgtables(): function should free …"; just the subject when the cover gave no separate reason. */
export function exclusionText(x: { subject: string; reason: string }): string {
  const reason = x.reason?.trim() ?? "";
  return reason && reason !== x.subject ? `${x.subject}: ${reason}` : x.subject;
}
