// Prints one closing line, `N passed, N failed, N skipped`, that CI reads.

function collect(results, counts) {
  for (const test of results.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const suite of results.suites ?? []) collect(suite, counts);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countsReporter() {
  let line;
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) collect(session.testResults, counts);
        // A file that fails to load has no test results; count it as a failure so it shows.
        if (!session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length) {
          counts.failed += 1;
        }
      }
      line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    },
    start() {
      // Printed at exit so that it is the last line, after the default reporter's summary.
      process.once('exit', () => {
        if (line) process.stdout.write(`\n${line}\n`);
      });
    },
  };
}
