/** Pure cohort arithmetic: completion, activity windows, the histogram, filtering, sorting and CSV. */
import type { CohortLearner, SchoolLevel } from '../../data/types.js';

const DAY_MS = 86_400_000;

/** A learner's completion, 0..1, over the lessons of the courses they are enrolled in. */
export const completion = (learner: CohortLearner): number =>
  learner.totalLessons > 0 ? learner.completedLessons / learner.totalLessons : 0;

const activeTimes = new WeakMap<CohortLearner, number>();

/**
 * When a learner was last active, in ms since the epoch (`-Infinity` for never). Each learner's
 * date is parsed once, however often the figures, the sort and the filters ask for it.
 */
export function lastActive(learner: CohortLearner): number {
  let time = activeTimes.get(learner);
  if (time === undefined) {
    time = learner.lastActiveAt ? Date.parse(learner.lastActiveAt) : -Infinity;
    activeTimes.set(learner, time);
  }
  return time;
}

/** Records an already parsed `lastActiveAt` (the sanitiser parses it anyway to check it). */
export function rememberLastActive(learner: CohortLearner, time: number): void {
  activeTimes.set(learner, time);
}

/** How many learners were active in the `days` days before `now`. */
export function activeWithin(learners: readonly CohortLearner[], now: Date, days: number): number {
  const from = now.getTime() - days * DAY_MS;
  let count = 0;
  for (const learner of learners) if (lastActive(learner) >= from) count++;
  return count;
}

/** Mean completion of the learners, 0..1 (0 for nobody). */
export function averageCompletion(learners: readonly CohortLearner[]): number {
  return learners.length ? learners.reduce((sum, learner) => sum + completion(learner), 0) / learners.length : 0;
}

/** Histogram buckets: 0–19 %, 20–39 %, 40–59 %, 60–79 %, 80–100 %. */
export const BUCKETS = [0, 0.2, 0.4, 0.6, 0.8] as const;

/** How many learners fall in each of `BUCKETS`. */
export function histogram(learners: readonly CohortLearner[]): number[] {
  const counts = BUCKETS.map(() => 0);
  for (const learner of learners) counts[Math.min(BUCKETS.length - 1, Math.floor(completion(learner) * 5))]!++;
  return counts;
}

export interface CohortFilter {
  readonly level?: SchoolLevel | undefined;
  readonly courseId?: string | undefined;
}

export function filterLearners(learners: readonly CohortLearner[], filter: CohortFilter): CohortLearner[] {
  return learners.filter(
    (learner) =>
      (!filter.level || learner.schoolLevel === filter.level) &&
      (!filter.courseId || learner.enrolledCourseIds.includes(filter.courseId)),
  );
}

export const SORT_KEYS = ['id', 'grade', 'courses', 'completion', 'study', 'active'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

const LEVEL_ORDER: Record<SchoolLevel, number> = { elementary: 0, middle: 1, high: 2 };
const sortValue: Record<SortKey, (learner: CohortLearner) => number | string> = {
  id: (l) => l.pseudonymousId,
  grade: (l) => LEVEL_ORDER[l.schoolLevel] * 10 + l.grade,
  courses: (l) => l.enrolledCourseIds.length,
  completion,
  study: (l) => l.studySecLast30Days,
  // Never active sorts as the oldest.
  active: lastActive,
};

/** A sorted copy; ties keep the pseudonymous id order so that paging is stable. */
export function sortLearners(learners: readonly CohortLearner[], sort: Sort): CohortLearner[] {
  const value = sortValue[sort.key];
  const direction = sort.descending ? -1 : 1;
  // Each learner's sort value is computed once, not once per comparison.
  const keyed = learners.map((learner) => ({ learner, value: value(learner) }));
  keyed.sort((a, b) => {
    const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return order * direction || (a.learner.pseudonymousId < b.learner.pseudonymousId ? -1 : 1);
  });
  return keyed.map((entry) => entry.learner);
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break (quotes doubled), and
 * prefixed with `'` when a spreadsheet would read it as a formula.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document with a UTF-8 byte order mark (so Excel reads Korean correctly) and CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
