/**
 * `@seoul-learn/elements/testing`: the conformance suite for `DataSource` implementations. Test
 * code only: it needs mocha's globals and `@open-wc/testing`, and no element imports it.
 */
export { runDataSourceSuite } from './data-source-suite.js';
export type { DataSourceFactory, DataSourceSuiteOptions, DataSourceUnderTest } from './types.js';
export { fixedClock, type Clock } from '../data/clock.js';
