/**
 * "My bookings": the learner's bookings and the way into and out of moving one (the flow itself
 * runs the move). Cancelling one, with its dialog, comes with the lazily loaded parts
 * (`cancel-controller.ts`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { RequestController } from '../core/request-controller.js';
import type { Booking, DataSource } from '../data/types.js';
import type { CancelController } from './cancel-controller.js';
import type { LazyModule } from './step-templates.js';

export type MineHost = ReactiveControllerHost & HTMLElement;

export interface MineOptions {
  readonly requests: RequestController<'mine' | 'cancel'>;
  readonly source: () => DataSource | undefined;
  readonly learnerId: () => string;
  readonly dialog: () => HTMLDialogElement | null;
  /** A booking was cancelled: say so and move focus. */
  readonly cancelled: () => void;
  /** The learner chose to move `booking`, or came back from moving one. */
  readonly reschedule: (booking: Booking | undefined) => void;
}

export class MineController {
  bookings?: Booking[];
  /** Cancelling a booking, once the lazily loaded parts are here. */
  cancel?: CancelController;

  constructor(
    private readonly host: MineHost,
    private readonly options: MineOptions,
  ) {}

  /** Forgets the list and the dialog (a new flow). */
  reset(): void {
    this.bookings = undefined;
    this.cancel?.reset();
  }

  load(): void {
    const source = this.options.source();
    if (!source) return;
    void this.options.requests.run('mine', (signal) => source.listBookings(this.options.learnerId(), { signal }), {
      done: (bookings) => (this.bookings = bookings),
    });
  }

  /** Wires cancelling, which comes with the lazy parts; a cancelled booking reloads the list. */
  lazyArrived(lazy: LazyModule): void {
    this.cancel = new lazy.CancelController(this.host, this.options, () => this.load());
  }

  readonly startReschedule = (booking: Booking): void => this.options.reschedule(booking);

  readonly endReschedule = (): void => {
    this.options.reschedule(undefined);
    this.load();
  };
}
