// Vitest reporter for `npm run test:stories`: one closing line, `N passed, N failed, N skipped`,
// that CI reads. A story file that fails to load (no tests collected) counts as one failure.

/** @returns {import('vitest/node').Reporter} */
export default class StorybookCountsReporter {
  /** @type {string | undefined} */
  line;

  /**
   * @param {ReadonlyArray<import('vitest/node').TestModule>} modules
   * @param {ReadonlyArray<unknown>} unhandledErrors
   */
  onTestRunEnd(modules, unhandledErrors) {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of modules) {
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests += 1;
        const { state } = test.result();
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (tests === 0 && module.state() === 'failed') counts.failed += 1;
    }
    this.line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    // Printed at exit so that it is the last line, after the default reporter's summary.
    process.once('exit', () => process.stdout.write(`\n${this.line}\n`));
  }
}
