/** Defines `<seoul-learn-progress>`. */
import './progress/progress.define.js';

export { SeoulLearnProgress } from './progress/progress.js';
export type {
  CohortExportedDetail,
  ContinueRequestedDetail,
  GoalSavedDetail,
  ProgressView,
} from './progress/progress.types.js';
