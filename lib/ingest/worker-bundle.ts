// The worker threads' code as one prebuilt JavaScript file, so a worker starts without tsx.
//
// Loading the TypeScript sources through tsx costs each worker ~0.7 s of CPU before its first job (Node 20 runs
// tsx's loader hooks on a thread of their own, which resolves and compiles the worker's ~80 modules one by one);
// an ingest starts two pools of two workers. The same modules bundled into one file by esbuild (the compiler tsx
// itself runs) load in ~0.3 s. The bundle is cached under node_modules/.cache/patchdeck with the hash of every
// source file it holds, and rebuilt when one of them changed: a stale bundle never runs. Whenever a bundle cannot
// be had (esbuild missing, a read-only install, a failed build), the workers load the sources through tsx as before.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** What a cached bundle was built from: its source files (relative to the project root) and their hash. */
interface BundleManifest {
  inputs: string[];
  hash: string;
  bundle: string;
}

/** Set to load the worker sources through tsx even when a bundle could be used (debugging the sources). */
const FORCE_SOURCES_ENV = "PATCHDECK_WORKER_SOURCES";

/**
 * The URL of an up-to-date bundle of `entry` (a module of this project), built now if needed; null when the
 * workers should load the sources instead. Synchronous: a pool spawns its workers within its first `run`.
 */
export function workerBundleUrl(entry: URL, cacheDir = defaultCacheDir()): URL | null {
  if (process.env[FORCE_SOURCES_ENV]) return null;
  try {
    const root = projectRoot();
    const name = entry.pathname.split("/").pop()!.replace(/\.[cm]?[jt]s$/, "");
    const manifestPath = join(cacheDir, `${name}.json`);
    const cached = readManifest(manifestPath);
    if (cached && hashInputs(root, cached.inputs) === cached.hash) return pathToFileURL(join(cacheDir, cached.bundle));
    return build(root, fileURLToPath(entry), name, cacheDir, manifestPath);
  } catch {
    return null;
  }
}

function build(root: string, entryPath: string, name: string, cacheDir: string, manifestPath: string): URL | null {
  const esbuild = loadEsbuild();
  if (!esbuild) return null;
  const started = Date.now();
  const result = esbuild.buildSync({
    entryPoints: [entryPath],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    // Packages stay imports, resolved from node_modules as the sources resolve them (the cache lives inside it).
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile!.inputs).sort();
  // A source edited while esbuild read it may be in the bundle in either state: use the sources this time.
  if (inputs.some((input) => statSync(resolve(root, input)).mtimeMs >= started)) return null;
  const hash = hashInputs(root, inputs);
  const bundle = `${name}-${hash.slice(0, 16)}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  // Written aside then renamed: another process starting its workers at the same moment reads whole files only.
  writeAtomically(join(cacheDir, bundle), result.outputFiles![0]!.contents);
  writeAtomically(manifestPath, JSON.stringify({ inputs, hash, bundle } satisfies BundleManifest));
  pruneOldBundles(cacheDir, name, bundle);
  return pathToFileURL(join(cacheDir, bundle));
}

/** How long a replaced bundle is kept: a running ingest may still start a worker from it (after a crash). */
const KEEP_REPLACED_MS = 7 * 24 * 3600 * 1000;

/** Bundles of `name` replaced long ago (each source edit makes one: a developer's cache would only grow). */
function pruneOldBundles(cacheDir: string, name: string, current: string): void {
  const now = Date.now();
  for (const file of readdirSync(cacheDir)) {
    if (file === current || !file.startsWith(`${name}-`) || !file.endsWith(".mjs")) continue;
    try {
      if (now - statSync(join(cacheDir, file)).mtimeMs > KEEP_REPLACED_MS) unlinkSync(join(cacheDir, file));
    } catch {
      // gone already, or not ours to remove: either way nothing to do
    }
  }
}

/** sha256 over every input's path and bytes (a file that is gone changes the hash). */
function hashInputs(root: string, inputs: readonly string[]): string {
  const h = createHash("sha256");
  for (const input of inputs) {
    h.update(input).update("\0");
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(root, input));
    } catch {
      bytes = Buffer.from("\0missing\0");
    }
    h.update(bytes).update("\0");
  }
  return h.digest("hex");
}

function readManifest(path: string): BundleManifest | null {
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as Partial<BundleManifest>;
    return Array.isArray(m.inputs) && typeof m.hash === "string" && typeof m.bundle === "string" ? (m as BundleManifest) : null;
  } catch {
    return null;
  }
}

function writeAtomically(path: string, contents: string | Uint8Array): void {
  const aside = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(aside, contents);
  renameSync(aside, path);
}

type Esbuild = typeof import("esbuild");

function loadEsbuild(): Esbuild | null {
  try {
    return createRequire(import.meta.url)("esbuild") as Esbuild;
  } catch {
    return null;
  }
}

function projectRoot(): string {
  // Not `new URL("../..", import.meta.url)`: bundlers treat that literal as an asset (see lib/db/migrate.ts).
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

function defaultCacheDir(): string {
  return join(projectRoot(), "node_modules", ".cache", "patchdeck");
}
