// Totals the JSON reports of every test run (Vitest's on each Node, Playwright's, the topology
// tests') into the one line CI reads. Usage: test-summary.ts vitest:FILE… playwright:FILE…
// A step that could not run at all (lint, typecheck, build) passes `step:NAME=failed`.
import { existsSync, readFileSync } from "node:fs";

type Totals = { passed: number; failed: number; skipped: number };

function vitestTotals(file: string): Totals {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A suite that fails to load has no tests to count; count it as a failure.
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightTotals(file: string): Totals {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (report.errors?.length ?? 0),
    skipped: report.stats.skipped,
  };
}

const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const missing: string[] = [];
for (const arg of process.argv.slice(2)) {
  const [kind, file = ""] = arg.split(/:(.*)/s);
  if (kind === "step") {
    // A check outside the test runners (lint, typecheck, the build) counts as one test.
    if (file.endsWith("=failed")) totals.failed++;
    else totals.passed++;
    if (file.endsWith("=failed")) console.error(`failed: ${file.replace(/=failed$/, "")}`);
    continue;
  }
  if (!existsSync(file)) {
    missing.push(file || arg);
    continue;
  }
  const t = kind === "playwright" ? playwrightTotals(file) : vitestTotals(file);
  totals.passed += t.passed;
  totals.failed += t.failed;
  totals.skipped += t.skipped;
}
if (missing.length > 0) {
  console.error(`missing test report(s): ${missing.join(", ")}`);
  totals.failed += missing.length;
}
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : "";
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
