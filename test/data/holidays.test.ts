import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { HOLIDAY_YEARS, KOREAN_HOLIDAYS, holidayOn, isKoreanHoliday } from '../../src/data/holidays.js';
import { isDateKey, seoulWeekday } from '../../src/data/time.js';

const inYear = (year: number) => KOREAN_HOLIDAYS.filter((holiday) => holiday.date.startsWith(`${year}-`));

describe('Korean public holidays', () => {
  it('covers 2026 and 2027', () => {
    expect(HOLIDAY_YEARS).to.deep.equal([2026, 2027]);
    expect(inYear(2026)).to.have.length(21);
    expect(inYear(2027)).to.have.length(22);
  });

  it('lists real, unique, sorted dates with Korean and English names', () => {
    const dates = KOREAN_HOLIDAYS.map((holiday) => holiday.date);
    expect(new Set(dates).size).to.equal(dates.length);
    expect([...dates].sort()).to.deep.equal(dates);
    for (const holiday of KOREAN_HOLIDAYS) {
      expect(isDateKey(holiday.date), holiday.date).to.equal(true);
      expect(holiday.name.ko).to.match(/[가-힣]/);
      expect(holiday.name.en).to.be.a('string').and.not.equal('');
    }
  });

  it('knows the lunar holidays', () => {
    expect(holidayOn('2026-02-17')?.name.ko).to.equal('설날');
    expect(holidayOn('2026-09-25')?.name.ko).to.equal('추석');
    expect(holidayOn('2026-05-24')?.name.ko).to.equal('부처님오신날');
    expect(holidayOn('2027-02-07')?.name.ko).to.equal('설날');
    expect(holidayOn('2027-09-15')?.name.ko).to.equal('추석');
    expect(holidayOn('2027-05-13')?.name.ko).to.equal('부처님오신날');
  });

  it('knows substitute holidays, each on a weekday', () => {
    const substitutes = KOREAN_HOLIDAYS.filter((holiday) => holiday.name.ko.startsWith('대체공휴일'));
    expect(substitutes.map((holiday) => holiday.date)).to.include.members([
      '2026-03-02',
      '2026-05-25',
      '2026-08-17',
      '2026-10-05',
      '2027-02-09',
      '2027-08-16',
      '2027-10-04',
      '2027-10-11',
      '2027-12-27',
    ]);
    for (const holiday of substitutes) expect(seoulWeekday(holiday.date), holiday.date).to.be.within(1, 5);
    expect(holidayOn('2027-02-09')?.name.en).to.equal('Substitute holiday (Seollal)');
  });

  it('gives no substitute for a Saturday in the Chuseok break (regulation art. 3(1))', () => {
    expect(seoulWeekday('2026-09-26')).to.equal(6);
    expect(isKoreanHoliday('2026-09-28')).to.equal(false);
  });

  it('includes the 2026 local elections and fixed-date holidays', () => {
    expect(holidayOn('2026-06-03')?.name.ko).to.contain('지방선거');
    expect(isKoreanHoliday('2026-12-25')).to.equal(true);
    expect(isKoreanHoliday('2027-01-01')).to.equal(true);
  });

  it('says no for ordinary days', () => {
    expect(isKoreanHoliday('2026-12-01')).to.equal(false);
    expect(holidayOn('2026-12-24')).to.equal(undefined);
    expect(isKoreanHoliday('not a date')).to.equal(false);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(KOREAN_HOLIDAYS)).to.equal(true);
    expect(Object.isFrozen(holidayOn('2026-01-01'))).to.equal(true);
  });
});
