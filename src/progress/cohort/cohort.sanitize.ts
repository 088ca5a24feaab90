/** Clamps or skips corrupt records in a cohort summary, counting every fix (see `progress.sanitize.ts`). */
import {
  SCHOOL_LEVELS,
  type CohortCourse,
  type CohortLearner,
  type CohortSummary,
  type LocalizedText,
} from '../../data/types.js';
import { Clamp } from '../progress.sanitize.js';

type Loose<T> = { readonly [K in keyof T]?: unknown };
const records = <T>(value: unknown): readonly Loose<T>[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : [];
const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && typeof (value as LocalizedText).ko === 'string';

const inRange = (value: unknown, min: number, max = Number.MAX_VALUE): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** Whether a learner record (with a valid id and school level) needs no fixing at all. */
function isClean(learner: Loose<CohortLearner>, known: ReadonlySet<string>): boolean {
  const active = learner.lastActiveAt;
  return (
    inRange(learner.grade, 1, 6) &&
    inRange(learner.totalLessons, 0) &&
    inRange(learner.completedLessons, 0, learner.totalLessons as number) &&
    inRange(learner.studySecLast30Days, 0, 30 * 86_400) &&
    Array.isArray(learner.enrolledCourseIds) &&
    learner.enrolledCourseIds.every((id) => known.has(id)) &&
    (active === undefined || (typeof active === 'string' && Number.isFinite(Date.parse(active))))
  );
}

export function sanitizeCohortSummary(raw: unknown): { summary: CohortSummary; fixes: number } {
  if (typeof raw !== 'object' || raw === null) throw new TypeError('cohort summary is not an object');
  const input = raw as Loose<CohortSummary>;
  const clamp = new Clamp();

  const courses: CohortCourse[] = [];
  const known = new Set<string>();
  for (const course of records<CohortCourse>(input.courses)) {
    if (!clamp.keep(isId(course.courseId) && !known.has(course.courseId) && isText(course.title))) continue;
    known.add(course.courseId as string);
    const enrolled = Math.floor(clamp.number(course.enrolled, 0));
    courses.push({
      courseId: course.courseId as string,
      title: course.title as LocalizedText,
      enrolled,
      completed: Math.floor(clamp.number(course.completed, 0, enrolled)),
    });
  }

  const ids = new Set<string>();
  const learners: CohortLearner[] = [];
  for (const learner of records<CohortLearner>(input.learners)) {
    const level = learner.schoolLevel as CohortLearner['schoolLevel'];
    const ok = isId(learner.pseudonymousId) && !ids.has(learner.pseudonymousId) && SCHOOL_LEVELS.includes(level);
    if (!clamp.keep(ok)) continue;
    ids.add(learner.pseudonymousId as string);
    // Most records are fine: keep them as they are instead of rebuilding thousands of objects.
    if (isClean(learner, known)) {
      learners.push(learner as CohortLearner);
      continue;
    }
    const enrolled = Array.isArray(learner.enrolledCourseIds) ? learner.enrolledCourseIds : [];
    const enrolledCourseIds = enrolled.filter((id): id is string =>
      clamp.keep(typeof id === 'string' && known.has(id)),
    );
    const totalLessons = Math.floor(clamp.number(learner.totalLessons, 0));
    const active = learner.lastActiveAt;
    learners.push({
      pseudonymousId: learner.pseudonymousId as string,
      schoolLevel: level,
      grade: Math.floor(clamp.number(learner.grade, 1, 6)),
      enrolledCourseIds,
      totalLessons,
      completedLessons: Math.floor(clamp.number(learner.completedLessons, 0, totalLessons)),
      studySecLast30Days: clamp.number(learner.studySecLast30Days, 0, 30 * 86_400),
      ...(typeof active === 'string' && clamp.keep(Number.isFinite(Date.parse(active)))
        ? { lastActiveAt: active }
        : {}),
    });
  }

  const generated = input.generatedAt;
  const generatedAt =
    typeof generated === 'string' && clamp.keep(Number.isFinite(Date.parse(generated)))
      ? generated
      : new Date().toISOString();
  return {
    summary: { region: typeof input.region === 'string' ? input.region : '', generatedAt, learners, courses },
    fixes: clamp.fixes,
  };
}
