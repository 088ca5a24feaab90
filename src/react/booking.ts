import { createComponent } from '@lit/react';
import * as React from 'react';
import '../booking/booking.define.js';
import { SeoulLearnBooking as SeoulLearnBookingElement } from '../booking/booking.js';
import { eventName } from './events.js';

/**
 * React component for `<seoul-learn-booking>`, consultation booking in Korea Standard Time.
 * Events are typed handler props; their details hold ids and times, never the applicant's data:
 *
 * | prop | event | `event.detail` |
 * |---|---|---|
 * | `onSlotSelected` | `seoul-learn-slot-selected` | `SlotSelectedDetail` |
 * | `onBookingConfirmed` | `seoul-learn-booking-confirmed` | `BookingConfirmedDetail` |
 * | `onBookingCancelled` | `seoul-learn-booking-cancelled` | `BookingCancelledDetail` |
 * | `onBookingRescheduled` | `seoul-learn-booking-rescheduled` | `BookingRescheduledDetail` |
 *
 * @example
 * <SeoulLearnBooking kind="mentoring" onBookingConfirmed={(e) => track(e.detail.bookingId)} />
 */
export const SeoulLearnBooking = createComponent({
  react: React,
  tagName: 'seoul-learn-booking',
  elementClass: SeoulLearnBookingElement,
  displayName: 'SeoulLearnBooking',
  events: {
    onSlotSelected: eventName('seoul-learn-slot-selected'),
    onBookingConfirmed: eventName('seoul-learn-booking-confirmed'),
    onBookingCancelled: eventName('seoul-learn-booking-cancelled'),
    onBookingRescheduled: eventName('seoul-learn-booking-rescheduled'),
  },
});
