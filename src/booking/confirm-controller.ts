/**
 * Sends the booking (or the move) to the data source and sorts out the answer: the confirmation
 * and its event, a time taken meanwhile, fields the data source refused, or a failure to retry.
 * One idempotency key per attempt, reused only to retry that same attempt.
 */
import type { ReactiveControllerHost } from 'lit';
import { createEvent } from '../core/events.js';
import type { RequestController } from '../core/request-controller.js';
import { randomHexId } from '../data/ids.js';
import type { Booking, DataSource } from '../data/types.js';
import { FORM_FIELDS, type FormField } from './applicant-form.js';
import type { FlowState } from './booking-flow.js';
import type { BookingConfirmedDetail, BookingRescheduledDetail } from './booking.types.js';
import { toApplicant } from './applicant-model.js';
import type { DetailsController } from './details-controller.js';

export type ConfirmHost = ReactiveControllerHost & HTMLElement;

export interface ConfirmOptions {
  readonly requests: RequestController<'send'>;
  readonly source: () => DataSource | undefined;
  readonly learnerId: () => string;
  readonly flow: () => FlowState;
  readonly details: DetailsController;
  readonly confirmed: (booking: Booking) => void;
  readonly slotTaken: () => void;
  readonly rejected: (fields: readonly FormField[]) => void;
  readonly failed: () => void;
}

export class ConfirmController {
  private key?: string;

  constructor(
    private readonly host: ConfirmHost,
    private readonly options: ConfirmOptions,
  ) {}

  /** The next attempt is a new one (another slot, other details, another flow). */
  reset(): void {
    this.key = undefined;
  }

  readonly confirm = (): void => {
    const { requests, details } = this.options;
    const { slot, moving } = this.options.flow();
    const source = this.options.source();
    if (requests.loading('send') || !slot || !source) return;
    const key = (this.key ??= randomHexId());
    const learnerId = this.options.learnerId();
    void requests.run(
      'send',
      () =>
        moving
          ? source.rescheduleBooking(learnerId, moving.id, slot.id, key)
          : source.createBooking({
              slotId: slot.id,
              learnerId,
              applicant: toApplicant(details.form),
              idempotencyKey: key,
            }),
      {
        done: (booking) => {
          this.key = undefined;
          this.options.confirmed(booking);
          this.tell(booking, moving);
        },
        failed: (error, code) => this.fail(error, code, Boolean(moving)),
      },
    );
  };

  private tell(booking: Booking, moving: Booking | undefined): void {
    if (moving) {
      this.host.dispatchEvent(
        createEvent<BookingRescheduledDetail>('seoul-learn-booking-rescheduled', {
          bookingId: booking.id,
          previousSlotId: moving.slotId,
          slotId: booking.slotId,
          start: booking.start,
        }),
      );
      return;
    }
    // The data source has what it needs; the element forgets the personal data.
    this.options.details.forget();
    this.host.dispatchEvent(
      createEvent<BookingConfirmedDetail>('seoul-learn-booking-confirmed', {
        bookingId: booking.id,
        slotId: booking.slotId,
        kind: booking.kind,
        consultantId: booking.consultantId,
        start: booking.start,
        durationMin: booking.durationMin,
        mode: booking.mode,
      }),
    );
  }

  /** Handles a refusal the learner can act on; `false` leaves a failure to retry. */
  private fail(error: unknown, code: string | undefined, moving: boolean): boolean {
    if (code === 'slot-taken' || code === 'not-found') {
      this.key = undefined;
      this.options.slotTaken();
      return true;
    }
    // The demo data names form fields (`phone`); an API names body paths (`applicant.phone`).
    const fields = (code === 'validation' ? ((error as { fields?: readonly string[] }).fields ?? []) : []).map(
      (field) => field.replace(/^applicant\./, ''),
    );
    const formFields = FORM_FIELDS.filter((field) => fields.includes(field));
    if (formFields.length && !moving) {
      this.key = undefined;
      this.options.rejected(formFields);
      return true;
    }
    this.options.failed();
    return false;
  }
}
