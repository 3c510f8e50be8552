// Runs `prisma generate` offline. The Prisma CLI insists on a native schema-engine binary it would
// download from a host we cannot reach; generate never uses it, so we point the CLI at a stub that
// answers `--version` and refuses everything else (see ../shared/design/TOOLCHAIN.md).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stubDir = join(root, "node_modules", ".cache", "patchdeck");
const stub = join(stubDir, "schema-engine-stub");
mkdirSync(stubDir, { recursive: true });
writeFileSync(
  stub,
  '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "schema-engine-stub 0.0.0"; exit 0; fi\n' +
    'echo "patchdeck: the native schema engine is not available offline; use scripts/migrations.ts" >&2\nexit 1\n',
);
chmodSync(stub, 0o755);
if (!existsSync(join(root, "prisma", "schema.prisma"))) {
  console.log("prisma-generate: no prisma/schema.prisma yet, skipping");
  process.exit(0);
}
execFileSync(join(root, "node_modules", ".bin", "prisma"), ["generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
