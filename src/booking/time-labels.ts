/** How slot and booking times are spoken and shown: always KST, plus the browser's time when it differs. */
import { formatDate, formatTime, LOCALE_TAG, seoulParts, TIME_ZONE_LABEL } from '../core/format.js';
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

/** The browser's time zone, read once: making a formatter to ask is slow (milliseconds). */
let zoneOfBrowser: string | undefined;
const browserZone = (): string => (zoneOfBrowser ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

const LOCAL_OPTIONS: Intl.DateTimeFormatOptions = {
  month: 'short',
  day: 'numeric',
  weekday: 'short',
  hour: 'numeric',
  minute: '2-digit',
};

/**
 * Formatters by locale tag, zone and use, made once: a times list asks for every slot, and each
 * new `Intl.DateTimeFormat` costs about a millisecond, which added up to long tasks.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, timeZone: string, zoneName: boolean): Intl.DateTimeFormat {
  const key = `${tag}|${timeZone}|${zoneName}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      tag,
      zoneName ? { timeZone, timeZoneName: 'short' } : { ...LOCAL_OPTIONS, timeZone },
    );
    formatters.set(key, format);
  }
  return format;
}

/** True while templates are made ahead of time (see {@link sketched}). */
let sketching = false;

/**
 * Runs `make` (which builds templates to render ahead of time, away from the page) with
 * `localTime` answering a stand-in wherever it would answer at all: the template is the same, and
 * no `Intl` formatter is made for it.
 */
export function sketched<T>(make: () => T): T {
  sketching = true;
  try {
    return make();
  } finally {
    sketching = false;
  }
}

/**
 * The instant in the browser's own time zone ("11월 30일 (월) 오후 11:30 PST"), or undefined when
 * that zone shows the same wall-clock time as Seoul (its offset from UTC is Seoul's at that
 * instant: then nothing is added, and no `Intl` formatter is made).
 */
export function localTime(start: string, locale: Locale): string | undefined {
  const date = new Date(start);
  if (date.getTimezoneOffset() === -SEOUL_OFFSET_MS / 60_000) return undefined;
  if (sketching) return '…';
  const zone = browserZone();
  if (!zone) return undefined;
  const local = formatter(LOCALE_TAG[locale], zone, false).format(date);
  // English abbreviations (PST, CET) are understood in both languages; Korean ones read "GMT-8".
  const name = formatter('en-US', zone, true)
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${local} ${name}` : local;
}
