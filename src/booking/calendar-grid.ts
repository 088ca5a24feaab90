/**
 * The cells of the calendar's month grid, on Seoul calendar days (`YYYY-MM-DD`). Only the grid
 * needs it, so it comes with the lazily loaded parts; the arithmetic the calendar's data needs
 * is in `calendar-math.ts`.
 */
import { addDays, seoulWeekday } from '../data/time.js';
import { daysInMonth, monthOf } from './calendar-math.js';

/**
 * Six weeks of seven cells (Sunday first) for the month of `month`; cells outside the month are
 * `null`. Always six rows, so moving between months never shifts the layout.
 */
export function monthGrid(month: string): (string | null)[][] {
  const first = monthOf(month);
  const lead = seoulWeekday(first);
  const count = daysInMonth(first);
  const rows: (string | null)[][] = [];
  for (let row = 0; row < 6; row++) {
    const cells: (string | null)[] = [];
    for (let col = 0; col < 7; col++) {
      const index = row * 7 + col - lead;
      cells.push(index >= 0 && index < count ? addDays(first, index) : null);
    }
    rows.push(cells);
  }
  return rows;
}
