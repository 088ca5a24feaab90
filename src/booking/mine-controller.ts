/**
 * "My bookings": the learner's bookings, the cancel dialog and its request, and the way into and
 * out of moving a booking (the flow itself runs the move).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEvent } from '../core/events.js';
import type { RequestController } from '../core/request-controller.js';
import type { Booking, DataSource } from '../data/types.js';
import type { BookingCancelledDetail } from './booking.types.js';

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

export class MineController implements ReactiveController {
  bookings?: Booking[];
  /** The booking the cancel dialog asks about. */
  target?: Booking;
  private dialogOpen = false;

  constructor(
    private readonly host: MineHost,
    private readonly options: MineOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.options.dialog();
    if (dialog && this.target && !dialog.open) {
      dialog.showModal();
      this.dialogOpen = true;
    }
  }

  /** Forgets the list and the dialog (a new flow). */
  reset(): void {
    this.bookings = undefined;
    this.target = undefined;
    this.dialogOpen = false;
  }

  load(): void {
    const source = this.options.source();
    if (!source) return;
    void this.options.requests.run('mine', (signal) => source.listBookings(this.options.learnerId(), { signal }), {
      done: (bookings) => (this.bookings = bookings),
    });
  }

  readonly askCancel = (booking: Booking): void => {
    this.options.requests.clear('cancel');
    this.target = booking;
    this.host.requestUpdate();
  };

  /** Closes the cancel dialog from its own buttons. */
  readonly closeDialog = (): void => {
    this.dialogOpen = false;
    this.target = undefined;
    this.options.dialog()?.close();
    this.host.requestUpdate();
  };

  /** The dialog closed by itself (Escape). The event comes a task late, so check it is still ours. */
  readonly onDialogClose = (event: Event): void => {
    if (this.dialogOpen && !(event.target as HTMLDialogElement).open) {
      this.dialogOpen = false;
      this.target = undefined;
      this.host.requestUpdate();
    }
  };

  readonly confirmCancel = (): void => {
    const { target } = this;
    const source = this.options.source();
    const { requests } = this.options;
    if (!target || !source || requests.loading('cancel')) return;
    // A new learner or data source cancels the request: its answer then belongs to no one here.
    void requests.run('cancel', () => source.cancelBooking(this.options.learnerId(), target.id), {
      done: (cancelled) => {
        this.host.dispatchEvent(
          createEvent<BookingCancelledDetail>('seoul-learn-booking-cancelled', {
            bookingId: cancelled.id,
            slotId: cancelled.slotId,
            start: cancelled.start,
          }),
        );
        this.closeDialog();
        this.options.cancelled();
        this.load();
      },
    });
  };

  readonly startReschedule = (booking: Booking): void => this.options.reschedule(booking);

  readonly endReschedule = (): void => {
    this.options.reschedule(undefined);
    this.load();
  };
}
