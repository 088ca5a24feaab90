/** Splitting queued updates into request bodies that fit a byte budget. */
import type { ProgressUpdate } from '../types.js';

const encoder = new TextEncoder();

/** UTF-8 length of `JSON.stringify(value)`. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Cuts `updates` (kept in order) into consecutive batches whose JSON array body is at most
 * `maxBytes`. An update too large to fit any body goes alone in its own batch: the sender's
 * server then rejects it, and a `ValidationError` drops it instead of blocking the queue.
 */
export function splitByBytes(updates: readonly ProgressUpdate[], maxBytes: number): ProgressUpdate[][] {
  const batches: ProgressUpdate[][] = [];
  let current: ProgressUpdate[] = [];
  // `[` and `]`, plus one comma between items.
  let size = 2;
  for (const update of updates) {
    const itemBytes = jsonBytes(update);
    const added = current.length === 0 ? itemBytes : itemBytes + 1;
    if (current.length > 0 && size + added > maxBytes) {
      batches.push(current);
      current = [];
      size = 2 + itemBytes;
    } else {
      size += added;
    }
    current.push(update);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
