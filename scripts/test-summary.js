// Prints one closing line for the whole test run from the unit and browser test reports.
import { readFileSync } from 'node:fs';

const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected + e2e.stats.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`unit: ${unit.numPassedTests} passed, browser: ${e2e.stats.expected} passed`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
