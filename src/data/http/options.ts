/** The options of `HttpDataSource`, their defaults, and the checks that read them. */
import type { Clock } from '../clock.js';
import { ValidationError } from '../errors.js';
import type { BackoffOptions, OutboxStorage } from '../outbox/types.js';
import { nonEmpty } from '../source-kit.js';
import type { FetchFunction, TokenSource } from './request.js';

/** Where `HttpDataSource` queues progress updates before they are sent. */
export interface HttpOutboxOptions {
  /**
   * `'indexeddb'` (default): updates survive a reload or a closed tab and are sent on the next
   * visit. `'memory'`: the queue lives and dies with the instance (tests, previews).
   */
  readonly storage?: OutboxStorage;
  /**
   * IndexedDB database of the queue. Default `seoul-learn-outbox:` followed by the normalised
   * base URL, so that two APIs never share a queue.
   */
  readonly databaseName?: string;
  /** At most one timed send round per this many ms (default 10 000: one request per 10 s of playback). */
  readonly batchIntervalMs?: number;
  /** Most updates the queue holds (default 5 000); past it the oldest are dropped with one warning. */
  readonly maxQueued?: number;
  /** Oldest an update may get in the queue, in ms by the `now` clock (default 30 days); older ones are dropped unsent. */
  readonly maxAgeMs?: number;
  /** The retry when the browser comes back online waits a random part of this many ms (default 5 000). */
  readonly onlineJitterMs?: number;
}

/** Options of `new HttpDataSource(options)`. */
export interface HttpDataSourceOptions {
  /**
   * The API's base URL, e.g. `https://api.example.kr/seoul-learn/v1`; a relative URL is resolved
   * against the document. Paths of the contract are appended to it.
   */
  readonly baseUrl: string;
  /**
   * Resolves to a bearer token, sent as `Authorization: Bearer <token>` (an empty string sends
   * none). Called before every request and once more after a 401; a second 401, or a callback
   * that rejects, fails the request with `UnauthorizedError`. Never set it as an attribute.
   */
  readonly getToken?: TokenSource;
  /** Time-out of one attempt (request and whole response), in ms. Default 10 000. */
  readonly timeoutMs?: number;
  /**
   * Extra attempts after a network failure, time-out, 5xx or 429. Default 2. Applies to reads
   * and idempotent writes, which is every method except the outbox's sends (the outbox retries
   * those itself).
   */
  readonly retries?: number;
  /**
   * Delay before retry n: `initialMs · 2^(n-1)` capped at `maxMs`, with random jitter.
   * Default `{ initialMs: 250, maxMs: 4000 }`. A `Retry-After` header replaces it, capped at `maxMs`.
   */
  readonly backoff?: BackoffOptions;
  /** The `fetch` to use (tests, instrumentation). Default `globalThis.fetch`, looked up at each call. */
  readonly fetch?: FetchFunction;
  /** The progress outbox. */
  readonly outbox?: HttpOutboxOptions;
  /** A number in [0, 1) for backoff jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** The current time: stamped on queued progress and used to read `Retry-After` dates. Default the system clock. */
  readonly now?: Clock;
}

/** Default time-out of one attempt, in ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Default number of extra attempts for a request that is safe to repeat. */
export const DEFAULT_RETRIES = 2;
/** Default backoff between attempts. */
export const DEFAULT_HTTP_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 4000 };

/** A path segment: checked (an empty one would address another resource) and percent-encoded. */
export function segment(field: string, value: unknown): string {
  if (!nonEmpty(value)) throw new ValidationError([field]);
  return encodeURIComponent(value);
}

export { normaliseBaseUrl } from './wire.js';

/** A whole count ≥ 0, else `fallback`. */
export const count = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && value >= 0 && Number.isFinite(value) ? Math.floor(value) : fallback;

/** A finite number > 0, else `fallback`. */
export const positive = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : fallback;
