/**
 * The data layer's public surface: the domain model, errors and the pure helpers that elements
 * and data sources share. The demo data source lives in `./demo/index.js` so it can load lazily.
 */
export * from './types.js';
export * from './errors.js';
export { DEFAULT_COMPLETION_THRESHOLD, coverage, isComplete, mergeSegments } from './progress.js';
export {
  SEOUL_OFFSET_MS,
  addDays,
  daysBetween,
  isDateKey,
  seoulDateKey,
  seoulInstant,
  seoulWeekday,
  startOfSeoulDay,
} from './time.js';
export {
  MAX_GRADE,
  MAX_NAME_LENGTH,
  MAX_QUESTION_LENGTH,
  normaliseKoreanMobile,
  validateApplicant,
} from './applicant.js';
