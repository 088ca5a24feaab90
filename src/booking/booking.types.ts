import type { HeadingLevel } from '../core/headings.js';
import type { ConsultationKindId, MeetingMode } from '../data/types.js';

/** What the element shows: the booking flow, or the learner's own bookings. */
export const BOOKING_VIEWS = ['book', 'mine'] as const;
export type BookingView = (typeof BOOKING_VIEWS)[number];

/** The steps of the booking flow, in order. The date and its times are one step, side by side. */
export const BOOKING_STEPS = ['kind', 'consultant', 'date', 'details', 'review', 'done'] as const;
export type BookingStep = (typeof BOOKING_STEPS)[number];

/**
 * The lead time, in hours, for a consultation kind whose data does not state one (a custom data
 * source): slots that start sooner are not offered.
 */
export const DEFAULT_LEAD_TIME_HOURS = 24;

/** Detail of `seoul-learn-slot-selected`: the slot the learner picked. No personal data. */
export interface SlotSelectedDetail {
  readonly slotId: string;
  readonly kind: ConsultationKindId;
  readonly consultantId: string;
  /** ISO instant (UTC). */
  readonly start: string;
  readonly durationMin: number;
}

/** Detail of `seoul-learn-booking-confirmed`. Ids and times only, never the applicant's data. */
export interface BookingConfirmedDetail {
  readonly bookingId: string;
  readonly slotId: string;
  readonly kind: ConsultationKindId;
  readonly consultantId: string;
  readonly start: string;
  readonly durationMin: number;
  readonly mode: MeetingMode;
}

/** Detail of `seoul-learn-booking-cancelled`. */
export interface BookingCancelledDetail {
  readonly bookingId: string;
  readonly slotId: string;
  readonly start: string;
}

/** Detail of `seoul-learn-booking-rescheduled`: the booking keeps its id and moves to a new slot. */
export interface BookingRescheduledDetail {
  readonly bookingId: string;
  readonly previousSlotId: string;
  readonly slotId: string;
  readonly start: string;
}

/** Levels the element's main heading may take (`heading-level`); its sub-headings go one below. */
export { HEADING_LEVELS, type HeadingLevel } from '../core/headings.js';

/** The main heading's level when `heading-level` is absent or invalid. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;
