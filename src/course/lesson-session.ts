import type { Clock } from '../data/clock.js';
import { randomUuid } from '../data/ids.js';
import type { DataSource, Lesson, LessonProgress, ProgressUpdate } from '../data/types.js';
import { round } from './round.js';
import { WatchTracker, type Monotonic } from './watch-tracker.js';

/**
 * One view of one lesson: what was watched, whether playback has started, and the progress
 * reports it produces. A new view (another lesson, or the same one opened again) is a new session.
 * It belongs to the data source and learner it was opened with: its reports go there even after
 * the host switched to another.
 */
export class LessonSession {
  /** The xAPI session id of this view. */
  readonly id = randomUuid();
  readonly tracker: WatchTracker;
  started = false;
  initialized = false;
  /** Set once `terminated` was reported: the view sends no statements after it. */
  terminated = false;
  completed: boolean;
  /** Seconds of study in this view so far. */
  studySec = 0;
  private savedPosition: number;
  private savedCompleted: boolean;

  constructor(
    readonly dataSource: DataSource,
    readonly learnerId: string,
    readonly courseId: string,
    readonly lessonId: string,
    stored: Pick<LessonProgress, 'positionSec' | 'watchedSegments' | 'completed'> | undefined,
    private readonly clock: Clock,
    now?: Monotonic,
  ) {
    this.tracker = new WatchTracker(stored?.watchedSegments, now);
    this.completed = stored?.completed ?? false;
    this.savedCompleted = this.completed;
    this.savedPosition = stored?.positionSec ?? 0;
  }

  /** The next progress report, or `undefined` when nothing changed since the last one. */
  report(positionSec: number, durationSec: number): ProgressUpdate | undefined {
    const { segments, studySec } = this.tracker.take();
    this.studySec += studySec;
    const position = round(positionSec);
    const unchanged =
      segments.length === 0 &&
      studySec === 0 &&
      Math.abs(position - this.savedPosition) < 0.5 &&
      this.completed === this.savedCompleted;
    if (unchanged) return undefined;
    this.savedPosition = position;
    this.savedCompleted = this.completed;
    return {
      id: randomUuid(),
      learnerId: this.learnerId,
      courseId: this.courseId,
      lessonId: this.lessonId,
      positionSec: position,
      durationSec,
      watchedSegments: segments,
      studySec,
      completed: this.completed,
      at: this.clock().toISOString(),
    };
  }
}

/** The report, made at `at`, for a lecture hosted elsewhere that the learner marked as done. */
export function doneUpdate(learnerId: string, courseId: string, lesson: Lesson, at: Date): ProgressUpdate {
  return {
    id: randomUuid(),
    learnerId,
    courseId,
    lessonId: lesson.id,
    positionSec: 0,
    durationSec: lesson.durationSec,
    watchedSegments: [],
    studySec: 0,
    completed: true,
    at: at.toISOString(),
  };
}
