#!/usr/bin/env bash
# One command from a fresh clone to a running dashboard on the bundled demo archive:
# installs dependencies (offline-safe), ingests fixtures/demo/demo.mbox into data/demo, builds, and serves
# http://localhost:${PORT:-3000}. Re-running reuses what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL=${DATABASE_URL:-pglite:data/demo}
[ -d node_modules ] || npm ci --no-audit --no-fund
npx tsx lib/cli/main.ts ingest fixtures/demo/demo.mbox
[ -f .next/BUILD_ID ] || npx next build
echo "patchdeck: serving the demo at http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
