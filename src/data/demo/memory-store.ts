/**
 * The demo data's store in this page's memory (`storage: 'memory'`, and where IndexedDB cannot
 * be opened): the same transactions as the IndexedDB store, nothing kept past the page.
 */
import { STORE_NAMES, type DemoStore, type Key, type StoreName, type StoreTx } from './store.js';

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

/** The order of keys in every store: element by element, a shorter key first when one is the other's start. */
export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
