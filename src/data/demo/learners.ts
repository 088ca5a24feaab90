/**
 * The learner and cohort summaries of the demo data source, with the study history by day that
 * they count. Loaded the first time one is asked for: a course player needs neither.
 */
import { MAX_STUDY_SEC_PER_DAY } from '../limits.js';
import type { CohortSummary, CourseSummary, LearnerSummary, LessonProgress } from '../types.js';
import { addDays, seoulDateKey, seoulWeekday } from '../time.js';
import { cohortMembers, cohortRoster, rosterLearner, rosterProgress, rosterStudy } from './cohort.js';
import { COURSES, COURSES_BY_ID } from './fixtures/courses.js';
import { createRandom } from './prng.js';
import { DEMO_LEARNER_ID, STUDY_HISTORY_DAYS, overlaidProgress, seededProgress } from './seed.js';
import type { DemoStore } from './store.js';
import { cohortSummary, learnerSummary, type LearnerRecords } from './summaries.js';

/**
 * The roster's code, here already: the seeded history of hundreds of learners is worked out in
 * the task that asked for it, not after a module import's task that a busy page runs late.
 */
const ROSTER_CODE = { rosterLearner, rosterProgress };

/** The catalogue's courses without their chapters, in catalogue order (not copies). */
export function courseSummaries(): CourseSummary[] {
  return COURSES.map(
    ({ id, title, description, schoolLevel, grades, subject, instructor, lessonCount, totalDurationSec }) => ({
      id,
      title,
      description,
      schoolLevel,
      grades,
      subject,
      instructor,
      lessonCount,
      totalDurationSec,
    }),
  );
}

/**
 * Seeded study seconds of a learner by Seoul day before today. Each day's value depends only on
 * the learner and the date, so the history does not reshuffle as days pass; the last six days
 * are always active so that the dashboard has a streak to show. Who the learner is and where
 * today falls are worked out once, not once per day (a cohort asks about 240 × 84 days).
 */
export function seededStudy(learnerId: string, now: Date): (dateKey: string) => number {
  const member = rosterLearner(learnerId);
  if (member) return rosterStudy(member, now);
  if (learnerId !== DEMO_LEARNER_ID) return () => 0;
  const today = seoulDateKey(now);
  const first = addDays(today, -STUDY_HISTORY_DAYS);
  const recentFrom = addDays(today, -6);
  return (dateKey) => {
    if (dateKey >= today || dateKey < first) return 0;
    const random = createRandom(`${learnerId}|study|${dateKey}`);
    const weekend = [0, 6].includes(seoulWeekday(dateKey));
    if (dateKey < recentFrom && random() > (weekend ? 0.45 : 0.75)) return 0;
    const minutes = 10 + Math.floor(random() * (weekend ? 35 : 55));
    return minutes * 60;
  };
}

/**
 * Each learner's lesson records and study by day: what is stored laid over the seeded history
 * (a stored day adds to the seeded one, at most a whole day). Read in one transaction, however
 * many learners (a cohort has hundreds).
 */
async function learnerRecords(store: DemoStore, learnerIds: readonly string[], now: Date): Promise<LearnerRecords[]> {
  const [stored, seeded] = await Promise.all([
    store.read(['progress', 'study'], (tx) =>
      Promise.all([
        tx.listEach<LessonProgress>('progress', learnerIds),
        tx.listEach<{ date: string; seconds: number }>('study', learnerIds),
      ]),
    ),
    // The summaries hold the whole catalogue already: no course's own module is fetched.
    Promise.all(
      learnerIds.map((learnerId) =>
        seededProgress(learnerId, now, undefined, (id) => COURSES_BY_ID.get(id), ROSTER_CODE),
      ),
    ),
  ]);
  const today = seoulDateKey(now);
  const dates = Array.from({ length: STUDY_HISTORY_DAYS }, (_, day) => addDays(today, -day));
  const [progressRows, studyRows] = stored;
  return learnerIds.map((learnerId, i) => {
    // Days without study are left out: the summaries count a missing day as none.
    const studyByDay = new Map<string, number>();
    const seededDay = seededStudy(learnerId, now);
    for (const date of dates) {
      const seconds = seededDay(date);
      if (seconds > 0) studyByDay.set(date, seconds);
    }
    for (const day of studyRows[i]!) {
      studyByDay.set(day.date, Math.min((studyByDay.get(day.date) ?? 0) + day.seconds, MAX_STUDY_SEC_PER_DAY));
    }
    // Fresh objects, read only by the summaries, which copy what they keep: no clone needed.
    return { learnerId, progress: overlaidProgress(seeded[i]!, progressRows[i]!), studyByDay };
  });
}

/** A learner's summary, with the weekly goal they set, if any. */
export async function demoLearnerSummary(store: DemoStore, learnerId: string, now: Date): Promise<LearnerSummary> {
  const [[records], goal] = await Promise.all([
    learnerRecords(store, [learnerId], now),
    store.read(['goals'], (tx) => tx.get<{ minutes: number }>('goals', [learnerId])),
  ]);
  return learnerSummary({ ...records!, ...(goal ? { weeklyGoalMinutes: goal.minutes } : {}) }, now);
}

/** The summary of a region's demo cohort. */
export async function demoCohortSummary(store: DemoStore, region: string, now: Date): Promise<CohortSummary> {
  const roster = cohortRoster(region);
  const records = await learnerRecords(
    store,
    roster.map((member) => member.learnerId),
    now,
  );
  return cohortSummary(region, now, cohortMembers(roster, records));
}
