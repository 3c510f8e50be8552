// Outlook for Mac (and some other mailers) quote the answered mail by indenting it four spaces under an attribution
// ("On 3/10/20, 5:06 PM, "Ann Roe" <ann@…> wrote:"), with no ">" at all: the reply's own text stays unindented, above
// the quote or between its pieces.

/** The longest attribution line read: a sentence, not a paragraph. */
const MAX_ATTRIBUTION = 300;
/** An attribution's end: "wrote:", maybe with spaces after it. */
const ATTRIBUTION_END_RE = /wrote:\s*$/;
/** An indent that quotes: four spaces or a tab. */
const QUOTE_INDENT_RE = /^(?: {4}|\t)/;

/**
 * Where an indent-quoted passage starts: the line after the first attribution ("… wrote:", a byte-order mark or spaces
 * around it allowed) whose next non-blank line is indented four spaces or a tab; -1 when the mail has none. From there on,
 * `isIndentQuoted` tells the quote's lines from the reply's own.
 */
export function indentQuoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Most lines hold no "wrote:": the cheap scan first, no string built per line.
    if (line.length > MAX_ATTRIBUTION || !line.includes("wrote:") || !ATTRIBUTION_END_RE.test(line)) continue;
    let k = i + 1;
    while (k < lines.length && k <= i + 2 && lines[k]!.trim() === "") k++;
    if (k < lines.length && QUOTE_INDENT_RE.test(lines[k]!) && lines[k]!.trim() !== "") return i + 1;
  }
  return -1;
}

/** Whether line `i` is part of the indented quote that starts at `start` (`indentQuoteStart`). */
export function isIndentQuoted(lines: readonly string[], i: number, start: number): boolean {
  return start >= 0 && i >= start && QUOTE_INDENT_RE.test(lines[i]!);
}
