import type { Locale } from './i18n.js';

/** Every date and time the elements show is Korea Standard Time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Seoul';

/** The BCP 47 tag each interface language formats and labels with: `ko` → `ko-KR`, `en` → `en-US`. */
export const LOCALE_TAG: Readonly<Record<Locale, 'ko-KR' | 'en-US'>> = { ko: 'ko-KR', en: 'en-US' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAG[locale], { ...options, timeZone: TIME_ZONE });
    cache.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAG[locale], options);
    cache.set(key, format);
  }
  return format;
}

type DateInput = Date | string | number;
const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

/** "2026년 12월 3일 목요일" / "Thursday, December 3, 2026" (in Seoul). */
export function formatDate(
  value: DateInput,
  locale: Locale,
  style: 'full' | 'long' | 'medium' | 'short' = 'full',
): string {
  return dateFormat(locale, { dateStyle: style }).format(toDate(value));
}

/** "오후 4:30" / "4:30 PM" (in Seoul). */
export function formatTime(value: DateInput, locale: Locale): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(toDate(value));
}

/** Date and time together, in Seoul: "2026년 12월 3일 목요일 오후 4:30". */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return dateFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(toDate(value));
}

/** The Seoul calendar parts of an instant, for building calendars without the browser's zone. */
export function seoulParts(value: DateInput): {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
} {
  const parts = dateFormat('en', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(toDate(value));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? '';
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday: weekdays.indexOf(get('weekday')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
  };
}

/** "1,234" / "1,234". */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(Number.isFinite(value) ? value : 0);
}

/** A 0..1 fraction as a percentage: "87%". Out-of-range and NaN input is clamped. */
export function formatPercent(fraction: number, locale: Locale, maximumFractionDigits = 0): string {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(clamped);
}

/**
 * A length of time for people: "3시간 20분" / "3 hr 20 min"; under a minute "45초" / "45 sec".
 * Negative and NaN input reads as zero.
 */
export function formatDuration(seconds: number, locale: Locale): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second'): string =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: locale === 'ko' ? 'long' : 'short' }).format(value);
  if (hours === 0 && minutes === 0) return unit(secs, 'second');
  const pieces = [];
  if (hours > 0) pieces.push(unit(hours, 'hour'));
  if (minutes > 0) pieces.push(unit(minutes, 'minute'));
  return pieces.join(' ');
}

/** A media clock: "4:05", "1:02:09". */
export function formatClock(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

/** The short name of the time zone the elements show times in: "KST". */
export const TIME_ZONE_LABEL = 'KST';
