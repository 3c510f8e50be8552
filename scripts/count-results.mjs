// Prints the one line CI reads, `N passed, N failed`, from the JSON reports of Vitest and Playwright, and
// exits non-zero when anything failed (a failed step that produced no report counts as one failure).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir = ".ci-out", stepFailuresArg = "0"] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  if (!name.endsWith(".json")) continue;
  const report = JSON.parse(readFileSync(join(dir, name), "utf8"));
  if ("numPassedTests" in report) {
    // Vitest
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } else if (report.stats) {
    // Playwright
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
    skipped += report.stats.skipped ?? 0;
  }
}
const stepFailures = Number(stepFailuresArg);
const extra = failed === 0 && stepFailures > 0 ? stepFailures : 0;
console.log(`${passed} passed, ${failed + extra} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed + stepFailures > 0 ? 1 : 0);
