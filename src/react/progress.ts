import { createComponent } from '@lit/react';
import * as React from 'react';
import '../progress/progress.define.js';
import { SeoulLearnProgress as SeoulLearnProgressElement } from '../progress/progress.js';
import { eventName } from './events.js';

/**
 * React component for `<seoul-learn-progress>`, the learner dashboard (or, with
 * `view="cohort"`, a programme manager's view). Events are typed handler props:
 *
 * | prop | event | `event.detail` |
 * |---|---|---|
 * | `onContinueRequested` | `seoul-learn-continue-requested` | `ContinueRequestedDetail` |
 * | `onGoalSaved` | `seoul-learn-goal-saved` | `GoalSavedDetail` |
 * | `onCohortExported` | `seoul-learn-cohort-exported` | `CohortExportedDetail` |
 *
 * @example
 * <SeoulLearnProgress onContinueRequested={(e) => navigate(`/learn/${e.detail.courseId}`)} />
 */
export const SeoulLearnProgress = createComponent({
  react: React,
  tagName: 'seoul-learn-progress',
  elementClass: SeoulLearnProgressElement,
  displayName: 'SeoulLearnProgress',
  events: {
    onContinueRequested: eventName('seoul-learn-continue-requested'),
    onGoalSaved: eventName('seoul-learn-goal-saved'),
    onCohortExported: eventName('seoul-learn-cohort-exported'),
  },
});
