/**
 * Cancelling one of "my bookings": the dialog that asks first, the request, and what follows it.
 * It comes with the lazily loaded parts, like the list it acts on.
 */
import type { ReactiveController } from 'lit';
import { createEvent } from '../core/events.js';
import type { Booking } from '../data/types.js';
import type { BookingCancelledDetail } from './booking.types.js';
import type { MineHost, MineOptions } from './mine-controller.js';

export class CancelController implements ReactiveController {
  /** The booking the cancel dialog asks about. */
  target?: Booking;
  private dialogOpen = false;

  constructor(
    private readonly host: MineHost,
    private readonly options: MineOptions,
    /** Loads the list again, once a booking is cancelled. */
    private readonly reload: () => void,
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

  /** Forgets the dialog (a new flow). */
  reset(): void {
    this.target = undefined;
    this.dialogOpen = false;
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
        this.reload();
      },
    });
  };
}
