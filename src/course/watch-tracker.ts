import { coverage, mergeSegments } from '../data/progress.js';
import type { WatchedSegment } from '../data/types.js';
import { round } from './round.js';

/** Seconds of playback between two progress saves. */
export const SAVE_INTERVAL_SEC = 10;

/**
 * A step between two playback ticks up to this (in media seconds, times the rate) always counts as
 * watching. A larger one counts only as far as real time passed between the two ticks: a page
 * whose main thread was busy for two seconds while the video played reports a two-second step, and
 * that was watched; a jump that came without seek events did not take the time it skipped.
 */
const MAX_STEP_SEC = 1.5;
/** Leeway on the elapsed-time bound, for timer and media clock rounding. */
const STEP_SLACK_SEC = 0.25;

/** A monotonic clock in milliseconds; `performance.now` unless a test gives its own. */
export type Monotonic = () => number;

/**
 * Turns playback ticks into watched segments and study time. Only contiguous playback counts:
 * a seek breaks the run, so jumping to the end never adds the skipped part.
 */
export class WatchTracker {
  /** Everything watched so far, stored and new, merged. */
  watched: WatchedSegment[];
  /** Watched since the last save. */
  private pending: WatchedSegment[] = [];
  private anchor: number | undefined;
  /** When (on {@link now}) the anchor was set. */
  private anchorAt = 0;
  private studySec = 0;
  private sinceSave = 0;

  constructor(
    stored: readonly WatchedSegment[] = [],
    private readonly now: Monotonic = () => performance.now(),
  ) {
    this.watched = mergeSegments(stored);
  }

  /** Starts (or, with `undefined`, breaks) a run of contiguous playback at `time`. */
  restart(time: number | undefined): void {
    this.anchor = time;
    this.anchorAt = this.now();
  }

  /**
   * Records playback up to `time` at `rate`.
   * @returns whether a save is due (at least {@link SAVE_INTERVAL_SEC} of playback since the last one).
   */
  tick(time: number, rate: number): boolean {
    const from = this.anchor;
    const at = this.now();
    const elapsedSec = (at - this.anchorAt) / 1000;
    this.anchor = time;
    this.anchorAt = at;
    if (from === undefined) return false;
    const step = time - from;
    const speed = Math.max(1, rate);
    if (!(step > 0) || step > Math.max(MAX_STEP_SEC * speed, elapsedSec * speed + STEP_SLACK_SEC)) return false;
    const segment: WatchedSegment = [from, time];
    this.pending = mergeSegments(this.pending, [segment]);
    this.watched = mergeSegments(this.watched, [segment]);
    const wall = step / (rate > 0 ? rate : 1);
    this.studySec += wall;
    this.sinceSave += wall;
    return this.sinceSave >= SAVE_INTERVAL_SEC;
  }

  /** Share (0..1) of a video of `durationSec` that has been watched. */
  coverage(durationSec: number): number {
    return coverage(this.watched, durationSec);
  }

  /** Hands over what was watched since the last save and starts counting afresh. */
  take(): { segments: WatchedSegment[]; studySec: number } {
    const result = { segments: this.pending, studySec: round(this.studySec) };
    this.pending = [];
    this.studySec = 0;
    this.sinceSave = 0;
    return result;
  }
}
