// A cover letter's changelog usually carries the whole history ("v3: ... / v2: ... / v1: ..."), each entry
// read with the version that made the change. A revision's changelog is what changed in that revision:
// linux-hyperv's covers repeated older versions' entries in 563 of 679 revisions, which the series page then
// showed as this version's changes, and the review pass read "v2: per Alice" in v4's cover as v4 answering
// Alice's remarks on v3.
import type { ChangelogEntry } from "../mail/types";

/**
 * The entries of a changelog that belong to the revision it was posted with: those of its own version (or a
 * later one: a typo), and those under no version heading (lib/mail gives an unnumbered block the version before
 * the oldest numbered one when it is older history, "Changes since RFC:" below "v3:" and "v2:"; one left
 * unnumbered is this posting's own).
 * Without an entry of its own version, a changelog whose newest block is the version just before names each
 * block by the version it was made against ("v3:" in v4's cover listing the changes since v3, the next older
 * block "v2:"): that newest block is this revision's. Otherwise older versions' entries go, unless nothing
 * else is left (a cover never updated since an earlier version still says something). A version lib/thread
 * inferred is a guess: its changelog is kept whole, unless the changelog's newest heading names that version.
 */
export function ownChangelog<T extends Pick<ChangelogEntry, "version" | "text">>(entries: readonly T[], version: number, versionInferred: boolean): T[] {
  // An item saying nothing changed marks its version's block (which block is this posting's) but is no change.
  return ownBlocks(entries, version, versionInferred).filter((e) => !NO_CHANGE_RE.test(e.text));
}

/**
 * "1. None", "- no changes", "v3: Same as v2", "base: https://git.kernel.org/…" (linux-i2c, linux-input: ~300 such
 * lines a list, one per untouched patch of a series): an item saying nothing changed, or naming the tree the posting
 * is based on.
 */
// "<no changes>", "(no changes since v2)" (linux-iio: a bracketed note, patman's marker) as well.
const NO_CHANGE_RE = /^[<([]?(?:none|nothing|n\/a|no\s+changes?(?:\s+(?:since|from|in)\s+v\d{1,3})?|(?:same\s+as|identical\s+to|unchanged\s+(?:from|since))\s+v\d{1,3})\.?[>)\]]?\.?$|^base(?:-commit)?\s*:\s*(?:https?:\/\/\S+|[0-9a-f]{7,40})$/i;

function ownBlocks<T extends Pick<ChangelogEntry, "version">>(entries: readonly T[], version: number, versionInferred: boolean): T[] {
  // An inferred version the changelog's own newest heading names ("[PATCH 1/3]" over "v11: ... v10: ... v9:",
  // linux-pwm) is no guess: that block is this posting's.
  const trusted = !versionInferred || entries.reduce((max, e) => Math.max(max, e.version ?? 0), 0) === version;
  if (!trusted || !entries.some((e) => e.version !== null && e.version < version)) return [...entries];
  const own = entries.filter((e) => e.version === null || e.version >= version);
  if (own.length) return own;
  const newest = Math.max(...entries.map((e) => e.version ?? 0));
  return newest === version - 1 ? entries.filter((e) => e.version === newest) : [...entries];
}
