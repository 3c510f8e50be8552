// Counts written out in mail ("these five patches", "for all twelve patches"), shared by the readers of
// notices and of tag lead-ins.

/** "two" .. "twenty" as numbers (lower case; "one" is no count of patches anyone writes out). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** A count as written, a word ("Five") or digits ("12"); NaN for anything else. */
export function countOf(written: string): number {
  return COUNT_WORDS[written.toLowerCase()] ?? Number(written);
}
