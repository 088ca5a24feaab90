/**
 * Builds the learner dashboard summary and a programme manager's cohort summary from progress
 * records. Pure functions: the data source gathers the records, these shape them.
 */
import type {
  CohortCourse,
  CohortLearner,
  CohortSummary,
  CourseProgressSummary,
  DailyStudy,
  LearnerSummary,
  LessonProgress,
  RecentLesson,
  SchoolLevel,
} from '../types.js';
import { addDays, seoulDateKey } from '../time.js';
import { COURSES, COURSES_BY_ID, LESSONS_BY_ID, lessonsOf } from './fixtures/courses.js';
import { STUDY_HISTORY_DAYS } from './seed.js';

/** Weekly study goal of a learner who has not set one, in minutes. */
export const DEFAULT_WEEKLY_GOAL_MINUTES = 180;
/** How many recent lessons a learner summary lists. */
export const RECENT_LESSON_LIMIT = 10;

/** Everything known about one learner, gathered from the store and the seed. */
export interface LearnerRecords {
  readonly learnerId: string;
  /** One record per lesson touched. */
  readonly progress: readonly LessonProgress[];
  /** Study seconds by Seoul day. */
  readonly studyByDay: ReadonlyMap<string, number>;
  readonly weeklyGoalMinutes?: number;
}

// ISO timestamps in one format sort by their code units; `localeCompare` would first build a collator.
const byRecent = (a: { updatedAt: string }, b: { updatedAt: string }) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

/** The learner dashboard summary. */
export function learnerSummary(records: LearnerRecords, now: Date): LearnerSummary {
  const progress = [...records.progress].sort(byRecent);
  const byCourse = new Map<string, LessonProgress[]>();
  for (const record of progress) {
    if (!COURSES_BY_ID.has(record.courseId)) continue;
    const list = byCourse.get(record.courseId) ?? [];
    list.push(record);
    byCourse.set(record.courseId, list);
  }

  // Map insertion order follows `progress`, so courses come most recently studied first.
  const courses: CourseProgressSummary[] = [...byCourse].map(([courseId, list]) => {
    const course = COURSES_BY_ID.get(courseId)!;
    const done = new Set(list.filter((record) => record.completed).map((record) => record.lessonId));
    const next = lessonsOf(course).find((lesson) => !done.has(lesson.id));
    return {
      courseId,
      title: course.title,
      completedLessons: done.size,
      totalLessons: course.lessonCount,
      ...(next ? { nextLessonId: next.id } : {}),
      lastStudiedAt: list[0]!.updatedAt,
    };
  });

  const today = seoulDateKey(now);
  const dailyStudy: DailyStudy[] = [];
  for (let i = STUDY_HISTORY_DAYS - 1; i >= 0; i--) {
    const date = addDays(today, -i);
    dailyStudy.push({ date, seconds: Math.round(records.studyByDay.get(date) ?? 0) });
  }

  const recentLessons: RecentLesson[] = [];
  for (const record of progress) {
    const location = LESSONS_BY_ID.get(record.lessonId);
    if (!location) continue;
    recentLessons.push({
      courseId: location.course.id,
      lessonId: record.lessonId,
      courseTitle: location.course.title,
      lessonTitle: location.lesson.title,
      positionSec: record.positionSec,
      durationSec: record.durationSec,
      completed: record.completed,
      at: record.updatedAt,
    });
    if (recentLessons.length === RECENT_LESSON_LIMIT) break;
  }

  return {
    learnerId: records.learnerId,
    courses,
    dailyStudy,
    weeklyGoalMinutes: records.weeklyGoalMinutes ?? DEFAULT_WEEKLY_GOAL_MINUTES,
    recentLessons,
    generatedAt: now.toISOString(),
  };
}

/** One learner of a cohort: who they are (pseudonymously) and their records. */
export interface CohortMember {
  readonly pseudonymousId: string;
  readonly schoolLevel: SchoolLevel;
  readonly grade: number;
  /** Courses the learner took up, besides any their records touch. */
  readonly courseIds: readonly string[];
  readonly records: LearnerRecords;
}

/**
 * A programme manager's view of a region, computed from its learners' records, the same records
 * their dashboards read: enrolments, completed lessons, study in the last 30 days (today
 * included) and the last activity. Pseudonymous ids only: never a learner id, name or contact.
 */
export function cohortSummary(region: string, now: Date, members: readonly CohortMember[]): CohortSummary {
  const today = seoulDateKey(now);
  const since = addDays(today, -29);
  const enrolled = new Map<string, number>();
  const completedCourses = new Map<string, number>();
  const learners: CohortLearner[] = members.map((member) => {
    const { progress, studyByDay } = member.records;
    const courseIds = new Set(member.courseIds);
    for (const record of progress) if (COURSES_BY_ID.has(record.courseId)) courseIds.add(record.courseId);
    let completedLessons = 0;
    let totalLessons = 0;
    for (const courseId of courseIds) {
      const course = COURSES_BY_ID.get(courseId)!;
      const done = progress.filter((record) => record.courseId === courseId && record.completed).length;
      completedLessons += done;
      totalLessons += course.lessonCount;
      enrolled.set(courseId, (enrolled.get(courseId) ?? 0) + 1);
      if (done >= course.lessonCount) completedCourses.set(courseId, (completedCourses.get(courseId) ?? 0) + 1);
    }
    let studySecLast30Days = 0;
    for (const [date, seconds] of studyByDay) if (date >= since && date <= today) studySecLast30Days += seconds;
    const lastActiveAt = progress.reduce<string | undefined>(
      (latest, record) => (latest === undefined || record.updatedAt > latest ? record.updatedAt : latest),
      undefined,
    );
    return {
      pseudonymousId: member.pseudonymousId,
      schoolLevel: member.schoolLevel,
      grade: member.grade,
      enrolledCourseIds: [...courseIds],
      completedLessons,
      totalLessons,
      studySecLast30Days: Math.round(studySecLast30Days),
      ...(lastActiveAt ? { lastActiveAt } : {}),
    };
  });

  const courses: CohortCourse[] = COURSES.map((course) => ({
    courseId: course.id,
    title: course.title,
    enrolled: enrolled.get(course.id) ?? 0,
    completed: completedCourses.get(course.id) ?? 0,
  }));

  return { region, generatedAt: now.toISOString(), learners, courses };
}
