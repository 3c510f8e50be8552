// Character tests shared by the hand-written scanners of lib/mail, lib/thread, lib/diff and lib/review,
// which replace regular expressions on hot paths and must agree with them exactly.

/** The characters the regex `\s` matches (and `trim` removes), by UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
