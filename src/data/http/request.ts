/**
 * The transport under `HttpDataSource`: one JSON exchange with the API, with a timeout per
 * attempt, caller cancellation, a bearer token asked for again once on a 401, retries with
 * backoff for requests that are safe to repeat, typed errors and a validated response body.
 */
import type { Clock } from '../clock.js';
import * as v from 'valibot';
import { InvalidResponseError, NetworkError, UnauthorizedError, type DataSourceError } from '../errors.js';
import { backoffDelay } from '../outbox/backoff.js';
import type { BackoffOptions } from '../outbox/types.js';
import { issueHint, issuePath, type InvalidResponseReporter } from './invalid-response.js';
import { errorFromResponse, isTransientStatus } from './problems.js';
import { abortableDelay, abortReason } from '../source-kit.js';
import { requestInit, requestUrl } from './wire.js';

/** The part of `fetch` the data source uses; called as a plain function. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Resolves to a bearer token (an empty string sends none). */
export type TokenSource = () => Promise<string>;

/** How the transport behaves; every field already validated by the data source. */
export interface TransportConfig {
  /** Absolute base URL without a trailing slash. */
  readonly baseUrl: string;
  readonly fetch: FetchFunction;
  readonly getToken: TokenSource | undefined;
  readonly timeoutMs: number;
  /** Extra attempts for a request marked `retry`. */
  readonly retries: number;
  readonly backoff: BackoffOptions;
  readonly random: () => number;
  readonly now: Clock;
  readonly reporter: InvalidResponseReporter;
}

/** One operation of the API contract. */
export interface ApiRequest<T> {
  /** The `DataSource` method, named in warnings instead of the concrete URL. */
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  /** The path below the base URL, parameters already percent-encoded. */
  readonly path: string;
  readonly query?: URLSearchParams;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Schema of the success body; without one the body is ignored and the result is `undefined`. */
  readonly schema?: v.GenericSchema<unknown, T>;
  /** True for a GET or an idempotent write: failures that may be temporary are retried. */
  readonly retry: boolean;
  /** `fetch(…, { keepalive: true })`, for a page that is going away. */
  readonly keepalive?: boolean;
  readonly signal?: AbortSignal | undefined;
  /** What a 404 did not find, e.g. `course`. */
  readonly resource: string;
  /** The slot a 409 is about, when the problem document leaves it out. */
  readonly slotId?: string;
}

/** A response read to the end within the attempt's time-out. */
interface Exchange {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** `Retry-After` as milliseconds from now (delay seconds or an HTTP date); `undefined` when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Sends API requests; see `HttpDataSource` for the policy it implements. */
export class HttpTransport {
  /** The token of the last request, reused by keepalive sends so that a closing page does not wait for `getToken`. */
  private lastToken: string | undefined;

  constructor(private readonly config: TransportConfig) {}

  /** Sends `request` and resolves with its validated body; rejects with a `DataSourceError` or the abort reason. */
  async send<T>(request: ApiRequest<T>): Promise<T> {
    const { signal } = request;
    if (signal?.aborted) throw abortReason(signal);
    const url = requestUrl(this.config.baseUrl, request.path, request.query);
    let token = request.keepalive && this.lastToken !== undefined ? this.lastToken : await this.token(signal);
    let refreshed = false;
    let retry = 0;
    for (;;) {
      const exchange = await this.exchange(request, url, token);
      let failure: DataSourceError;
      let waitMs: number | undefined;
      if (exchange instanceof NetworkError) {
        failure = exchange;
      } else {
        if (exchange.status === 401 && this.config.getToken && !refreshed) {
          // The token may have expired since `getToken` handed it out: ask once more.
          refreshed = true;
          token = await this.token(signal);
          continue;
        }
        if (exchange.status >= 200 && exchange.status < 300) return this.read(request, exchange);
        failure = errorFromResponse(exchange.status, exchange.headers.get('Content-Type'), exchange.text, request);
        if (!isTransientStatus(exchange.status)) throw failure;
        waitMs = retryAfterMs(exchange.headers.get('Retry-After'), this.config.now().getTime());
      }
      if (!request.retry || retry >= this.config.retries) throw failure;
      retry += 1;
      const { backoff, random } = this.config;
      await abortableDelay(
        waitMs === undefined ? backoffDelay(retry, backoff, random) : Math.min(waitMs, backoff.maxMs),
        signal,
      );
    }
  }

  /** A fresh token from `getToken`, if there is one; a failing callback means the learner is not signed in. */
  private async token(signal: AbortSignal | undefined): Promise<string | undefined> {
    const { getToken } = this.config;
    if (!getToken) return undefined;
    let token: string;
    try {
      token = await untilAborted(Promise.resolve().then(getToken), signal);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      throw new UnauthorizedError({ cause: error });
    }
    this.lastToken = token;
    return token;
  }

  /**
   * One attempt: request and the whole response body within `timeoutMs`. A dropped connection or
   * a time-out resolves to a `NetworkError`; the caller's abort rejects with its reason.
   */
  private async exchange(
    request: ApiRequest<unknown>,
    url: string,
    token: string | undefined,
  ): Promise<Exchange | NetworkError> {
    const { signal } = request;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.config.timeoutMs);
    const onAbort = () => controller.abort(abortReason(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // `untilAborted` also ends the attempt when an injected fetch ignores the signal.
      const response = await untilAborted(
        this.config.fetch(url, requestInit(request, token, controller.signal)),
        controller.signal,
      );
      const text = await untilAborted(response.text(), controller.signal);
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      return timedOut ? new NetworkError('timed out') : new NetworkError(undefined, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The validated success body, or `InvalidResponseError` (reported once) when it is not what the contract says. */
  private read<T>(request: ApiRequest<T>, exchange: Exchange): T {
    const { schema, operation } = request;
    if (!schema) return undefined as T;
    let json: unknown;
    try {
      json = JSON.parse(exchange.text);
    } catch {
      this.config.reporter.report(operation, null);
      throw new InvalidResponseError('');
    }
    const result = v.safeParse(schema, json, { abortEarly: true });
    if (result.success) return result.output;
    const issue = result.issues[0];
    const path = issuePath(issue);
    this.config.reporter.report(operation, path, issueHint(issue));
    throw new InvalidResponseError(path);
  }
}
