/** One message's original bytes as read from a source, with where it came from. */
export interface RawMail {
  /** The exact bytes of the message (mbox `From ` line stripped, mboxrd `>From` unescaped). */
  bytes: Buffer;
  /** Where the bytes came from, for error messages and for pointing back at them. */
  origin: RawMailOrigin;
  /**
   * Set when the source knows a message is there but cannot give its bytes (an epoch commit whose blob the
   * mirror lacks): `bytes` is empty and this is the reason, so the message is quarantined, not lost.
   */
  unreadable?: string;
}

export type RawMailOrigin =
  | { kind: "file"; path: string }
  | { kind: "mbox"; path: string; index: number; byteOffset: number }
  | { kind: "maildir"; path: string }
  | { kind: "stdin"; index: number }
  /** A public-inbox v2 epoch: the commit that added the message and the blob of its file `m`. */
  | { kind: "public-inbox"; gitDir: string; commit: string; blob: string };

/** A source that could not be read at all (missing file, not a git dir, ...). */
export class SourceError extends Error {
  readonly code = "SOURCE_UNREADABLE";
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = "SourceError";
  }
}

/**
 * What a source reader yields, in order. `cursor` comes after the last `mail` of a public-inbox epoch:
 * save it only once those mails are stored. `progress` counts bytes of the files read (compressed bytes
 * for .gz) or commits of public-inbox epochs; `total` is null when unknown (stdin, pipes).
 */
export type SourceEvent =
  | { type: "mail"; mail: RawMail }
  | { type: "cursor"; location: string; commit: string }
  | { type: "progress"; unit: "bytes" | "commits"; done: number; total: number | null }
  | { type: "warning"; source: string; message: string };

/** Options of readSource. */
export interface ReadSourceOptions {
  /** Last commit already ingested from a public-inbox git dir (absolute, symlinks resolved), or null. */
  cursor?: (location: string) => Promise<string | null> | string | null;
}
