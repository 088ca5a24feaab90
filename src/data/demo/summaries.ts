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
import { createRandom, randomInt } from './prng.js';
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

const byRecent = (a: { updatedAt: string }, b: { updatedAt: string }) => b.updatedAt.localeCompare(a.updatedAt);

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

const LEVEL_GRADES: Readonly<Record<SchoolLevel, readonly [number, number]>> = {
  // Seoul Learn serves learners from the middle years of elementary school.
  elementary: [3, 6],
  middle: [1, 3],
  high: [1, 3],
};

/**
 * A deterministic pseudonymous cohort of about 240 learners for a region: ids like `L-3F9A21`,
 * school level and grade, enrolments and activity. Never names or contacts.
 */
export function cohortSummary(region: string, now: Date): CohortSummary {
  const random = createRandom(`cohort|${region}`);
  const count = randomInt(random, 228, 252);
  const ids = new Set<string>();
  const enrolled = new Map<string, number>();
  const completedCourses = new Map<string, number>();
  const learners: CohortLearner[] = [];

  for (let i = 0; i < count; i++) {
    let id: string;
    do id = `L-${randomInt(random, 0, 0xffffff).toString(16).toUpperCase().padStart(6, '0')}`;
    while (ids.has(id));
    ids.add(id);

    const roll = random();
    const schoolLevel: SchoolLevel = roll < 0.36 ? 'elementary' : roll < 0.7 ? 'middle' : 'high';
    const [minGrade, maxGrade] = LEVEL_GRADES[schoolLevel];
    const grade = randomInt(random, minGrade, maxGrade);
    // How engaged this learner is, 0..1; skewed so that most are moderately active.
    const engagement = Math.sqrt(random());

    const offered = COURSES.filter((course) => course.schoolLevel === schoolLevel);
    const chosen = offered.filter(() => random() < 0.55);
    if (chosen.length === 0) chosen.push(offered[randomInt(random, 0, offered.length - 1)]!);

    let completedLessons = 0;
    let totalLessons = 0;
    for (const course of chosen) {
      const done = Math.min(course.lessonCount, Math.floor(engagement * random() * 1.4 * (course.lessonCount + 1)));
      completedLessons += done;
      totalLessons += course.lessonCount;
      enrolled.set(course.id, (enrolled.get(course.id) ?? 0) + 1);
      if (done === course.lessonCount) completedCourses.set(course.id, (completedCourses.get(course.id) ?? 0) + 1);
    }

    const inactive = random() < 0.12;
    const studySecLast30Days = inactive ? 0 : Math.round(engagement * random() * 30 * 3600);
    const daysAgo = inactive ? randomInt(random, 31, 90) : randomInt(random, 0, 29);
    const neverActive = inactive && completedLessons === 0 && random() < 0.5;
    learners.push({
      pseudonymousId: id,
      schoolLevel,
      grade,
      enrolledCourseIds: chosen.map((course) => course.id),
      completedLessons,
      totalLessons,
      studySecLast30Days,
      ...(neverActive
        ? {}
        : {
            lastActiveAt: new Date(
              now.getTime() - daysAgo * 86_400_000 - randomInt(random, 0, 86_399) * 1000,
            ).toISOString(),
          }),
    });
  }

  const courses: CohortCourse[] = COURSES.map((course) => ({
    courseId: course.id,
    title: course.title,
    enrolled: enrolled.get(course.id) ?? 0,
    completed: completedCourses.get(course.id) ?? 0,
  }));

  return { region, generatedAt: now.toISOString(), learners, courses };
}
