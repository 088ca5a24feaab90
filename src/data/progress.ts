/**
 * Watched-segment arithmetic shared by the course player and every data source.
 * Completion is "enough of the video was actually watched", not "the end was reached":
 * seeking to the last second must not complete a lesson.
 */
import type { WatchedSegment } from './types.js';

/** Share of a video (0..1) that must be covered by watched segments for the lesson to count as completed. */
export const DEFAULT_COMPLETION_THRESHOLD = 0.9;

/**
 * Merges two lists of half-open `[start, end)` segments into one sorted list of disjoint
 * segments. Segments that touch (`[0, 5)` and `[5, 9)`) are joined. Starts below 0 are clamped
 * to 0; empty, reversed or non-finite segments are dropped. The inputs are not modified.
 */
export function mergeSegments(a: readonly WatchedSegment[], b: readonly WatchedSegment[] = []): WatchedSegment[] {
  const valid: [number, number][] = [];
  for (const segment of [...a, ...b]) {
    if (!Array.isArray(segment)) continue;
    const start = Math.max(0, segment[0]);
    const end = segment[1];
    // NaN fails every comparison, so `!(end > start)` drops a NaN end as well as empty spans.
    if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start)) continue;
    valid.push([start, end]);
  }
  valid.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of valid) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Fraction (0..1) of a video of `durationSec` seconds covered by `segments`. Parts of segments
 * beyond the duration do not count; an unknown or non-positive duration gives 0.
 */
export function coverage(segments: readonly WatchedSegment[], durationSec: number): number {
  if (!Number.isFinite(durationSec) || durationSec <= 0) return 0;
  let covered = 0;
  for (const [start, end] of mergeSegments(segments)) {
    covered += Math.max(0, Math.min(end, durationSec) - start);
  }
  return Math.min(1, Math.max(0, covered / durationSec));
}

/** True when `segments` cover at least `threshold` (default 90%) of the video. */
export function isComplete(
  segments: readonly WatchedSegment[],
  durationSec: number,
  threshold: number = DEFAULT_COMPLETION_THRESHOLD,
): boolean {
  if (!(durationSec > 0)) return false;
  // A hair of tolerance so that 0.9 of a 10 s clip (9 s, summed from floats) still counts.
  return coverage(segments, durationSec) >= threshold - 1e-9;
}
