/**
 * The demo learner's history, so a first visit already has a dashboard and a lesson to resume,
 * and that of the regions' demo learners (`cohort.ts`), whom the cohort view counts. It is
 * computed (deterministically, relative to `now`), never stored: stored progress is laid over
 * it. Every other learner starts empty. The study history by day is in `learners.ts`.
 */
import type { Course, LessonProgress } from '../types.js';
import { addDays, seoulDateKey, seoulInstant } from '../time.js';
import { courseIdOf, demoCourse, lessonsOf } from './fixtures/catalogue.js';
import type * as Cohort from './cohort.js';

/** What the seeded history needs of the regions' demo learners (`./cohort.js`, loaded when one is asked about). */
type RosterCode = Pick<typeof Cohort, 'rosterLearner' | 'rosterProgress'>;

/** The learner id the demo shows when a host sets none; the only learner with seeded history. */
export const DEMO_LEARNER_ID = 'demo-learner';

/** How many Seoul days of study history a learner summary covers (12 weeks). */
export const STUDY_HISTORY_DAYS = 84;

/** The ids of the regions' demo learners (`cohort-<region>-<nnn>`) begin so. */
const ROSTER_PREFIX = 'cohort-';

/** [lesson id, days ago, KST hour, share of the video watched]. */
const SEEDED_LESSONS: readonly (readonly [string, number, number, number])[] = [
  ['mid-english-grammar-1-1', 12, 20, 1],
  ['elem-math-fractions-1-1', 6, 19, 1],
  ['elem-math-fractions-1-2', 4, 19, 1],
  ['high-korean-history-1-1', 2, 21, 0.3],
  ['elem-math-fractions-1-3', 1, 19, 0.5],
];

/**
 * Seeded lesson progress of a learner, keyed by lesson id (empty for anyone but the demo
 * learners), in one course or, without `courseId`, in every course. Loads only the courses it
 * needs through `courseOf` (a regions' demo learner: the whole catalogue, with the cohort), and
 * the roster's code through `roster`: a caller that has it passes it, and hundreds of learners
 * are worked out without waiting for an import's task (on a busy page, behind a frame).
 */
export async function seededProgress(
  learnerId: string,
  now: Date,
  courseId?: string,
  courseOf: (courseId: string) => Promise<Course | undefined> | Course | undefined = demoCourse,
  roster: RosterCode | (() => Promise<RosterCode>) = () => import('./cohort.js'),
): Promise<Map<string, LessonProgress>> {
  const result = new Map<string, LessonProgress>();
  if (learnerId.startsWith(ROSTER_PREFIX)) {
    const { rosterLearner, rosterProgress } = typeof roster === 'function' ? await roster() : roster;
    const member = rosterLearner(learnerId);
    if (!member) return result;
    for (const record of rosterProgress(member, now)) {
      if (!courseId || record.courseId === courseId) result.set(record.lessonId, record);
    }
    return result;
  }
  if (learnerId !== DEMO_LEARNER_ID) return result;
  const rows = SEEDED_LESSONS.filter(([lessonId]) => !courseId || courseIdOf(lessonId) === courseId);
  const courses = await Promise.all(rows.map(([lessonId]) => courseOf(courseIdOf(lessonId))));
  const today = seoulDateKey(now);
  rows.forEach(([lessonId, daysAgo, hour, share], i) => {
    const course = courses[i];
    const lesson = course && lessonsOf(course).find((candidate) => candidate.id === lessonId);
    if (!course || !lesson) return;
    const duration = lesson.durationSec;
    const at = seoulInstant(addDays(today, -daysAgo), hour, 10).toISOString();
    const watched = Math.round(duration * share);
    const completed = share >= 1;
    result.set(lessonId, {
      learnerId,
      courseId: course.id,
      lessonId,
      positionSec: completed ? 0 : watched,
      durationSec: duration,
      watchedSegments: [[0, watched]],
      completed,
      ...(completed ? { completedAt: at } : {}),
      updatedAt: at,
    });
  });
  return result;
}

/** A learner's lesson records: the stored ones laid over the seeded history, one per lesson. */
export function overlaidProgress(
  seeded: ReadonlyMap<string, LessonProgress>,
  progressRows: readonly LessonProgress[],
): LessonProgress[] {
  const progress = new Map(seeded);
  for (const record of progressRows) progress.set(record.lessonId, record);
  return [...progress.values()];
}
