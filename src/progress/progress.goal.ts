/**
 * The weekly-goal form of the learner view: checks the minutes against the contract's range,
 * saves them through the data source, and says what happened. Loads with the learner view.
 */
import type { ReactiveControllerHost } from 'lit';
import { createEvent } from '../core/events.js';
import { formatDuration } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import type { DataSource } from '../data/types.js';
import { learnerMessages } from './progress.learner.messages.js';
import { WEEKLY_GOAL_RANGE } from '../data/limits.js';
import type { GoalSavedDetail } from './progress.types.js';

/** The weekly goal's range in minutes, from the contract. */
export const GOAL_MIN_MINUTES = WEEKLY_GOAL_RANGE.min;
export const GOAL_MAX_MINUTES = WEEKLY_GOAL_RANGE.max;

/** Whose goal the form sets, through which data source, in which language: as the host has them now. */
export interface GoalTarget {
  readonly source: DataSource;
  readonly learnerId: string;
  readonly locale: Locale;
}

export class WeeklyGoalForm {
  /** What the form says under the field: saved, refused or failed. */
  message: { readonly text: string; readonly error: boolean } | undefined;
  /** True while a goal is being saved: the save button is disabled meanwhile. */
  busy = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => GoalTarget,
  ) {}

  /** Forgets what the form said, as when another learner or view is shown. */
  reset(): void {
    this.message = undefined;
  }

  /** The form's `submit` handler. Fires `seoul-learn-goal-saved` on the host once the goal is saved. */
  readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // The button stays focusable while a save runs (a disabled one would drop focus to the page):
    // a second submit meanwhile does nothing.
    if (this.busy) return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('minutes') as HTMLInputElement;
    const minutes = Number(input.value);
    const { source, learnerId, locale } = this.target();
    const m = learnerMessages(locale);
    if (!Number.isInteger(minutes) || minutes < GOAL_MIN_MINUTES || minutes > GOAL_MAX_MINUTES) {
      this.say(m.goalInvalid(String(GOAL_MIN_MINUTES), String(GOAL_MAX_MINUTES)), true);
      input.focus();
      return;
    }
    this.busy = true;
    this.say(undefined);
    // A reply that arrives after the learner or data source changed belongs to nobody on screen.
    const stillCurrent = () => {
      const now = this.target();
      return now.source === source && now.learnerId === learnerId;
    };
    try {
      await source.setWeeklyGoal(learnerId, minutes);
      if (!stillCurrent()) return;
      this.say(m.goalSaved(formatDuration(minutes * 60, locale)));
      this.host.dispatchEvent(createEvent<GoalSavedDetail>('seoul-learn-goal-saved', { weeklyGoalMinutes: minutes }));
    } catch {
      if (stillCurrent()) this.say(m.goalFailed, true);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  private say(text: string | undefined, error = false): void {
    this.message = text === undefined ? undefined : { text, error };
    this.host.requestUpdate();
  }
}
