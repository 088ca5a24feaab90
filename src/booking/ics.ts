/**
 * An iCalendar (RFC 5545) file for one booking: start and end in Korea Standard Time
 * (`TZID=Asia/Seoul` with its VTIMEZONE, so calendar apps show the time the consultation was
 * booked in), escaped text, lines folded at 75 octets and ended with CRLF, so that every calendar
 * app imports it the same way. A booking keeps its UID for life; `SEQUENCE` and `LAST-MODIFIED`
 * tell a calendar app that a file downloaded after a reschedule or a cancellation is a newer
 * version of the event it already has, so importing it replaces the old time.
 */
import { SEOUL_OFFSET_MS } from '../data/time.js';
import type { Booking } from '../data/types.js';
import { httpUrl } from './safe-url.js';

const TZID = 'Asia/Seoul';

/**
 * Korea has kept UTC+9 without daylight saving since 1988, so one STANDARD rule covers every
 * bookable date (RFC 5545 §3.6.5).
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:KST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface IcsText {
  readonly summary: string;
  readonly description: string;
  readonly location?: string;
}

/** `20261203T073000Z`. */
const utcStamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** `20261203T163000`: the same instant as local time in Seoul (a DATE-TIME with TZID, §3.3.5). */
const seoulStamp = (date: Date): string => utcStamp(new Date(date.getTime() + SEOUL_OFFSET_MS)).slice(0, -1);

/** Escapes TEXT values (RFC 5545 §3.3.11); any line break becomes `\n`, so none can start a property. */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line into ≤ 75-octet pieces without splitting a UTF-8 character (§3.1). */
function fold(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length ? 74 : 75;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/**
 * The version of a booking (RFC 5545 §3.8.7.4 `SEQUENCE`, §3.8.7.3 `LAST-MODIFIED`), from the
 * booking's own times and never from the clock of whoever downloads it, so the same booking gives
 * the same version on every device: 0 as created, then the whole seconds from its creation to its
 * last change, which grow with each change (a 32-bit INTEGER lasts 68 years).
 */
function bookingVersion(booking: Booking): { readonly sequence: number; readonly lastModified: Date } {
  const created = new Date(booking.createdAt);
  const changed = new Date(booking.updatedAt ?? booking.createdAt);
  // A change time that is not a time, or before the creation, says nothing newer.
  const since = changed.getTime() - created.getTime();
  if (!(since > 0)) return { sequence: 0, lastModified: created };
  return { sequence: Math.floor(since / 1000), lastModified: changed };
}

/** The `.ics` text of a booking. */
export function bookingIcs(booking: Booking, text: IcsText, now: Date): string {
  const start = new Date(booking.start);
  const end = new Date(start.getTime() + booking.durationMin * 60_000);
  const url = httpUrl(booking.onlineUrl);
  const version = bookingVersion(booking);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Seoul Learn//Seoul Learn Elements//KO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${booking.id}@seoul-learn`,
    `DTSTAMP:${utcStamp(now)}`,
    `CREATED:${utcStamp(new Date(booking.createdAt))}`,
    `LAST-MODIFIED:${utcStamp(version.lastModified)}`,
    `SEQUENCE:${version.sequence}`,
    `DTSTART;TZID=${TZID}:${seoulStamp(start)}`,
    `DTEND;TZID=${TZID}:${seoulStamp(end)}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `DESCRIPTION:${escapeText(text.description)}`,
    ...(text.location ? [`LOCATION:${escapeText(text.location)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    `STATUS:${booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Offers the file as a download (a blob URL; nothing leaves the browser). */
export function downloadIcs(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
