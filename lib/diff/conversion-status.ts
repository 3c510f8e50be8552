// Per-file conversion status of a patch: converted call sites by function, plain calls of converted
// families still visible and left as they are, and the cover letter's "left untouched" list.
import type { AnnotatedFile, FileDiff } from "./types";

export interface Exclusion {
  /** What the cover letter names: "free_pgtables()", "userfaultd code". */
  subject: string;
  functions: string[];
  reason: string;
}

export interface ConvertedSite {
  from: string | null;
  to: string;
  line: number | null;
  handling: string | null;
}

export interface FileConversionStatus {
  path: string;
  converted: { function: string | null; sites: ConvertedSite[] }[];
  unconverted: { function: string | null; call: string; line: number | null }[];
  exclusions: Exclusion[];
}

export interface ConversionSummary {
  files: FileConversionStatus[];
  exclusions: Exclusion[];
}

/**
 * Summarise the lock conversions of annotated files (one patch, or a revision's patches concatenated:
 * entries merge by path). Exclusions come from the cover letter (its text, or exclusions already parsed
 * from it); they attach to a file when one of its hunks is in (or, given `fileDiffs` aligned with
 * `files`, mentions) an excluded function.
 */
export function summarizeConversions(files: AnnotatedFile[], cover?: string | Exclusion[], fileDiffs?: FileDiff[]): ConversionSummary {
  const exclusions = typeof cover === "string" ? parseExclusions(cover) : (cover ?? []);
  const out: FileConversionStatus[] = files.map((f, i) => {
    const byFn = new Map<string, { function: string | null; sites: ConvertedSite[] }>();
    const unconverted: FileConversionStatus["unconverted"] = [];
    const seen = new Set<string>();
    for (const h of f.hunks) {
      for (const l of h.labels) {
        const fn = typeof l.function === "string" ? l.function : null;
        if (l.rule === "lock-conversion" && typeof l.to === "string") {
          const key = fn ?? "";
          let entry = byFn.get(key);
          if (!entry) {
            entry = { function: fn, sites: [] };
            byFn.set(key, entry);
          }
          entry.sites.push({ from: l.from ?? null, to: l.to, line: typeof l.line === "number" ? l.line : null, handling: l.handling ?? null });
        } else if (l.rule === "unconverted" && typeof l.from === "string") {
          const line = typeof l.line === "number" ? l.line : null;
          const key = `${fn}:${l.from}:${line}`;
          if (!seen.has(key)) {
            seen.add(key);
            unconverted.push({ function: fn, call: l.from, line });
          }
        }
      }
    }
    const fnsHere = new Set<string>();
    for (const h of f.hunks) if (h.function) fnsHere.add(h.function);
    for (const e of byFn.values()) if (e.function) fnsHere.add(e.function);
    const text = fileDiffs?.[i]?.hunks.map((h) => h.lines.map((l) => l.text).join("\n")).join("\n") ?? "";
    const mine = exclusions.filter((x) =>
      x.functions.some((fn) => fnsHere.has(fn) || (text && new RegExp(`\\b${fn}\\b`).test(text))),
    );
    return { path: f.path, converted: [...byFn.values()], unconverted, exclusions: mine };
  });
  return { files: mergeByPath(out), exclusions };
}

// A revision's patches may touch one file several times: one entry per path, in first-seen order.
function mergeByPath(list: FileConversionStatus[]): FileConversionStatus[] {
  const byPath = new Map<string, FileConversionStatus>();
  for (const f of list) {
    const cur = byPath.get(f.path);
    if (!cur) {
      byPath.set(f.path, { ...f, converted: [...f.converted], unconverted: [...f.unconverted], exclusions: [...f.exclusions] });
      continue;
    }
    for (const c of f.converted) {
      const same = cur.converted.find((x) => x.function === c.function);
      if (same) same.sites.push(...c.sites);
      else cur.converted.push(c);
    }
    cur.unconverted.push(...f.unconverted);
    for (const e of f.exclusions) if (!cur.exclusions.includes(e)) cur.exclusions.push(e);
  }
  return [...byPath.values()];
}

const INTRO = /(left untouched|not converted|untouched by|left unconverted|were not converted|excluded|still use)/i;
const ITEM = /^\s*(?:\d+[.)]|[-*•])\s+(.*)$/;

/** The numbered or bulleted list that follows a "left untouched" sentence in a cover letter. */
export function parseExclusions(coverText: string): Exclusion[] {
  const lines = coverText.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => INTRO.test(l));
  if (start < 0) return [];
  const items: string[] = [];
  let cur: string | null = null;
  let blank = false;
  for (let i = start + 1; i < lines.length && i < start + 80; i++) {
    const l = lines[i] ?? "";
    const m = l.match(ITEM);
    if (m) {
      if (cur !== null) items.push(cur);
      cur = m[1] ?? "";
      blank = false;
    } else if (l.trim() === "") {
      blank = true;
    } else if (cur !== null && !blank) {
      cur += ` ${l.trim()}`;
    } else if (cur !== null && blank) {
      break;
    }
  }
  if (cur !== null) items.push(cur);
  return items.map(toExclusion);
}

function toExclusion(item: string): Exclusion {
  const text = item.replace(/\s+/g, " ").trim();
  const because = text.search(/\bbecause\b|\bwhich\b|\brequire[sd]?\b|, where\b|, since\b/);
  const subject = (because > 0 ? text.slice(0, because) : text.split(",")[0] ?? text).replace(/[,\s]+$/, "");
  const reason = because > 0 ? text.slice(because).replace(/^(,\s*)?(because|where|since)\s+/, "") : text;
  // Only the subject names what was left alone; the reason may mention other functions.
  const functions: string[] = [];
  for (const m of subject.matchAll(/\b([A-Za-z_]\w*?)(?:_\{([\w|]+)\})?(?:\(\)|(?=\s|$))/g)) {
    const base = m[1] ?? "";
    if (m[2]) for (const alt of m[2].split("|")) functions.push(`${base}_${alt}`);
    else if (m[0].endsWith("()")) functions.push(base);
  }
  return { subject, functions: [...new Set(functions)], reason };
}
