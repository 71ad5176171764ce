// Adds up the runners' JSON reports and prints the line CI reads: "N passed, N failed".
// A suite whose report is missing (its runner crashed) counts as one failure.
import fs from 'node:fs';
import path from 'node:path';

const [dir, ...expected] = process.argv.slice(2);
/** Names and first message lines of a Vitest JSON report's failed tests, so a CI log's tail says what failed. */
function failedTests(report) {
  const names = [];
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const why = (test.failureMessages ?? []).join(' ').split('\n')[0].slice(0, 300);
      names.push(`${path.relative(process.cwd(), suite.name ?? '')} > ${test.fullName}: ${why}`);
    }
  }
  return names;
}

let passed = 0;
let failed = 0;
const files = new Set([...expected.map((name) => `${name}.json`), ...fs.readdirSync(dir).filter((f) => f.endsWith('.json'))]);
for (const file of files) {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) {
    console.log(`${file}: no report (the runner did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(full, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  for (const name of failedTests(report)) console.log(`${file}: FAILED ${name}`);
  if (report.numTotalTests === 0) {
    console.log(`${file}: ran no test`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
