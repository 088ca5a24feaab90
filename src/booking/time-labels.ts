/** How slot and booking times are spoken and shown: always KST, plus the browser's time when it differs. */
import { formatDate, formatShortDateTime, formatTime, seoulParts, TIME_ZONE_LABEL } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import { SEOUL_OFFSET_MS, seoulInstant } from '../data/time.js';

/** The full date of a Seoul calendar day: "2026년 12월 3일 목요일". */
export const dayName = (day: string, locale: Locale): string => formatDate(seoulInstant(day, 12), locale);

/** A clock time for the ear: "오후 4시 30분" / "4:30 PM". */
export function spokenTime(start: string, locale: Locale): string {
  if (locale !== 'ko') return formatTime(start, locale);
  const { hour, minute } = seoulParts(start);
  const half = hour < 12 ? '오전' : '오후';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${half} ${h12}시${minute ? ` ${minute}분` : ''}`;
}

/** "오후 4시 30분 KST" / "4:30 PM KST". */
export const kstTime = (start: string, locale: Locale): string => `${spokenTime(start, locale)} ${TIME_ZONE_LABEL}`;

/** "2026년 12월 3일 목요일 오후 4시 30분 KST". */
export const kstDateTime = (start: string, locale: Locale): string =>
  `${formatDate(start, locale)} ${kstTime(start, locale)}`;

/** A UTC offset in minutes east of Greenwich as a label: "GMT-8", "GMT+5:30", "GMT". */
export function offsetLabel(minutes: number): string {
  if (!minutes) return 'GMT';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `GMT${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The instant in the browser's own time zone ("12월 3일 (목) 오전 2:00 GMT-8"), or undefined when
 * that zone shows the same wall-clock time as Seoul (its offset from UTC is Seoul's at that
 * instant: then nothing is added). Read from the `Date`'s own local fields and written out here,
 * with the zone named by its offset: a page's first `Intl` date formatter costs 15–25 ms of one task
 * on a computer (60–90 ms on a slow phone), and the booking needs none.
 */
export function localTime(start: string, locale: Locale): string | undefined {
  const date = new Date(start);
  const offset = -date.getTimezoneOffset();
  if (Number.isNaN(offset) || offset === SEOUL_OFFSET_MS / 60_000) return undefined;
  const parts = {
    month: date.getMonth() + 1,
    day: date.getDate(),
    weekday: date.getDay(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  };
  return `${formatShortDateTime(parts, locale)} ${offsetLabel(offset)}`;
}
