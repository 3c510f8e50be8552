const STOPWORDS = new Set(["a", "an", "the", "in", "of", "to", "for", "and", "or", "with", "on", "at", "by", "from", "is", "be", "as"]);

/** Lower-cased word tokens of a title (identifiers like `vma_start_write` stay whole), no stopwords. */
export function titleTokens(title: string): string[] {
  const out = new Set<string>();
  for (const t of title.toLowerCase().split(/[^a-z0-9_]+/)) if (t && !STOPWORDS.has(t)) out.add(t);
  return [...out];
}

/** Canonical form for "same title" checks: tokens in order, joined. */
export function normalizeTitle(title: string): string {
  return title.toLowerCase().split(/[^a-z0-9_]+/).filter(Boolean).join(" ");
}

/**
 * A title with every character but letters and digits dropped: `fix fwnode_irq_get_byname() returnvalue` and
 * `fix fwnode_irq_get[_byname()] returnvalue` are one title marked up two ways.
 */
export function compactTitle(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** Jaccard similarity of two token sets (0..1); 1 only when the normalised titles are equal. */
export function titleSimilarity(a: string, b: string): number {
  if (normalizeTitle(a) === normalizeTitle(b)) return normalizeTitle(a) === "" ? 0 : 1;
  return tokenJaccard(new Set(titleTokens(a)), new Set(titleTokens(b)));
}

export function tokenJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** A title ending in its version (`Fix memory leak in Kill V2`): the stem, then the version. */
export const TITLE_VERSION_RE = /^(.*\S)\s+v(\d{1,3})$/i;
