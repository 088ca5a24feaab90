/** Defines `<seoul-learn-booking>`. */
import './booking/booking.define.js';

export { SeoulLearnBooking } from './booking/booking.js';
export type {
  BookingCancelledDetail,
  BookingConfirmedDetail,
  BookingRescheduledDetail,
  BookingStep,
  BookingView,
  SlotSelectedDetail,
} from './booking/booking.types.js';
