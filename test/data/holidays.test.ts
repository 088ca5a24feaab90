import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { getHolidayPreset } from '@hyunbinseo/holidays-kr';
import { DemoDataSource } from '../../src/data/demo-data-source.js';
import { ValidationError } from '../../src/data/errors.js';
import { isDateKey, seoulDateKey, seoulWeekday } from '../../src/data/time.js';
import { CONSULTATION_KINDS, type HolidayCalendar, type Slot } from '../../src/data/types.js';
import { rejectionOf } from './helpers.js';

const at = (instant: string) => new DemoDataSource({ storage: 'memory', now: () => new Date(instant) });
const whole = (source: DemoDataSource, year: number) => source.listHolidays(`${year}-01-01`, `${year}-12-31`);
const namesOn = (calendar: HolidayCalendar, date: string) =>
  calendar.holidays.find((holiday) => holiday.date === date)?.names.map((name) => name.ko);

/** The years the package has lists for, found through its own per-year loader (not the `/all` export the demo reads). */
async function packageYears(): Promise<number[]> {
  const years: number[] = [];
  for (let year = 2018; ; year++) {
    try {
      await getHolidayPreset(String(year));
    } catch {
      return years;
    }
    years.push(year);
  }
}

/** Every slot of every kind that a source offers from `from` for `days` days. */
async function slotsFrom(source: DemoDataSource, from: string, days: number): Promise<Slot[]> {
  const start = new Date(from);
  const end = new Date(start.getTime() + days * 86_400_000);
  const lists = await Promise.all(
    CONSULTATION_KINDS.map((kind) => source.listSlots({ kind, from: start.toISOString(), to: end.toISOString() })),
  );
  return lists.flat();
}

const slotDays = (slots: readonly Slot[]) => new Set(slots.map((slot) => seoulDateKey(new Date(slot.start))));

describe('public holidays (listHolidays)', () => {
  // The date is never read: holidays are the same whatever the clock says.
  const source = at('2026-12-01T00:00:00Z');

  it('are the gazette package’s, day for day, for every year it covers', async () => {
    const years = await packageYears();
    expect(years[0]).to.equal(2018);
    expect(years.length).to.be.at.least(10);
    for (const year of years) {
      const preset = await getHolidayPreset(String(year));
      const calendar = await whole(source, year);
      const listed = Object.fromEntries(
        calendar.holidays.map((holiday) => [holiday.date, holiday.names.map((n) => n.ko)]),
      );
      expect(listed, String(year)).to.deep.equal(JSON.parse(JSON.stringify(preset)));
      expect(calendar.unpublishedYears, String(year)).to.deep.equal([]);
    }
  });

  it('say which years are not published yet: every year after the package’s last', async () => {
    const last = (await packageYears()).at(-1)!;
    const calendar = await source.listHolidays(`${last}-12-01`, `${last + 2}-01-31`);
    expect(calendar.unpublishedYears).to.deep.equal([last + 1, last + 2]);
    expect(calendar.holidays.every((holiday) => holiday.date.startsWith(`${last}-`))).to.equal(true);
    expect((await source.listHolidays('2028-01-01', '2028-12-31')).unpublishedYears).to.deep.equal([2028]);
  });

  it('know 노동절 (2026, 2027) and its 2027 substitute, as gazetted', async () => {
    const y2026 = await whole(source, 2026);
    const y2027 = await whole(source, 2027);
    expect(namesOn(y2026, '2026-05-01')).to.deep.equal(['노동절']);
    expect(namesOn(y2027, '2027-05-01')).to.deep.equal(['노동절']);
    expect(seoulWeekday('2027-05-01'), 'a Saturday').to.equal(6);
    expect(namesOn(y2027, '2027-05-03')).to.deep.equal(['대체공휴일(노동절)']);
    expect(y2027.holidays.find((holiday) => holiday.date === '2027-05-03')!.names[0]!.en).to.equal(
      'Substitute holiday (Labor Day)',
    );
    // No substitute for a Saturday in the 추석 break (regulation art. 3(1)).
    expect(namesOn(y2026, '2026-09-28')).to.equal(undefined);
    expect(namesOn(y2026, '2026-06-03')).to.deep.equal(['전국동시지방선거']);
  });

  it('are real days in order, named in Korean, English where an official name is known', async () => {
    const calendar = await source.listHolidays('2025-01-01', '2027-12-31');
    const dates = calendar.holidays.map((holiday) => holiday.date);
    expect([...new Set(dates)].sort()).to.deep.equal(dates);
    for (const holiday of calendar.holidays) {
      expect(isDateKey(holiday.date), holiday.date).to.equal(true);
      expect(holiday.names.length, holiday.date).to.be.greaterThan(0);
      for (const name of holiday.names) expect(name.ko).to.match(/[가-힣]/);
    }
    // Two holidays on one day.
    expect(namesOn(calendar, '2025-05-05')).to.deep.equal(['어린이날', '부처님 오신 날']);
    expect(calendar.holidays.find((holiday) => holiday.date === '2026-12-25')!.names).to.deep.equal([
      { ko: '기독탄신일', en: 'Christmas Day' },
    ]);
    // An election day has no official English name here: Korean only, nothing made up.
    expect(calendar.holidays.find((holiday) => holiday.date === '2026-06-03')!.names).to.deep.equal([
      { ko: '전국동시지방선거' },
    ]);
  });

  it('reject a malformed, reversed or too long range', async () => {
    const fields = async (from: string, to: string) => {
      const error = await rejectionOf(source.listHolidays(from, to));
      expect(error).to.be.instanceOf(ValidationError);
      return (error as ValidationError).fields;
    };
    expect(await fields('2026-13-01', '2026-12-31')).to.deep.equal(['from']);
    expect(await fields('2026-01-01', 'tomorrow')).to.deep.equal(['to']);
    expect(await fields('2026-05-02', '2026-05-01')).to.deep.equal(['to']);
    expect(await fields('2026-01-01', '2029-01-01')).to.deep.equal(['to']);
    expect((await source.listHolidays('2026-05-01', '2026-05-01')).holidays).to.have.length(1);
  });
});

describe('slots on public holidays and unpublished years (demo data)', () => {
  it('offers nothing on 노동절 2026, while the days around it have slots', async () => {
    const days = slotDays(await slotsFrom(at('2026-04-20T00:00:00Z'), '2026-04-20T00:00:00Z', 28));
    expect(seoulWeekday('2026-05-01'), 'a Friday').to.equal(5);
    expect(days.has('2026-05-01')).to.equal(false);
    expect(days.has('2026-04-30')).to.equal(true);
    expect(days.has('2026-05-04')).to.equal(true);
    expect(days.has('2026-05-05'), '어린이날').to.equal(false);
  });

  it('offers nothing on the 2027 노동절 substitute (Monday 3 May)', async () => {
    const days = slotDays(await slotsFrom(at('2027-04-26T00:00:00Z'), '2027-04-26T00:00:00Z', 28));
    expect(days.has('2027-05-03')).to.equal(false);
    expect(days.has('2027-05-04')).to.equal(true);
  });

  it('offers nothing in 2028, whose holidays are not published, and says so', async () => {
    const source = at('2027-12-20T00:00:00Z');
    const slots = await slotsFrom(source, '2027-12-20T00:00:00Z', 28);
    const days = slotDays(slots);
    expect(days.has('2027-12-21'), 'December 2027 is published').to.equal(true);
    expect(days.has('2027-12-27'), '대체공휴일(기독탄신일)').to.equal(false);
    expect([...days].filter((day) => day >= '2028-01-01')).to.deep.equal([]);
    expect((await source.listHolidays('2028-01-01', '2028-01-31')).unpublishedYears).to.deep.equal([2028]);
  });
});
