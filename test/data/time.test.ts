import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import {
  addDays,
  daysBetween,
  isDateKey,
  seoulDateKey,
  seoulInstant,
  seoulWeekday,
  startOfSeoulDay,
} from '../../src/data/time.js';

describe('Asia/Seoul time helpers', () => {
  it('runs in a browser zone far from Seoul (so these tests mean something)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    expect(new Date('2026-12-31T16:00:00Z').getDate()).to.equal(31);
  });

  it('gives the Seoul calendar day of an instant', () => {
    expect(seoulDateKey(new Date('2026-12-31T16:00:00Z'))).to.equal('2027-01-01');
    expect(seoulDateKey(new Date('2026-12-31T14:59:59.999Z'))).to.equal('2026-12-31');
    expect(seoulDateKey(new Date('2026-12-31T15:00:00Z'))).to.equal('2027-01-01');
    // A Los Angeles DST change does not shift Seoul days.
    expect(seoulDateKey(new Date('2026-03-08T10:30:00Z'))).to.equal('2026-03-08');
  });

  it('rejects an invalid date', () => {
    expect(() => seoulDateKey(new Date('nope'))).to.throw(RangeError);
  });

  it('gives the weekday of a Seoul day', () => {
    expect(seoulWeekday('2026-12-01')).to.equal(2); // Tuesday
    expect(seoulWeekday('2027-01-03')).to.equal(0); // Sunday
    expect(seoulWeekday('2026-12-26')).to.equal(6); // Saturday
  });

  it('builds an instant from a Seoul wall-clock time', () => {
    expect(seoulInstant('2026-12-01', 10, 0).toISOString()).to.equal('2026-12-01T01:00:00.000Z');
    expect(seoulInstant('2027-01-01', 0, 30).toISOString()).to.equal('2026-12-31T15:30:00.000Z');
    expect(seoulInstant('2026-12-01', 16).toISOString()).to.equal('2026-12-01T07:00:00.000Z');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-12-01', 27)).to.equal('2026-12-28');
    expect(daysBetween('2026-12-01', '2027-01-01')).to.equal(31);
  });

  it('finds the start of the Seoul day', () => {
    expect(startOfSeoulDay(new Date('2026-12-31T16:00:00Z')).toISOString()).to.equal('2026-12-31T15:00:00.000Z');
    expect(startOfSeoulDay(new Date('2026-12-01T14:59:00Z')).toISOString()).to.equal('2026-11-30T15:00:00.000Z');
  });

  it('validates date keys', () => {
    expect(isDateKey('2026-02-28')).to.equal(true);
    expect(isDateKey('2026-02-30')).to.equal(false);
    expect(isDateKey('2026-2-1')).to.equal(false);
    expect(() => addDays('2026-13-01', 1)).to.throw(RangeError);
  });
});
