import { normalizeTitle, titleTokens, tokenJaccard } from "./title-similarity";
import type { DiffFingerprint, PatchMatch, PatchPredecessor } from "./types";

export interface PatchInfo {
  messageId: string;
  number: number;
  title: string;
  fingerprint?: DiffFingerprint;
}

/** Pairs scoring below this are not predecessors. */
export const MATCH_THRESHOLD = 0.5;
/** Extra predecessors beside an exact one must overlap this much (merged patches). */
const SECONDARY_THRESHOLD = 0.7;

interface Prepared {
  info: PatchInfo;
  title: string;
  tokens: Set<string>;
  files: Set<string>;
  lines: Set<string>;
}

function prepare(p: PatchInfo): Prepared {
  return {
    info: p,
    title: normalizeTitle(p.title),
    tokens: new Set(titleTokens(p.title)),
    files: new Set(p.fingerprint?.files ?? []),
    lines: new Set(p.fingerprint?.changedLines ?? []),
  };
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Containment either way, so a patch split in three (or three merged in one) still scores high. */
function diffScore(a: Prepared, b: Prepared): number {
  if (a.lines.size === 0 || b.lines.size === 0) return 0;
  const shared = overlap(a.lines, b.lines);
  // A couple of shared lines ("+}", "-return 0;") prove nothing.
  if (shared < Math.min(3, a.lines.size, b.lines.size)) return 0;
  const lineScore = Math.max(shared / a.lines.size, shared / b.lines.size);
  const sharedFiles = overlap(a.files, b.files);
  const fileScore = a.files.size && b.files.size ? sharedFiles / Math.min(a.files.size, b.files.size) : 0;
  return 0.75 * lineScore + 0.25 * fileScore;
}

function score(prev: Prepared, next: Prepared): PatchPredecessor | null {
  const id = prev.info.fingerprint?.patchId;
  if (id && id === next.info.fingerprint?.patchId) {
    return { messageId: prev.info.messageId, number: prev.info.number, similarity: 1, by: "patch-id" };
  }
  let best: PatchPredecessor | null = null;
  const consider = (similarity: number, by: PatchPredecessor["by"]): void => {
    if (similarity >= MATCH_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { messageId: prev.info.messageId, number: prev.info.number, similarity: Math.round(similarity * 1000) / 1000, by };
    }
  };
  if (prev.title !== "" && prev.title === next.title) consider(0.9 + 0.1 * diffScore(prev, next), "title");
  else consider(0.8 * tokenJaccard(prev.tokens, next.tokens), "title");
  consider(diffScore(prev, next), "diff");
  return best;
}

/**
 * Matches each patch of a revision to its predecessor(s) in the previous revision: equal patch-id,
 * equal or similar title, or similar diff (files and changed lines, measured as containment so
 * split and merged patches match). Every next patch appears once, predecessors best first.
 */
export function matchPatches(previous: readonly PatchInfo[], next: readonly PatchInfo[]): PatchMatch[] {
  const prev = previous.map(prepare);
  return next.map((n) => {
    const np = prepare(n);
    const preds: PatchPredecessor[] = [];
    for (const p of prev) {
      const s = score(p, np);
      if (s) preds.push(s);
    }
    preds.sort((a, b) => b.similarity - a.similarity || a.number - b.number);
    // Beside an exact match (same change or same title) weaker guesses are noise; only strong diff
    // overlaps stay, because they reveal patches merged into this one.
    const exact = preds[0] !== undefined && preds[0].similarity >= 0.9;
    const kept = exact ? preds.filter((p, i) => i === 0 || (p.by !== "title" && p.similarity >= SECONDARY_THRESHOLD)) : preds;
    return { messageId: n.messageId, number: n.number, predecessors: kept };
  });
}
