import { defineOnce } from '../core/define.js';
import { SeoulLearnBooking } from './booking.js';

defineOnce('seoul-learn-booking', SeoulLearnBooking);

declare global {
  interface HTMLElementTagNameMap {
    'seoul-learn-booking': SeoulLearnBooking;
  }
}
