/** What `<seoul-learn-progress>` shows: one learner's dashboard, or a programme manager's cohort. */
export const PROGRESS_VIEWS = ['learner', 'cohort'] as const;
export type ProgressView = (typeof PROGRESS_VIEWS)[number];

/** Detail of `seoul-learn-continue-requested`: the lesson the learner wants to open. */
export interface ContinueRequestedDetail {
  readonly courseId: string;
  readonly lessonId: string;
}

/** Detail of `seoul-learn-goal-saved`: the weekly goal the learner saved. */
export interface GoalSavedDetail {
  readonly weeklyGoalMinutes: number;
}

/** Detail of `seoul-learn-cohort-exported`: how many learner rows the downloaded CSV held. */
export interface CohortExportedDetail {
  readonly rows: number;
}
