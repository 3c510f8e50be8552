/** Structured clone (worker messages) turns Buffers into Uint8Arrays; parsing code expects Buffers. */
export function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
