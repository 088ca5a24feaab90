/**
 * The parts of the booking element that paint content rather than the frame: every step's
 * content (the kinds and consultants, the calendar with its holiday names, the applicant form,
 * review, confirmation, "my bookings"), the controllers of the form, of sending and of
 * cancelling, and the .ics file. Loaded with a dynamic import, in parallel with the element's
 * first data, so that they are not in its initial JavaScript.
 */
export { CancelController } from './cancel-controller.js';
export { laterControllers } from './later-controllers.js';
export { lazyMessages } from './lazy.messages.js';
export { lazyStyles } from './lazy.styles.js';
export { warmUp } from './warm-up.js';
export {
  consultantContent,
  kindContent,
  laterStep,
  mineContent,
  monthStatus,
  warmTemplates,
  whenContent,
} from './step-content.js';
