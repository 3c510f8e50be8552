// Reading one byte stream (a file, a .gz, stdin) as mail: an mbox/mboxrd when it starts with `From `,
// otherwise one single message. Streaming: only the message being cut is held in memory.
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { CHUNK_SIZE, decodeStream, errorText, startsWithFromLine } from "./open-stream";
import { splitMbox } from "./split-mbox";
import { SourceError, type RawMailOrigin, type SourceEvent } from "./types";

/** Emit a progress event after this many more source bytes. */
const PROGRESS_STEP = 1 << 20;

interface StreamTarget {
  /** Names the source in warnings and errors. */
  label: string;
  /** Origin of a stream that is one single message. */
  single: () => RawMailOrigin;
  /** Origin of the index-th message of an mbox stream. */
  mbox: (index: number, byteOffset: number) => RawMailOrigin;
  /** Size of the raw (possibly compressed) stream, when known. */
  total: number | null;
}

/**
 * Reads a byte stream as mail (gzip detected by magic bytes, mbox by a leading `From ` line) and yields
 * mail events, then progress in raw stream bytes. Throws SourceError when nothing at all could be read;
 * a failure after some mail becomes a warning event.
 */
export async function* readByteStream(raw: AsyncIterable<unknown>, target: StreamTarget): AsyncGenerator<SourceEvent> {
  let bytesRead = 0;
  async function* counted(): AsyncGenerator<unknown> {
    for await (const chunk of raw) {
      bytesRead += (chunk as { length?: number }).length ?? 0;
      yield chunk;
    }
  }
  let yielded = 0;
  let reported = 0;
  try {
    const decoded = await decodeStream(counted());
    if (!startsWithFromLine(decoded.head)) {
      const parts: Buffer[] = [];
      let length = 0;
      for await (const chunk of decoded.chunks) {
        parts.push(chunk);
        length += chunk.length;
      }
      yielded++;
      yield { type: "mail", mail: { bytes: Buffer.concat(parts, length), origin: target.single() } };
    } else {
      for await (const entry of splitMbox(decoded.chunks)) {
        yield { type: "mail", mail: { bytes: entry.bytes, origin: target.mbox(yielded, entry.byteOffset) } };
        yielded++;
        if (bytesRead - reported >= PROGRESS_STEP) {
          reported = bytesRead;
          yield { type: "progress", unit: "bytes", done: bytesRead, total: target.total };
        }
      }
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (yielded === 0) throw new SourceError(target.label, errorText(e));
    yield { type: "warning", source: target.label, message: `stopped after ${yielded} messages: ${errorText(e)}` };
  }
  yield { type: "progress", unit: "bytes", done: bytesRead, total: target.total };
}

/** Reads one file (mbox, mboxrd, single message, or a .gz of one of these); `path` should be absolute. */
export function readMailFile(path: string, size: number | null = null): AsyncGenerator<SourceEvent> {
  // Small files get small buffers: a directory of 100,000 .eml files should not allocate 1 MB each.
  const highWaterMark = size === null ? CHUNK_SIZE : Math.min(CHUNK_SIZE, Math.max(size + 1, 1 << 16));
  return readByteStream(createReadStream(path, { highWaterMark }), {
    label: path,
    single: () => ({ kind: "file", path }),
    mbox: (index, byteOffset) => ({ kind: "mbox", path, index, byteOffset }),
    total: size,
  });
}

/**
 * Reads a stream the way `ingest -` reads stdin: an mbox when it starts with `From `, else one message;
 * gzip accepted. Origins are `{ kind: "stdin", index }`; `label` names the source in errors.
 */
export function readMboxStream(stream: Readable | AsyncIterable<unknown>, label = "-"): AsyncGenerator<SourceEvent> {
  return readByteStream(stream, {
    label,
    single: () => ({ kind: "stdin", index: 0 }),
    mbox: (index) => ({ kind: "stdin", index }),
    total: null,
  });
}
