/** Clamps or skips corrupt records in a cohort summary, counting every fix (see `progress.sanitize.ts`). */
import {
  SCHOOL_LEVELS,
  type CohortCourse,
  type CohortLearner,
  type CohortSummary,
  type LocalizedText,
} from '../../data/types.js';
import { Clamp, isId, isText, records, type Loose } from '../progress.guards.js';
import { rememberLastActive } from './cohort.stats.js';

const inRange = (value: unknown, min: number, max = Number.MAX_VALUE): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** `Date.parse` of a string field (NaN for anything else), `-Infinity` when it is absent. */
const parseInstant = (value: unknown): number =>
  value === undefined ? -Infinity : typeof value === 'string' ? Date.parse(value) : NaN;

/** Whether every enrolled course id is a known course. */
function knownCourses(ids: readonly unknown[], known: ReadonlySet<string>): boolean {
  for (const id of ids) if (!known.has(id as string)) return false;
  return true;
}

/**
 * Whether a learner record (with a valid id and school level, last active at `active`) needs
 * no fixing at all.
 */
function isClean(learner: Loose<CohortLearner>, active: number, known: ReadonlySet<string>): boolean {
  return (
    inRange(learner.grade, 1, 6) &&
    inRange(learner.totalLessons, 0) &&
    inRange(learner.completedLessons, 0, learner.totalLessons as number) &&
    inRange(learner.studySecLast30Days, 0, 30 * 86_400) &&
    Array.isArray(learner.enrolledCourseIds) &&
    knownCourses(learner.enrolledCourseIds, known) &&
    !Number.isNaN(active)
  );
}

/** A cohort summary safe to render; one without a readable `generatedAt` is dated `now` (the element's clock). */
export function sanitizeCohortSummary(raw: unknown, now: Date): { summary: CohortSummary; fixes: number } {
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

  // One pass over the learners, the largest part of the data: each record is checked, and its
  // date parsed, once; the parsed date is kept for the figures and the sort.
  const ids = new Set<string>();
  const learners: CohortLearner[] = [];
  for (const item of Array.isArray(input.learners) ? (input.learners as unknown[]) : []) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Loose<CohortLearner>;
    const level = record.schoolLevel as CohortLearner['schoolLevel'];
    const ok = isId(record.pseudonymousId) && !ids.has(record.pseudonymousId) && SCHOOL_LEVELS.includes(level);
    if (!clamp.keep(ok)) continue;
    ids.add(record.pseudonymousId as string);
    // Most records are fine: keep them as they are instead of rebuilding thousands of objects.
    const activeTime = parseInstant(record.lastActiveAt);
    if (isClean(record, activeTime, known)) {
      rememberLastActive(record as CohortLearner, activeTime);
      learners.push(record as CohortLearner);
      continue;
    }
    const enrolled = Array.isArray(record.enrolledCourseIds) ? record.enrolledCourseIds : [];
    const enrolledCourseIds = enrolled.filter((id): id is string =>
      clamp.keep(typeof id === 'string' && known.has(id)),
    );
    const totalLessons = Math.floor(clamp.number(record.totalLessons, 0));
    const active = record.lastActiveAt;
    learners.push({
      pseudonymousId: record.pseudonymousId as string,
      schoolLevel: level,
      grade: Math.floor(clamp.number(record.grade, 1, 6)),
      enrolledCourseIds,
      totalLessons,
      completedLessons: Math.floor(clamp.number(record.completedLessons, 0, totalLessons)),
      studySecLast30Days: clamp.number(record.studySecLast30Days, 0, 30 * 86_400),
      ...(typeof active === 'string' && clamp.keep(Number.isFinite(activeTime)) ? { lastActiveAt: active } : {}),
    });
  }

  const generatedAt = clamp.generatedAt(input.generatedAt, now);
  return {
    summary: { region: typeof input.region === 'string' ? input.region : '', generatedAt, learners, courses },
    fixes: clamp.fixes,
  };
}
