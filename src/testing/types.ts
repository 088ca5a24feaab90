import type { Clock } from '../data/clock.js';
import type { DataSource } from '../data/types.js';

/** One data source to test, made fresh for every test by the factory given to `runDataSourceSuite`. */
export interface DataSourceUnderTest {
  /** The data source the suite drives. Its backend starts empty for each test. */
  readonly source: DataSource;
  /**
   * The clock the data source and its backend run on, pinned by the factory (e.g.
   * `fixedClock('2026-12-01T00:00:00Z')`): every date the suite asks about comes from it, never
   * from the machine's clock, so the suite passes on any day.
   */
  readonly now: Clock;
  /**
   * The data source as `learnerId` has signed in to it, for a backend that lets each learner read
   * and write only their own data (the Seoul Learn API: the bearer token's `sub` is the learner).
   * The suite acts as each learner it names through it. Default: `source` for everyone.
   */
  readonly as?: (learnerId: string) => DataSource | Promise<DataSource>;
  /**
   * Another client of the same backend (a second tab or device) signed in as `learnerId`, for the
   * progress replay test. Default: `as(learnerId)` again.
   */
  readonly peer?: (learnerId: string) => DataSource | Promise<DataSource>;
  /**
   * Delivers what `saveProgress` queued, for a data source that only queues (`HttpDataSource`:
   * `flushProgress()`). Omit it when `saveProgress` resolves after the backend applied the reports.
   */
  readonly deliver?: (source: DataSource) => Promise<void>;
  /**
   * How many bookings the backend stores in all (cancelled ones too), read from the backend
   * itself: the suite checks that a replay or a lost race stores nothing. Omit it when there is no
   * way to ask.
   */
  readonly storedBookings?: () => Promise<number>;
  /** Releases what the data source holds; called after each test. */
  readonly close?: () => void | Promise<void>;
}

/** Makes a fresh `DataSourceUnderTest`; called before each test. */
export type DataSourceFactory = () => DataSourceUnderTest | Promise<DataSourceUnderTest>;

/** Options of `runDataSourceSuite`. */
export interface DataSourceSuiteOptions {
  /** Title of the suite's `describe` block. Default `'DataSource conformance'`. */
  readonly name?: string;
  /** Time-out of each test, in ms. Default 20 000. */
  readonly timeoutMs?: number;
  /**
   * How far an instant the backend stamps (`updatedAt`, `generatedAt`) may be from `now()`, in
   * ms: 0 (default) for a data source that reads `now` itself; more for a server whose clock runs
   * on its own.
   */
  readonly clockToleranceMs?: number;
  /**
   * What a bad applicant field is called in `ValidationError.fields`: `''` (default, `phone`) as
   * the built-in data source names it, or `'applicant.'` (`applicant.phone`) as an HTTP API names
   * the field of its request body.
   */
  readonly applicantFieldPrefix?: string;
  /** How many learners race for one free place. Default 20. */
  readonly raceSize?: number;
}

/** What every group of tests reads: the current data source under test and the options. */
export interface SuiteState {
  readonly subject: () => DataSourceUnderTest;
  readonly options: Required<DataSourceSuiteOptions>;
}
