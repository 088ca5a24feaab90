import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatDuration,
  formatPercent,
  formatTime,
  seoulParts,
} from '../../src/core/format.js';

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
