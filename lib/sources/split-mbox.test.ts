import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MboxSplitter, type MboxEntry } from "./split-mbox";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "sources");
const raw = readFileSync(join(fixtures, "escaped.mboxrd"));
const expected = JSON.parse(readFileSync(join(fixtures, "escaped.expected.json"), "utf8")) as {
  messages: { byteOffset: number; text: string }[];
};

function split(chunks: Buffer[]): MboxEntry[] {
  const s = new MboxSplitter();
  const out: MboxEntry[] = [];
  for (const c of chunks) out.push(...s.push(c));
  out.push(...s.end());
  return out;
}

function chunked(b: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

const view = (entries: MboxEntry[]) => entries.map((e) => ({ byteOffset: e.byteOffset, text: e.bytes.toString("latin1") }));

describe("MboxSplitter", () => {
  it("splits mboxrd, unescapes >From lines and drops the separator's blank line", () => {
    expect(view(split([raw]))).toEqual(expected.messages);
  });

  it("gives the same result whatever the chunk boundaries", () => {
    for (let size = 1; size <= 64; size++) {
      expect(view(split(chunked(raw, size))), `chunk size ${size}`).toEqual(expected.messages);
    }
    // Irregular cuts, deterministic.
    let seed = 7;
    for (let round = 0; round < 50; round++) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < raw.length; ) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const n = 1 + (seed % 97);
        chunks.push(raw.subarray(i, i + n));
        i += n;
      }
      expect(view(split(chunks))).toEqual(expected.messages);
    }
  });

  it("handles CRLF files: blank CRLF lines separate, bytes stay CRLF", () => {
    const crlf = Buffer.from(raw.toString("latin1").replace(/\n/g, "\r\n"), "latin1");
    for (const size of [crlf.length, 1, 2, 3, 13]) {
      const got = split(chunked(crlf, size));
      expect(got.map((e) => e.bytes.toString("latin1"))).toEqual(expected.messages.map((m) => m.text.replace(/\n/g, "\r\n")));
      for (const e of got) expect(crlf.subarray(e.byteOffset, e.byteOffset + 6).toString()).toBe("From: ");
    }
  });

  it("does not split on a From line that follows a non-blank line", () => {
    const got = split([Buffer.from("From a\nSubject: x\n\nline\nFrom b is text\n\nFrom c\nSubject: y\n")]);
    expect(got.map((e) => e.bytes.toString())).toEqual(["Subject: x\n\nline\nFrom b is text\n", "Subject: y\n"]);
  });

  it("keeps leading bytes before the first separator and a last line without newline", () => {
    const got = split(chunked(Buffer.from("Subject: lead\n\nbody\n\nFrom x\nSubject: z\n\nno newline"), 5));
    expect(view(got)).toEqual([
      { byteOffset: 0, text: "Subject: lead\n\nbody\n" },
      { byteOffset: 28, text: "Subject: z\n\nno newline" },
    ]);
  });

  it("keeps 8-bit bytes exact", () => {
    const body = Buffer.from([0x53, 0x3a, 0x20, 0xe9, 0xff, 0x00, 0x0a]);
    const got = split([Buffer.from("From x\n"), body]);
    expect(got[0]!.bytes.equals(body)).toBe(true);
  });

  it("yields nothing for an empty stream", () => {
    expect(split([])).toEqual([]);
  });
});
