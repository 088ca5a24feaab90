/**
 * Month-grid arithmetic on Seoul calendar days (`YYYY-MM-DD`), independent of the browser's zone.
 */
import { addDays, seoulWeekday } from '../data/time.js';

/** The first day of the month containing `day`. */
export const monthOf = (day: string): string => `${day.slice(0, 7)}-01`;

/** How many days the month of `month` has. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `day` moved by `n` months, its day number clamped to the target month's length. */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const month = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  return `${month.slice(0, 8)}${String(Math.min(d, daysInMonth(month))).padStart(2, '0')}`;
}

/** The day a calendar grid key moves focus to (ARIA grid / date picker pattern), or undefined. */
export function moveDay(day: string, key: string): string | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -seoulWeekday(day));
    case 'End':
      return addDays(day, 6 - seoulWeekday(day));
    case 'PageUp':
      return addMonths(day, -1);
    case 'PageDown':
      return addMonths(day, 1);
    default:
      return undefined;
  }
}
