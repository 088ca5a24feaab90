import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMonth,
  formatNumber,
  formatPercent,
  formatTime,
  formatUnit,
  formatWeekday,
  LOCALE_TAG,
  seoulParts,
} from '../../src/core/format.js';
import type { Locale } from '../../src/core/i18n.js';
import { localTime, offsetLabel } from '../../src/booking/time-labels.js';

// 2026-12-03 07:30 UTC is 16:30 on Thursday 3 December in Seoul, but still 2 December in Los Angeles.
const instant = new Date('2026-12-03T07:30:00Z');
// 15:30 UTC on 31 December is already New Year's Day in Seoul.
const newYear = new Date('2026-12-31T15:30:00Z');

describe('formatting in Asia/Seoul', () => {
  it('runs in a browser whose own zone is not Seoul', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).not.to.equal('Asia/Seoul');
    expect(instant.getDate()).to.equal(2);
  });

  it('formats dates on the Seoul calendar in both languages', () => {
    expect(formatDate(instant, 'ko')).to.equal('2026년 12월 3일 목요일');
    expect(formatDate(instant, 'en')).to.equal('Thursday, December 3, 2026');
    expect(formatDate(newYear, 'ko', 'long')).to.equal('2027년 1월 1일');
  });

  it('formats times in KST', () => {
    expect(formatTime(instant, 'ko')).to.equal('오후 4:30');
    expect(formatTime(instant, 'en')).to.equal('4:30 PM');
    expect(formatDateTime(instant, 'ko')).to.contain('2026년 12월 3일 목요일').and.contain('오후 4:30');
  });

  it('names a zone by its offset from UTC', () => {
    expect([-480, 330, 0, -570, 345, 840].map(offsetLabel)).to.deep.equal([
      'GMT-8',
      'GMT+5:30',
      'GMT',
      'GMT-9:30',
      'GMT+5:45',
      'GMT+14',
    ]);
  });

  it('gives Seoul calendar parts whatever the browser zone', () => {
    expect(seoulParts(newYear)).to.deep.equal({ year: 2027, month: 1, day: 1, weekday: 5, hour: 0, minute: 30 });
  });

  it('formats durations for people', () => {
    expect(formatDuration(3 * 3600 + 20 * 60, 'ko')).to.equal('3시간 20분');
    expect(formatDuration(3 * 3600 + 20 * 60, 'en')).to.equal('3 hr 20 min');
    expect(formatDuration(45, 'ko')).to.equal('45초');
    expect(formatDuration(-5, 'en')).to.equal('0 sec');
    expect(formatDuration(Number.NaN, 'ko')).to.equal('0초');
  });

  it('formats media clocks and clamps percentages', () => {
    expect(formatClock(245)).to.equal('4:05');
    expect(formatClock(3729)).to.equal('1:02:09');
    expect(formatPercent(0.874, 'ko')).to.equal('87%');
    expect(formatPercent(1.7, 'en')).to.equal('100%');
    expect(formatPercent(Number.NaN, 'en')).to.equal('0%');
  });
});

/*
 * The formats are written out by hand for the two languages (src/core/format.ts); the browser's
 * own `Intl`, with its CLDR data, is the independent source they must match, in every browser the
 * suite runs in. The only liberty: a no-break or narrow no-break space where these write a plain one.
 */
describe('formats written out for ko and en, against Intl', () => {
  const LOCALES: Locale[] = ['ko', 'en'];
  const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
  const HOUR = 3600_000;
  // Every 31 hours from 2019 to 2033: every weekday, month, both halves of the day, leap days.
  const instants: Date[] = [];
  for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2033, 0, 1); t += 31 * HOUR) instants.push(new Date(t));

  /** The first inputs whose formats differ, as "input: ours ≠ Intl's", for a readable failure. */
  function mismatches<T>(inputs: readonly T[], ours: (input: T) => string, theirs: (input: T) => string): string[] {
    const found: string[] = [];
    for (const input of inputs) {
      const a = ours(input);
      const b = plain(theirs(input));
      if (a !== b) found.push(`${String(input instanceof Date ? input.toISOString() : input)}: ${a} ≠ ${b}`);
      if (found.length >= 5) break;
    }
    return found;
  }

  for (const locale of LOCALES) {
    const tag = LOCALE_TAG[locale];
    const zone = { timeZone: 'Asia/Seoul' } as const;

    it(`dates in every style, ${locale}`, () => {
      for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
        const intl = new Intl.DateTimeFormat(tag, { dateStyle, ...zone });
        expect(
          mismatches(
            instants,
            (d) => formatDate(d, locale, dateStyle),
            (d) => intl.format(d),
          ),
          dateStyle,
        ).to.deep.equal([]);
      }
    });

    it(`the browser's own time beside KST (the booking's), ${locale}`, () => {
      // The tests run in America/Los_Angeles: both its offsets, every 31 hours over 14 years, and
      // each quarter hour of the two days its clocks change in 2026.
      const changes = [Date.UTC(2026, 2, 8), Date.UTC(2026, 10, 1)].flatMap((day) =>
        Array.from({ length: 2 * 24 * 4 }, (_, i) => new Date(day + i * 15 * 60_000)),
      );
      const local = new Intl.DateTimeFormat(tag, {
        month: 'short',
        day: 'numeric',
        weekday: 'short',
        hour: 'numeric',
        minute: '2-digit',
      });
      const offset = new Intl.DateTimeFormat('en-US', { timeZoneName: 'shortOffset' });
      const label = (d: Date) => offset.formatToParts(d).find((part) => part.type === 'timeZoneName')!.value;
      expect(
        mismatches(
          [...instants, ...changes],
          (d) => localTime(d.toISOString(), locale) ?? 'same as Seoul',
          (d) => `${local.format(d)} ${label(d)}`,
        ),
      ).to.deep.equal([]);
      expect(new Set(changes.map(label))).to.deep.equal(new Set(['GMT-8', 'GMT-7']));
    });

    it(`times, dates with times, months and weekdays, ${locale}`, () => {
      const minutes = Array.from({ length: 2 * 24 * 60 }, (_, i) => new Date(Date.UTC(2026, 11, 3) + i * 60_000));
      const time = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', ...zone });
      expect(
        mismatches(
          minutes,
          (d) => formatTime(d, locale),
          (d) => time.format(d),
        ),
      ).to.deep.equal([]);
      const both = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', ...zone });
      expect(
        mismatches(
          instants,
          (d) => formatDateTime(d, locale),
          (d) => both.format(d),
        ),
      ).to.deep.equal([]);
      const day = new Intl.DateTimeFormat(tag, { weekday: 'long', month: 'long', day: 'numeric', ...zone });
      expect(
        mismatches(
          instants,
          (d) => formatDate(d, locale, 'day'),
          (d) => day.format(d),
        ),
      ).to.deep.equal([]);
      const month = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', ...zone });
      expect(
        mismatches(
          instants,
          (d) => formatMonth(d, locale),
          (d) => month.format(d),
        ),
      ).to.deep.equal([]);
      // 2026-11-01 is a Sunday in Seoul.
      const days = Array.from({ length: 7 }, (_, i) => i);
      const sunday = (i: number) => new Date(Date.UTC(2026, 10, 1 + i, 3));
      for (const weekday of ['short', 'long'] as const) {
        const intl = new Intl.DateTimeFormat(tag, { weekday, ...zone });
        expect(
          mismatches(
            days,
            (i) => formatWeekday(i, locale, weekday === 'long'),
            (i) => intl.format(sunday(i)),
          ),
          weekday,
        ).to.deep.equal([]);
      }
    });

    it(`numbers, percentages and units, ${locale}`, () => {
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 0.5;
      const numbers = [
        ...Array.from({ length: 2000 }, (_, i) => i * 997),
        ...Array.from({ length: 2000 }, () => random() * 10 ** Math.floor(Math.abs(random()) * 9)),
        0.0005,
        0.0015,
        1.0005,
        -0,
        -1234.5678,
        999999.9999,
      ];
      const number = new Intl.NumberFormat(tag);
      expect(
        mismatches(
          numbers,
          (n) => formatNumber(n, locale),
          (n) => number.format(n),
        ),
      ).to.deep.equal([]);
      const fractions = Array.from({ length: 10001 }, (_, i) => i / 10000);
      for (const digits of [0, 1]) {
        const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits });
        expect(
          mismatches(
            fractions,
            (f) => formatPercent(f, locale, digits),
            (f) => percent.format(f),
          ),
          `${digits} fraction digits`,
        ).to.deep.equal([]);
      }
      const counts = Array.from({ length: 1500 }, (_, i) => i);
      for (const unit of ['hour', 'minute', 'second'] as const) {
        for (const long of [false, true]) {
          const unitDisplay = long || locale === 'ko' ? 'long' : 'short';
          const intl = new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay });
          expect(
            mismatches(
              counts,
              (n) => formatUnit(n, unit, locale, long),
              (n) => intl.format(n),
            ),
            `${unit} ${unitDisplay}`,
          ).to.deep.equal([]);
        }
      }
    });
  }
});
