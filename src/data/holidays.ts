/**
 * Korean public holidays (공휴일) for the years the demo calendar can reach.
 *
 * Source: 「관공서의 공휴일에 관한 규정」 (Regulation on Public Holidays of Government Offices)
 * and 「공휴일에 관한 법률」, with lunar dates from the Korea Astronomy and Space Science
 * Institute (한국천문연구원) 월력요항. Substitute holidays (대체공휴일) follow 제3조:
 * - 설날·추석 연휴 get one only when a day of the break falls on a Sunday or another holiday
 *   (a Saturday does not count), so the 2026 추석 break (Thu–Sat) has none;
 * - 국경일, 어린이날, 부처님오신날 and 기독탄신일 get one when they fall on a Saturday or Sunday;
 * - 현충일 and 1월 1일 never do.
 * 제헌절 became a public holiday again in 2026 (공휴일에 관한 법률 amended to cover every
 * 국경일); its 2027 substitute is derived from the 국경일 rule. Election days are holidays
 * (공직선거법 제34조). Update this table when a new 월력요항 or a temporary holiday
 * (임시공휴일) is announced.
 */

import type { LocalizedText } from './types.js';

/** One public holiday: a Seoul calendar day and its name. */
export interface KoreanHoliday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: LocalizedText;
}

type Row = readonly [date: string, ko: string, en: string];

const SEOLLAL_EVE: [string, string] = ['설날 연휴', 'Seollal holiday'];
const SEOLLAL: [string, string] = ['설날', 'Seollal (Lunar New Year)'];
const CHUSEOK_EVE: [string, string] = ['추석 연휴', 'Chuseok holiday'];
const CHUSEOK: [string, string] = ['추석', 'Chuseok'];
const substitute = (ko: string, en: string): [string, string] => [`대체공휴일(${ko})`, `Substitute holiday (${en})`];

const ROWS: readonly Row[] = [
  ['2026-01-01', '신정', "New Year's Day"],
  ['2026-02-16', ...SEOLLAL_EVE],
  ['2026-02-17', ...SEOLLAL],
  ['2026-02-18', ...SEOLLAL_EVE],
  ['2026-03-01', '삼일절', 'Independence Movement Day'],
  ['2026-03-02', ...substitute('삼일절', 'Independence Movement Day')],
  ['2026-05-05', '어린이날', "Children's Day"],
  ['2026-05-24', '부처님오신날', "Buddha's Birthday"],
  ['2026-05-25', ...substitute('부처님오신날', "Buddha's Birthday")],
  ['2026-06-03', '제9회 전국동시지방선거', '9th Nationwide Local Elections'],
  ['2026-06-06', '현충일', 'Memorial Day'],
  ['2026-07-17', '제헌절', 'Constitution Day'],
  ['2026-08-15', '광복절', 'Liberation Day'],
  ['2026-08-17', ...substitute('광복절', 'Liberation Day')],
  ['2026-09-24', ...CHUSEOK_EVE],
  ['2026-09-25', ...CHUSEOK],
  ['2026-09-26', ...CHUSEOK_EVE],
  ['2026-10-03', '개천절', 'National Foundation Day'],
  ['2026-10-05', ...substitute('개천절', 'National Foundation Day')],
  ['2026-10-09', '한글날', 'Hangeul Day'],
  ['2026-12-25', '기독탄신일', 'Christmas Day'],

  ['2027-01-01', '신정', "New Year's Day"],
  ['2027-02-06', ...SEOLLAL_EVE],
  ['2027-02-07', ...SEOLLAL],
  ['2027-02-08', ...SEOLLAL_EVE],
  ['2027-02-09', ...substitute('설날', 'Seollal')],
  ['2027-03-01', '삼일절', 'Independence Movement Day'],
  ['2027-05-05', '어린이날', "Children's Day"],
  ['2027-05-13', '부처님오신날', "Buddha's Birthday"],
  ['2027-06-06', '현충일', 'Memorial Day'],
  ['2027-07-17', '제헌절', 'Constitution Day'],
  ['2027-07-19', ...substitute('제헌절', 'Constitution Day')],
  ['2027-08-15', '광복절', 'Liberation Day'],
  ['2027-08-16', ...substitute('광복절', 'Liberation Day')],
  ['2027-09-14', ...CHUSEOK_EVE],
  ['2027-09-15', ...CHUSEOK],
  ['2027-09-16', ...CHUSEOK_EVE],
  ['2027-10-03', '개천절', 'National Foundation Day'],
  ['2027-10-04', ...substitute('개천절', 'National Foundation Day')],
  ['2027-10-09', '한글날', 'Hangeul Day'],
  ['2027-10-11', ...substitute('한글날', 'Hangeul Day')],
  ['2027-12-25', '기독탄신일', 'Christmas Day'],
  ['2027-12-27', ...substitute('기독탄신일', 'Christmas Day')],
];

/** Every Korean public holiday in `HOLIDAY_YEARS`, in date order. Sundays are not listed. */
export const KOREAN_HOLIDAYS: readonly KoreanHoliday[] = Object.freeze(
  ROWS.map(([date, ko, en]) => Object.freeze({ date, name: Object.freeze({ ko, en }) })),
);

/** The years `KOREAN_HOLIDAYS` covers completely. Outside them only weekends are known. */
export const HOLIDAY_YEARS: readonly number[] = Object.freeze([2026, 2027]);

const BY_DATE = new Map(KOREAN_HOLIDAYS.map((holiday) => [holiday.date, holiday]));

/** The public holiday on a Seoul calendar day (`YYYY-MM-DD`), if there is one. */
export function holidayOn(dateKey: string): KoreanHoliday | undefined {
  return BY_DATE.get(dateKey);
}

/** True when a Seoul calendar day (`YYYY-MM-DD`) is a public holiday (weekends aside). */
export function isKoreanHoliday(dateKey: string): boolean {
  return BY_DATE.has(dateKey);
}
