/**
 * One way to ask a data source for something: per key, the latest request wins and the one it
 * replaces is aborted; each key is loading, failed (with the error's code) or settled. Errors are
 * told apart by their `code`, never by `instanceof`, so that an error thrown by a second copy of
 * the library on the page is understood the same way.
 */
import type { ReactiveControllerHost } from 'lit';
import { errorCode } from '../data/failures.js';

export interface RequestHandlers<T> {
  /** Receives the answer, only while this request is still the latest for its key. */
  readonly done: (value: T) => void;
  /**
   * Receives a failure of the latest request with its code. Return `true` when it is handled,
   * so that the key is not marked failed.
   */
  readonly failed?: (error: unknown, code: string | undefined) => boolean | void;
}

/**
 * The request state of one host, by key. Requests outlive a move in the DOM: the host calls
 * `cancel()` when their answers stop mattering (another data source or learner).
 */
export class RequestController<K extends string = string> {
  private readonly pending = new Map<string, AbortController>();
  private readonly failures = new Map<string, string>();
  private readonly last = new Map<string, () => Promise<void>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether a request for `key` is in flight. */
  loading(key: K): boolean {
    return this.pending.has(key);
  }

  /** Whether the last request for `key` failed. */
  failed(key: K): boolean {
    return this.failures.has(key);
  }

  /** The code of the last failure for `key` (`''` when the error had none), or undefined. */
  failure(key: K): string | undefined {
    return this.failures.get(key);
  }

  /** Forgets that `key` failed. */
  clear(key: K): void {
    if (this.failures.delete(key)) this.host.requestUpdate();
  }

  /** Aborts every request in flight (or those of `keys`) and forgets their state; late answers are ignored. */
  cancel(keys?: readonly K[]): void {
    for (const key of keys ?? [...this.last.keys()]) {
      this.pending.get(key)?.abort();
      this.pending.delete(key);
      this.failures.delete(key);
      this.last.delete(key);
    }
    this.host.requestUpdate();
  }

  /** Runs the last request for `key` again (a Retry button). */
  retry(key: K): Promise<void> {
    return this.last.get(key)?.() ?? Promise.resolve();
  }

  /** Starts a request for `key`, aborting the one it replaces. Resolves once it has settled. */
  async run<T>(key: K, request: (signal: AbortSignal) => Promise<T>, handlers: RequestHandlers<T>): Promise<void> {
    this.last.set(key, () => this.run(key, request, handlers));
    this.pending.get(key)?.abort();
    const abort = new AbortController();
    this.pending.set(key, abort);
    this.failures.delete(key);
    this.host.requestUpdate();
    const latest = () => this.pending.get(key) === abort;
    try {
      const value = await request(abort.signal);
      if (latest()) handlers.done(value);
    } catch (error) {
      if (!latest()) return;
      const code = errorCode(error);
      if (handlers.failed?.(error, code) !== true) this.failures.set(key, code ?? '');
    } finally {
      if (latest()) {
        this.pending.delete(key);
        this.host.requestUpdate();
      }
    }
  }
}
