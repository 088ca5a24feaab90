/**
 * The built-in demo data source. Kept out of `src/data/index.ts` so that a host (or the
 * provider) can load it lazily: `await import('./data/demo/index.js')`.
 */
export { LocalDemoDataSource, WEEKLY_GOAL_RANGE, type DemoDataSourceOptions } from './demo-data-source.js';
export { DEFAULT_DEMO_DATABASE, deleteDemoDatabase } from './store.js';
export { DEMO_LEARNER_ID, STUDY_HISTORY_DAYS } from './seed.js';
export { BOOKING_WINDOW_DAYS } from './slots.js';
export { DEFAULT_WEEKLY_GOAL_MINUTES } from './summaries.js';
