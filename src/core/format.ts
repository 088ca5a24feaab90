import { SEOUL_OFFSET_MS } from '../data/time.js';
import type { Locale } from './i18n.js';

/** Every date and time the elements show is Korea Standard Time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Seoul';

/** The BCP 47 tag each interface language formats and labels with: `ko` → `ko-KR`, `en` → `en-US`. */
export const LOCALE_TAG: Readonly<Record<Locale, 'ko-KR' | 'en-US'>> = { ko: 'ko-KR', en: 'en-US' };

/*
 * The elements speak two languages, and the formats of both are written out here rather than asked
 * of `Intl`: a page's first `Intl` formatter loads the browser's locale data, 15–50 ms of one task
 * on a computer and four times that on a slow phone, which fell in the middle of the elements'
 * first render. Every format below is the one `Intl` gives for `ko-KR` and `en-US` (CLDR), and
 * test/core/format.test.ts checks them against `Intl` over years of dates and thousands of numbers
 * in each browser. Seoul has kept UTC+9 all year since 1988, so its calendar is plain arithmetic.
 * A number format with other options than these still goes to `Intl` (`formatNumber`).
 */

const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EN_DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const KO_DAYS = '일월화수목금토';

type DateInput = Date | string | number;
const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

/** The Seoul calendar parts of an instant, for building calendars without the browser's zone. */
export function seoulParts(value: DateInput): {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
} {
  const date = new Date(toDate(value).getTime() + SEOUL_OFFSET_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/**
 * "2026년 12월 3일 목요일" / "Thursday, December 3, 2026" (in Seoul); `medium` "2026. 12. 3." /
 * "Dec 3, 2026"; `day`, the day of a year that goes without saying, "12월 3일 목요일" / "Thursday, December 3".
 */
export function formatDate(
  value: DateInput,
  locale: Locale,
  style: 'full' | 'long' | 'medium' | 'short' | 'day' = 'full',
): string {
  const { year, month, day, weekday } = seoulParts(value);
  if (style === 'day')
    return locale === 'ko'
      ? `${month}월 ${day}일 ${KO_DAYS[weekday]}요일`
      : `${EN_DAYS[weekday]}, ${EN_MONTHS[month - 1]} ${day}`;
  if (locale === 'ko') {
    if (style === 'medium') return `${year}. ${month}. ${day}.`;
    if (style === 'short') return `${String(year % 100).padStart(2, '0')}. ${month}. ${day}.`;
    return `${year}년 ${month}월 ${day}일${style === 'full' ? ` ${KO_DAYS[weekday]}요일` : ''}`;
  }
  const name = EN_MONTHS[month - 1]!;
  if (style === 'short') return `${month}/${day}/${String(year % 100).padStart(2, '0')}`;
  if (style === 'medium') return `${name.slice(0, 3)} ${day}, ${year}`;
  return `${style === 'full' ? `${EN_DAYS[weekday]}, ` : ''}${name} ${day}, ${year}`;
}

/** A wall-clock time of day from its parts: "오후 4:30" / "4:30 PM". */
function clockTime(hour: number, minute: number, locale: Locale): string {
  const clock = `${hour % 12 || 12}:${String(minute).padStart(2, '0')}`;
  return locale === 'ko' ? `${hour < 12 ? '오전' : '오후'} ${clock}` : `${clock} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** "오후 4:30" / "4:30 PM" (in Seoul). */
export function formatTime(value: DateInput, locale: Locale): string {
  const { hour, minute } = seoulParts(value);
  return clockTime(hour, minute, locale);
}

/** The wall-clock parts of a day and time, in whatever zone they were read. */
export interface ClockParts {
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

/**
 * A day and time without the year, from its parts: "12월 3일 (목) 오전 2:00" / "Thu, Dec 3, 2:00 AM"
 * (what `Intl` writes with month `short`, day, weekday `short`, hour and minute `2-digit`).
 */
export function formatShortDateTime(parts: ClockParts, locale: Locale): string {
  const { month, day, weekday, hour, minute } = parts;
  const time = clockTime(hour, minute, locale);
  const dayName = formatWeekday(weekday, locale);
  return locale === 'ko'
    ? `${month}월 ${day}일 (${dayName}) ${time}`
    : `${dayName}, ${EN_MONTHS[month - 1]!.slice(0, 3)} ${day}, ${time}`;
}

/** Date and time together, in Seoul: "2026년 12월 3일 목요일 오후 4:30" / "Thursday, December 3, 2026 at 4:30 PM". */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return `${formatDate(value, locale)}${locale === 'ko' ? ' ' : ' at '}${formatTime(value, locale)}`;
}

/** A month of the Seoul calendar: "2026년 12월" / "December 2026". */
export function formatMonth(value: DateInput, locale: Locale): string {
  const { year, month } = seoulParts(value);
  return locale === 'ko' ? `${year}년 ${month}월` : `${EN_MONTHS[month - 1]} ${year}`;
}

/** A weekday, 0 for Sunday: short "일" / "Sun", long "일요일" / "Sunday". */
export function formatWeekday(weekday: number, locale: Locale, long = false): string {
  if (locale === 'ko') return `${KO_DAYS[weekday]}${long ? '요일' : ''}`;
  const name = EN_DAYS[weekday]!;
  return long ? name : name.slice(0, 3);
}

/**
 * A decimal number times 10^`shift` with at most `digits` fraction digits, grouped in threes,
 * rounded as `Intl` rounds: the shortest decimal that reads back as the number, half away from zero.
 */
function decimal(value: number, digits: number, shift = 0): string {
  const finite = Number.isFinite(value) ? value : 0;
  const size = Math.abs(finite);
  // Below a millionth, the number shows as zero; from 10²¹, `String` writes an exponent.
  let [whole = '0', fraction = ''] =
    size < 1e-6 ? [] : size < 1e21 ? String(size).split('.') : [BigInt(size).toString()];
  // A percentage moves the point two places in that decimal, as Intl does (0.145 is 14.5 %, not 14.499…).
  whole = String(BigInt(whole + fraction.slice(0, shift).padEnd(shift, '0')));
  fraction = fraction.slice(shift);
  if (fraction.length > digits) {
    const kept = BigInt(whole + fraction.slice(0, digits)) + (fraction[digits]! >= '5' ? 1n : 0n);
    const text = kept.toString().padStart(digits + 1, '0');
    whole = text.slice(0, text.length - digits);
    fraction = text.slice(text.length - digits);
  }
  fraction = fraction.replace(/0+$/, '');
  const sign = finite < 0 || Object.is(finite, -0) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "1,234" / "1,234"; up to three fraction digits. Other `Intl` options are honoured through `Intl`. */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const number = Number.isFinite(value) ? value : 0;
  if (Object.keys(options).length === 0) return decimal(number, 3);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE_TAG[locale], options)));
  return format.format(number);
}

/** A 0..1 fraction as a percentage: "87%" in both languages. Out-of-range and NaN input is clamped. */
export function formatPercent(fraction: number, _locale: Locale, maximumFractionDigits = 0): string {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return `${decimal(clamped, maximumFractionDigits, 2)}%`;
}

const UNITS = {
  hour: ['시간', 'hr', 'hour'],
  minute: ['분', 'min', 'minute'],
  second: ['초', 'sec', 'second'],
} as const;

/** A whole count of a unit: "3시간" / "3 hr", or in full "3 hours". */
export function formatUnit(value: number, unit: keyof typeof UNITS, locale: Locale, long = false): string {
  const [ko, short, name] = UNITS[unit];
  const number = decimal(value, 3);
  if (locale === 'ko') return `${number}${ko}`;
  return `${number} ${long ? `${name}${number === '1' ? '' : 's'}` : short}`;
}

/**
 * A length of time for people: "3시간 20분" / "3 hr 20 min"; under a minute "45초" / "45 sec".
 * Negative and NaN input reads as zero.
 */
export function formatDuration(seconds: number, locale: Locale): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  if (hours === 0 && minutes === 0) return formatUnit(total % 60, 'second', locale);
  const pieces = [];
  if (hours > 0) pieces.push(formatUnit(hours, 'hour', locale));
  if (minutes > 0) pieces.push(formatUnit(minutes, 'minute', locale));
  return pieces.join(' ');
}

export { formatClock } from './clock-format.js';

/** The short name of the time zone the elements show times in: "KST". */
export const TIME_ZONE_LABEL = 'KST';
