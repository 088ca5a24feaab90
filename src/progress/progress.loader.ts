/**
 * Loads what a view shows and keeps it current: re-loads when the key (data source, learner,
 * region, view) changes and re-loads quietly when the data source reports a change that concerns
 * this view. The requests themselves go through the shared {@link RequestController}: the latest
 * wins, the one it replaces is aborted, failures are told apart by their code.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RequestController } from '../core/request-controller.js';
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
  value: T | undefined;
  /**
   * True from the start of a visible load until its data arrives or the next animation frame,
   * whichever comes first. A host that has shown nothing yet holds its first render meanwhile,
   * so data already at hand (a loaded view, a fast data source) goes straight to the content,
   * with no skeleton built, torn down and announced for nothing; a slower load still shows the
   * skeleton from the first frame painted, so nothing shifts.
   */
  holding = false;

  private readonly requests: RequestController<'view'>;
  /** Whether what is on screen is the data of the current key. */
  private ready = false;
  private loadedKey?: string;
  private loadedSource?: DataSource;
  private unsubscribe?: () => void;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: LoaderOptions<T>,
  ) {
    host.addController(this);
    this.requests = new RequestController(host);
  }

  get status(): LoadStatus {
    return this.requests.failed('view') ? 'error' : this.ready ? 'ready' : 'loading';
  }

  /** The code of the last failure (`unauthorized`, `forbidden` …), or undefined. */
  get failure(): string | undefined {
    return this.requests.failure('view');
  }

  hostConnected(): void {
    // The read starts now, not at the first update, which may wait for the region's theme or the
    // English text: the data and those load side by side.
    this.sync();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.holding = false;
    this.unsubscribe?.();
    this.unsubscribe = this.loadedSource = this.loadedKey = undefined;
    this.requests.cancel();
  }

  /**
   * Starts a load if the key or the data source changed. Call from the host's `shouldUpdate`,
   * which runs before anything renders, and render only when `holding` is false.
   * A removed host loads nothing and listens to nothing until it is back in a page.
   * @returns whether a load started.
   */
  sync(): boolean {
    if (!this.host.isConnected) return false;
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
    this.ready = false;
    void this.run(false);
    return true;
  }

  /** Loads again, showing the loading state (the retry button). */
  reload(): Promise<void> {
    this.ready = false;
    return this.run(false);
  }

  private run(refresh: boolean): Promise<void> {
    // A refresh keeps what is on screen, also when it fails; a load shows the skeleton or the error.
    const quiet = refresh && this.ready;
    if (!quiet) {
      this.ready = false;
      this.holding = true;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (!this.holding) return;
        this.holding = false;
        this.host.requestUpdate();
      });
    }
    return this.requests.run(
      'view',
      (signal) => this.options.load(this.loadedSource ?? this.options.source(), signal),
      {
        done: (value) => {
          this.holding = false;
          this.value = value;
          this.ready = true;
          if (refresh) this.options.onRefreshed?.();
        },
        failed: () => {
          this.holding = false;
          return quiet;
        },
      },
    );
  }
}
