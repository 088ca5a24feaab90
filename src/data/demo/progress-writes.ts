/**
 * The demo data's progress writes: a batch of reports checked whole, then applied in one
 * transaction (lesson records, study time per Seoul day, the ids already applied), and weekly
 * goals. Loaded with the first write, so that a course player shows its lesson without this code.
 */
import { NotFoundError, ValidationError } from '../errors.js';
import { nonEmpty } from '../source-kit.js';
import { MAX_STUDY_SEC_PER_DAY, MAX_STUDY_SEC_PER_EVENT, WEEKLY_GOAL_RANGE } from '../limits.js';
import { isComplete, mergeSegments } from '../progress.js';
import { invalidProgressFields } from '../progress-updates.js';
import { limitSegments } from '../segment-limit.js';
import { seoulDateKey } from '../time.js';
import type { DataChange, Lesson, LessonProgress, ProgressUpdate } from '../types.js';
import { courseIdOf, demoCourse, lessonsOf } from './fixtures/catalogue.js';
import { seededProgress } from './seed.js';
import type { DemoStore } from './store.js';

/** Sets a learner's weekly goal, in minutes within `WEEKLY_GOAL_RANGE`. */
export async function saveDemoGoal(store: DemoStore, learnerId: string, minutes: number): Promise<void> {
  if (!nonEmpty(learnerId)) throw new ValidationError(['learnerId']);
  if (typeof minutes !== 'number' || !(minutes >= WEEKLY_GOAL_RANGE.min && minutes <= WEEKLY_GOAL_RANGE.max)) {
    throw new ValidationError(['minutes']);
  }
  await store.write(['goals'], (tx) => tx.put('goals', [learnerId], { minutes: Math.round(minutes) }));
}

/**
 * Applies `updates` to `store` at `now`; returns one change per lesson that changed. A report
 * whose id was applied before changes nothing, so one sent again after a failure counts once.
 */
export async function saveDemoProgress(
  store: DemoStore,
  updates: readonly ProgressUpdate[],
  now: Date,
): Promise<DataChange[]> {
  // Check the whole batch first so that a bad report changes nothing. How far ahead `at` may
  // lie is the server's check: here the reports come from this page, whose clock a host or a
  // preview may set apart from this source's.
  const invalid = invalidProgressFields(updates);
  if (invalid.length) throw new ValidationError(invalid);
  // The lessons and the seeded history are looked up before the transaction, which must not
  // wait for anything but the store.
  const lessons = await Promise.all(
    updates.map(async (update) => {
      const course = courseIdOf(update.lessonId) === update.courseId ? await demoCourse(update.courseId) : undefined;
      const lesson = course && lessonsOf(course).find((candidate) => candidate.id === update.lessonId);
      if (!lesson) throw new NotFoundError('lesson');
      return lesson;
    }),
  );
  if (updates.length === 0) return [];

  const learnerIds = [...new Set(updates.map((update) => update.learnerId))];
  const seeded = new Map(await Promise.all(learnerIds.map(async (id) => [id, await seededProgress(id, now)] as const)));
  return store.write(['applied', 'progress', 'study'], async (tx) => {
    const changed = new Map<string, DataChange>();
    const seen = new Set<string>();
    for (const [i, update] of updates.entries()) {
      if (seen.has(update.id) || (await tx.get('applied', [update.id]))) continue;
      seen.add(update.id);
      const key = [update.learnerId, update.lessonId];
      const stored = await tx.get<LessonProgress>('progress', key);
      const base = stored ?? seeded.get(update.learnerId)!.get(update.lessonId);
      await tx.put('progress', key, applyUpdate(base, update, lessons[i]!));
      const studySec = Math.min(Math.max(0, update.studySec), MAX_STUDY_SEC_PER_EVENT);
      if (studySec > 0) {
        const dayKey = [update.learnerId, seoulDateKey(new Date(update.at))];
        const day = await tx.get<{ date: string; seconds: number }>('study', dayKey);
        // A day holds no more study than the day itself, however many reports claim it.
        const seconds = Math.min((day?.seconds ?? 0) + studySec, MAX_STUDY_SEC_PER_DAY);
        await tx.put('study', dayKey, { date: dayKey[1], seconds });
      }
      await tx.put('applied', [update.id], { appliedAt: now.toISOString() });
      // One notice per lesson, however many reports for it the batch held.
      changed.set(`${update.learnerId}\u0000${update.lessonId}`, {
        type: 'progress',
        learnerId: update.learnerId,
        courseId: update.courseId,
        lessonId: update.lessonId,
      });
    }
    return [...changed.values()];
  });
}

/**
 * Merges one report into a lesson's progress record. The record keeps at most
 * `MAX_SEGMENTS_PER_LESSON` watched segments, each within the lesson's true length. Completion is
 * decided here from those segments; the report's `completed` is a hint that only an external
 * lecture, which no player can measure, has to rely on. A completed lesson stays completed.
 */
function applyUpdate(base: LessonProgress | undefined, update: ProgressUpdate, lesson: Lesson): LessonProgress {
  // The fixture knows the true length; a player's reported duration can differ by a frame.
  const durationSec = lesson.durationSec;
  const at = new Date(update.at).toISOString();
  const watchedSegments = limitSegments(
    mergeSegments(base?.watchedSegments ?? [], update.watchedSegments)
      .map(([start, end]) => [start, Math.min(end, durationSec)] as const)
      .filter(([start, end]) => end > start),
  );
  const newer = !base || at >= base.updatedAt;
  const done = lesson.kind === 'external' ? update.completed === true : isComplete(watchedSegments, durationSec);
  const completed = Boolean(base?.completed) || done;
  const completedAt = base?.completedAt ?? (completed ? at : undefined);
  return {
    learnerId: update.learnerId,
    courseId: update.courseId,
    lessonId: update.lessonId,
    positionSec: newer ? Math.min(Math.max(0, update.positionSec), durationSec) : base.positionSec,
    durationSec,
    watchedSegments,
    completed,
    ...(completedAt ? { completedAt } : {}),
    updatedAt: newer ? at : base.updatedAt,
  };
}
