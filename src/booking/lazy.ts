/**
 * The parts of the booking element a learner needs only after choosing a kind (or to see their
 * bookings): the calendar with its holiday names, the applicant form, review, confirmation,
 * "my bookings" and the .ics file. Loaded with a dynamic import so that they are not in the
 * element's initial JavaScript.
 */
export { ConfirmController } from './confirm-controller.js';
export { DetailsController } from './details-controller.js';
export { detailsTemplate } from './details-template.js';
export { downloadBookingIcs } from './booking-ics.js';
export { lazyMessages } from './lazy.messages.js';
export { mineTemplate } from './mine-template.js';
export { doneTemplate, reviewTemplate } from './outcome-templates.js';
export { lazyStyles } from './lazy.styles.js';
export { bookingCode } from './booking-code.js';
export { whenTemplate } from './times-template.js';
