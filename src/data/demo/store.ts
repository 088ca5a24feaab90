/**
 * Where the demo data source keeps what changes: an IndexedDB database (through `idb`) or plain
 * memory. Both offer the same small transactional key-value API so the data source has one code
 * path. A write transaction is all-or-nothing and write transactions never interleave:
 * IndexedDB serialises overlapping read-write transactions (even across tabs), and the memory
 * store runs them one at a time and applies staged writes only on success.
 *
 * Keys are arrays of strings whose first element groups records (a learner id, a slot id), so
 * that `list(store, first)` can read a group.
 */

/** Object stores of the demo database. */
export const STORE_NAMES = ['progress', 'applied', 'study', 'goals', 'bookings', 'holds', 'idempotency'] as const;
/** The name of one object store. */
export type StoreName = (typeof STORE_NAMES)[number];
/** A record key: a group id first, then whatever identifies the record in the group. */
export type Key = readonly string[];

/** Operations available inside a transaction. Only await these inside one (IndexedDB auto-commits). */
export interface StoreTx {
  get<T>(store: StoreName, key: Key): Promise<T | undefined>;
  /** Every value in `store`, or only those whose key starts with `first`. */
  list<T>(store: StoreName, first?: string): Promise<T[]>;
  /** `list(store, first)` for each of `firsts`, in one read (a cohort has hundreds of learners). */
  listEach<T>(store: StoreName, firsts: readonly string[]): Promise<T[][]>;
  put(store: StoreName, key: Key, value: unknown): Promise<void>;
  delete(store: StoreName, key: Key): Promise<void>;
}

/** A transactional key-value store. */
export interface DemoStore {
  read<T>(stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>): Promise<T>;
  write<T>(stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>): Promise<T>;
  close(): void;
}

const DB_VERSION = 1;

/** Default IndexedDB database name of the demo data. */
export const DEFAULT_DEMO_DATABASE = 'seoul-learn-demo';

/**
 * Deletes a demo database (tests, a "reset demo" button). Open demo data sources on the page
 * close their connection when asked and start afresh on their next call.
 */
export async function deleteDemoDatabase(name: string = DEFAULT_DEMO_DATABASE): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await settle(indexedDB.deleteDatabase(name));
}

// IndexedDB's requests and transactions as promises. The demo data does without the idb library
// (which the HTTP data source's outbox uses) so that a page on the demo data loads one file
// fewer; these few lines are all of it that the store needs.

/** The result of an IndexedDB request. */
function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when `tx` commits; rejects when it fails or is aborted. Listen before the first await. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
}

/**
 * A store in this page's memory ({@link MemoryStore}), whose code loads on first use: calls
 * made before it is there run, in the order they were made, once it is.
 */
export function memoryStore(): DemoStore {
  let loading: Promise<DemoStore> | undefined;
  const store = (): Promise<DemoStore> => {
    if (!loading) {
      const attempt = import('./memory-store.js').then(({ MemoryStore }) => new MemoryStore());
      // A chunk that did not arrive is asked for again by the next call.
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
      loading = attempt;
    }
    return loading;
  };
  return {
    read: (stores, body) => store().then((inner) => inner.read(stores, body)),
    write: (stores, body) => store().then((inner) => inner.write(stores, body)),
    close: () => undefined,
  };
}

/**
 * Keeps data in an IndexedDB database so that it survives a reload and is shared by every
 * instance (and tab) with the same database name. Falls back to memory when IndexedDB cannot
 * be opened (some private-browsing modes, sandboxed frames).
 */
export class IndexedDbStore implements DemoStore {
  private db?: Promise<IDBDatabase>;
  private fallback?: DemoStore;

  constructor(private readonly name: string) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(this.name, DB_VERSION);
      request.onupgradeneeded = () => {
        for (const store of STORE_NAMES) {
          if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
        }
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another connection wants to delete or upgrade the database: step aside, reopen on next use.
        db.onversionchange = () => {
          db.close();
          this.db = undefined;
        };
        // The browser closed the connection (storage cleared, a crash): reopen on next use.
        db.onclose = () => {
          this.db = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    const opening = this.db;
    opening.catch(() => {
      if (this.db === opening) this.db = undefined;
    });
    return opening;
  }

  read<T>(stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.run(stores, 'readonly', body);
  }

  write<T>(stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.run(stores, 'readwrite', body);
  }

  private async run<T>(
    stores: readonly StoreName[],
    mode: IDBTransactionMode,
    body: (tx: StoreTx) => Promise<T>,
  ): Promise<T> {
    if (this.fallback)
      return mode === 'readonly' ? this.fallback.read(stores, body) : this.fallback.write(stores, body);
    let db: IDBDatabase;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      db = await this.open();
    } catch (error) {
      console.warn('[seoul-learn] demo data cannot use IndexedDB; changes will not survive a reload.', error);
      this.fallback = memoryStore();
      return this.run(stores, mode, body);
    }
    const tx = db.transaction([...stores], mode);
    const done = committed(tx);
    const api: StoreTx = {
      get: async <V>(store: StoreName, key: Key) =>
        (await settle(tx.objectStore(store).get([...key]))) as V | undefined,
      list: async <V>(store: StoreName, first?: string) =>
        (await settle(
          tx
            .objectStore(store)
            // An array sorts after every string, so [first, []] bounds every key that starts with first.
            .getAll(first === undefined ? undefined : IDBKeyRange.bound([first], [first, []])),
        )) as V[],
      // Two requests for the whole store instead of one per group: with hundreds of groups (a
      // cohort), the requests cost far more than reading the records of groups not asked for.
      listEach: async <V>(store: StoreName, firsts: readonly string[]) => {
        const [keys, values] = await Promise.all([
          settle(tx.objectStore(store).getAllKeys()),
          settle(tx.objectStore(store).getAll()),
        ]);
        const groups = new Map<unknown, V[]>(firsts.map((first) => [first, []]));
        keys.forEach((key, i) => groups.get((key as string[])[0])?.push(values[i] as V));
        return firsts.map((first) => groups.get(first)!);
      },
      put: async (store, key, value) => {
        await settle(tx.objectStore(store).put(value, [...key]));
      },
      delete: async (store, key) => {
        await settle(tx.objectStore(store).delete([...key]));
      },
    };
    try {
      const result = await body(api);
      await done;
      return result;
    } catch (error) {
      done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      throw error;
    }
  }

  close(): void {
    const db = this.db;
    this.db = undefined;
    void db?.then(
      (connection) => connection.close(),
      () => undefined,
    );
  }
}
