/**
 * The demo learners of each partner region: a roster of about 240 pseudonymous learners per
 * region, each with a school level, the courses they take and a seeded history, so that a
 * programme manager's cohort view has real learners to count. Like the demo learner's, their
 * history is seeded (deterministically, relative to `now`) and what they do is stored and laid
 * over it: the cohort summary is computed from the same records as each learner's dashboard.
 */
import type { Course, LessonProgress, SchoolLevel } from '../types.js';
import type { CohortMember, LearnerRecords } from './summaries.js';
import { addDays, seoulDateKey, seoulInstant } from '../time.js';
import { COURSES, lessonsOf } from './fixtures/courses.js';
import { createRandom, randomInt } from './prng.js';
import { DEMO_LEARNER_ID } from './seed.js';

/** One demo learner of a region's roster. Their learner id never appears in a cohort summary. */
export interface RosterLearner {
  readonly learnerId: string;
  /** The id a cohort summary shows instead of the learner id. */
  readonly pseudonymousId: string;
  readonly region: string;
  readonly schoolLevel: SchoolLevel;
  readonly grade: number;
  /** The courses the learner took up (a cohort also counts any course the learner's records touch). */
  readonly courses: readonly Course[];
  /** Seeded history: lessons completed per course id, from the first lesson on. */
  readonly done: ReadonlyMap<string, number>;
  /** Seeded study in the last 30 days, in seconds. */
  readonly studySec: number;
  /** Days since the seeded last activity, or undefined for a learner who never studied. */
  readonly lastActiveDaysAgo: number | undefined;
}

const LEVEL_GRADES: Readonly<Record<SchoolLevel, readonly [number, number]>> = {
  // Seoul Learn serves learners from the middle years of elementary school.
  elementary: [3, 6],
  middle: [1, 3],
  high: [1, 3],
};

const ROSTER_ID = /^cohort-([a-z]+)-(\d{3})$/;
const rosters = new Map<string, readonly RosterLearner[]>();

/** The demo learners of `region`, the same on every call and every day. */
export function cohortRoster(region: string): readonly RosterLearner[] {
  let roster = rosters.get(region);
  if (!roster) {
    roster = buildRoster(region);
    rosters.set(region, roster);
  }
  return roster;
}

/** The roster entry of a demo learner id (`cohort-<region>-<nnn>`), if it is one. */
export function rosterLearner(learnerId: string): RosterLearner | undefined {
  const match = ROSTER_ID.exec(learnerId);
  return match ? cohortRoster(match[1]!)[Number(match[2])] : undefined;
}

function buildRoster(region: string): RosterLearner[] {
  const random = createRandom(`cohort|${region}`);
  const count = randomInt(random, 228, 252);
  const pseudonyms = new Set<string>();
  const roster: RosterLearner[] = [];
  for (let i = 0; i < count; i++) {
    let pseudonymousId: string;
    do pseudonymousId = `L-${randomInt(random, 0, 0xffffff).toString(16).toUpperCase().padStart(6, '0')}`;
    while (pseudonyms.has(pseudonymousId));
    pseudonyms.add(pseudonymousId);

    const roll = random();
    const schoolLevel: SchoolLevel = roll < 0.36 ? 'elementary' : roll < 0.7 ? 'middle' : 'high';
    const [minGrade, maxGrade] = LEVEL_GRADES[schoolLevel];
    const grade = randomInt(random, minGrade, maxGrade);
    // How engaged this learner is, 0..1; skewed so that most are moderately active.
    const engagement = Math.sqrt(random());
    const offered = COURSES.filter((course) => course.schoolLevel === schoolLevel);
    const courses = offered.filter(() => random() < 0.55);
    if (courses.length === 0) courses.push(offered[randomInt(random, 0, offered.length - 1)]!);
    const done = new Map<string, number>();
    for (const course of courses) {
      done.set(
        course.id,
        Math.min(course.lessonCount, Math.floor(engagement * random() * 1.4 * (course.lessonCount + 1))),
      );
    }
    const inactive = random() < 0.12;
    const studySec = inactive ? 0 : Math.round(engagement * random() * 30 * 3600);
    const daysAgo = inactive ? randomInt(random, 31, 90) : randomInt(random, 1, 29);
    const completedAny = [...done.values()].some((lessons) => lessons > 0);
    const neverActive = inactive && !completedAny && random() < 0.5;
    roster.push({
      learnerId: `cohort-${region}-${String(i).padStart(3, '0')}`,
      pseudonymousId,
      region,
      schoolLevel,
      grade,
      courses,
      done,
      studySec,
      // Someone who studied has touched a lesson; the seeded record carries that day.
      lastActiveDaysAgo: neverActive || (!completedAny && studySec === 0) ? undefined : daysAgo,
    });
  }
  if (region === 'seoul') {
    // The demo page's own learner studies in Seoul: what they do there shows in Seoul's cohort.
    roster.push({
      learnerId: DEMO_LEARNER_ID,
      pseudonymousId: 'L-DE0001',
      region,
      schoolLevel: 'elementary',
      grade: 5,
      courses: [],
      done: new Map(),
      studySec: 0,
      lastActiveDaysAgo: undefined,
    });
  }
  return roster;
}

// A roster's records fall on a few hundred distinct instants (19:00 KST on some day), thousands of times.
const isoByMs = new Map<number, string>();
function isoString(ms: number): string {
  let iso = isoByMs.get(ms);
  if (iso === undefined) isoByMs.set(ms, (iso = new Date(ms).toISOString()));
  return iso;
}

/** The seeded lesson records of a roster learner: the completed lessons of each course. */
export function rosterProgress(learner: RosterLearner, now: Date): LessonProgress[] {
  const days = learner.lastActiveDaysAgo;
  if (days === undefined) return [];
  const last = seoulInstant(addDays(seoulDateKey(now), -days), 19, 0).getTime();
  const records: LessonProgress[] = [];
  for (const course of learner.courses) {
    const lessons = lessonsOf(course).slice(0, learner.done.get(course.id) ?? 0);
    lessons.forEach((lesson, index) => {
      // The most recent lesson on the last active day, earlier ones a day apart before it.
      const at = isoString(last - (lessons.length - 1 - index) * 86_400_000);
      records.push({
        learnerId: learner.learnerId,
        courseId: course.id,
        lessonId: lesson.id,
        positionSec: 0,
        durationSec: lesson.durationSec,
        watchedSegments: [[0, lesson.durationSec]],
        completed: true,
        completedAt: at,
        updatedAt: at,
      });
    });
  }
  if (records.length === 0) {
    // Studied, but finished nothing yet: a third of the first lesson, on the last active day.
    const lesson = lessonsOf(learner.courses[0]!)[0]!;
    const watched = Math.round(lesson.durationSec / 3);
    const at = isoString(last);
    records.push({
      learnerId: learner.learnerId,
      courseId: learner.courses[0]!.id,
      lessonId: lesson.id,
      positionSec: watched,
      durationSec: lesson.durationSec,
      watchedSegments: [[0, watched]],
      completed: false,
      updatedAt: at,
    });
  }
  return records;
}

/**
 * Seeded study seconds of a roster learner by Seoul day: their 30-day total spread over the
 * days from their last active day back, at most an hour a day.
 */
export function rosterStudy(learner: RosterLearner, now: Date): (dateKey: string) => number {
  const days = learner.lastActiveDaysAgo;
  if (days === undefined || learner.studySec === 0) return () => 0;
  const today = seoulDateKey(now);
  const active = Math.min(30 - days, Math.max(1, Math.ceil(learner.studySec / 3600)));
  const first = addDays(today, -(days + active - 1));
  const last = addDays(today, -days);
  const seconds = Math.min(3600, Math.round(learner.studySec / active));
  return (dateKey) => (dateKey < first || dateKey > last ? 0 : seconds);
}

/** The roster as the cohort summary counts it: who each learner is, pseudonymously, with their records. */
export function cohortMembers(roster: readonly RosterLearner[], records: readonly LearnerRecords[]): CohortMember[] {
  return roster.map((member, i) => ({
    pseudonymousId: member.pseudonymousId,
    schoolLevel: member.schoolLevel,
    grade: member.grade,
    courseIds: member.courses.map((course) => course.id),
    records: records[i]!,
  }));
}
