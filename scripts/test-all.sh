#!/usr/bin/env bash
# The whole test suite. In order: lint and typecheck; the unit tests with no database; Vitest
# (unit, and integration against a real PostgreSQL and Redis); the same Vitest suite on a second
# Node when NODE24_BIN names one (CI does); the production build with no database reachable;
# Playwright in Chromium against it; the production topology (two servers, the worker, Redis,
# nginx). Ends with one line: tests: N passed, M failed — lint, typecheck, the database-free
# unit run and the build count as one test each.
set -uo pipefail
cd "$(dirname "$0")/.."
# Reports live outside test-results/, which Playwright empties when it starts.
rm -rf .test-reports && mkdir -p .test-reports
export CI="${CI:-true}"
reports=()
status=0

step() { # step NAME COMMAND…: runs a check that is not a test runner, records pass/fail
  local name="$1"; shift
  echo "▶ $name"
  if "$@"; then reports+=("step:$name=passed"); else reports+=("step:$name=failed"); status=1; fi
}

step lint npx eslint .
step typecheck npx tsc --noEmit

# Unit tests need no database: once more with every database address pointing nowhere, timed.
unit_without_database() {
  local started=$SECONDS
  env DATABASE_URL=postgresql://127.0.0.1:1/unreachable TEST_DATABASE_URL=postgresql://127.0.0.1:1/unreachable PGHOST=127.0.0.1 PGPORT=1 npx vitest run --project unit --reporter=dot || return 1
  echo "unit tests without a database: $((SECONDS - started)) s"
}
step "unit tests without a database" unit_without_database

echo "▶ vitest (node $(node --version))"
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest.json || status=1
reports+=("vitest:.test-reports/vitest.json")

if [ -n "${NODE24_BIN:-}" ]; then
  echo "▶ vitest (node $("$NODE24_BIN" --version))"
  "$NODE24_BIN" node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest-node24.json || status=1
  reports+=("vitest:.test-reports/vitest-node24.json")
fi

# The build must not need a database: give it one that cannot answer.
step "build without a database" env DATABASE_URL=postgresql://127.0.0.1:1/unreachable npx tsx scripts/build.ts

# Playwright's web server (scripts/e2e-server.ts) makes a fresh database, seeds it and serves the build.
npx playwright test || status=1
reports+=("playwright:.test-reports/playwright.json")

echo "▶ topology"
npx vitest run --config vitest.topology.config.ts --reporter=default --reporter=json --outputFile.json=.test-reports/topology.json || status=1
reports+=("vitest:.test-reports/topology.json")

npx tsx scripts/test-summary.ts "${reports[@]}" || status=1
exit $status
