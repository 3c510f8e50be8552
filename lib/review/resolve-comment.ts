// Resolution compares the code a remark was anchored to (every hunk of that file that changes the same
// function) with the same function in the next revision's matched patch. Only +/- lines are compared,
// whitespace-normalised, so a rebase that shifts line numbers does not count as a change.
import type { AnnotatedFile, FileDiff, Hunk } from "../diff/types";
import { normalizedLines } from "./anchor-comment";
import { enclosingFunction } from "./enclosing-function";
import type { Anchor, ChangelogLine, CommentKind, CommentResponse, Resolution, ResolutionEvidence } from "./types";

export interface RevisionCode {
  version: number;
  files: FileDiff[];
  annotated?: AnnotatedFile[];
  /** The other patches of the same revision, searched when code moved to another patch. */
  otherFiles?: FileDiff[];
}

export interface ResolveInput {
  comment: { text: string; kind: CommentKind; anchor: Anchor | null; reviewer: string };
  old: RevisionCode;
  next: RevisionCode | null;
  response: CommentResponse;
  /** The next revision's changelog (cover letter or patch notes). */
  changelog: ChangelogLine[];
}

const ACTIONABLE: ReadonlySet<CommentKind> = new Set(["nit", "question", "objection"]);

/** Decide open / addressed / unaddressed / explained / obsolete for one remark, with the evidence. */
export function resolveComment(input: ResolveInput): Resolution {
  const { comment, old, next, response } = input;
  const actionable = ACTIONABLE.has(comment.kind);
  const details: ResolutionEvidence = {
    oldHunks: [],
    newHunks: [],
    nitsCleared: [],
    nitsRemaining: [],
    authorWords: response.kind === "none" ? null : response.text,
    changelog: null,
  };
  if (!next) return { status: "open", inVersion: null, evidence: "no newer revision yet", actionable, details };
  const credited = creditedLines(input.changelog, comment.reviewer);
  const answered = response.kind === "explained" || response.kind === "disagreed";
  const v = next.version;

  if (!comment.anchor) {
    // A changelog credit says a request was handled; a remark that asked for nothing is not credited.
    const line = actionable ? (credited.find((l) => sharesIdentifier(comment.text, l.text)) ?? credited[0] ?? null) : null;
    details.changelog = line?.text ?? null;
    if (line) return done("addressed", `v${v} changelog credits ${comment.reviewer}: "${line.text}"`);
    const gone = mentionedCodeGone(comment.text, old.files, next);
    if (gone) return done("addressed", `v${v} no longer changes ${gone}, which the remark is about`);
    if (answered) return done("explained", `general remark; the author explained: "${clip(response.text)}"`);
    return done("unaddressed", `general remark; no v${v} changelog line credits ${comment.reviewer}`);
  }

  const { path, function: fn } = comment.anchor;
  const oldHunks = functionHunks(old.files, path, fn, old.annotated, comment.anchor.hunk);
  let newHunks = functionHunks(next.files, path, fn, next.annotated, null);
  let where = "";
  if (newHunks.length === 0 && next.otherFiles) {
    newHunks = functionHunks(next.otherFiles, path, fn, undefined, null);
    if (newHunks.length) where = " (moved to another patch of the series)";
  }
  details.oldHunks = oldHunks.map(hunkText);
  details.newHunks = newHunks.map(hunkText);
  const fnLine = credited.find((l) => (fn !== null && l.text.includes(fn)) || sharesIdentifier(comment.text, l.text)) ?? null;
  details.changelog = fnLine?.text ?? null;
  const label = `${path}${fn ? ` ${fn}()` : ""}`;
  if (newHunks.length === 0) {
    if (fnLine) return done("addressed", `${label} is no longer changed in v${v}; changelog: "${fnLine.text}"`);
    return done("obsolete", `${label} is no longer changed by the matched v${v} patch`);
  }
  const nitsOld = nitRules(old.annotated, path, oldHunks);
  const nitsNew = nitRules(next.annotated, path, newHunks);
  details.nitsCleared = nitsOld.filter((r) => !nitsNew.includes(r));
  details.nitsRemaining = nitsNew;
  const before = changedLines(oldHunks);
  const after = changedLines(newHunks);
  const same = before.join("\n") === after.join("\n");
  const onlyComments = !same && codeOnly(before).join("\n") === codeOnly(after).join("\n");
  const cleared = details.nitsCleared.length ? `; detector no longer fires: ${details.nitsCleared.join(", ")}` : "";
  const credit = fnLine ? `; changelog: "${fnLine.text}"` : "";
  if (same) {
    if (fnLine) return done("addressed", `${label} unchanged in v${v} but the changelog credits it${credit}`);
    if (answered) return done("explained", `${label} unchanged in v${v}; the author explained: "${clip(response.text)}"`);
    return done("unaddressed", `${label}: the changed lines are identical in v${v}`);
  }
  if (onlyComments && answered) {
    return done("explained", `${label}: only comments changed in v${v}; the author explained: "${clip(response.text)}"`);
  }
  return done("addressed", `${label} changed in v${v}${where}${cleared}${credit}`);

  function done(status: Resolution["status"], evidence: string): Resolution {
    return { status, inVersion: v, evidence, actionable, details };
  }
}

/** Changelog lines crediting a reviewer, by full name or by surname. */
export function creditedLines(changelog: ChangelogLine[], reviewer: string): ChangelogLine[] {
  const name = reviewer.replace(/\s*\(.*?\)\s*/g, " ").trim().toLowerCase();
  if (!name) return [];
  const surname = name.split(/\s+/).pop() ?? name;
  return changelog.filter((l) =>
    l.credits.some((c) => {
      const cn = c.toLowerCase();
      return cn === name || cn.includes(name) || (surname.length > 2 && cn.split(/\s+/).includes(surname));
    }),
  );
}

/** Hunks of `path` whose changed lines sit in function `fn` (or just the anchored hunk when fn is unknown). */
export function functionHunks(
  files: FileDiff[],
  path: string,
  fn: string | null,
  annotated: AnnotatedFile[] | undefined,
  anchoredHunk: number | null,
): Hunk[] {
  const file = files.find((f) => f.path === path || f.oldPath === path || f.newPath === path);
  if (!file) return [];
  const ann = annotated?.find((a) => a.path === file.path);
  return file.hunks.filter((h) => {
    if (!fn) return anchoredHunk !== null && h.index === anchoredHunk;
    const fallback = ann?.hunks.find((a) => a.index === h.index)?.function ?? null;
    return h.lines.some((l, i) => l.type !== "context" && enclosingFunction(h, i, fallback) === fn);
  });
}

function changedLines(hunks: Hunk[]): string[] {
  const out: string[] = [];
  for (const h of hunks) {
    const norms = normalizedLines(h);
    h.lines.forEach((l, i) => {
      if (l.type !== "context") out.push(`${l.type === "add" ? "+" : "-"}${norms[i]}`);
    });
  }
  return out;
}

function codeOnly(lines: string[]): string[] {
  return lines.filter((l) => !/^[+-]\s*(?:\/\*|\*|\/\/)/.test(l) && l.length > 1);
}

function nitRules(annotated: AnnotatedFile[] | undefined, path: string, hunks: Hunk[]): string[] {
  const file = annotated?.find((a) => a.path === path);
  if (!file) return [];
  const indexes = new Set(hunks.map((h) => h.index));
  const rules = new Set<string>();
  for (const h of file.hunks) if (indexes.has(h.index)) for (const n of h.nits) rules.add(n.rule);
  return [...rules].sort();
}

// A general remark naming a path or function the old patch changed and the new one does not.
function mentionedCodeGone(text: string, oldFiles: FileDiff[], next: RevisionCode): string | null {
  const nextPaths = new Set([...next.files, ...(next.otherFiles ?? [])].map((f) => f.path));
  for (const f of oldFiles) {
    if (nextPaths.has(f.path)) continue;
    const parts = f.path.split("/");
    const base = parts[parts.length - 1] ?? "";
    const arch = parts[0] === "arch" ? parts[1] : undefined;
    if (text.includes(f.path) || (base.length > 4 && text.includes(base)) || (arch && new RegExp(`\\b${arch}\\b`).test(text))) {
      return f.path;
    }
  }
  return null;
}

// Code identifiers (`PGWALK_WRLOCK`, `mpol_dup()`) named by both the remark and a changelog line.
function sharesIdentifier(a: string, b: string): boolean {
  const ids = (t: string): Set<string> => new Set(t.match(/\b[A-Za-z_]\w*_\w+\b/g) ?? []);
  const inB = ids(b);
  for (const id of ids(a)) if (inB.has(id)) return true;
  return false;
}

/** Evidence shows the hunks, clipped: a 500-line hunk would be stored with every comment on it. */
const MAX_EVIDENCE_LINES = 40;

function hunkText(h: Hunk): string {
  const lines = h.lines.map((l) => `${l.type === "add" ? "+" : l.type === "del" ? "-" : " "}${l.text}`);
  const shown = lines.length > MAX_EVIDENCE_LINES ? [...lines.slice(0, MAX_EVIDENCE_LINES), `… (${lines.length - MAX_EVIDENCE_LINES} more lines)`] : lines;
  return [h.header, ...shown].join("\n");
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}
