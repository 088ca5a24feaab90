/**
 * Calendar helpers for Asia/Seoul that never read the machine's time zone.
 *
 * Korea has observed no daylight saving time since 1988, so Korea Standard Time is a fixed
 * UTC+9 and plain arithmetic on UTC milliseconds is exact: no `Intl` time-zone data is needed.
 * (Display formatting lives in `src/core/format.ts`; these are data-level helpers.)
 */

/** The fixed offset of Korea Standard Time from UTC, in milliseconds. */
export const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isDateKey(value: string): boolean {
  const match = DATE_KEY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Date.UTC rolls 2026-02-30 over into March; a round trip catches it.
  return toKey(date) === value;
}

// Day arithmetic runs for every day of every learner the demo's cohort seeds (thousands of calls
// over the same few hundred days), so the day ↔ key conversions are remembered. Bounded: a
// long-running page starts the tables afresh rather than let them grow.
const msByKey = new Map<string, number>();
const keyByMs = new Map<number, string>();
const remember = <K, V>(table: Map<K, V>, key: K, value: V): V => {
  if (table.size >= 4096) table.clear();
  table.set(key, value);
  return value;
};

/** Milliseconds of UTC midnight of the given calendar day (the day's own numbering, no zone). */
function dayMs(dateKey: string): number {
  const known = msByKey.get(dateKey);
  if (known !== undefined) return known;
  if (!isDateKey(dateKey)) throw new RangeError(`not a YYYY-MM-DD date: ${dateKey}`);
  const [y, m, d] = dateKey.split('-').map(Number) as [number, number, number];
  return remember(msByKey, dateKey, Date.UTC(y, m - 1, d));
}

/** The key of the UTC calendar day that starts at `ms` (a UTC midnight). */
function keyOfDay(ms: number): string {
  return keyByMs.get(ms) ?? remember(keyByMs, ms, toKey(new Date(ms)));
}

/** Formats the UTC calendar fields of `date` as `YYYY-MM-DD`. */
function toKey(date: Date): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The `YYYY-MM-DD` calendar day in Seoul at the instant `date`. */
export function seoulDateKey(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date');
  return toKey(new Date(ms + SEOUL_OFFSET_MS));
}

/** Day of the week of a Seoul calendar day: 0 = Sunday … 6 = Saturday. */
export function seoulWeekday(dateKey: string): number {
  return new Date(dayMs(dateKey)).getUTCDay();
}

/** The instant at `hour:minute` Korea Standard Time on the given Seoul calendar day. */
export function seoulInstant(dateKey: string, hour: number, minute = 0): Date {
  return new Date(dayMs(dateKey) + (hour * 60 + minute) * 60_000 - SEOUL_OFFSET_MS);
}

/** The calendar day `n` days after (negative: before) `dateKey`. */
export function addDays(dateKey: string, n: number): string {
  return keyOfDay(dayMs(dateKey) + Math.trunc(n) * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The instant of midnight (00:00 KST) that starts the Seoul day containing `date`. */
export function startOfSeoulDay(date: Date): Date {
  return seoulInstant(seoulDateKey(date), 0, 0);
}

/**
 * Orders two strings by their code units: date keys and ISO timestamps in one format sort by it
 * as by time. (`localeCompare` would first build the language's collator, tens of milliseconds.)
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
