/**
 * Pure helpers of the demo data source: copies of what it holds, and how a progress report
 * merges into a lesson record.
 */
import { isComplete, mergeSegments } from '../progress.js';
import { limitSegments } from '../segment-limit.js';
import type { Lesson, LessonProgress, ProgressUpdate } from '../types.js';

/** A deep copy, so that callers can never change what the source holds. */
export const clone = <T>(value: T): T => structuredClone(value);

/**
 * Merges one report into a lesson's progress record. The record keeps at most
 * `MAX_SEGMENTS_PER_LESSON` watched segments, each within the lesson's true length. Completion is
 * decided here from those segments; the report's `completed` is a hint that only an external
 * lecture, which no player can measure, has to rely on. A completed lesson stays completed.
 */
export function applyUpdate(base: LessonProgress | undefined, update: ProgressUpdate, lesson: Lesson): LessonProgress {
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
