/**
 * A durable queue of progress updates between the player and the server. Every update is
 * written to storage before `enqueue` resolves and removed only after the server accepted it,
 * so a closed tab, a reload or a dead network never loses study time: what is left is sent
 * when the outbox starts again, oldest first.
 */
import { systemClock } from '../clock.js';
import { errorCode, isPermanentFailure } from '../failures.js';
import type { ProgressUpdate } from '../types.js';
import { backoffDelay } from './backoff.js';
import { splitByBytes } from './batches.js';
import { defaultLockManager, withLockIfAvailable } from './lock.js';
import {
  DEFAULT_OUTBOX_DATABASE,
  IndexedDbOutboxStore,
  MemoryOutboxStore,
  type OutboxRecord,
  type OutboxStore,
} from './store.js';
import type {
  BackoffOptions,
  OutboxLockManager,
  OutboxStorage,
  OutboxTimers,
  ProgressOutboxOptions,
  ProgressSender,
} from './types.js';
import { refusalReason, warnDropped, warnTrimmed } from './warn.js';

/**
 * What a send round did: `'sent'` everything it found was delivered (or dropped as refused),
 * `'failed'` a batch failed and waits for a retry, `'busy'` another instance or tab was sending
 * and this one left the queue to it.
 */
export type RoundOutcome = 'sent' | 'failed' | 'busy';

/** Default delays between failed rounds. */
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1_000, maxMs: 300_000 };
/** Default `maxQueued`: most updates the queue holds. */
export const DEFAULT_MAX_QUEUED = 5_000;
/** Default `maxAgeMs`: 30 days. */
export const DEFAULT_MAX_AGE_MS = 30 * 86_400_000;
/** Default `onlineJitterMs`: the retry after `online` waits up to 5 s. */
export const DEFAULT_ONLINE_JITTER_MS = 5_000;

/** `value` when it is a number ≥ `min` (`Infinity` allowed), else `fallback`. */
const atLeast = (value: number | undefined, min: number, fallback: number): number =>
  typeof value === 'number' && value >= min ? value : fallback;

const globalTimers: OutboxTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Queues `ProgressUpdate`s durably and delivers them through an injected sender: one round per
 * `batchIntervalMs`, in order, in bodies of at most `maxBatchBytes`, retried with exponential
 * backoff and jitter, flushed with `keepalive` when the page is hidden or left. A send round
 * holds a Web Lock, so two tabs on one database never send the same update at once. A batch the
 * server refuses for good is dropped with one warning, so it never blocks the updates after it;
 * the queue holds at most `maxQueued` updates, none older than `maxAgeMs`.
 *
 * ```ts
 * const outbox = new ProgressOutbox({ send: (updates, { keepalive }) => post(updates, keepalive) });
 * outbox.start();
 * await outbox.enqueue([update]);
 * ```
 */
export class ProgressOutbox {
  /** The database name this outbox queues in (also when `storage` is `'memory'`, unused then). */
  readonly databaseName: string;
  /** Where the queue lives. */
  readonly storage: OutboxStorage;
  /** Web Locks name guarding a send round. */
  readonly lockName: string;

  private readonly send: ProgressSender;
  private readonly store: OutboxStore;
  private readonly batchIntervalMs: number;
  private readonly maxBatchBytes: number;
  private readonly backoff: BackoffOptions;
  private readonly maxQueued: number;
  private readonly maxAgeMs: number;
  private readonly onlineJitterMs: number;
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly locks: OutboxLockManager | null;
  private readonly timers: OutboxTimers;

  private started = false;
  private timer: unknown = null;
  private failures = 0;
  /** Rounds of this instance run one after another. */
  private rounds: Promise<unknown> = Promise.resolve();

  /**
   * Updates this instance queued that no round of its own has delivered yet, kept in memory so
   * that `pagehide` can send them in the same task: a closing page may be gone before IndexedDB
   * or a lock answers.
   */
  private readonly unsent = new Map<string, ProgressUpdate>();
  /** Ids a `pagehide` send delivered while the page lived on (e.g. into the back/forward cache). */
  private readonly delivered = new Set<string>();

  private readonly onPageHide = () => {
    const updates = [...this.unsent.values()];
    if (updates.length === 0) return;
    // The updates stay stored: if this send does not arrive, the next visit sends them again,
    // and the server ignores an id it already has.
    for (const batch of splitByBytes(updates, this.maxBatchBytes)) {
      this.send(batch, { keepalive: true }).then(
        () => {
          for (const update of batch) {
            this.unsent.delete(update.id);
            this.delivered.add(update.id);
          }
        },
        () => undefined,
      );
    }
  };
  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void this.flush({ keepalive: true });
  };
  private readonly onOnline = () => {
    // Back online: retry soon instead of waiting out the backoff, but not at the same instant as
    // every other device that came back on the same network.
    if (this.failures === 0) return;
    const jitter = Math.min(Math.max(this.random(), 0), 1);
    this.scheduleRound(Math.floor(jitter * this.onlineJitterMs), true);
  };

  /** Creates an outbox; nothing is sent before `start()` or `flush()`. */
  constructor(options: ProgressOutboxOptions) {
    this.send = options.send;
    this.databaseName = options.databaseName ?? DEFAULT_OUTBOX_DATABASE;
    const wantsIdb = (options.storage ?? 'indexeddb') === 'indexeddb';
    // Without IndexedDB (some private modes) the queue still works for the life of the page.
    this.storage = wantsIdb && typeof indexedDB !== 'undefined' ? 'indexeddb' : 'memory';
    this.store = this.storage === 'indexeddb' ? new IndexedDbOutboxStore(this.databaseName) : new MemoryOutboxStore();
    this.batchIntervalMs = Math.max(0, options.batchIntervalMs ?? 10_000);
    this.maxBatchBytes = Math.max(1, options.maxBatchBytes ?? 60_000);
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.maxQueued = Math.floor(atLeast(options.maxQueued, 1, DEFAULT_MAX_QUEUED));
    this.maxAgeMs = atLeast(options.maxAgeMs, 1, DEFAULT_MAX_AGE_MS);
    this.onlineJitterMs = Math.min(atLeast(options.onlineJitterMs, 0, DEFAULT_ONLINE_JITTER_MS), 2 ** 31 - 1);
    this.random = options.random ?? Math.random;
    this.now = options.now ?? systemClock;
    this.lockName = options.lockName ?? `seoul-learn-outbox:${this.databaseName}`;
    this.locks = options.locks === undefined ? defaultLockManager() : options.locks;
    this.timers = options.timers ?? globalTimers;
  }

  /**
   * Queues updates; resolves once they are stored (durable with IndexedDB). An id already
   * queued is ignored. Past `maxQueued` the oldest updates are dropped. When started, a send
   * round follows within `batchIntervalMs`.
   */
  async enqueue(updates: readonly ProgressUpdate[]): Promise<void> {
    for (const update of updates) this.unsent.set(update.id, update);
    if (updates.length > 0) {
      const queuedAt = this.now().toISOString();
      await this.store.add(updates.map((update) => ({ id: update.id, queuedAt, update })));
      if ((await this.store.count()) > this.maxQueued) await this.trim(await this.store.all());
    }
    if (this.started) this.scheduleRound(this.batchIntervalMs);
  }

  /**
   * Starts delivering: sends what a previous page left first, then a round per
   * `batchIntervalMs`; installs the `pagehide`, `visibilitychange` and `online` listeners.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    addEventListener('pagehide', this.onPageHide);
    addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    void this.runRound(false);
  }

  /** Stops timers and removes the listeners; queued updates stay stored for the next start. */
  stop(): void {
    if (!this.started) return;
    this.started = false;
    removeEventListener('pagehide', this.onPageHide);
    removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.clearTimer();
  }

  /** Stops and closes the database connection (needed before deleting the database). */
  close(): void {
    this.stop();
    this.store.close();
  }

  /**
   * Sends everything queued now, after any round already running in this instance. Pass
   * `keepalive: true` when the page is going away. Resolves with what the round did; never
   * rejects (a failure is retried with backoff while started).
   */
  flush(options: { keepalive?: boolean } = {}): Promise<RoundOutcome> {
    return this.runRound(options.keepalive ?? false);
  }

  /** How many updates wait in the queue (all tabs, with IndexedDB). */
  pending(): Promise<number> {
    return this.store.count();
  }

  private runRound(keepalive: boolean): Promise<RoundOutcome> {
    const round = this.rounds.then(() => this.round(keepalive));
    this.rounds = round;
    return round;
  }

  private async round(keepalive: boolean): Promise<RoundOutcome> {
    this.clearTimer();
    let outcome: RoundOutcome;
    try {
      // A memory queue belongs to this instance alone, so it needs no lock.
      const result =
        this.storage === 'memory'
          ? { ran: true as const, value: await this.sendQueued(keepalive) }
          : await withLockIfAvailable(this.locks, this.lockName, () => this.sendQueued(keepalive));
      outcome = result.ran ? result.value : 'busy';
    } catch {
      // The store failed (quota, closed database): treat like a failed send and retry.
      outcome = 'failed';
    }
    if (outcome === 'failed') {
      this.failures += 1;
      if (this.started) this.scheduleRound(backoffDelay(this.failures, this.backoff, this.random), true);
    } else {
      if (outcome === 'sent') this.failures = 0;
      // Updates queued meanwhile, or left to a busy tab that may have read the queue earlier.
      if (this.started && (await this.pending().catch(() => 0)) > 0) this.scheduleRound(this.batchIntervalMs);
    }
    return outcome;
  }

  /** Sends the queue batch by batch, removing each batch once accepted or refused; stops at a failure. */
  private async sendQueued(keepalive: boolean): Promise<RoundOutcome> {
    const stored = await this.store.all();
    const already = stored.filter((record) => this.delivered.has(record.id));
    if (already.length > 0) {
      await this.store.remove(already.map((record) => record.seq));
      for (const record of already) this.delivered.delete(record.id);
    }
    const records = await this.trim(stored.filter((record) => !already.includes(record)));
    let offset = 0;
    for (const batch of splitByBytes(
      records.map((record) => record.update),
      this.maxBatchBytes,
    )) {
      const batchRecords = records.slice(offset, offset + batch.length);
      offset += batch.length;
      if (!(await this.deliver(batchRecords, keepalive))) return 'failed';
    }
    return 'sent';
  }

  /**
   * Sends one batch and removes it from the queue once the server accepted it or refused it for
   * good; false when it failed and waits for a retry. A batch refused as too large is sent again
   * in halves (the server's limit may be below `maxBatchBytes`); a single update too large is dropped.
   */
  private async deliver(records: readonly OutboxRecord[], keepalive: boolean): Promise<boolean> {
    try {
      await this.send(
        records.map((record) => record.update),
        { keepalive },
      );
    } catch (error) {
      if (errorCode(error) === 'too-large' && error instanceof Error && records.length > 1) {
        const half = Math.ceil(records.length / 2);
        return (
          (await this.deliver(records.slice(0, half), keepalive)) &&
          (await this.deliver(records.slice(half), keepalive))
        );
      }
      // Refused data (invalid, unknown lesson, not this learner's) will never be accepted;
      // keeping it would block everything after it. Anything else (network, 5xx, sign-in) is retried.
      if (!isPermanentFailure(error)) return false;
      warnDropped(
        records.map((record) => record.id),
        refusalReason(error),
      );
    }
    await this.store.remove(records.map((record) => record.seq));
    for (const record of records) this.unsent.delete(record.id);
    return true;
  }

  /**
   * Applies the queue's bounds to `records` (oldest first): removes those queued more than
   * `maxAgeMs` ago by the `now` clock, then the oldest beyond `maxQueued`, with one warning
   * naming counts only. Resolves with the records that stay.
   */
  private async trim(records: readonly OutboxRecord[]): Promise<OutboxRecord[]> {
    const oldest = this.now().getTime() - this.maxAgeMs;
    const isExpired = (record: OutboxRecord) => Date.parse(record.queuedAt) < oldest;
    const expired = records.filter(isExpired);
    const fresh = records.filter((record) => !isExpired(record));
    const overflow = fresh.slice(0, Math.max(0, fresh.length - this.maxQueued));
    const dropped = [...expired, ...overflow];
    if (dropped.length === 0) return fresh;
    await this.store.remove(dropped.map((record) => record.seq));
    for (const record of dropped) this.unsent.delete(record.id);
    warnTrimmed(expired.length, overflow.length, { maxAgeMs: this.maxAgeMs, maxQueued: this.maxQueued });
    return fresh.slice(overflow.length);
  }

  /** Sets the round timer unless one is set; `replace` moves an existing timer. */
  private scheduleRound(ms: number, replace = false): void {
    if (this.timer !== null && !replace) return;
    this.clearTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.runRound(false);
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
