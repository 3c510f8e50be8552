// mbox/mboxrd splitting over a byte stream. A separator is a line starting with `From ` at the start of
// the stream or right after a blank line; that blank line belongs to the separator and is dropped.
// mboxrd escaping is undone (one `>` removed from lines matching /^>+From /); all other bytes are kept,
// so 8-bit mail and CRLF files survive untouched. Lines are only ever split at chunk boundaries, and a
// partial line is carried to the next chunk, so separators spanning chunks are found.

const NL = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_ = Buffer.from("From ");
const NL_FROM_ = Buffer.from("\nFrom ");
const NL_GT = Buffer.from("\n>");

/** One message cut out of an mbox: its bytes and where they start in the (decompressed) stream. */
export interface MboxEntry {
  bytes: Buffer;
  byteOffset: number;
}

/** Splits a byte stream into mbox messages; bytes before the first separator, if any, form a message. */
export async function* splitMbox(chunks: AsyncIterable<Buffer>): AsyncGenerator<MboxEntry> {
  const splitter = new MboxSplitter();
  for await (const chunk of chunks) {
    for (const entry of splitter.push(chunk)) yield entry;
  }
  for (const entry of splitter.end()) yield entry;
}

/** Push-style splitter: feed chunks, collect finished messages. */
export class MboxSplitter {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  /** Stream offset of the first byte of `pending` (= of the next region). */
  private base = 0;
  private parts: Buffer[] = [];
  private partsLength = 0;
  private messageOffset = 0;
  /** The bytes before the first separator: dropped when empty. */
  private implicitFirst = true;
  /** Length of the previous line when it was blank (1 or 2), 0 at stream start, -1 otherwise. */
  private previousBlank = 0;
  private out: MboxEntry[] = [];

  push(chunk: Buffer): MboxEntry[] {
    const lastNewline = chunk.lastIndexOf(NL);
    if (lastNewline < 0) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      return [];
    }
    const region = this.pending.length > 0 ? Buffer.concat([...this.pending, chunk]) : chunk;
    const end = this.pendingLength + lastNewline + 1;
    this.scan(region, end);
    const rest = region.subarray(end);
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingLength = rest.length;
    this.base += end;
    return this.drain();
  }

  end(): MboxEntry[] {
    if (this.pendingLength > 0) {
      const region = Buffer.concat(this.pending);
      this.scan(region, region.length);
      this.base += region.length;
      this.pending = [];
      this.pendingLength = 0;
    }
    if (this.previousBlank > 0) this.trimEnd(this.previousBlank);
    this.finishMessage();
    return this.drain();
  }

  private drain(): MboxEntry[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  /** Handles the complete lines of region[0, end); the last one may lack its newline only at EOF. */
  private scan(region: Buffer, end: number): void {
    let runStart = 0;
    let nextFrom = region.indexOf(NL_FROM_);
    let nextQuote = region.indexOf(NL_GT);
    const lineStart = (s: number): void => {
      const byte = region[s];
      if (byte === 0x46 /* F */) {
        if (s + 5 > end || region.compare(FROM_, 0, 5, s, s + 5) !== 0) return;
        const blank = s === 0 ? this.previousBlank : blankBefore(region, s);
        if (blank < 0) return;
        if (s > runStart) this.append(region.subarray(runStart, s));
        if (blank > 0) this.trimEnd(blank);
        this.finishMessage();
        const newline = region.indexOf(NL, s);
        const lineEnd = newline < 0 || newline >= end ? end : newline + 1;
        runStart = lineEnd;
        this.messageOffset = this.base + lineEnd;
        this.implicitFirst = false;
      } else if (byte === GT) {
        let k = s + 1;
        while (k < end && region[k] === GT) k++;
        if (k + 5 > end || region.compare(FROM_, 0, 5, k, k + 5) !== 0) return;
        if (s > runStart) this.append(region.subarray(runStart, s));
        runStart = s + 1;
      }
    };
    if (end > 0) lineStart(0);
    for (;;) {
      let p: number;
      if (nextFrom >= 0 && (nextQuote < 0 || nextFrom < nextQuote)) {
        p = nextFrom;
        nextFrom = region.indexOf(NL_FROM_, p + 1);
      } else if (nextQuote >= 0) {
        p = nextQuote;
        nextQuote = region.indexOf(NL_GT, p + 1);
      } else break;
      if (p + 1 >= end) break;
      lineStart(p + 1);
    }
    if (end > runStart) this.append(region.subarray(runStart, end));
    if (end > 0) {
      const last = end >= 2 ? region.lastIndexOf(NL, end - 2) + 1 : 0;
      const length = end - last;
      const blank =
        (length === 1 && region[last] === NL) || (length === 2 && region[last] === CR && region[last + 1] === NL);
      this.previousBlank = blank ? length : -1;
    }
  }

  private append(b: Buffer): void {
    this.parts.push(b);
    this.partsLength += b.length;
  }

  private trimEnd(n: number): void {
    while (n > 0 && this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1]!;
      if (last.length <= n) {
        this.parts.pop();
        this.partsLength -= last.length;
        n -= last.length;
      } else {
        this.parts[this.parts.length - 1] = last.subarray(0, last.length - n);
        this.partsLength -= n;
        n = 0;
      }
    }
  }

  private finishMessage(): void {
    if (!(this.implicitFirst && this.partsLength === 0)) {
      // concat copies: the message must not pin the 1 MB chunks it was cut from.
      this.out.push({ bytes: Buffer.concat(this.parts, this.partsLength), byteOffset: this.messageOffset });
    }
    this.parts = [];
    this.partsLength = 0;
  }
}

/** Length of the line ending just before `s` when it is blank (1 for LF, 2 for CRLF), else -1. */
function blankBefore(region: Buffer, s: number): number {
  // region[s - 1] is the newline ending the previous line; region starts at a line start.
  if (s === 1 || region[s - 2] === NL) return 1;
  if (region[s - 2] === CR && (s === 2 || region[s - 3] === NL)) return 2;
  return -1;
}
