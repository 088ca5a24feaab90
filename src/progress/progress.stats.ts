/**
 * Study statistics computed from a learner's `dailyStudy`, on the Seoul calendar. Pure: every
 * function takes the Seoul "today" as a `YYYY-MM-DD` key, so the browser's zone never matters.
 */
import type { DailyStudy } from '../data/types.js';
import { addDays, daysBetween, seoulDateKey, seoulWeekday } from '../data/time.js';

/** Weeks shown in the activity chart. */
export const CHART_WEEKS = 12;

/** The Monday that starts the Seoul week containing `dateKey` (weeks run Monday to Sunday). */
export function weekStart(dateKey: string): string {
  return addDays(dateKey, -((seoulWeekday(dateKey) + 6) % 7));
}

/**
 * The Seoul day the dashboard treats as today: the day the summary was made (`generatedAt`, by
 * the data source's clock), unless the data already reaches a later day.
 */
export function seoulToday(days: readonly DailyStudy[], now: Date): string {
  const clock = seoulDateKey(now);
  const last = days[days.length - 1]?.date;
  return last && last > clock ? last : clock;
}

/** Seconds per day, by date key (the last value wins for a day given twice). */
export function secondsByDay(days: readonly DailyStudy[]): Map<string, number> {
  return new Map(days.map((day) => [day.date, day.seconds]));
}

/** Seconds studied in the Seoul week (Monday to `today`) that contains `today`. */
export function weekSeconds(days: readonly DailyStudy[], today: string): number {
  const from = weekStart(today);
  let total = 0;
  for (const day of days) if (day.date >= from && day.date <= today) total += day.seconds;
  return total;
}

/**
 * Current streak: consecutive study days ending today, or ending yesterday while today has no
 * study yet (the day is not over). Longest streak: the longest such run anywhere in the data.
 */
export function streaks(days: readonly DailyStudy[], today: string): { current: number; longest: number } {
  const studied = [...new Set(days.filter((day) => day.seconds > 0 && day.date <= today).map((day) => day.date))];
  studied.sort();
  let longest = 0;
  let run = 0;
  let previous: string | undefined;
  for (const date of studied) {
    run = previous !== undefined && daysBetween(previous, date) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = date;
  }
  const last = studied[studied.length - 1];
  const current = last !== undefined && daysBetween(last, today) <= 1 ? run : 0;
  return { current, longest };
}

/** One week of the activity chart: its Monday and the seconds of each day, Monday first. */
export interface ChartWeek {
  readonly start: string;
  /** Seven entries; days after today are `undefined`. */
  readonly days: readonly (number | undefined)[];
  readonly total: number;
}

/** The last `CHART_WEEKS` Seoul weeks up to and including `today`'s, oldest first. */
export function chartWeeks(days: readonly DailyStudy[], today: string): ChartWeek[] {
  const byDay = secondsByDay(days);
  const first = addDays(weekStart(today), -7 * (CHART_WEEKS - 1));
  const weeks: ChartWeek[] = [];
  for (let w = 0; w < CHART_WEEKS; w++) {
    const start = addDays(first, 7 * w);
    const week: (number | undefined)[] = [];
    let total = 0;
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, d);
      const seconds = date > today ? undefined : (byDay.get(date) ?? 0);
      week.push(seconds);
      total += seconds ?? 0;
    }
    weeks.push({ start, days: week, total });
  }
  return weeks;
}
