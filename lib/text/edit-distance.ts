// Typo distance for short hand-typed words (a quoted word and its corrected spelling, a title word and a
// pull request's): how many one-letter edits turn one into the other. See one-edit-apart.ts for the cheap test.

/**
 * Letters inserted, deleted or changed to turn `a` into `b` (Levenshtein); with `swaps`, two neighbours swapped
 * count as one edit (optimal string alignment: "familiy" -> "family" is 1, "teh" -> "the" is 1, not 2).
 * Quadratic in the lengths: callers pass words, not texts.
 */
export function editDistance(a: string, b: string, swaps = false): number {
  // Three rows of the table: the one before last is what a swap looks back to.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
