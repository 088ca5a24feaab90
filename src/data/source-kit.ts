/**
 * Small pieces every `DataSource` implementation needs: argument checks, the reason an aborted
 * call rejects with, a delay that a signal cuts short, and the change feed behind `subscribe`.
 */
import type { DataChange } from './types.js';

/** A string with something in it besides white space. */
export const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** What a call cancelled through `signal` rejects with: the signal's reason, else an `AbortError`. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits `ms`, or rejects at once with the signal's reason when it aborts (or has aborted). */
export function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The listeners of a data source's `subscribe`. Each listener gets its own copy of a change, and
 * one that throws can break neither the others nor the caller: its error is reported the way an
 * event handler's would be.
 */
export class ChangeListeners {
  private readonly listeners = new Set<(change: DataChange) => void>();

  /** Adds `listener`; returns the function that removes it. */
  add(listener: (change: DataChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  deliver(change: DataChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(structuredClone(change));
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
