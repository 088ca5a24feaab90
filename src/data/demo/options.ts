import type { DemoStore } from './store.js';

/** Options of `new LocalDemoDataSource(options)`. */
export interface DemoDataSourceOptions {
  /**
   * Where changes are kept. `'indexeddb'` (default) survives a reload and is shared by every
   * instance and tab using the same `databaseName`; `'memory'` lives and dies with the instance
   * and never touches IndexedDB (tests, previews).
   */
  readonly storage?: 'indexeddb' | 'memory';
  /** IndexedDB database name. Default `'seoul-learn-demo'`. */
  readonly databaseName?: string;
  /** The clock: slots, seeded history and "today" are relative to it. Default: the real clock. */
  readonly now?: () => Date;
  /** Simulated network latency of every call, in milliseconds (for demos of loading states). Default 0. */
  readonly latencyMs?: number;
  /**
   * A store of your own, e.g. the reference server's SQLite store; overrides `storage`. Its
   * owner shares it however it likes, so no change channel is opened for it.
   */
  readonly store?: DemoStore;
}
