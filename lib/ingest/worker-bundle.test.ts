// The workers' prebuilt bundle: built once, reused while its sources are unchanged, rebuilt when they change,
// and running the same code as the sources.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createMailPool } from "./worker-pool";
import { workerBundleUrl } from "./worker-bundle";

const entry = new URL("./mail-worker.ts", import.meta.url);
const cacheDir = mkdtempSync(join(tmpdir(), "patchdeck-worker-bundle-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const manifestPath = join(cacheDir, "mail-worker.json");
const readManifest = () => JSON.parse(readFileSync(manifestPath, "utf8")) as { inputs: string[]; hash: string; bundle: string };

describe("workerBundleUrl", () => {
  it("builds a bundle of the worker's modules and lists every source it holds", () => {
    const url = workerBundleUrl(entry, cacheDir);
    expect(url).not.toBeNull();
    expect(existsSync(url!)).toBe(true);
    const manifest = readManifest();
    expect(fileURLToPath(url!)).toBe(join(cacheDir, manifest.bundle));
    expect(manifest.inputs).toEqual(expect.arrayContaining(["lib/ingest/mail-worker.ts", "lib/review/review-patch-thread.ts", "lib/mail/parse-message.ts"]));
    // Packages stay imports: mailparser is loaded from node_modules, not copied in.
    expect(readFileSync(url!, "utf8")).toMatch(/from "mailparser"/);
  });

  it("reuses the bundle while its sources are unchanged", () => {
    const before = readManifest();
    const bundleTime = statSync(join(cacheDir, before.bundle)).mtimeMs;
    const manifestTime = statSync(manifestPath).mtimeMs;
    expect(fileURLToPath(workerBundleUrl(entry, cacheDir)!)).toBe(join(cacheDir, before.bundle));
    expect(statSync(join(cacheDir, before.bundle)).mtimeMs).toBe(bundleTime);
    expect(statSync(manifestPath).mtimeMs).toBe(manifestTime);
  });

  it("rebuilds when a source no longer hashes as recorded (an edited file)", () => {
    const before = readManifest();
    writeFileSync(manifestPath, JSON.stringify({ ...before, hash: "0".repeat(64), bundle: "mail-worker-stale.mjs" }));
    const url = workerBundleUrl(entry, cacheDir);
    expect(readManifest().hash).toBe(before.hash);
    expect(fileURLToPath(url!)).toBe(join(cacheDir, before.bundle));
  });

  it("rebuilds over a manifest that cannot be read", () => {
    writeFileSync(manifestPath, "{ not json");
    expect(workerBundleUrl(entry, cacheDir)).not.toBeNull();
    expect(readManifest().inputs.length).toBeGreaterThan(10);
  });

  it("leaves the workers on the sources when asked to", () => {
    process.env.PATCHDECK_WORKER_SOURCES = "1";
    try {
      expect(workerBundleUrl(entry, cacheDir)).toBeNull();
    } finally {
      delete process.env.PATCHDECK_WORKER_SOURCES;
    }
  });
});

describe("a worker started from the bundle", () => {
  it("analyses mail exactly as the same job run in this thread", async () => {
    const mails = ["patch-with-notes.eml", "html-only.eml", "no-message-id.eml"].map((f) =>
      new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/mail/${f}`, import.meta.url)))),
    );
    const payload = { batch: mails, compress: mails.map(() => false) };
    const inThread = await createMailPool(0).run("analyze", payload);
    const pool = createMailPool(1);
    try {
      const inWorker = await pool.run("analyze", payload);
      expect(inWorker).toEqual(inThread);
      expect(inWorker).toHaveLength(3);
      // (The pool found or built the bundle in the project's cache: the worker above ran it.)
      expect(existsSync(fileURLToPath(new URL("../../node_modules/.cache/patchdeck/mail-worker.json", import.meta.url)))).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
