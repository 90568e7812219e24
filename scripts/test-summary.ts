// Totals Vitest's and Playwright's JSON reports into the one line CI reads.
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

const [vitestFile, playwrightFile] = process.argv.slice(2);
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const missing: string[] = [];
for (const [file, read] of [
  [vitestFile, vitestTotals],
  [playwrightFile, playwrightTotals],
] as const) {
  if (!file || !existsSync(file)) {
    missing.push(file ?? "?");
    continue;
  }
  const t = read(file);
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
