/** How slot and booking times are spoken and shown: always KST, plus the browser's time when it differs. */
import { formatDate, formatTime, LOCALE_TAG, seoulParts, TIME_ZONE, TIME_ZONE_LABEL } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import { seoulInstant } from '../data/time.js';

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

const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The instant in the browser's own time zone ("11월 30일 (월) 오후 11:30 PST"), or undefined when
 * that zone shows the same wall-clock time as Seoul.
 */
export function localTime(start: string, locale: Locale): string | undefined {
  const zone = browserZone();
  if (!zone || zone === TIME_ZONE) return undefined;
  const date = new Date(start);
  const options: Intl.DateTimeFormatOptions = {
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  };
  const tag = LOCALE_TAG[locale];
  const local = new Intl.DateTimeFormat(tag, { ...options, timeZone: zone }).format(date);
  if (local === new Intl.DateTimeFormat(tag, { ...options, timeZone: TIME_ZONE }).format(date)) return undefined;
  // English abbreviations (PST, CET) are understood in both languages; Korean ones read "GMT-8".
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${local} ${name}` : local;
}
