// The worker-side raw mail reader (readRawRef): a git that cannot answer must fail reads, never leave
// them waiting (a review worker would hang with its chunk).
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readRawRef, releaseRawReaders } from "./raw-store";

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
