// Ingest-time entry point: parse a patch's diff and annotate every hunk with its enclosing function,
// lock-conversion labels and predicted reviewer nits (CONTRACT.md `files[].hunks[]`).
import { findLockSites, returnTypeChange, type LockSite } from "./find-lock-sites";
import { codeOf } from "./c-lines";
import { isCSourcePath } from "./function-context";
import { buildFileView, type FileView } from "./function-view";
import { familyOf, isCataloguedPlain } from "./lock-catalogue";
import { parseUnifiedDiff } from "./parse-unified-diff";
import { errorFlattened, gainedFailures, type GainedFailure } from "./rules/error-flattened";
import { lockConversionLabel } from "./rules/lock-conversion";
import { NIT_RULES } from "./rules/index";
import type { AnnotatedFile, FileDiff, HunkLabel, HunkNit } from "./types";

export interface AnnotateResult {
  files: AnnotatedFile[];
  fileDiffs: FileDiff[];
  errors: string[];
}

/**
 * Annotate a unified diff. Never throws; parse problems are listed in `errors`.
 * `commitMessage` is accepted for future rules (it is not read yet).
 */
export function annotatePatch(diffText: string, opts: { commitMessage?: string } = {}): AnnotateResult {
  void opts;
  const { files: fileDiffs, errors } = parseUnifiedDiff(diffText);
  const analysed = fileDiffs.map((f) => analyseFile(f));
  dropMovedCalls(fileDiffs, analysed);
  const converted = new Set<string>();
  for (const a of analysed) for (const s of a.sites) if (s.direction !== "to-plain") converted.add(familyOf(s.to));
  const gained = gainedFailures(analysed.flatMap((a) => a.sites));
  const files = fileDiffs.map((f, i) => toAnnotated(f, analysed[i] as Analysed, converted, gained));
  return { files, fileDiffs, errors };
}

interface Analysed {
  view: FileView;
  sites: LockSite[];
  nits: Map<LockSite, HunkNit[]>;
  /** The statement (blanks squeezed out) of each site found with no removed call beside it ("added"). */
  addedText: Map<LockSite, string>;
}

/**
 * A fallible call "added" in one function whose very statement the patch removes elsewhere (another function or
 * file) was moved, not made: "kexec: move locking into do_kexec_load" takes `if (!mutex_trylock(&kexec_mutex))`
 * out of the syscall and into its helper; a crypto rework carries `locked = mutex_trylock(&ctrblk_lock);` into a
 * new function. Its failure path came with it: no label, no nits.
 */
function dropMovedCalls(fileDiffs: FileDiff[], analysed: Analysed[]): void {
  if (!analysed.some((a) => a.addedText.size > 0)) return;
  const removed = new Set<string>();
  for (const f of fileDiffs) {
    for (const h of f.hunks) for (const l of h.lines) if (l.type === "del") removed.add(squeeze(codeOf(l.text)));
  }
  for (const a of analysed) {
    for (const [site, text] of a.addedText) {
      if (!removed.has(text)) continue;
      a.sites.splice(a.sites.indexOf(site), 1);
      a.nits.delete(site);
    }
  }
}

function squeeze(code: string): string {
  return code.replace(/\s+/g, "");
}

function analyseFile(file: FileDiff): Analysed {
  const view = buildFileView(file);
  const sites: LockSite[] = [];
  const nits = new Map<LockSite, HunkNit[]>();
  const addedText = new Map<LockSite, string>();
  // Only C has calls: a lock named in Documentation/*.rst or a Kconfig help text is prose.
  if (!isCSourcePath(file.path)) return { view, sites, nits, addedText };
  for (const fv of view.functions) {
    for (const site of findLockSites(fv)) {
      sites.push(site);
      if (site.direction === "added") addedText.set(site, squeeze(fv.rows[site.row]?.code ?? ""));
      const found: HunkNit[] = [];
      for (const rule of NIT_RULES) {
        try {
          found.push(...rule.check({ view: fv, site }));
        } catch {
          // A rule bug must not lose the other annotations.
        }
      }
      nits.set(site, found);
    }
  }
  return { view, sites, nits, addedText };
}

function toAnnotated(file: FileDiff, a: Analysed, converted: Set<string>, gained: Map<string, GainedFailure>): AnnotatedFile {
  const hunks = file.hunks.map((h) => ({
    index: h.index,
    header: h.header,
    function: a.view.hunkFunctions[h.index] ?? null,
    labels: [] as HunkLabel[],
    nits: [] as HunkNit[],
  }));
  for (const site of a.sites) {
    const hunk = hunks[site.hunk];
    if (!hunk) continue;
    hunk.labels.push(lockConversionLabel(site));
    for (const n of a.nits.get(site) ?? []) {
      if (!hunk.nits.some((x) => x.rule === n.rule && x.line === n.line && x.message === n.message)) hunk.nits.push(n);
    }
  }
  for (const fv of a.view.functions) {
    // Callers, anywhere in the patch, of a function that gained a lock failure (only C has calls).
    if (gained.size > 0 && isCSourcePath(file.path)) {
      for (const { hunk, nit } of errorFlattened(fv, gained)) hunks[hunk]?.nits.push(nit);
    }
    const rt = returnTypeChange(fv);
    if (rt) {
      const sig = fv.rows.find((r) => r.type === "add" && r.text.includes(`${fv.name}(`));
      const hunk = sig ? hunks[sig.hunk] : undefined;
      hunk?.labels.push({ rule: "return-type", function: fv.name, change: rt, line: sig?.newLine ?? null });
    }
    // Plain calls of a family this patch converts, still visible and left as they are.
    if (converted.size === 0) continue;
    for (const r of fv.rows) {
      if (r.type !== "context") continue;
      for (const c of r.calls) {
        if (!isCataloguedPlain(c.name) || !converted.has(c.name)) continue;
        hunks[r.hunk]?.labels.push({ rule: "unconverted", from: c.name, function: fv.name, line: r.newLine });
      }
    }
  }
  return { path: file.path, added: file.added, removed: file.removed, hunks };
}
