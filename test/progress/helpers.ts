// Shared setup for the <seoul-learn-progress> tests: data sources with a fixed clock, and ways to read what is shown.
import { DemoDataSource } from '../../src/data/demo-data-source.js';
import type { CohortSummary, LearnerSummary, RequestOptions } from '../../src/data/types.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
export { captureWarnings } from '../helpers/warnings.js';

/** 2026-12-01 09:00 KST, a Tuesday. */
export const NOW = new Date('2026-12-01T00:00:00Z');

export function demoSource(): DemoDataSource {
  return new DemoDataSource({ storage: 'memory', now: () => new Date(NOW) });
}

/** A demo source that answers `getLearnerSummary` / `getCohortSummary` with fixed data and records calls. */
export class FixedSource extends DemoDataSource {
  readonly calls: string[] = [];
  learner?: LearnerSummary | ((learnerId: string) => Promise<LearnerSummary>);
  cohort?: unknown;
  failures = 0;

  constructor() {
    super({ storage: 'memory', now: () => new Date(NOW) });
  }

  override async getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    this.calls.push(`learner:${learnerId}`);
    if (this.failures > 0) {
      this.failures--;
      throw new Error('offline');
    }
    if (typeof this.learner === 'function') return this.learner(learnerId);
    return this.learner ?? super.getLearnerSummary(learnerId, options);
  }

  override async getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary> {
    this.calls.push(`cohort:${region}`);
    if (this.failures > 0) {
      this.failures--;
      throw new Error('offline');
    }
    return (this.cohort as CohortSummary | undefined) ?? super.getCohortSummary(region, options);
  }
}

/** Waits until the element shows something other than its loading state. */
export async function settled(el: SeoulLearnProgress): Promise<void> {
  const root = () => el.shadowRoot!.querySelector('.root');
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    if (root()?.getAttribute('aria-busy') === 'false') {
      await el.updateComplete;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the element never finished loading');
}

export const shadow = (el: SeoulLearnProgress) => el.shadowRoot!;

/** The visible text of an element, whitespace collapsed. */
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A learner summary with exactly known numbers: a study streak across the November/December boundary. */
export function knownSummary(): LearnerSummary {
  const dailyStudy = [];
  // 84 days up to 2026-12-01; studied 2026-11-27 and -28, missed -29, studied 11-30 and 12-01; a 5-day run in October.
  for (let i = 83; i >= 0; i--) {
    const date = new Date(Date.UTC(2026, 11, 1) - i * 86_400_000).toISOString().slice(0, 10);
    const seconds =
      { '2026-11-27': 1800, '2026-11-28': 1200, '2026-11-30': 3600, '2026-12-01': 1200 }[date] ??
      (date >= '2026-10-05' && date <= '2026-10-09' ? 600 : 0);
    dailyStudy.push({ date, seconds });
  }
  return {
    learnerId: 'known',
    generatedAt: NOW.toISOString(),
    weeklyGoalMinutes: 120,
    dailyStudy,
    courses: [
      {
        courseId: 'c-math',
        title: { ko: '수학 기초', en: 'Maths basics' },
        completedLessons: 3,
        totalLessons: 10,
        nextLessonId: 'm-4',
      },
      { courseId: 'c-korean', title: { ko: '국어 읽기' }, completedLessons: 5, totalLessons: 5 },
    ],
    recentLessons: [
      {
        courseId: 'c-math',
        lessonId: 'm-3',
        courseTitle: { ko: '수학 기초', en: 'Maths basics' },
        lessonTitle: { ko: '분수', en: 'Fractions' },
        positionSec: 125,
        durationSec: 600,
        completed: false,
        at: '2026-12-01T10:00:00Z',
      },
    ],
  };
}
