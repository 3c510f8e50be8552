// The worker-side raw mail reader (readRawRef): a git that cannot answer must fail reads, never leave
// them waiting (a review worker would hang with its chunk).
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deflateRawSync } from "node:zlib";
import { openStore } from "../db/open-store";
import { createDbRawStore, readRawRef, releaseRawReaders } from "./raw-store";

describe("readRawRef on an epoch git cannot read", () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-rawref-")));
  afterAll(async () => {
    await releaseRawReaders();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("fails the read, and every read after git has exited, instead of waiting forever", async () => {
    const ref = (oid: string) => ({ ref: `pi:${join(tmp, "not-a-repo")}:${oid}`, packDir: null });
    await expect(readRawRef(ref("a".repeat(40)))).rejects.toThrow(/exited|EPIPE|cat-file/);
    await new Promise((r) => setTimeout(r, 200));
    await expect(readRawRef(ref("b".repeat(40)))).rejects.toThrow(/exited|EPIPE|cat-file/);
  }, 10_000);
});

describe("the database raw store (PostgreSQL server)", () => {
  it("keeps the bytes as they are under dbraw: refs, and still reads the deflated rows of older stores under db: refs", async () => {
    const store = await openStore({ url: "pglite:" });
    try {
      const raw = createDbRawStore(store.query);
      expect(raw.storesDeflated).toBe(false);
      const mail = Buffer.from("From: a@example.org\nSubject: x\n\nbody \u00e9\n");
      const [ref] = await raw.putMany([{ deflated: null, bytes: mail, origin: { kind: "stream", source: "-", index: 0 } as never }]);
      expect(ref).toMatch(/^dbraw:\d+$/);
      const [{ bytes }] = await store.query<{ bytes: Uint8Array }>(`SELECT bytes FROM "RawBlob" WHERE id = $1`, [Number(ref!.slice(6))]) as [{ bytes: Uint8Array }];
      expect(Buffer.from(bytes).equals(mail)).toBe(true);
      expect((await raw.get(ref!)).equals(mail)).toBe(true);
      const [old] = await store.query<{ id: number }>(`INSERT INTO "RawBlob" (bytes) VALUES ($1) RETURNING id`, [deflateRawSync(mail)]);
      expect((await raw.get(`db:${old!.id}`)).equals(mail)).toBe(true);
      await expect(raw.get("dbraw:999999")).rejects.toThrow(/missing/);
      // Reads asked for together are answered together (in bounded batches), each with its own bytes.
      const mails = Array.from({ length: 600 }, (_, i) => Buffer.from(`Subject: mail ${i}\n\n${"x".repeat(i)}\n`));
      const refs = await raw.putMany(mails.map((bytes) => ({ deflated: null, bytes, origin: { kind: "stream", source: "-", index: 0 } as never })));
      const read = await Promise.allSettled([...refs, "dbraw:999998"].map((r) => raw.get(r)));
      expect(read.slice(0, 600).every((r, i) => r.status === "fulfilled" && r.value.equals(mails[i]!))).toBe(true);
      expect(read[600]!.status).toBe("rejected");
    } finally {
      await store.close();
    }
  });
});
