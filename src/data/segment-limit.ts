/**
 * How a stored lesson record keeps its watched segments bounded. Apart from the segment arithmetic
 * in `progress.ts`, which the course player downloads: only data sources store records.
 */
import { MAX_SEGMENTS_PER_LESSON } from './limits.js';
import type { WatchedSegment } from './types.js';

/**
 * At most `max` of the disjoint, sorted `segments` (as `mergeSegments` returns them): the longest,
 * in their order. Dropping the shortest keeps a record small and can only under-count coverage,
 * never invent any. The input is not modified.
 */
export function limitSegments(
  segments: readonly WatchedSegment[],
  max: number = MAX_SEGMENTS_PER_LESSON,
): WatchedSegment[] {
  if (segments.length <= max) return [...segments];
  const kept = new Set(
    segments
      .map((segment, index) => ({ index, length: segment[1] - segment[0] }))
      // Longest first; of two equally long, the earlier.
      .sort((a, b) => b.length - a.length || a.index - b.index)
      .slice(0, Math.max(0, max))
      .map(({ index }) => index),
  );
  return segments.filter((_, index) => kept.has(index));
}
