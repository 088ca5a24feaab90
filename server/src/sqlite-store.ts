/**
 * The demo data source's `DemoStore` on SQLite (better-sqlite3), so that the reference server runs
 * the very business rules of `DemoDataSource` (slot capacity, idempotency, progress merging) with
 * its state in real tables.
 *
 * One connection, one queue: every transaction, read or write, waits for the one before it, so a
 * transaction whose body awaits between statements never sees another one's uncommitted rows.
 * `transaction(body)` groups several data-source calls (and the server's own tables) into one
 * SQLite transaction: store calls made while it runs join it instead of queueing behind it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { compareKeys } from '../../src/data/demo/memory-store.js';
import { STORE_NAMES, type DemoStore, type Key, type StoreName, type StoreTx } from '../../src/data/demo/store.js';

/** Row counts the tests assert on. */
export interface StoreCounts {
  /** Every event id received in an accepted `POST /progress-events`, duplicates included. */
  readonly receipts: number;
  /** Distinct event ids among the receipts. */
  readonly distinctReceipts: number;
  /** Progress events applied (each id at most once). */
  readonly applied: number;
  /** Bookings of every status. */
  readonly bookings: number;
  /** Confirmed bookings per slot id. */
  readonly confirmedBookingsBySlot: Record<string, number>;
}

interface Frame {
  readonly writable: boolean;
  /** Nested writes inside one transaction run one at a time, each in its own savepoint. */
  queue: Promise<unknown>;
  savepoints: number;
}

interface TableStatements {
  readonly get: Database.Statement<[string], { value: string }>;
  readonly list: Database.Statement<[], { key: string; value: string }>;
  readonly listGroup: Database.Statement<[string], { key: string; value: string }>;
  readonly put: Database.Statement<[string, string, string]>;
  readonly delete: Database.Statement<[string]>;
}

const SCHEMA = [
  ...STORE_NAMES.map(
    (name) => `CREATE TABLE IF NOT EXISTS ${name} (
      key TEXT PRIMARY KEY NOT NULL,
      k0 TEXT NOT NULL,
      value TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS ${name}_k0 ON ${name} (k0);`,
  ),
  `CREATE TABLE IF NOT EXISTS progress_receipts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    received_at TEXT
  );
  CREATE INDEX IF NOT EXISTS progress_receipts_event_id ON progress_receipts (event_id);`,
  `CREATE TABLE IF NOT EXISTS idempotency_fingerprints (
    learner_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (learner_id, idempotency_key)
  );`,
  `CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);`,
].join('\n');

/** Tables that `clear()` empties: everything but `meta`. */
const DATA_TABLES = [...STORE_NAMES, 'progress_receipts', 'idempotency_fingerprints'] as const;

function sortedValues<T>(rows: readonly { key: string; value: string }[]): T[] {
  return rows
    .map((row) => ({ key: JSON.parse(row.key) as Key, value: row.value }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((row) => JSON.parse(row.value) as T);
}

function prepareStatements(db: Database.Database) {
  return {
    receipt: db.prepare<[string, string]>('INSERT INTO progress_receipts (event_id, received_at) VALUES (?, ?)'),
    fingerprint: db.prepare<[string, string], { fingerprint: string }>(
      'SELECT fingerprint FROM idempotency_fingerprints WHERE learner_id = ? AND idempotency_key = ?',
    ),
    putFingerprint: db.prepare<[string, string, string, string]>(
      `INSERT INTO idempotency_fingerprints (learner_id, idempotency_key, fingerprint, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (learner_id, idempotency_key) DO NOTHING`,
    ),
    meta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE name = ?'),
    putMeta: db.prepare<[string, string]>('INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)'),
  };
}

export class SqliteStore implements DemoStore {
  private readonly db: Database.Database;
  private readonly tables: ReadonlyMap<StoreName, TableStatements>;
  private readonly frames = new AsyncLocalStorage<Frame>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements: ReturnType<typeof prepareStatements>;

  /** Opens (and creates if needed) the database at `file`; `':memory:'` keeps it in memory. */
  constructor(file = ':memory:') {
    this.db = new Database(file);
    this.db.pragma('busy_timeout = 5000');
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    this.tables = new Map(
      STORE_NAMES.map((name) => [
        name,
        {
          get: this.db.prepare(`SELECT value FROM ${name} WHERE key = ?`),
          list: this.db.prepare(`SELECT key, value FROM ${name}`),
          listGroup: this.db.prepare(`SELECT key, value FROM ${name} WHERE k0 = ?`),
          put: this.db.prepare(
            `INSERT INTO ${name} (key, k0, value) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
          ),
          delete: this.db.prepare(`DELETE FROM ${name} WHERE key = ?`),
        },
      ]),
    );
    this.statements = prepareStatements(this.db);
  }

  // ---- DemoStore ----------------------------------------------------------------------------

  read<T>(_stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.run(false, () => body(this.api(false)));
  }

  write<T>(_stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.run(true, () => body(this.api(true)));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---- the server's own use -----------------------------------------------------------------

  /**
   * Runs `body` as one write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK when it throws).
   * Data-source calls inside it join this transaction, so what they check and what the server
   * records commit or roll back together.
   */
  transaction<T>(body: () => Promise<T>): Promise<T> {
    return this.run(true, body);
  }

  /** Records that these event ids were received. Only inside `transaction()`. */
  addReceipts(eventIds: readonly string[], receivedAt: string): void {
    this.assertWritable();
    for (const id of eventIds) this.statements.receipt.run(id, receivedAt);
  }

  /** The request fingerprint stored for a learner's idempotency key. Only inside `transaction()`. */
  fingerprint(learnerId: string, key: string): string | undefined {
    this.assertInTransaction();
    return this.statements.fingerprint.get(learnerId, key)?.fingerprint;
  }

  /** Stores the fingerprint of the request that first used a key. Only inside `transaction()`. */
  setFingerprint(learnerId: string, key: string, fingerprint: string, at: string): void {
    this.assertWritable();
    this.statements.putFingerprint.run(learnerId, key, fingerprint, at);
  }

  /** A value of one of the demo stores, read directly. Only inside `transaction()`. */
  peek<T>(store: StoreName, key: Key): T | undefined {
    this.assertInTransaction();
    const row = this.table(store).get.get(JSON.stringify(key));
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  /** A random secret kept in the database (created on first use), e.g. to key fingerprints. */
  secret(name: string): Buffer {
    this.statements.putMeta.run(name, randomBytes(32).toString('base64'));
    return Buffer.from(this.statements.meta.get(name)!.value, 'base64');
  }

  /** Row counts, after every queued transaction has finished. */
  counts(): Promise<StoreCounts> {
    return this.run(false, async () => {
      const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
      const bySlot = this.db
        .prepare(
          `SELECT json_extract(value, '$.slotId') AS slotId, COUNT(*) AS n FROM bookings
           WHERE json_extract(value, '$.status') = 'confirmed' GROUP BY slotId ORDER BY slotId`,
        )
        .all() as { slotId: string; n: number }[];
      return {
        receipts: one('SELECT COUNT(*) AS n FROM progress_receipts'),
        distinctReceipts: one('SELECT COUNT(DISTINCT event_id) AS n FROM progress_receipts'),
        applied: one('SELECT COUNT(*) AS n FROM applied'),
        bookings: one('SELECT COUNT(*) AS n FROM bookings'),
        confirmedBookingsBySlot: Object.fromEntries(bySlot.map((row) => [row.slotId, row.n])),
      };
    });
  }

  /** Deletes every row (the database is as new), after every queued transaction has finished. */
  clear(): Promise<void> {
    return this.run(true, async () => {
      for (const table of DATA_TABLES) this.db.exec(`DELETE FROM ${table}`);
      this.db.exec(`DELETE FROM sqlite_sequence WHERE name = 'progress_receipts'`);
    });
  }

  // ---- internals ----------------------------------------------------------------------------

  private run<T>(writable: boolean, body: () => Promise<T>): Promise<T> {
    const frame = this.frames.getStore();
    if (frame) return this.nested(frame, writable, body);
    const start = async () => {
      const own: Frame = { writable, queue: Promise.resolve(), savepoints: 0 };
      // IMMEDIATE takes the write lock up front, so two processes on one file cannot both pass a capacity check.
      this.db.exec(writable ? 'BEGIN IMMEDIATE' : 'BEGIN');
      try {
        const result = await this.frames.run(own, body);
        await own.queue;
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const result = this.queue.then(start, start);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** A store call made inside a running transaction: it joins it, writes in a savepoint. */
  private nested<T>(frame: Frame, writable: boolean, body: () => Promise<T>): Promise<T> {
    if (writable && !frame.writable) return Promise.reject(new Error('write in a read transaction'));
    if (!writable) return body();
    const start = async () => {
      const name = `sp${++frame.savepoints}`;
      this.db.exec(`SAVEPOINT ${name}`);
      try {
        const result = await body();
        this.db.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        this.db.exec(`ROLLBACK TO ${name}`);
        this.db.exec(`RELEASE ${name}`);
        throw error;
      }
    };
    const result = frame.queue.then(start, start);
    frame.queue = result.catch(() => undefined);
    return result;
  }

  private api(writable: boolean): StoreTx {
    const check = () => {
      if (!writable) throw new Error('write in a read transaction');
    };
    return {
      get: async <V>(store: StoreName, key: Key) => {
        const row = this.table(store).get.get(JSON.stringify(key));
        return row ? (JSON.parse(row.value) as V) : undefined;
      },
      list: async <V>(store: StoreName, first?: string) => {
        const table = this.table(store);
        return sortedValues<V>(first === undefined ? table.list.all() : table.listGroup.all(first));
      },
      // One indexed query per group: SQLite answers each in microseconds, in this process.
      listEach: async <V>(store: StoreName, firsts: readonly string[]) => {
        const table = this.table(store);
        return firsts.map((first) => sortedValues<V>(table.listGroup.all(first)));
      },
      put: async (store, key, value) => {
        check();
        this.table(store).put.run(JSON.stringify(key), key[0] ?? '', JSON.stringify(value));
      },
      delete: async (store, key) => {
        check();
        this.table(store).delete.run(JSON.stringify(key));
      },
    };
  }

  private table(store: StoreName): TableStatements {
    const table = this.tables.get(store);
    if (!table) throw new Error(`unknown store ${String(store)}`);
    return table;
  }

  private assertInTransaction(): Frame {
    const frame = this.frames.getStore();
    if (!frame) throw new Error('only inside SqliteStore.transaction()');
    return frame;
  }

  private assertWritable(): void {
    if (!this.assertInTransaction().writable) throw new Error('write in a read transaction');
  }
}
