/**
 * Defends the dashboard against corrupt data from a data source: negative or non-numeric
 * durations, more lessons done than exist, unknown course ids, impossible dates. Bad values are
 * clamped, bad records skipped, and the caller learns how many fixes were needed so that it can
 * warn once. Nothing here throws on a malformed record; only a summary that is not an object does.
 */
import type { CourseProgressSummary, DailyStudy, LearnerSummary, LocalizedText, RecentLesson } from '../data/types.js';
import { isDateKey } from '../data/time.js';
import { Clamp, isId, isInstant, isText, records, type Loose } from './progress.guards.js';

/** Weekly goal used when a data source sends none or nonsense, in minutes. */
export const FALLBACK_GOAL_MINUTES = 180;
const DAY_SECONDS = 86_400;

/**
 * A learner summary safe to render, and how many values were fixed on the way. Only the first
 * `recentLimit` usable recent lessons are kept (and checked): the dashboard shows no more. A
 * summary without a readable `generatedAt` is dated `now` (the element's clock).
 */
export function sanitizeLearnerSummary(
  raw: unknown,
  now: Date,
  recentLimit = Infinity,
): { summary: LearnerSummary; fixes: number } {
  if (typeof raw !== 'object' || raw === null) throw new TypeError('learner summary is not an object');
  const input = raw as Loose<LearnerSummary>;
  const clamp = new Clamp();
  const lengths = [input.courses, input.dailyStudy, input.recentLessons].filter((v) => !Array.isArray(v)).length;
  clamp.fixes += lengths;

  const ids = new Set<string>();
  const courses: CourseProgressSummary[] = [];
  for (const course of records<CourseProgressSummary>(input.courses)) {
    if (!clamp.keep(isId(course.courseId) && !ids.has(course.courseId) && isText(course.title))) continue;
    const id = course.courseId as string;
    ids.add(id);
    const totalLessons = Math.floor(clamp.number(course.totalLessons, 0));
    courses.push({
      courseId: id,
      title: course.title as LocalizedText,
      totalLessons,
      completedLessons: Math.floor(clamp.number(course.completedLessons, 0, totalLessons)),
      ...(isId(course.nextLessonId) ? { nextLessonId: course.nextLessonId } : {}),
      ...(isInstant(course.lastStudiedAt) ? { lastStudiedAt: course.lastStudiedAt } : {}),
    });
  }

  const dailyStudy: DailyStudy[] = [];
  for (const day of records<DailyStudy>(input.dailyStudy)) {
    if (!clamp.keep(typeof day.date === 'string' && isDateKey(day.date))) continue;
    dailyStudy.push({ date: day.date as string, seconds: clamp.number(day.seconds, 0, DAY_SECONDS) });
  }
  dailyStudy.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const recentLessons: RecentLesson[] = [];
  for (const lesson of records<RecentLesson>(input.recentLessons)) {
    if (recentLessons.length >= recentLimit) break;
    const ok =
      isId(lesson.courseId) &&
      ids.has(lesson.courseId) &&
      isId(lesson.lessonId) &&
      isText(lesson.courseTitle) &&
      isText(lesson.lessonTitle) &&
      isInstant(lesson.at);
    if (!clamp.keep(ok)) continue;
    const durationSec = clamp.number(lesson.durationSec, 0);
    recentLessons.push({
      courseId: lesson.courseId as string,
      lessonId: lesson.lessonId as string,
      courseTitle: lesson.courseTitle as LocalizedText,
      lessonTitle: lesson.lessonTitle as LocalizedText,
      durationSec,
      positionSec: clamp.number(lesson.positionSec, 0, durationSec),
      completed: lesson.completed === true,
      at: lesson.at as string,
    });
  }

  const goal = input.weeklyGoalMinutes;
  const weeklyGoalMinutes =
    typeof goal === 'number' && goal > 0 && Number.isFinite(goal) ? goal : FALLBACK_GOAL_MINUTES;
  if (weeklyGoalMinutes !== goal) clamp.fixes++;

  return {
    summary: {
      learnerId: typeof input.learnerId === 'string' ? input.learnerId : '',
      generatedAt: clamp.generatedAt(input.generatedAt, now),
      courses,
      dailyStudy,
      weeklyGoalMinutes,
      recentLessons,
    },
    fixes: clamp.fixes,
  };
}

/** Lessons done and lessons in total across every course, the figures overall completion states. */
export function lessonTotals(courses: readonly CourseProgressSummary[]): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const course of courses) {
    done += course.completedLessons;
    total += course.totalLessons;
  }
  return { done, total };
}
