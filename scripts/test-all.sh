#!/usr/bin/env bash
# The whole test suite: Vitest (unit, and integration against a real PostgreSQL), then the
# production build and Playwright in Chromium. Ends with: tests: N passed, M failed.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results
export CI="${CI:-true}"

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest_status=$?

npx tsx scripts/build.ts
build_status=$?

playwright_status=1
if [ "$build_status" -eq 0 ]; then
  npx playwright test
  playwright_status=$?
fi

npx tsx scripts/test-summary.ts test-results/vitest.json test-results/playwright.json
summary_status=$?

if [ "$vitest_status" -ne 0 ] || [ "$build_status" -ne 0 ] || [ "$playwright_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then
  exit 1
fi
