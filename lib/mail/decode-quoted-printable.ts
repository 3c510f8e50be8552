// Quoted-printable (RFC 2045 6.7) back to bytes, read as mailparser's decoder reads it so that parseMessage
// can decode such bodies itself: whitespace at the end of a line (or of the body) is dropped, a soft line
// break "=" + line end (or "=" at the very end) joins lines, and each "=XX" (hex, either case) becomes one
// byte; anything else, a stray "=" included, is kept as it is. parse-message.test.ts compares the result
// with mailparser on every corpus mail and on made-up edge cases.

/** The bytes a quoted-printable body stands for. */
export function decodeQuotedPrintable(body: Uint8Array): Buffer {
  return decodeEscapes(joinSoftBreaks(body));
}

const isBlank = (c: number | undefined) => c === 0x20 || c === 0x09;

/** Drops trailing whitespace of every line and the soft line breaks. */
function joinSoftBreaks(b: Uint8Array): Uint8Array {
  const out = Buffer.allocUnsafe(b.length);
  let o = 0;
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i]!;
    if (isBlank(c)) {
      let j = i;
      while (j < n && isBlank(b[j])) j++;
      if (j === n || b[j] === 0x0a || b[j] === 0x0d) {
        i = j;
        continue;
      }
      for (; i < j; i++) out[o++] = b[i]!;
      continue;
    }
    if (c === 0x3d /* = */) {
      let j = i + 1;
      while (j < n && isBlank(b[j])) j++;
      if (j === n) {
        i = j;
        continue;
      }
      if (b[j] === 0x0a) {
        i = j + 1;
        continue;
      }
      if (b[j] === 0x0d && b[j + 1] === 0x0a) {
        i = j + 2;
        continue;
      }
    }
    out[o++] = c;
    i++;
  }
  return out.subarray(0, o);
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

function decodeEscapes(b: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(b.length);
  let o = 0;
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0x3d && i < n - 2) {
      const hi = hexValue(b[i + 1]);
      const lo = hexValue(b[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[o++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[o++] = c;
  }
  return out.subarray(0, o);
}
