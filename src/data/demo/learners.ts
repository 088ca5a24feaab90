/**
 * The learner and cohort summaries of the demo data source, with the study history by day that
 * they count. Loaded the first time one is asked for: a course player needs neither.
 */
import { MAX_STUDY_SEC_PER_DAY } from '../limits.js';
import type { CohortSummary, LearnerSummary, LessonProgress } from '../types.js';
import { addDays, seoulDateKey, seoulWeekday } from '../time.js';
import { cohortMembers, cohortRoster, rosterLearner, rosterStudySeconds } from './cohort.js';
import { COURSES_BY_ID } from './fixtures/courses.js';
import { createRandom } from './prng.js';
import { DEMO_LEARNER_ID, STUDY_HISTORY_DAYS, overlaidProgress, seededProgress } from './seed.js';
import type { DemoStore } from './store.js';
import { cohortSummary, learnerSummary, type LearnerRecords } from './summaries.js';

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
      learnerIds.map((learnerId) => seededProgress(learnerId, now, undefined, (id) => COURSES_BY_ID.get(id))),
    ),
  ]);
  const today = seoulDateKey(now);
  const [progressRows, studyRows] = stored;
  return learnerIds.map((learnerId, i) => {
    const studyByDay = new Map<string, number>();
    for (let day = 0; day < STUDY_HISTORY_DAYS; day++) {
      const date = addDays(today, -day);
      studyByDay.set(date, seededStudySeconds(learnerId, date, now));
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
