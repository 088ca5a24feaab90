/**
 * The demo learner's history, so a first visit already has a dashboard and a lesson to resume,
 * and that of the regions' demo learners (`cohort.ts`), whom the cohort view counts. It is
 * computed (deterministically, relative to `now`), never stored: stored progress is laid over
 * it. Every other learner starts empty.
 */
import { MAX_STUDY_SEC_PER_DAY } from '../limits.js';
import type { LessonProgress } from '../types.js';
import { addDays, seoulDateKey, seoulInstant, seoulWeekday } from '../time.js';
import { LESSONS_BY_ID } from './fixtures/courses.js';
import { createRandom } from './prng.js';
import { rosterLearner, rosterProgress, rosterStudySeconds } from './cohort.js';

/** The learner id the demo shows when a host sets none; the only learner with seeded history. */
export const DEMO_LEARNER_ID = 'demo-learner';

/** How many Seoul days of study history a learner summary covers (12 weeks). */
export const STUDY_HISTORY_DAYS = 84;

/** [lesson id, days ago, KST hour, share of the video watched]. */
const SEEDED_LESSONS: readonly (readonly [string, number, number, number])[] = [
  ['mid-english-grammar-1-1', 12, 20, 1],
  ['elem-math-fractions-1-1', 6, 19, 1],
  ['elem-math-fractions-1-2', 4, 19, 1],
  ['high-korean-history-1-1', 2, 21, 0.3],
  ['elem-math-fractions-1-3', 1, 19, 0.5],
];

/** Seeded lesson progress of a learner, keyed by lesson id (empty for anyone but the demo learner). */
export function seededProgress(learnerId: string, now: Date): Map<string, LessonProgress> {
  const result = new Map<string, LessonProgress>();
  const member = rosterLearner(learnerId);
  if (member) {
    for (const record of rosterProgress(member, now)) result.set(record.lessonId, record);
    return result;
  }
  if (learnerId !== DEMO_LEARNER_ID) return result;
  const today = seoulDateKey(now);
  for (const [lessonId, daysAgo, hour, share] of SEEDED_LESSONS) {
    const location = LESSONS_BY_ID.get(lessonId);
    if (!location) continue;
    const duration = location.lesson.durationSec;
    const at = seoulInstant(addDays(today, -daysAgo), hour, 10).toISOString();
    const watched = Math.round(duration * share);
    const completed = share >= 1;
    result.set(lessonId, {
      learnerId,
      courseId: location.course.id,
      lessonId,
      positionSec: completed ? 0 : watched,
      durationSec: duration,
      watchedSegments: [[0, watched]],
      completed,
      ...(completed ? { completedAt: at } : {}),
      updatedAt: at,
    });
  }
  return result;
}

/**
 * Seeded study seconds of a learner on a Seoul day before today. Each day's value depends only on
 * the learner and the date, so the history does not reshuffle as days pass; the last six days
 * are always active so that the dashboard has a streak to show.
 */
export function seededStudySeconds(learnerId: string, dateKey: string, now: Date): number {
  const member = rosterLearner(learnerId);
  if (member) return rosterStudySeconds(member, dateKey, now);
  if (learnerId !== DEMO_LEARNER_ID) return 0;
  const today = seoulDateKey(now);
  if (dateKey >= today || dateKey < addDays(today, -STUDY_HISTORY_DAYS)) return 0;
  const random = createRandom(`${learnerId}|study|${dateKey}`);
  const weekend = [0, 6].includes(seoulWeekday(dateKey));
  const recent = dateKey >= addDays(today, -6);
  if (!recent && random() > (weekend ? 0.45 : 0.75)) return 0;
  const minutes = 10 + Math.floor(random() * (weekend ? 35 : 55));
  return minutes * 60;
}

/**
 * A learner's records as the data source answers them: the stored lesson records and study days
 * laid over the seeded history (a stored day adds to the seeded one, at most a whole day).
 */
export function overlaidRecords(
  learnerId: string,
  now: Date,
  progressRows: readonly LessonProgress[],
  studyRows: readonly { date: string; seconds: number }[],
): { learnerId: string; progress: LessonProgress[]; studyByDay: Map<string, number> } {
  const today = seoulDateKey(now);
  const studyByDay = new Map<string, number>();
  for (let day = 0; day < STUDY_HISTORY_DAYS; day++) {
    const date = addDays(today, -day);
    studyByDay.set(date, seededStudySeconds(learnerId, date, now));
  }
  for (const day of studyRows) {
    studyByDay.set(day.date, Math.min((studyByDay.get(day.date) ?? 0) + day.seconds, MAX_STUDY_SEC_PER_DAY));
  }
  return { learnerId, progress: overlaidProgress(learnerId, now, progressRows), studyByDay };
}

/** A learner's lesson records: the stored ones laid over the seeded history, one per lesson. */
export function overlaidProgress(
  learnerId: string,
  now: Date,
  progressRows: readonly LessonProgress[],
): LessonProgress[] {
  const progress = seededProgress(learnerId, now);
  for (const record of progressRows) progress.set(record.lessonId, record);
  return [...progress.values()];
}
