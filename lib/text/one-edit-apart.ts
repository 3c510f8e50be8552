// Typo tolerance shared by the readers of hand-typed words (changelog headings' "since", trailer keys).

/**
 * One letter added, dropped, changed, or two neighbours swapped: `a` is a slip of the pen for `b`.
 * False for equal strings (no slip at all) and for anything further apart.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
