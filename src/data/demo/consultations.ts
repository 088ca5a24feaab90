/**
 * What the demo data's consultation methods need and nothing else does: the consultants, the
 * slot calendar and the public holidays. Loaded the first time one of those methods runs, so that
 * a page with a course player or a dashboard never downloads them.
 * @module
 */
export { CONSULTANT_FIXTURES, CONSULTATION_KIND_FIXTURES } from './fixtures/consultants.js';
export { holidayCalendar } from './holidays.js';
export { findSlot, tooLate, windowSlots } from './slots.js';
export { validateApplicant } from '../applicant.js';
