/**
 * Korean public holidays for the demo data source and the reference server, read from
 * `@hyunbinseo/holidays-kr`: one list per year, taken from the official gazette (관보) and
 * updated when a new year, a temporary holiday (임시공휴일) or an election day is announced.
 * Nothing here is typed by hand except official English names; a new year arrives with a package
 * update, and until then its days are unpublished and carry no slots.
 */
import * as gazette from '@hyunbinseo/holidays-kr/all';
import type { HolidayCalendar, LocalizedText, PublicHoliday } from '../types.js';
import { byCodeUnits } from '../time.js';

/** English names of the recurring holidays, as the government publishes them in English. */
const ENGLISH: Readonly<Record<string, string>> = {
  '1월 1일': "New Year's Day",
  '설날 전날': 'Day before Seollal',
  설날: 'Seollal (Lunar New Year)',
  '설날 다음 날': 'Day after Seollal',
  '3ㆍ1절': 'Independence Movement Day',
  노동절: 'Labor Day',
  어린이날: "Children's Day",
  '부처님 오신 날': "Buddha's Birthday",
  현충일: 'Memorial Day',
  제헌절: 'Constitution Day',
  광복절: 'Liberation Day',
  '추석 전날': 'Day before Chuseok',
  추석: 'Chuseok',
  '추석 다음 날': 'Day after Chuseok',
  개천절: 'National Foundation Day',
  한글날: 'Hangeul Day',
  기독탄신일: 'Christmas Day',
  임시공휴일: 'Temporary public holiday',
};

const SUBSTITUTE = /^대체공휴일\((.+)\)$/;

/** A gazette name with its English name where one is known; election days stay Korean only. */
export function holidayName(ko: string): LocalizedText {
  const substitute = SUBSTITUTE.exec(ko);
  const of = substitute ? ENGLISH[substitute[1]!] : undefined;
  const en = of ? `Substitute holiday (${of})` : ENGLISH[ko];
  return en ? { ko, en } : { ko };
}

interface Gazette {
  /** Holiday names by Seoul day, every published year together. */
  readonly byDate: ReadonlyMap<string, readonly string[]>;
  /** The years whose holidays are published, oldest first (2018 … the package's last year). */
  readonly years: readonly number[];
}

let table: Gazette | undefined;

/**
 * The package's years, read on first use rather than at module evaluation: bundlers may split the
 * package and this module into chunks that import each other, and a namespace read while the
 * chunks are still evaluating is not filled in yet.
 */
function gazetteTable(): Gazette {
  if (table) return table;
  const byDate = new Map<string, readonly string[]>();
  const years: number[] = [];
  for (const [key, days] of Object.entries(
    gazette as Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
  )) {
    const year = /^y(\d{4})$/.exec(key)?.[1];
    if (!year) continue;
    years.push(Number(year));
    for (const [date, names] of Object.entries(days)) byDate.set(date, names);
  }
  years.sort((a, b) => a - b);
  table = { byDate, years: Object.freeze(years) };
  return table;
}

/** The years whose holidays are published, oldest first (2018 … the package's last year). */
export const publishedHolidayYears = (): readonly number[] => gazetteTable().years;

/** True when the holidays of `year` are known (published and in the package). */
export const isPublishedYear = (year: number): boolean => gazetteTable().years.includes(year);

/** True when a Seoul calendar day (`YYYY-MM-DD`) is a public holiday. */
export const isPublicHoliday = (dateKey: string): boolean => gazetteTable().byDate.has(dateKey);

/**
 * The holidays from `from` to `to` (`YYYY-MM-DD`, both included, already checked) and the years
 * after the last published one. Years before the first published one are long past: they hold no
 * slots and are not reported.
 */
export function holidayCalendar(from: string, to: string): HolidayCalendar {
  const { byDate, years } = gazetteTable();
  const holidays: PublicHoliday[] = [...byDate]
    .filter(([date]) => date >= from && date <= to)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([date, names]) => ({ date, names: names.map(holidayName) }));
  const last = years.at(-1) ?? 0;
  const unpublishedYears: number[] = [];
  for (let year = Math.max(Number(from.slice(0, 4)), last + 1); year <= Number(to.slice(0, 4)); year++) {
    unpublishedYears.push(year);
  }
  return { holidays, unpublishedYears };
}
