/**
 * An iCalendar (RFC 5545) file for one booking: times in UTC, escaped text, lines folded at 75
 * octets and ended with CRLF, so that every calendar app imports it the same way.
 */
import type { Booking } from '../data/types.js';

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

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export const escapeText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

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

/** The `.ics` text of a booking. */
export function bookingIcs(booking: Booking, text: IcsText, now: Date): string {
  const start = new Date(booking.start);
  const end = new Date(start.getTime() + booking.durationMin * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Seoul Learn//Seoul Learn Elements//KO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.id}@seoul-learn`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `DESCRIPTION:${escapeText(text.description)}`,
    ...(text.location ? [`LOCATION:${escapeText(text.location)}`] : []),
    ...(booking.onlineUrl ? [`URL:${booking.onlineUrl}`] : []),
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
