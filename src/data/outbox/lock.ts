/**
 * Mutual exclusion of send rounds. With the Web Locks API the lock spans every tab of the
 * origin; without it (old browsers, some embedded web views) an in-page lock keeps instances of
 * this page apart, and other tabs may replay an update, which the server ignores by id.
 */
import type { OutboxLockManager } from './types.js';

/** Names held by this page when the Web Locks API is missing. */
const heldInPage = new Set<string>();

/**
 * Runs `body` while holding the lock `name`, or returns `undefined` at once without running it
 * when someone else holds the lock (they are sending; the caller retries later).
 */
export async function withLockIfAvailable<T>(
  locks: OutboxLockManager | null,
  name: string,
  body: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  if (locks) {
    return locks.request(name, { ifAvailable: true }, async (lock) =>
      lock ? { ran: true as const, value: await body() } : { ran: false as const },
    );
  }
  if (heldInPage.has(name)) return { ran: false };
  heldInPage.add(name);
  try {
    return { ran: true, value: await body() };
  } finally {
    heldInPage.delete(name);
  }
}

/** `navigator.locks` when the browser has it. */
export function defaultLockManager(): OutboxLockManager | null {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return (nav?.locks as OutboxLockManager | undefined) ?? null;
}
