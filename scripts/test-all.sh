#!/usr/bin/env bash
# The whole test suite: Vitest (unit, and integration against a real PostgreSQL), then the
# production build and Playwright in Chromium. Ends with: tests: N passed, M failed.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results
export CI="${CI:-true}"

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest_status=$?

# Playwright's web server (scripts/e2e-server.ts) makes a fresh database, seeds it and builds.
npx playwright test
playwright_status=$?

npx tsx scripts/test-summary.ts test-results/vitest.json test-results/playwright.json
summary_status=$?

if [ "$vitest_status" -ne 0 ] || [ "$playwright_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then
  exit 1
fi
