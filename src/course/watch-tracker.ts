import { coverage, mergeSegments } from '../data/progress.js';
import type { WatchedSegment } from '../data/types.js';
import { round } from './round.js';

/** Seconds of playback between two progress saves. */
export const SAVE_INTERVAL_SEC = 10;

/**
 * A gap between two playback ticks larger than this (in media seconds, times the rate) is a jump,
 * not watching: the span in between does not count as watched.
 */
const MAX_STEP_SEC = 1.5;

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
  private studySec = 0;
  private sinceSave = 0;

  constructor(stored: readonly WatchedSegment[] = []) {
    this.watched = mergeSegments(stored);
  }

  /** Starts (or, with `undefined`, breaks) a run of contiguous playback at `time`. */
  restart(time: number | undefined): void {
    this.anchor = time;
  }

  /**
   * Records playback up to `time` at `rate`.
   * @returns whether a save is due (at least {@link SAVE_INTERVAL_SEC} of playback since the last one).
   */
  tick(time: number, rate: number): boolean {
    const from = this.anchor;
    this.anchor = time;
    if (from === undefined) return false;
    const step = time - from;
    if (!(step > 0) || step > MAX_STEP_SEC * Math.max(1, rate)) return false;
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
