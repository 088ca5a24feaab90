/**
 * `@seoul-learn/elements/react`: React components for the Seoul Learn elements, made with
 * `@lit/react`. Importing a component defines its tag; props are set as element properties and
 * events are typed `on…` props (`onLessonCompleted`, `onContinueRequested`, `onBookingConfirmed` …)
 * whose handlers receive `CustomEvent<Detail>`.
 *
 * Needs `react` (18 or 19) in the host app.
 */
export { SeoulLearnProvider } from './provider.js';
export { SeoulLearnCourse } from './course.js';
export { SeoulLearnProgress } from './progress.js';
export { SeoulLearnBooking } from './booking.js';
export type {
  BookingCancelledDetail,
  BookingConfirmedDetail,
  BookingRescheduledDetail,
  CohortExportedDetail,
  ContinueRequestedDetail,
  CourseCompletedDetail,
  GoalSavedDetail,
  LessonCompletedDetail,
  LessonProgressedDetail,
  LessonStartedDetail,
  SlotSelectedDetail,
  XapiDetail,
} from '../index.js';
