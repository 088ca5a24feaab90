/**
 * Everything `@seoul-learn/elements` exports but the HTTP data source: what the CDN's all-in-one
 * module exports too (src/cdn/seoul-learn.ts), which leaves the HTTP layer to its own module so
 * that a page on the demo data never downloads it.
 * @module
 */
export { SeoulLearnElement, baseStyles } from './core/base-element.js';
export { defineOnce } from './core/define.js';
export { createEvent, type SeoulLearnEventName } from './core/events.js';
export { settingsContext } from './core/context.js';
export { SettingsController, type SettingsHost } from './core/settings-controller.js';
export {
  CONTRASTS,
  DEFAULT_LEARNER_ID,
  DEFAULT_REGION,
  type Contrast,
  type ProviderSettings,
  type TokenCallback,
} from './core/settings.js';
export { DEFAULT_LOCALE, LOCALES, defineMessages, isLocale, localize, pick, type Locale } from './core/i18n.js';
export {
  TIME_ZONE,
  TIME_ZONE_LABEL,
  formatClock,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTime,
  seoulParts,
} from './core/format.js';
export { DeferredDataSource } from './data/deferred-data-source.js';
export { SeoulLearnProvider } from './provider/provider.js';
export { SeoulLearnCourse } from './course/course.js';
export type {
  CourseCompletedDetail,
  LessonCompletedDetail,
  LessonProgressedDetail,
  LessonStartedDetail,
  XapiDetail,
  XapiStatement,
} from './course/course.types.js';
export { SeoulLearnProgress } from './progress/progress.js';
export {
  PROGRESS_VIEWS,
  type CohortExportedDetail,
  type ContinueRequestedDetail,
  type GoalSavedDetail,
  type ProgressView,
} from './progress/progress.types.js';
export { SeoulLearnBooking } from './booking/booking.js';
export {
  BOOKING_STEPS,
  BOOKING_VIEWS,
  DEFAULT_LEAD_TIME_HOURS,
  type BookingCancelledDetail,
  type BookingConfirmedDetail,
  type BookingRescheduledDetail,
  type BookingStep,
  type BookingView,
  type SlotSelectedDetail,
} from './booking/booking.types.js';
export * from './data/index.js';
export {
  DemoDataSource,
  defaultDataSource,
  deleteDemoDatabase,
  type DemoDataSourceOptions,
} from './data/demo-data-source.js';
export { apiDataSource } from './data/api-data-source.js';
export {
  CONTRAST_MODES,
  CONTRAST_PAIRS,
  REGIONS,
  REGION_META,
  SCHEMES,
  contrastRatio,
  isRegion,
  themeCss,
  themeTokens,
  type ContrastMode,
  type Region,
  type Scheme,
  type TokenName,
} from './themes/index.js';
