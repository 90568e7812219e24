#!/usr/bin/env bash
# The whole test suite: Vitest (unit, and integration against a real PostgreSQL), then the
# production build and Playwright in Chromium. Ends with: tests: N passed, M failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# Reports live outside test-results/, which Playwright empties when it starts.
rm -rf .test-reports && mkdir -p .test-reports
export CI="${CI:-true}"

npx vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest.json
vitest_status=$?

# Playwright's web server (scripts/e2e-server.ts) makes a fresh database, seeds it and builds.
npx playwright test
playwright_status=$?

npx tsx scripts/test-summary.ts .test-reports/vitest.json .test-reports/playwright.json
summary_status=$?

if [ "$vitest_status" -ne 0 ] || [ "$playwright_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then
  exit 1
fi
