#!/usr/bin/env bash
# The test command (README: `npm test`). Runs, in order: type check, migration check, unit tests (with a
# PostgreSQL server when one can be started), the app build, and the Playwright smoke tests in Chromium
# against the built app on the embedded store AND on a PostgreSQL server. Ends with `N passed, N failed`.
# Outside CI, missing Chromium or PostgreSQL skips those parts with a message; under CI=true it is an error.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
out=.ci-out
rm -rf "$out" && mkdir -p "$out"
failures=0
note() { printf '\n== %s\n' "$*"; }
need() { # need <what> <check-command...>: true if present; in CI a missing need is a failure
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then return 0; fi
  if [ -n "${CI:-}" ]; then echo "error: $what is required under CI"; failures=$((failures + 1)); else echo "skipped: $what not found"; fi
  return 1
}

note "type check"
npx tsc --noEmit -p . || failures=$((failures + 1))

note "migrations cover the schema"
npx tsx scripts/migrations.ts check || failures=$((failures + 1))

pg_url=""
pg_dir=$(mktemp -d /tmp/patchdeck-pg.XXXXXX)
cleanup() { [ -n "$pg_url" ] && bash scripts/pg-test-server.sh stop "$pg_dir" >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap cleanup EXIT
if need "PostgreSQL server binaries (apt-get install -y postgresql)" test -x "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)/postgres"; then
  note "starting a PostgreSQL server for the tests"
  pg_url=$(bash scripts/pg-test-server.sh start "$pg_dir" 55432) || { echo "error: could not start PostgreSQL"; failures=$((failures + 1)); pg_url=""; }
fi

note "unit tests"
PATCHDECK_TEST_PG_URL="$pg_url" npx vitest run --reporter=default --reporter=json --outputFile.json="$out/unit.json" || failures=$((failures + 1))

e2e() { # e2e <name> <DATABASE_URL>
  local name=$1 url=$2
  note "e2e on $name"
  DATABASE_URL="$url" npx tsx lib/cli/main.ts ingest fixtures/demo/demo.mbox || { failures=$((failures + 1)); return; }
  DATABASE_URL="$url" PLAYWRIGHT_JSON_OUTPUT_NAME="$out/e2e-$name.json" npx playwright test || failures=$((failures + 1))
}
if need "Chromium (apt-get install -y chromium)" test -x "${CHROMIUM_PATH:-/usr/bin/chromium}"; then
  note "building the app"
  if npx next build >"$out/next-build.log" 2>&1; then
    tail -n 25 "$out/next-build.log"
    e2e pglite "pglite:$(mktemp -d /tmp/patchdeck-e2e.XXXXXX)/db"
    if [ -n "$pg_url" ]; then
      DATABASE_URL="$pg_url" npx tsx scripts/reset-db.ts && e2e postgres "$pg_url" || failures=$((failures + 1))
    fi
  else
    cat "$out/next-build.log"; echo "error: next build failed"; failures=$((failures + 1))
  fi
fi

note "summary"
node scripts/count-results.mjs "$out" "$failures"
