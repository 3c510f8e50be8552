// Ingest-time entry point: parse a patch's diff and annotate every hunk with its enclosing function,
// lock-conversion labels and predicted reviewer nits (CONTRACT.md `files[].hunks[]`).
import { findLockSites, returnTypeChange, type LockSite } from "./find-lock-sites";
import { codeOf, firstArg } from "./c-lines";
import { isCSourcePath } from "./function-context";
import { buildFileView, type FileView, type FunctionView } from "./function-view";
import { familyOf, isCataloguedPlain, namesItsLockClass } from "./lock-catalogue";
import { parseUnifiedDiff } from "./parse-unified-diff";
import { errorFlattened, gainedFailures, type GainedFailure } from "./rules/error-flattened";
import { lockConversionLabel } from "./rules/lock-conversion";
import { GUARD_REWRITE_RULES, NIT_RULES } from "./rules/index";
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
  readDeclaredVoid(fileDiffs, analysed);
  const converted = convertedLocks(analysed);
  const gained = gainedFailures(analysed.flatMap((a) => a.sites));
  const files = fileDiffs.map((f, i) => toAnnotated(f, analysed[i] as Analysed, converted, gained));
  return { files, fileDiffs, errors };
}

/**
 * What this patch converts, for the "unconverted" labels: a family whose call names its lock class
 * (`vma_start_write(vma)`, `inode_lock(inode)`: every object is one kind of lock) maps to null, any call of it
 * counts; a generic primitive (`mutex_lock`, `wait_for_completion`) maps to the objects converted, since another
 * mutex or completion is another lock or event (vmbus's suspend wait beside a resume wait given a timeout). A
 * fallible call the patch adds where no plain call was converts nothing.
 */
function convertedLocks(analysed: Analysed[]): ConvertedLocks {
  const converted: ConvertedLocks = new Map();
  for (const a of analysed) {
    for (const s of a.sites) {
      // A call respelled as a guard converts nothing either: its plain siblings are not left behind.
      if (s.direction === "to-plain" || s.direction === "added" || s.direction === "to-guard") continue;
      const family = familyOf(s.to);
      const objects = converted.get(family);
      if (namesItsLockClass(family)) converted.set(family, null);
      else if (objects !== null) converted.set(family, (objects ?? new Set<string>()).add(s.object));
    }
  }
  return converted;
}

interface Analysed {
  view: FileView;
  sites: LockSite[];
  nits: Map<LockSite, HunkNit[]>;
  /** The statement (blanks squeezed out) of each site found with no removed call beside it ("added"). */
  addedText: Map<LockSite, string>;
  /** The function each site is in. */
  siteView: Map<LockSite, FunctionView>;
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
      if (!removed.has(text) && !removedElsewhere(analysed, a.siteView.get(site), site)) continue;
      a.sites.splice(a.sites.indexOf(site), 1);
      a.nits.delete(site);
    }
  }
}

/**
 * Whether the patch's other functions lose more calls of the site's own form on its object than they gain: the
 * call left them for this one, though its statement was rewritten on the way (a function split in two, the lock
 * now a guard: `error = mutex_lock_interruptible(&u->mutex);` out of one, `scoped_cond_guard(mutex_intr,
 * return -EINTR, &u->mutex)` into the other).
 */
function removedElsewhere(analysed: Analysed[], own: FunctionView | undefined, site: LockSite): boolean {
  let net = 0;
  for (const a of analysed) {
    for (const fv of a.view.functions) {
      if (fv === own) continue;
      for (const r of fv.rows) {
        if (r.type === "context" || !r.text.includes(site.to)) continue;
        for (const c of r.calls) {
          if (c.name === site.to && firstArg(c.args) === site.object) net += r.type === "del" ? 1 : -1;
        }
      }
    }
  }
  return net > 0;
}

/**
 * A helper known only by its name (`wait_for_device_probe_killable_timeout`) that the patch itself declares
 * `void` reports nothing: a caller dropping its result drops none. Its sites read so, and their nits again.
 */
function readDeclaredVoid(fileDiffs: FileDiff[], analysed: Analysed[]): void {
  let names: Set<string> | null = null;
  for (const a of analysed) {
    for (const site of a.sites) if (mayBeVoid(site)) (names ??= new Set()).add(site.to);
  }
  if (!names) return;
  const declared = declaredVoid(fileDiffs, names);
  if (declared.size === 0) return;
  for (const a of analysed) {
    for (const site of a.sites) {
      if (!mayBeVoid(site) || !declared.has(site.to)) continue;
      site.info = { ...site.info, returns: "void", errno: null };
      const fv = a.siteView.get(site);
      if (fv) a.nits.set(site, nitsOf(fv, site));
    }
  }
}

/** A helper known by its name whose result is dropped (a tested result compiles only when there is one). */
function mayBeVoid(site: LockSite): boolean {
  return site.handling === "ignored" && site.info.matchedBy === "naming" && site.info.returns !== "void";
}

/** Which of `names` an added line declares or defines returning `void` (one pass over the added lines). */
function declaredVoid(fileDiffs: FileDiff[], names: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const f of fileDiffs) {
    for (const h of f.hunks) {
      for (const l of h.lines) {
        if (l.type !== "add" || !l.text.includes("void")) continue;
        for (const name of names) {
          if (!l.text.includes(name)) continue;
          if (new RegExp(`(?:^|[\\s*])void\\s+${name}\\s*\\(`).test(codeOf(l.text))) found.add(name);
        }
      }
    }
  }
  return found;
}

function nitsOf(fv: FunctionView, site: LockSite): HunkNit[] {
  const found: HunkNit[] = [];
  for (const rule of site.direction === "to-guard" ? GUARD_REWRITE_RULES : NIT_RULES) {
    try {
      found.push(...rule.check({ view: fv, site }));
    } catch {
      // A rule bug must not lose the other annotations.
    }
  }
  return found;
}

function squeeze(code: string): string {
  return code.replace(/\s+/g, "");
}

function analyseFile(file: FileDiff): Analysed {
  const view = buildFileView(file);
  const sites: LockSite[] = [];
  const nits = new Map<LockSite, HunkNit[]>();
  const addedText = new Map<LockSite, string>();
  const siteView = new Map<LockSite, FunctionView>();
  // Only C has calls: a lock named in Documentation/*.rst or a Kconfig help text is prose.
  if (!isCSourcePath(file.path)) return { view, sites, nits, addedText, siteView };
  for (const fv of view.functions) {
    for (const site of findLockSites(fv)) {
      sites.push(site);
      siteView.set(site, fv);
      if (site.direction === "added") addedText.set(site, squeeze(fv.rows[site.row]?.code ?? ""));
      nits.set(site, nitsOf(fv, site));
    }
  }
  return { view, sites, nits, addedText, siteView };
}

type ConvertedLocks = Map<string, Set<string> | null>;

function toAnnotated(file: FileDiff, a: Analysed, converted: ConvertedLocks, gained: Map<string, GainedFailure>): AnnotatedFile {
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
        if (!isCataloguedPlain(c.name)) continue;
        const objects = converted.get(c.name);
        if (objects === undefined || (objects !== null && !objects.has(firstArg(c.args)))) continue;
        hunks[r.hunk]?.labels.push({ rule: "unconverted", from: c.name, function: fv.name, line: r.newLine });
      }
    }
  }
  return { path: file.path, added: file.added, removed: file.removed, hunks };
}
