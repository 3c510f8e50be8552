import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { collect, mails, texts } from "../../test/source-events";
import { readMboxStream, readSource, SourceError, type RawMail, type SourceEvent } from "./read-source";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "sources");
const mboxPath = join(fixtures, "escaped.mboxrd");
const expected = (
  JSON.parse(readFileSync(join(fixtures, "escaped.expected.json"), "utf8")) as { messages: { text: string }[] }
).messages.map((m) => m.text);

const tmp = mkdtempSync(join(tmpdir(), "patchdeck-sources-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


function mail(id: string, extra = ""): string {
  return `From: T <t@example.org>\nSubject: ${id}\nMessage-ID: <${id}@example.org>\n\nbody ${id}\n${extra}`;
}

describe("readSource: files", () => {
  it("reads an mboxrd file with mbox origins and byte progress", async () => {
    const events = await collect(readSource(mboxPath));
    expect(texts(events)).toEqual(expected);
    expect(mails(events).map((m) => m.origin)).toEqual([
      { kind: "mbox", path: mboxPath, index: 0, byteOffset: 39 },
      { kind: "mbox", path: mboxPath, index: 1, byteOffset: 359 },
      { kind: "mbox", path: mboxPath, index: 2, byteOffset: 515 },
    ]);
    const size = statSync(mboxPath).size;
    expect(events.at(-1)).toEqual({ type: "progress", unit: "bytes", done: size, total: size });
  });

  it("gunzips by magic bytes, whatever the name", async () => {
    const gz = gzipSync(readFileSync(mboxPath));
    for (const name of ["t.mbox.gz", "archive"]) {
      writeFileSync(join(tmp, name), gz);
      const events = await collect(readSource(join(tmp, name)));
      expect(texts(events)).toEqual(expected);
      expect(events.at(-1)).toEqual({ type: "progress", unit: "bytes", done: gz.length, total: gz.length });
    }
    // A gzipped single message stays one message.
    writeFileSync(join(tmp, "one.eml.gz"), gzipSync(mail("gz")));
    expect(texts(await collect(readSource(join(tmp, "one.eml.gz"))))).toEqual([mail("gz")]);
  });

  it("reads a single message byte for byte (CRLF, 8-bit, a From line in the body)", async () => {
    const bytes = Buffer.concat([Buffer.from("Subject: caf"), Buffer.from([0xe9]), Buffer.from("\r\n\r\nbody\r\n\r\nFrom me\r\n")]);
    const path = join(tmp, "single.eml");
    writeFileSync(path, bytes);
    const got = mails(await collect(readSource(path)));
    expect(got).toHaveLength(1);
    expect(got[0]!.bytes.equals(bytes)).toBe(true);
    expect(got[0]!.origin).toEqual({ kind: "file", path });
  });

  it("yields an empty file as one (empty) message for the parser to quarantine", async () => {
    writeFileSync(join(tmp, "empty.eml"), "");
    expect(texts(await collect(readSource(join(tmp, "empty.eml"))))).toEqual([""]);
  });

  it("throws SourceError for a missing path", async () => {
    await expect(collect(readSource(join(tmp, "does-not-exist")))).rejects.toBeInstanceOf(SourceError);
    await expect(collect(readSource(join(tmp, "does-not-exist")))).rejects.toThrow(/ENOENT/);
  });

  it("throws SourceError for a corrupt .gz with nothing readable, warns when it breaks later", async () => {
    writeFileSync(join(tmp, "bad.gz"), Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    await expect(collect(readSource(join(tmp, "bad.gz")))).rejects.toBeInstanceOf(SourceError);
    // Many messages, then the gzip stream is cut short.
    const big = Buffer.from(Array.from({ length: 4000 }, (_, i) => `From x\n${mail(`m${i}`)}\n`).join(""));
    const gz = gzipSync(big);
    writeFileSync(join(tmp, "cut.gz"), gz.subarray(0, gz.length >> 1));
    const events = await collect(readSource(join(tmp, "cut.gz")));
    expect(mails(events).length).toBeGreaterThan(100);
    expect(events.some((e) => e.type === "warning")).toBe(true);
  });
});

describe("readSource: directories", () => {
  it("reads a maildir: cur/ then new/, sorted, tmp/ and dot-files ignored", async () => {
    const dir = join(tmp, "Maildir");
    for (const sub of ["cur", "new", "tmp"]) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, "cur", "1700000002.M2P1.host:2,S"), mail("b"));
    writeFileSync(join(dir, "cur", "1700000001.M1P1.host:2,S"), mail("a"));
    writeFileSync(join(dir, "new", "1700000003.M3P1.host"), `From x\n${mail("c")}`);
    writeFileSync(join(dir, "tmp", "1700000004.M4P1.host"), mail("partial"));
    writeFileSync(join(dir, "cur", ".hidden"), mail("hidden"));
    const events = await collect(readSource(dir));
    // A maildir file is one message as is, even if it starts with `From `.
    expect(texts(events)).toEqual([mail("a"), mail("b"), `From x\n${mail("c")}`]);
    expect(mails(events)[0]!.origin).toEqual({ kind: "maildir", path: join(dir, "cur", "1700000001.M1P1.host:2,S") });
    const last = events.at(-1);
    expect(last?.type === "progress" && last.done === last.total && last.total > 0).toBe(true);
  });

  it("reads a directory of mail files recursively, sorted by name, filtered by extension", async () => {
    const dir = join(tmp, "plain");
    mkdirSync(join(dir, "b-sub", "deeper"), { recursive: true });
    writeFileSync(join(dir, "c.eml"), mail("c"));
    writeFileSync(join(dir, "a.eml"), mail("a"));
    writeFileSync(join(dir, "b-sub", "deeper", "x.mbox"), readFileSync(mboxPath));
    writeFileSync(join(dir, "b-sub", "y"), mail("y"));
    writeFileSync(join(dir, "d.mbox.gz"), gzipSync(`From z\n${mail("d")}`));
    writeFileSync(join(dir, "notes.txt"), mail("ignored-txt"));
    writeFileSync(join(dir, ".e.eml"), mail("ignored-dot"));
    const events = await collect(readSource(dir));
    expect(texts(events)).toEqual([mail("a"), ...expected, mail("y"), mail("c"), mail("d")]);
    const last = events.at(-1);
    const size = ["c.eml", "a.eml", "b-sub/deeper/x.mbox", "b-sub/y", "d.mbox.gz"].reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(last).toEqual({ type: "progress", unit: "bytes", done: size, total: size });
  });
});

describe("readMboxStream (stdin)", () => {
  it("reads an mbox stream with stdin origins", async () => {
    const raw = readFileSync(mboxPath);
    const events = await collect(readMboxStream(Readable.from([raw.subarray(0, 3), raw.subarray(3, 100), raw.subarray(100)])));
    expect(texts(events)).toEqual(expected);
    expect(mails(events).map((m) => m.origin)).toEqual([0, 1, 2].map((index) => ({ kind: "stdin", index })));
    expect(events.at(-1)).toEqual({ type: "progress", unit: "bytes", done: raw.length, total: null });
  });

  it("reads a non-mbox stream as one message, and gzip", async () => {
    expect(texts(await collect(readMboxStream(Readable.from([Buffer.from(mail("s"))]))))).toEqual([mail("s")]);
    expect(texts(await collect(readMboxStream(Readable.from([gzipSync(readFileSync(mboxPath))]))))).toEqual(expected);
  });

  it("reads real stdin with spec '-'", async () => {
    const script = join(tmp, "stdin-reader.mts");
    writeFileSync(
      script,
      `import { readSource } from ${JSON.stringify(join(import.meta.dirname, "read-source.ts"))};\n` +
        `const out: string[] = [];\n` +
        `for await (const e of readSource("-")) if (e.type === "mail") out.push(e.mail.bytes.toString("latin1"));\n` +
        `process.stdout.write(JSON.stringify(out));\n`,
    );
    const tsx = join(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");
    const stdout = await new Promise<string>((done, fail) => {
      const child = execFile(tsx, [script], (err, out) => (err ? fail(err) : done(out)));
      child.stdin!.end(readFileSync(mboxPath));
    });
    expect(JSON.parse(stdout)).toEqual(expected);
  });
});

describe.skipIf(!haveCorpus)("readSource: corpus (lore/killable-vma)", () => {
  const entries: { version: number }[] = haveCorpus
    ? (JSON.parse(readFileSync(corpusPath("lore", "killable-vma", "index.json"), "utf8")) as { messages: { version: number }[] }).messages
    : [];

  it("v3-thread.mboxrd yields one message per v3 entry of index.json, each byte-identical to an archived .eml", async () => {
    const v3 = entries.filter((e) => e.version === 3).length;
    expect(v3).toBe(27);
    const got = mails(await collect(readSource(corpusPath("lore", "killable-vma", "mbox", "v3-thread.mboxrd"))));
    expect(got).toHaveLength(v3);
    const dir = corpusPath("lore", "killable-vma", "v3");
    const archived = new Set(readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString("latin1")));
    for (const m of got) expect(archived.has(m.bytes.toString("latin1"))).toBe(true);
  });

  it("the v1, v2 and v3 folders yield 86 files", async () => {
    let n = 0;
    for (const v of ["v1", "v2", "v3"]) {
      const got = mails(await collect(readSource(corpusPath("lore", "killable-vma", v))));
      expect(got.every((m) => m.origin.kind === "file")).toBe(true);
      n += got.length;
    }
    expect(n).toBe(86);
  });

  it("an .mbox without a From line (patchwork 0007) is one message", async () => {
    const path = corpusPath("patchwork", "mail", "0007-cvs-format-diff.mbox");
    const got = mails(await collect(readSource(path)));
    expect(got).toHaveLength(1);
    expect(got[0]!.bytes.equals(readFileSync(path))).toBe(true);
  });
});
