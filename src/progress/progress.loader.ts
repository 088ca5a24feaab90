/**
 * Loads what a view shows and keeps it current: re-loads when the key (data source, learner,
 * region, view) changes, ignores answers that arrive after a newer request, and re-loads
 * quietly when the data source reports a change that concerns this view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataChange, DataSource } from '../data/types.js';

export type LoadStatus = 'loading' | 'error' | 'ready';

export interface LoaderOptions<T> {
  /** Everything that, when changed, means another load (learner id, region, view …). */
  readonly key: () => string;
  readonly source: () => DataSource;
  readonly load: (source: DataSource, signal: AbortSignal) => Promise<T>;
  /** Whether a data source change calls for a quiet re-load. */
  readonly concerns: (change: DataChange) => boolean;
  /** Called after a quiet re-load brought new data. */
  readonly onRefreshed?: () => void;
}

export class Loader<T> implements ReactiveController {
  status: LoadStatus = 'loading';
  /** The last failure was the API refusing the learner's sign-in (`UnauthorizedError`). */
  signedOut = false;
  value: T | undefined;
  /**
   * True from the start of a visible load until its data arrives or the next animation frame,
   * whichever comes first. A host that has shown nothing yet holds its first render meanwhile,
   * so data already at hand (a loaded view, a fast data source) goes straight to the content,
   * with no skeleton built, torn down and announced for nothing; a slower load still shows the
   * skeleton from the first frame painted, so nothing shifts.
   */
  holding = false;

  private loadedKey?: string;
  private loadedSource?: DataSource;
  private unsubscribe?: () => void;
  private abort?: AbortController;
  private request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoaderOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.holding = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.abort?.abort();
    this.loadedSource = undefined;
    this.loadedKey = undefined;
  }

  /**
   * Starts a load if the key or the data source changed. Call from the host's `shouldUpdate`,
   * which runs before anything renders, and render only when `holding` is false.
   * @returns whether a load started.
   */
  sync(): boolean {
    const source = this.options.source();
    const key = this.options.key();
    if (source === this.loadedSource && key === this.loadedKey) return false;
    if (source !== this.loadedSource) {
      this.unsubscribe?.();
      this.unsubscribe = source.subscribe((change) => {
        if (this.options.concerns(change)) void this.run(true);
      });
    }
    this.loadedSource = source;
    this.loadedKey = key;
    void this.run(false);
    return true;
  }

  /** Loads again, showing the loading state (the retry button). */
  reload(): Promise<void> {
    return this.run(false);
  }

  private async run(quiet: boolean): Promise<void> {
    const id = ++this.request;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (!quiet || this.status !== 'ready') {
      this.status = 'loading';
      this.holding = true;
      requestAnimationFrame(() => {
        if (id !== this.request || !this.holding) return;
        this.holding = false;
        this.host.requestUpdate();
      });
      this.host.requestUpdate();
    }
    try {
      const value = await this.options.load(this.loadedSource ?? this.options.source(), abort.signal);
      if (id !== this.request) return;
      this.holding = false;
      this.value = value;
      this.status = 'ready';
      if (quiet) this.options.onRefreshed?.();
    } catch (error) {
      if (id !== this.request) return;
      this.holding = false;
      this.signedOut = (error as { code?: unknown } | undefined)?.code === 'unauthorized';
      // A failed quiet refresh keeps what is on screen; a failed load shows the error.
      if (!quiet || this.status !== 'ready') this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
