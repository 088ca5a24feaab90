/// <reference types="mocha" />
/**
 * `runDataSourceSuite`: the behaviours every `DataSource` must show, as a mocha suite that any
 * implementation can run (the built-in demo source, `HttpDataSource` on a Seoul Learn API, or a
 * partner's own).
 */
import { bookingTests } from './booking-tests.js';
import { calendarTests } from './calendar-tests.js';
import { progressTests } from './progress-tests.js';
import type { DataSourceFactory, DataSourceSuiteOptions, DataSourceUnderTest, SuiteState } from './types.js';

/**
 * Defines the conformance tests for the data sources `factory` makes (mocha `describe`/`it`,
 * chai `expect` from `@open-wc/testing`). Call it at the top level of a test file:
 *
 * ```ts
 * import { fixedClock, runDataSourceSuite } from '@seoul-learn/elements/testing';
 *
 * runDataSourceSuite(async () => {
 *   const now = fixedClock('2026-12-01T00:00:00Z');
 *   return { source: await myDataSource({ now, database: await emptyTestDatabase() }), now };
 * });
 * ```
 *
 * Each test gets a fresh data source on an empty backend whose clock the factory pinned. The
 * suite expects the backend's content to follow the contract the demo data shows: several
 * courses, the three consultation kinds with one-person (and, if any, two-person) slots in the
 * next four weeks, the gazette's public holidays.
 */
export function runDataSourceSuite(factory: DataSourceFactory, options: DataSourceSuiteOptions = {}): void {
  const settings: Required<DataSourceSuiteOptions> = {
    name: 'DataSource conformance',
    timeoutMs: 20_000,
    clockToleranceMs: 0,
    applicantFieldPrefix: '',
    raceSize: 20,
    ...options,
  };
  let current: DataSourceUnderTest | undefined;
  const state: SuiteState = {
    subject: () => {
      if (!current) throw new Error('runDataSourceSuite: no data source (did the factory fail?)');
      return current;
    },
    options: settings,
  };

  describe(settings.name, function () {
    this.timeout(settings.timeoutMs);
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      const done = current;
      current = undefined;
      await done?.close?.();
    });

    bookingTests(state);
    calendarTests(state);
    progressTests(state);
  });
}
