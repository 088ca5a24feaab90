import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import type { DailyStudy } from '../../src/data/types.js';
import { chartWeeks, seoulToday, streaks, weekSeconds, weekStart } from '../../src/progress/progress.stats.js';
import { lessonTotals, sanitizeLearnerSummary } from '../../src/progress/progress.sanitize.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const GENERATED = NOW.toISOString();

const days = (entries: Record<string, number>): DailyStudy[] =>
  Object.entries(entries).map(([date, seconds]) => ({ date, seconds }));

describe('progress statistics (Asia/Seoul)', () => {
  it('runs in a browser zone that is not Seoul', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.to.equal('Asia/Seoul');
  });

  it('starts weeks on Monday', () => {
    expect(weekStart('2026-12-01')).to.equal('2026-11-30'); // Tuesday
    expect(weekStart('2026-11-30')).to.equal('2026-11-30'); // Monday
    expect(weekStart('2026-12-06')).to.equal('2026-11-30'); // Sunday
    expect(weekStart('2027-01-01')).to.equal('2026-12-28'); // across a year
  });

  it('takes "today" from the Seoul calendar, not the browser zone', () => {
    // 16:00 UTC on 1 December is still 1 December in Los Angeles but already 2 December in Seoul.
    const now = new Date('2026-12-01T16:00:00Z');
    expect(now.getDate()).to.equal(1);
    expect(seoulToday([], now)).to.equal('2026-12-02');
    expect(seoulToday(days({ '2026-12-05': 0 }), now), 'data that runs ahead wins').to.equal('2026-12-05');
  });

  it('sums this week from Monday to today only', () => {
    const study = days({ '2026-11-29': 600, '2026-11-30': 1200, '2026-12-01': 300, '2026-12-02': 60 });
    expect(weekSeconds(study, '2026-12-01')).to.equal(1500);
    expect(weekSeconds(study, '2026-11-29'), 'Sunday belongs to the week before').to.equal(600);
  });

  it('counts a streak across a month boundary', () => {
    const study = days({ '2026-11-28': 60, '2026-11-29': 60, '2026-11-30': 60, '2026-12-01': 60 });
    expect(streaks(study, '2026-12-01')).to.deep.equal({ current: 4, longest: 4 });
  });

  it('breaks a streak on a missed day and keeps the longest', () => {
    const study = days({
      '2026-11-20': 60,
      '2026-11-21': 60,
      '2026-11-22': 60,
      '2026-11-23': 0,
      '2026-11-24': 60,
      '2026-11-25': 60,
    });
    expect(streaks(study, '2026-11-25')).to.deep.equal({ current: 2, longest: 3 });
  });

  it('keeps the streak alive until today is over, and ends it after a whole missed day', () => {
    const study = days({ '2026-11-29': 60, '2026-11-30': 60, '2026-12-01': 0 });
    expect(streaks(study, '2026-12-01').current).to.equal(2);
    expect(streaks(study, '2026-12-02').current).to.equal(0);
    expect(streaks(study, '2026-12-02').longest).to.equal(2);
  });

  it('lays the last 12 weeks out Monday first, with no values after today', () => {
    const weeks = chartWeeks(days({ '2026-12-01': 900, '2026-11-30': 100, '2026-09-07': 50 }), '2026-12-01');
    expect(weeks).to.have.length(12);
    expect(weeks[11]!.start).to.equal('2026-11-30');
    expect(weeks[0]!.start).to.equal('2026-09-14');
    expect(weeks[11]!.days).to.deep.equal([100, 900, undefined, undefined, undefined, undefined, undefined]);
    expect(weeks[11]!.total).to.equal(1000);
    expect(
      weeks.reduce((sum, week) => sum + week.total, 0),
      'days before the chart are left out',
    ).to.equal(1000);
  });
});

describe('sanitizing a learner summary', () => {
  it('clamps and skips corrupt values and counts the fixes', () => {
    const { summary, fixes } = sanitizeLearnerSummary(
      {
        learnerId: 'x',
        generatedAt: GENERATED,
        courses: [
          { courseId: 'a', title: { ko: '가' }, completedLessons: 12, totalLessons: 10 },
          { courseId: 'b', title: { ko: '나' }, completedLessons: -3, totalLessons: Number.NaN },
          { courseId: '', title: { ko: '다' }, completedLessons: 1, totalLessons: 1 },
        ],
        dailyStudy: [
          { date: '2026-12-01', seconds: -50 },
          { date: '2026-02-30', seconds: 60 },
          { date: '2026-11-30', seconds: 120 },
        ],
        weeklyGoalMinutes: -5,
        recentLessons: [
          {
            courseId: 'a',
            lessonId: 'l1',
            courseTitle: { ko: '가' },
            lessonTitle: { ko: '하나' },
            positionSec: 900,
            durationSec: 600,
            completed: false,
            at: '2026-12-01T00:00:00Z',
          },
          {
            courseId: 'unknown',
            lessonId: 'l2',
            courseTitle: { ko: '?' },
            lessonTitle: { ko: '?' },
            positionSec: 1,
            durationSec: 2,
            completed: false,
            at: '2026-12-01T00:00:00Z',
          },
        ],
      },
      NOW,
    );
    expect(summary.courses.map((c) => [c.courseId, c.completedLessons, c.totalLessons])).to.deep.equal([
      ['a', 10, 10],
      ['b', 0, 0],
    ]);
    expect(summary.dailyStudy).to.deep.equal([
      { date: '2026-11-30', seconds: 120 },
      { date: '2026-12-01', seconds: 0 },
    ]);
    expect(summary.weeklyGoalMinutes).to.equal(180);
    expect(summary.recentLessons).to.have.length(1);
    expect(summary.recentLessons[0]!.positionSec).to.equal(600);
    expect(fixes).to.equal(9);
    expect(lessonTotals(summary.courses)).to.deep.equal({ done: 10, total: 10 });
  });

  it('leaves good data alone', () => {
    const { fixes } = sanitizeLearnerSummary(
      {
        learnerId: 'x',
        generatedAt: GENERATED,
        courses: [{ courseId: 'a', title: { ko: '가' }, completedLessons: 1, totalLessons: 3, nextLessonId: 'l2' }],
        dailyStudy: [{ date: '2026-12-01', seconds: 60 }],
        weeklyGoalMinutes: 120,
        recentLessons: [],
      },
      NOW,
    );
    expect(fixes).to.equal(0);
  });

  it('keeps only as many recent lessons as the dashboard shows', () => {
    const lesson = (i: number) => ({
      courseId: 'a',
      lessonId: `l${i}`,
      courseTitle: { ko: '가' },
      lessonTitle: { ko: `${i}강` },
      positionSec: 0,
      durationSec: 60,
      completed: false,
      at: '2026-12-01T00:00:00Z',
    });
    const { summary, fixes } = sanitizeLearnerSummary(
      {
        learnerId: 'x',
        generatedAt: GENERATED,
        courses: [{ courseId: 'a', title: { ko: '가' }, completedLessons: 0, totalLessons: 3 }],
        dailyStudy: [],
        weeklyGoalMinutes: 60,
        recentLessons: [{ ...lesson(0), courseId: 'ghost' }, lesson(1), lesson(2), lesson(3)],
      },
      NOW,
      2,
    );
    expect(summary.recentLessons.map((l) => l.lessonId)).to.deep.equal(['l1', 'l2']);
    expect(fixes).to.equal(1);
  });

  it('rejects a summary that is not an object', () => {
    expect(() => sanitizeLearnerSummary(null, NOW)).to.throw(TypeError);
  });
});
