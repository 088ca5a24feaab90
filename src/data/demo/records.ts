/**
 * Pure helpers of the demo data source: how a progress report merges into a lesson record, how
 * slots count their holds, what a booking takes from its slot, and when a booking reads completed.
 */
import { isComplete, mergeSegments } from '../progress.js';
import { limitSegments } from '../segment-limit.js';
import { isDateKey } from '../time.js';
import type { Booking, LessonProgress, ProgressUpdate, Slot } from '../types.js';
import { LESSONS_BY_ID } from './fixtures/courses.js';
import type { SlotTemplate } from './slots.js';

/** A join link under a reserved example domain: the demo never points at a real meeting service. */
const ONLINE_MEETING_BASE = 'https://meet.example.org/seoul-learn/';

/** A booking's place in its slot. */
export interface Hold {
  readonly bookingId: string;
}
/** The booking an idempotency key made. */
export interface IdempotencyRecord {
  readonly bookingId: string;
}

/** A string that `Date` reads as an instant. */
export const validInstant = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(new Date(value).getTime());

/** A deep copy, so that callers can never change what the source holds. */
export const clone = <T>(value: T): T => structuredClone(value);

/** Bad fields of a `listHolidays` range: each a real day, `from` ≤ `to`, within three calendar years. */
export function invalidDayRange(from: string, to: string): string[] {
  const invalid: string[] = [];
  if (typeof from !== 'string' || !isDateKey(from)) invalid.push('from');
  if (typeof to !== 'string' || !isDateKey(to)) invalid.push('to');
  if (invalid.length) return invalid;
  return from > to || Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 2 ? ['to'] : [];
}

/**
 * Merges one report into a lesson's progress record. The record keeps at most
 * `MAX_SEGMENTS_PER_LESSON` watched segments, each within the lesson's true length. Completion is
 * decided here from those segments; the report's `completed` is a hint that only an external
 * lecture, which no player can measure, has to rely on. A completed lesson stays completed.
 */
export function applyUpdate(base: LessonProgress | undefined, update: ProgressUpdate): LessonProgress {
  const lesson = LESSONS_BY_ID.get(update.lessonId)!.lesson;
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

export function countHolds(holds: readonly { slotId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hold of holds) counts.set(hold.slotId, (counts.get(hold.slotId) ?? 0) + 1);
  return counts;
}

export function withRemaining(slot: SlotTemplate, held: number): Slot {
  return clone({ ...slot, remaining: Math.max(0, slot.capacity - held) });
}

/** The slot-derived part of a booking: when, how and where. */
export function bookingSlotFields(slot: SlotTemplate, bookingId: string) {
  return {
    slotId: slot.id,
    kind: slot.kind,
    consultantId: slot.consultantId,
    start: slot.start,
    durationMin: slot.durationMin,
    mode: slot.mode,
    ...(slot.mode === 'in-person' && slot.location
      ? { location: clone(slot.location) }
      : { onlineUrl: `${ONLINE_MEETING_BASE}${bookingId}` }),
  };
}

/** A confirmed booking whose consultation has ended reads as completed. */
export function withStatus(booking: Booking, now: Date): Booking {
  const end = new Date(booking.start).getTime() + booking.durationMin * 60_000;
  return booking.status === 'confirmed' && end <= now.getTime() ? { ...booking, status: 'completed' } : booking;
}
