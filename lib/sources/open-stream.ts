// Byte-stream plumbing shared by the file, directory and stdin readers: look at the first bytes of a
// stream without losing them, and gunzip it when it starts with the gzip magic (names lie; bytes don't).
import { createGunzip } from "node:zlib";
import { Readable } from "node:stream";

/** Read size for files and gunzip output: big chunks keep per-chunk overhead negligible. */
export const CHUNK_SIZE = 1 << 20;

const FROM_ = Buffer.from("From ");

/** A stream whose first bytes (`head`) were looked at; `chunks` still yields every byte, head included. */
export interface DecodedStream {
  head: Buffer;
  chunks: AsyncIterable<Buffer>;
  gzip: boolean;
}

/** True when `head` starts with an mbox separator line. */
export function startsWithFromLine(head: Buffer): boolean {
  return head.length >= FROM_.length && head.compare(FROM_, 0, FROM_.length, 0, FROM_.length) === 0;
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), "latin1");
}

/** Collects at least `n` bytes (fewer at end of stream) and hands back an iterable that replays them. */
async function peek(source: AsyncIterable<unknown>, n: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const it = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < n) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    const b = toBuffer(r.value);
    if (b.length === 0) continue;
    seen.push(b);
    length += b.length;
  }
  const first = seen[0];
  const head = first && first.length >= n ? first.subarray(0, n) : Buffer.concat(seen).subarray(0, n);
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      for (const b of seen) yield b;
      seen.length = 0;
      if (ended) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        const b = toBuffer(r.value);
        if (b.length > 0) yield b;
      }
    } finally {
      // Stops the underlying stream (closes the file) when the reader gives up early.
      if (!ended) await it.return?.();
    }
  }
  return { head, rest: replay() };
}

function gunzip(source: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  // Modest output chunks: on a decoding error zlib drops its partly filled output buffer.
  const z = createGunzip({ chunkSize: 1 << 16 });
  const input = Readable.from(source, { objectMode: false });
  input.on("error", (e) => z.destroy(e));
  input.pipe(z);
  return keepOutputOnError(z, () => input.destroy());
}

/**
 * Iterates a stream's chunks but, unlike the stream's own iterator, hands out every chunk produced
 * before an error and only then throws it: a truncated or trailing-garbage .gz keeps its good mail.
 */
async function* keepOutputOnError(stream: Readable, stop: () => void): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let error: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  stream.on("data", (b: Buffer) => {
    queue.push(b);
    if (queue.length >= 4) stream.pause();
    notify();
  });
  stream.on("error", (e) => {
    error ??= e;
    ended = true;
    notify();
  });
  stream.on("end", () => ((ended = true), notify()));
  stream.on("close", () => ((ended = true), notify()));
  try {
    for (;;) {
      const b = queue.shift();
      if (b !== undefined) {
        yield b;
        continue;
      }
      if (ended) {
        if (error) throw error;
        return;
      }
      stream.resume();
      await new Promise<void>((r) => (wake = r));
    }
  } finally {
    stream.destroy();
    stop();
  }
}

/** Peeks a raw byte stream, gunzips it when it starts with 1f 8b, and peeks the decoded bytes. */
export async function decodeStream(raw: AsyncIterable<unknown>): Promise<DecodedStream> {
  const first = await peek(raw, 2);
  const gzip = first.head[0] === 0x1f && first.head[1] === 0x8b;
  const decoded = gzip ? gunzip(first.rest) : first.rest;
  const second = await peek(decoded, FROM_.length);
  return { head: second.head, chunks: second.rest, gzip };
}

/** The message of an unknown error, for warnings and SourceError. */
export function errorText(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof e.code === "string") {
    const m = e instanceof Error ? e.message : String(e);
    return m.includes(e.code) ? m : `${e.code}: ${m}`;
  }
  return e instanceof Error ? e.message : String(e);
}
