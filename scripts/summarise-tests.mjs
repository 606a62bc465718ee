// Reads one test report and prints "<passed> <failed>" for scripts/test.sh's summary line.
// Usage: node scripts/summarise-tests.mjs <vitest|playwright|firefox|web-ext> <report.json>
// Skipped and todo tests count as failed: the project allows no skipped tests. A report that
// is missing or unreadable counts as one failure, so a crashed runner never looks green.
import { readFileSync } from 'node:fs';

const [kind, file] = process.argv.slice(2);

function read() {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitest(report) {
  let failed = report.numFailedTests + report.numPendingTests + report.numTodoTests;
  // A test file that fails to load (import error, top-level throw) has no failed test in it.
  for (const suite of report.testResults ?? []) {
    const hasFailedTest = suite.assertionResults?.some((test) => test.status === 'failed');
    if (suite.status === 'failed' && !hasFailedTest) failed += 1;
  }
  if (report.numPendingTests + report.numTodoTests > 0) {
    console.error(`vitest: ${report.numPendingTests + report.numTodoTests} skipped/todo test(s) counted as failed`);
  }
  return [report.numPassedTests, failed];
}

function playwright(report) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  if (skipped > 0) console.error(`playwright: ${skipped} skipped test(s) counted as failed`);
  if (flaky > 0) console.error(`playwright: ${flaky} flaky test(s) counted as failed`);
  // Errors outside any test (config, global setup, a worker fixture that threw).
  const globalErrors = report.errors?.length ?? 0;
  return [expected, unexpected + flaky + skipped + globalErrors];
}

function firefox(report) {
  return [report.passed, report.failed];
}

/** web-ext lint: prints what it found; passes (one check) when there are no errors. */
function webExt(report) {
  const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
  for (const level of ['errors', 'warnings', 'notices']) {
    for (const message of report[level] ?? []) {
      console.error(`web-ext lint ${level.slice(0, -1)}: ${message.code} ${message.file ?? ''} ${message.message}`);
    }
  }
  console.error(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  return errors === 0 ? [1, 0] : [0, 1];
}

const summarisers = { vitest, playwright, firefox, 'web-ext': webExt };
const report = read();
const summarise = summarisers[kind];
if (!summarise) {
  console.error(`unknown report kind ${kind}`);
  process.exit(2);
}
if (report === undefined) {
  console.error(`${kind}: no readable report at ${file}; counted as one failure`);
  console.log('0 1');
} else {
  const [passed, failed] = summarise(report);
  console.log(`${passed} ${failed}`);
}
