import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CatFileParser, readBlobs, type CatFileAnswer } from "./cat-file";
import { SourceError } from "./types";

const dir = mkdtempSync(join(tmpdir(), "patchdeck-catfile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
execFileSync("git", ["init", "-q", "--bare", dir]);
const contents = [Buffer.from("Subject: one\n\nbody\n"), Buffer.alloc(0), Buffer.from([0x00, 0x0a, 0xff, 0x0a, 0x0a]), Buffer.from("x".repeat(70_000))];
const oids = contents.map((c) => execFileSync("git", ["--git-dir", dir, "hash-object", "-w", "--stdin"], { input: c }).toString().trim());
const missing = "0123456789abcdef0123456789abcdef01234567";

describe("CatFileParser", () => {
  const asked = [...oids, missing, oids[0]!];
  const raw = execFileSync("git", ["--git-dir", dir, "cat-file", "--batch"], { input: asked.join("\n") + "\n", maxBuffer: 1 << 24 });
  const want = [
    ...oids.map((oid, i) => ({ oid, type: "blob", bytes: contents[i]! })),
    { oid: missing, type: "missing", bytes: null },
    { oid: oids[0]!, type: "blob", bytes: contents[0]! },
  ];

  it("parses objects, empty and binary ones included, whatever the chunk size", () => {
    for (const size of [1, 2, 3, 7, 41, 4096, raw.length]) {
      const p = new CatFileParser();
      const got: CatFileAnswer[] = [];
      for (let i = 0; i < raw.length; i += size) got.push(...p.push(raw.subarray(i, i + size)));
      expect(got, `chunk size ${size}`).toEqual(want);
      expect(p.midObject).toBe(false);
    }
  });
});

describe("readBlobs", () => {
  it("streams objects back in order, null for a missing one", async () => {
    const got: CatFileAnswer[] = [];
    for await (const a of readBlobs(dir, [oids[2]!, missing, oids[0]!])) got.push(a);
    expect(got).toEqual([
      { oid: oids[2], type: "blob", bytes: contents[2] },
      { oid: missing, type: "missing", bytes: null },
      { oid: oids[0], type: "blob", bytes: contents[0] },
    ]);
  });

  it("refuses something that is not an object id, and a directory that is not a repository", async () => {
    const drain = async (it: AsyncIterable<unknown>) => {
      for await (const _ of it) void _;
    };
    await expect(drain(readBlobs(dir, ["--help"]))).rejects.toBeInstanceOf(SourceError);
    await expect(drain(readBlobs(join(dir, "nope"), [oids[0]!]))).rejects.toBeInstanceOf(SourceError);
  });

  it("fails, never hangs, when git has died before the ids are written (a loaded machine's timing)", async () => {
    async function* late() {
      await new Promise((r) => setTimeout(r, 500));
      yield oids[0]!;
    }
    const read = (async () => {
      for await (const _ of readBlobs(join(dir, "nope"), late())) void _;
    })();
    await expect(read).rejects.toBeInstanceOf(SourceError);
  }, 10_000);
});
