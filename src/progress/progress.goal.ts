/**
 * The weekly-goal form of the learner view: checks the minutes against the contract's range,
 * saves them through the data source, and says what happened. Loads with the learner view.
 */
import type { ReactiveControllerHost } from 'lit';
import { createEvent } from '../core/events.js';
import { formatDuration, formatUnit } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import type { DataSource } from '../data/types.js';
import { learnerMessages } from './progress.learner.messages.js';
import { WEEKLY_GOAL_RANGE } from '../data/limits.js';
import type { GoalSavedDetail } from './progress.types.js';

/** The weekly goal's range in minutes, from the contract. */
export const GOAL_MIN_MINUTES = WEEKLY_GOAL_RANGE.min;
export const GOAL_MAX_MINUTES = WEEKLY_GOAL_RANGE.max;
/** One step of the goal's stepper, in minutes. */
export const GOAL_STEP = 30;

const clamp = (minutes: number) => Math.min(GOAL_MAX_MINUTES, Math.max(GOAL_MIN_MINUTES, minutes));

/** A goal read out in hours and minutes, units in full: "3시간 30분", "3 hours 30 minutes". */
export function goalText(minutes: number, locale: Locale): string {
  const unit = (value: number, name: 'hour' | 'minute') => formatUnit(value, name, locale, true);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? unit(hours, 'hour') : '', rest || !hours ? unit(rest, 'minute') : ''].filter(Boolean).join(' ');
}

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
  /** The goal the stepper shows, once the learner has changed it; else the saved one. */
  private draft: number | undefined;
  private shown = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => GoalTarget,
  ) {}

  /** Forgets what the form said, as when another learner or view is shown. */
  reset(): void {
    this.message = undefined;
    this.draft = undefined;
  }

  /** The minutes the stepper shows, given the goal the data source holds. */
  value(saved: number): number {
    return (this.shown = this.draft ?? clamp(saved));
  }

  /**
   * Moves the shown goal by `steps` stepper steps, onto the 30-minute grid (10 → 30 → 60), within
   * the contract's range.
   */
  private step(steps: number): void {
    const from = this.shown;
    const grid = steps > 0 ? Math.floor(from / GOAL_STEP) : Math.ceil(from / GOAL_STEP);
    this.set((grid + steps) * GOAL_STEP);
  }

  private set(minutes: number): void {
    this.draft = clamp(minutes);
    this.host.requestUpdate();
  }

  readonly less = (): void => this.step(-1);
  readonly more = (): void => this.step(1);

  /** Keys of the spinbutton: arrows step 30 minutes, Page keys an hour, Home/End the bounds, Enter saves. */
  readonly keydown = (event: KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowUp: this.more,
      ArrowRight: this.more,
      ArrowDown: this.less,
      ArrowLeft: this.less,
      PageUp: () => this.step(2),
      PageDown: () => this.step(-2),
      Home: () => this.set(GOAL_MIN_MINUTES),
      End: () => this.set(GOAL_MAX_MINUTES),
      Enter: () => (event.currentTarget as HTMLElement).closest('form')!.requestSubmit(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

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
