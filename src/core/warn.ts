const warned = new WeakMap<object, Set<string>>();

/**
 * Logs a console warning once per `owner` and `key`, so a bad attribute that re-renders a
 * hundred times still produces a single line. Never pass personal data in `message`.
 */
export function warnOnce(owner: object, key: string, message: string): void {
  let keys = warned.get(owner);
  if (!keys) {
    keys = new Set();
    warned.set(owner, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`[seoul-learn] ${message}`);
}
