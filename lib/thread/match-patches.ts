import { intersects, overlap } from "./set-overlap";
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
/**
 * Extra predecessors beside an exact one must overlap this much (merged patches); below it a match
 * is weak: it may not share its predecessor with another match (no split or squash on thin evidence).
 */
const SECONDARY_THRESHOLD = 0.7;
/** Title overlap under which two patches count as unrelated unless their diffs touch a common file. */
const RELATED_TITLE = 0.3;
/** Changed lines (a line removed and its replacement count two) a diff match needs to be strong. */
const STRONG_SHARED_LINES = 6;
/**
 * Changed lines a small patch needs, every one of them inside one earlier patch and in its files, to count as
 * a piece split off that patch (strong): a reviewer's "split this up" turns one patch into a big part and
 * several five-line ones (killable-vma v4 2/4 became v5 2/6, 3/6, 4/6 and the 5-line KVM: PPC 6/6).
 */
const SPLIT_PIECE_LINES = 4;

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

interface DiffScore {
  score: number;
  /** Changed lines the two diffs have in common. */
  shared: number;
}

/** Containment either way, so a patch split in three (or three merged in one) still scores high. */
function diffScore(a: Prepared, b: Prepared): DiffScore {
  if (a.lines.size === 0 || b.lines.size === 0) return { score: 0, shared: 0 };
  const shared = overlap(a.lines, b.lines);
  // A couple of shared lines ("+}", "-return 0;") prove nothing.
  if (shared < Math.min(3, a.lines.size, b.lines.size)) return { score: 0, shared };
  const lineScore = Math.max(shared / a.lines.size, shared / b.lines.size);
  const sharedFiles = overlap(a.files, b.files);
  const fileScore = a.files.size && b.files.size ? sharedFiles / Math.min(a.files.size, b.files.size) : 0;
  return { score: 0.75 * lineScore + 0.25 * fileScore, shared };
}

interface Scored {
  pred: PatchPredecessor;
  /** Evidence enough to share the predecessor with another patch (a split or a squash). */
  strong: boolean;
  /**
   * The two patches carry the very same title. Breaks ties between equal diffs: two patches making one
   * change to two places (`... for Tegra210`, `... for Tegra186`) have one patch-id, and each is its own.
   */
  sameTitle?: boolean;
  /** Every changed line and file of the next patch is in the previous one (see isContained). */
  piece?: boolean;
}

/**
 * The better of `best` and a match of `prev` at this similarity. (A module function, not a closure in `score`:
 * tsx names every named closure as it is made, 4% of lib/thread's time on linux-block.)
 */
function consider(best: Scored | null, prev: Prepared, similarity: number, by: PatchPredecessor["by"], strong: boolean): Scored | null {
  if (similarity < MATCH_THRESHOLD || (best && similarity <= best.pred.similarity)) return best;
  const pred = { messageId: prev.info.messageId, number: prev.info.number, similarity: Math.round(similarity * 1000) / 1000, by };
  // A higher but thin score must not hide strong evidence already found for the same pair.
  return { pred, strong: strong || (best?.strong ?? false) };
}

/** `next` is wholly inside `prev`: each of its changed lines and each of its files. */
function isContained(prev: Prepared, next: Prepared, d: DiffScore): boolean {
  if (d.shared === 0 || d.shared !== next.lines.size || next.files.size === 0) return false;
  for (const f of next.files) if (!prev.files.has(f)) return false;
  return true;
}

function score(prev: Prepared, next: Prepared): Scored | null {
  const id = prev.info.fingerprint?.patchId;
  if (id && id === next.info.fingerprint?.patchId) {
    return { pred: { messageId: prev.info.messageId, number: prev.info.number, similarity: 1, by: "patch-id" }, strong: true, sameTitle: prev.title !== "" && prev.title === next.title };
  }
  let best: Scored | null = null;
  const titleOverlap = tokenJaccard(prev.tokens, next.tokens);
  const d = diffScore(prev, next);
  if (prev.title !== "" && prev.title === next.title) best = consider(best, prev, 0.9 + 0.1 * d.score, "title", true);
  else best = consider(best, prev, 0.8 * titleOverlap, "title", 0.8 * titleOverlap >= SECONDARY_THRESHOLD);
  // Containment makes a one-line patch score 1 inside any patch holding that line: high scores
  // from a handful of lines are weak evidence.
  const piece = isContained(prev, next, d);
  const strongDiff = (d.score >= SECONDARY_THRESHOLD && d.shared >= STRONG_SHARED_LINES) || (piece && d.shared >= SPLIT_PIECE_LINES);
  // Lines shared across different files under unrelated titles are boilerplate (a DT example node,
  // a copied helper), not the same change, unless the overlap is strong.
  if (strongDiff || titleOverlap >= RELATED_TITLE || intersects(prev.files, next.files)) best = consider(best, prev, d.score, "diff", strongDiff);
  if (best && piece) best.piece = true;
  return best;
}

/** The same patch again: equal patch-id, or the same title. */
function isExact(s: Scored): boolean {
  return s.pred.by === "patch-id" || (s.pred.by === "title" && s.pred.similarity >= 0.9);
}

const KIND_RANK: Record<PatchPredecessor["by"], number> = { "patch-id": 0, title: 1, diff: 2 };

/** Best first: at equal similarity a strong match, then the surer kind, then the same title, wins (stable otherwise). */
function byEvidence(a: Scored, b: Scored): number {
  return b.pred.similarity - a.pred.similarity || Number(b.strong) - Number(a.strong) ||
    KIND_RANK[a.pred.by] - KIND_RANK[b.pred.by] || Number(b.sameTitle ?? false) - Number(a.sameTitle ?? false) || a.pred.number - b.pred.number;
}

/**
 * Matches each patch of a revision to its predecessor(s) in the previous revision: equal patch-id,
 * equal or similar title, or similar diff (files and changed lines, measured as containment so
 * split and merged patches match). Every next patch appears once, predecessors best first (the same
 * patch before what was merged into it). A previous patch that comes back as itself (patch-id, title)
 * belongs to that patch alone; otherwise only strong matches may share one (a split or squash), weaker
 * ones take what is left.
 */
export function matchPatches(previous: readonly PatchInfo[], next: readonly PatchInfo[]): PatchMatch[] {
  const prev = previous.map(prepare);
  const candidates = next.map((n) => {
    const np = prepare(n);
    const scored: Scored[] = [];
    for (const p of prev) {
      const s = score(p, np);
      if (s) scored.push(s);
    }
    scored.sort(byEvidence);
    // Beside an exact match (same change or same title) weaker guesses are noise; only strong diff
    // overlaps stay, because they reveal patches merged into this one. The same title stays even under a
    // higher diff score (the patch grew by another one merged into it).
    const exact = scored[0] !== undefined && (scored[0].pred.similarity >= 0.9 || scored.some(isExact));
    return exact ? scored.filter((s, i) => i === 0 || isExact(s) || (s.pred.by !== "title" && s.strong)) : scored;
  });
  // Best pairs first across the whole revision, so a weak pair meets every better claim before it; the
  // same patch again (patch-id, same title) claims before any diff overlap does.
  const pairs = candidates.flat().sort((a, b) => Number(isExact(b)) - Number(isExact(a)) || byEvidence(a, b));
  const claimed = new Set<string>();
  /** Previous patches that came back as themselves: they belong to that successor alone. */
  const kept = new Set<string>();
  const keep = new Set<Scored>();
  /** Previous patches a strong piece was split off: smaller pieces wholly inside them may share them too. */
  const split = new Set<string>();
  for (const s of pairs) {
    const id = s.pred.messageId;
    // A patch sent again under its title (or unchanged) is that patch; a new patch beside it touching the
    // same code (rebased onto it, or a piece split off it) starts its own line: one-to-one, exact first.
    if (kept.has(id) || (claimed.has(id) && !s.strong)) continue;
    keep.add(s);
    claimed.add(id);
    if (isExact(s)) kept.add(id);
    else if (s.piece && s.strong) split.add(id);
  }
  // A patch split in pieces, one of them big enough to prove it (a strong piece): the smaller pieces wholly
  // inside it are pieces too (v1 "Fix Bluetooth node" -> v2 "Fix reset polarity", a one-line change, beside
  // "Use interrupt for host wakeup"), whichever of them claimed it first.
  for (const s of pairs) if (s.piece && split.has(s.pred.messageId) && !kept.has(s.pred.messageId)) keep.add(s);
  const prevById = new Map(prev.map((p) => [p.info.messageId, p]));
  return next.map((n, i) => {
    // The same patch first, then what was merged into it.
    const kept = (candidates[i] ?? []).filter((s) => keep.has(s)).sort((a, b) => Number(isExact(b)) - Number(isExact(a)) || byEvidence(a, b));
    return { messageId: n.messageId, number: n.number, predecessors: namesakeFirst(kept, new Set(titleTokens(n.title)), prevById).map((s) => s.pred) };
  });
}

/** Title overlap a merged-in patch's predecessor needs to go first for its name (see `namesakeFirst`). */
const NAMESAKE_TITLE = 0.5;

/**
 * Of the patches merged into one (no exact predecessor), the one it is named after goes first: a small patch wholly
 * inside the merged one scores 1 by containment and would otherwise stand as its previous version
 * ("driver core: constify x() then adapt the users" after "driver core: constify x()" and "drm/foo: adapt to the
 * constified x()"). Only a strong diff match under a like title, and only over a first of an unrelated title.
 */
function namesakeFirst(kept: Scored[], tokens: ReadonlySet<string>, prevById: ReadonlyMap<string, Prepared>): Scored[] {
  if (kept.length < 2 || isExact(kept[0]!)) return kept;
  const titleOf = (s: Scored): number => tokenJaccard(prevById.get(s.pred.messageId)?.tokens ?? new Set<string>(), tokens);
  if (titleOf(kept[0]!) >= RELATED_TITLE) return kept;
  const k = kept.findIndex((s, j) => j > 0 && s.pred.by === "diff" && s.strong && titleOf(s) >= NAMESAKE_TITLE);
  return k < 0 ? kept : [kept[k]!, ...kept.slice(0, k), ...kept.slice(k + 1)];
}
