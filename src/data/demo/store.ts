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

const keyString = (key: Key) => JSON.stringify(key);

/** Keeps everything in this page's memory; nothing touches IndexedDB. */
export class MemoryStore implements DemoStore {
  private readonly data = new Map<StoreName, Map<string, { key: Key; value: unknown }>>(
    STORE_NAMES.map((name) => [name, new Map()]),
  );
  private queue: Promise<unknown> = Promise.resolve();

  read<T>(_stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.write(_stores, body, false);
  }

  write<T>(_stores: readonly StoreName[], body: (tx: StoreTx) => Promise<T>, writable = true): Promise<T> {
    const run = async () => {
      // Writes are staged and applied only when the body succeeds, as an aborted IDB transaction would.
      const staged = new Map<StoreName, Map<string, { key: Key; value: unknown } | null>>();
      const view = (store: StoreName) => {
        const merged = new Map(this.data.get(store));
        for (const [k, entry] of staged.get(store) ?? []) {
          if (entry) merged.set(k, entry);
          else merged.delete(k);
        }
        return merged;
      };
      const stage = (store: StoreName, key: Key, entry: { key: Key; value: unknown } | null) => {
        if (!writable) throw new Error('write in a read transaction');
        let map = staged.get(store);
        if (!map) staged.set(store, (map = new Map()));
        map.set(keyString(key), entry);
      };
      const tx: StoreTx = {
        get: async <V>(store: StoreName, key: Key) => {
          const entry = view(store).get(keyString(key));
          return entry ? (structuredClone(entry.value) as V) : undefined;
        },
        list: async <V>(store: StoreName, first?: string) =>
          [...view(store).values()]
            .filter((entry) => first === undefined || entry.key[0] === first)
            .sort((a, b) => compareKeys(a.key, b.key))
            .map((entry) => structuredClone(entry.value) as V),
        listEach: <V>(store: StoreName, firsts: readonly string[]) =>
          Promise.all(firsts.map((first) => tx.list<V>(store, first))),
        put: async (store, key, value) => stage(store, key, { key: [...key], value: structuredClone(value) }),
        delete: async (store, key) => stage(store, key, null),
      };
      const result = await body(tx);
      for (const [store, entries] of staged) {
        const map = this.data.get(store)!;
        for (const [k, entry] of entries) {
          if (entry) map.set(k, entry);
          else map.delete(k);
        }
      }
      return result;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): void {}
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Keeps data in an IndexedDB database so that it survives a reload and is shared by every
 * instance (and tab) with the same database name. Falls back to memory when IndexedDB cannot
 * be opened (some private-browsing modes, sandboxed frames).
 */
export class IndexedDbStore implements DemoStore {
  private db?: Promise<IDBDatabase>;
  private fallback?: MemoryStore;

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
      this.fallback = new MemoryStore();
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
