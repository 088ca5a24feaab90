/**
 * Options and collaborators of the progress outbox. Kept apart from the class so that a data
 * source can type its sender without importing the outbox itself.
 */
import type { ProgressUpdate } from '../types.js';

/** How one request is sent. */
export interface SendOptions {
  /**
   * True when the page may be going away (`pagehide`, hidden): the sender should use
   * `fetch(…, { keepalive: true })`, whose body the outbox keeps within `maxBatchBytes`.
   */
  readonly keepalive: boolean;
}

/**
 * Delivers one batch, oldest update first. Resolve only when the server has accepted the batch.
 * Reject with an error whose `code` is permanent (`validation`, `not-found`, `forbidden`:
 * the batch is dropped with a warning; `too-large`: a batch of several updates is sent again in
 * halves, a single update is dropped), or with anything else to have it retried later. The server
 * must ignore an update id it already has.
 */
export type ProgressSender = (updates: ProgressUpdate[], options: SendOptions) => Promise<void>;

/** Exponential backoff between failed rounds. */
export interface BackoffOptions {
  /** Delay after the first failure, in ms. */
  readonly initialMs: number;
  /** The delay never grows beyond this, in ms. */
  readonly maxMs: number;
}

/** Timer functions; tests pass a fake clock. */
export interface OutboxTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The part of the Web Locks API the outbox uses. */
export interface OutboxLockManager {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T> | T): Promise<T>;
}

/** Where queued updates live. */
export type OutboxStorage = 'indexeddb' | 'memory';

/** Options of `new ProgressOutbox(…)`. */
export interface ProgressOutboxOptions {
  /** Delivers a batch; the outbox itself never calls `fetch`. */
  readonly send: ProgressSender;
  /** IndexedDB database name; instances and tabs on the same name share one queue. */
  readonly databaseName?: string;
  /** `'indexeddb'` (default, survives reloads) or `'memory'` (this instance only, nothing stored). */
  readonly storage?: OutboxStorage;
  /** At most one timed send round per this many ms (default 10 000). */
  readonly batchIntervalMs?: number;
  /**
   * Upper bound of one request body, measured as the UTF-8 length of `JSON.stringify(updates)`
   * (default 60 000, under the 64 KiB keepalive limit). A sender that wraps the array in an
   * envelope should pass a smaller value.
   */
  readonly maxBatchBytes?: number;
  /**
   * Most updates the queue holds (default 5 000, about 14 hours of playback at one report per
   * 10 s). Past it the oldest are dropped, with one warning naming counts only.
   */
  readonly maxQueued?: number;
  /**
   * Oldest an update may get in the queue, in ms after it was queued by the `now` clock (default
   * 30 days). Older ones are dropped unsent before a round, with one warning naming counts only.
   */
  readonly maxAgeMs?: number;
  /**
   * When the browser comes back online after a failed round, the retry waits a random part of
   * this many ms (default 5 000, drawn with `random`), so that many devices back on one network
   * together do not all send at the same instant.
   */
  readonly onlineJitterMs?: number;
  /** Delays between failed rounds (default 1 s doubling up to 5 min). */
  readonly backoff?: BackoffOptions;
  /** A number in [0, 1) for the backoff and `online` jitter (default `Math.random`). */
  readonly random?: () => number;
  /** The current time, recorded with each queued update and read for `maxAgeMs` (default the system clock). */
  readonly now?: () => Date;
  /** Web Locks name guarding a send round (default derived from `databaseName`). */
  readonly lockName?: string;
  /**
   * Lock manager (default `navigator.locks`); `null` uses the in-page fallback, which only
   * keeps instances of this page apart.
   */
  readonly locks?: OutboxLockManager | null;
  /** Timer functions (default the global ones). */
  readonly timers?: OutboxTimers;
}
