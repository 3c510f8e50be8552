#!/usr/bin/env node
// `patchdeck` on the PATH (npm link / npx): runs the TypeScript CLI through tsx.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// glibc gives every thread that mallocs its own arena and keeps their freed pages: the ingest's worker
// threads left ~70 MB of RSS behind that way (peak 0.97 -> 0.91 GB on linux-s390, same speed). The limit
// must be in the environment before the process starts, so the launcher starts the CLI again with it;
// `npm run patchdeck` sets it in package.json.
if (process.platform === "linux" && !process.env.MALLOC_ARENA_MAX) {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, MALLOC_ARENA_MAX: "2" },
  });
  if (r.error) throw r.error;
  process.exit(r.status ?? 1);
}

const { register } = await import("tsx/esm/api");
register();
await import("../lib/cli/main.ts");
