// Large, deterministic data for the benchmark: a learner with 50 courses (2,000 lessons) and
// 1,000 recently watched lessons, and a cohort of 2,000 pseudonymous learners.
import type { CohortLearner, CohortSummary, LearnerSummary, SchoolLevel } from '../../src/data/types.js';

const NOW = Date.UTC(2026, 11, 1);
const LEVELS: readonly SchoolLevel[] = ['elementary', 'middle', 'high'];

export function bigLearner(): LearnerSummary {
  const courses = Array.from({ length: 50 }, (_, i) => ({
    courseId: `course-${i}`,
    title: { ko: `강좌 ${i + 1}: 꼼꼼하게 배우는 과목`, en: `Course ${i + 1}: a subject, carefully` },
    completedLessons: (i * 7) % 41,
    totalLessons: 40,
    nextLessonId: `course-${i}-lesson-${(i * 7) % 41}`,
  }));
  const dailyStudy = Array.from({ length: 84 }, (_, i) => ({
    date: new Date(NOW - (83 - i) * 86_400_000).toISOString().slice(0, 10),
    seconds: ((i * 53) % 90) * 60,
  }));
  const recentLessons = Array.from({ length: 1000 }, (_, i) => ({
    courseId: `course-${i % 50}`,
    lessonId: `course-${i % 50}-lesson-${i % 40}`,
    courseTitle: courses[i % 50]!.title,
    lessonTitle: { ko: `${(i % 40) + 1}강: 핵심 개념 정리`, en: `Lesson ${(i % 40) + 1}: key ideas` },
    positionSec: (i * 13) % 600,
    durationSec: 600,
    completed: i % 3 === 0,
    at: new Date(NOW - i * 3_600_000).toISOString(),
  }));
  return {
    learnerId: 'bench',
    courses,
    dailyStudy,
    weeklyGoalMinutes: 300,
    recentLessons,
    generatedAt: new Date(NOW).toISOString(),
  };
}

export function bigCohort(): CohortSummary {
  const courses = Array.from({ length: 24 }, (_, i) => ({
    courseId: `course-${i}`,
    title: { ko: `강좌 ${i + 1}`, en: `Course ${i + 1}` },
    enrolled: 300 + i * 10,
    completed: 40 + i,
  }));
  const learners: CohortLearner[] = Array.from({ length: 2000 }, (_, i) => ({
    pseudonymousId: `L-${(i * 7919).toString(16).toUpperCase().padStart(6, '0')}`,
    schoolLevel: LEVELS[i % 3]!,
    grade: (i % 3) + 1,
    enrolledCourseIds: [`course-${i % 24}`, `course-${(i + 5) % 24}`],
    completedLessons: (i * 17) % 61,
    totalLessons: 60,
    studySecLast30Days: ((i * 31) % 40) * 1800,
    ...(i % 9 === 0 ? {} : { lastActiveAt: new Date(NOW - ((i * 37) % 60) * 86_400_000).toISOString() }),
  }));
  return { region: 'seoul', generatedAt: new Date(NOW).toISOString(), learners, courses };
}
