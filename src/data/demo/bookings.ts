/**
 * The consultation methods of the demo data source: slots, holidays, bookings. Loaded the first
 * time one of them runs, with the consultation calendar, so that a page with a course player or
 * a dashboard never downloads them. Applicant personal data is validated and then dropped: it is
 * never stored, logged or put into an error.
 */
import { randomHexId } from '../ids.js';
import { byCodeUnits, isDateKey } from '../time.js';
import type { Booking, BookingRequest, DataChange, HolidayCalendar, Slot, SlotQuery } from '../types.js';
import { CONSULTATION_KINDS } from '../types.js';
import { NotFoundError, SlotTakenError, ValidationError } from '../errors.js';
import { nonEmpty } from '../source-kit.js';
import { findSlot, holidayCalendar, tooLate, validateApplicant, windowSlots } from './consultations.js';
import { clone } from './records.js';
import type { SlotTemplate } from './slots.js';
import type { DemoStore, StoreTx } from './store.js';

export { CONSULTANT_FIXTURES, CONSULTATION_KIND_FIXTURES } from './consultations.js';

/** What the booking methods use of their data source. */
export interface BookingContext {
  readonly store: DemoStore;
  readonly now: Date;
  notify(change: DataChange): void;
}

/** A join link under a reserved example domain: the demo never points at a real meeting service. */
const ONLINE_MEETING_BASE = 'https://meet.example.org/seoul-learn/';

/** A booking's place in its slot. */
interface Hold {
  readonly bookingId: string;
}
/** The booking an idempotency key made. */
interface IdempotencyRecord {
  readonly bookingId: string;
}

/** A string that `Date` reads as an instant. */
const validInstant = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(new Date(value).getTime());

/** Bad fields of a `listHolidays` range: each a real day, `from` ≤ `to`, within three calendar years. */
function invalidDayRange(from: string, to: string): string[] {
  const invalid: string[] = [];
  if (typeof from !== 'string' || !isDateKey(from)) invalid.push('from');
  if (typeof to !== 'string' || !isDateKey(to)) invalid.push('to');
  if (invalid.length) return invalid;
  return from > to || Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 2 ? ['to'] : [];
}

function countHolds(holds: readonly { slotId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hold of holds) counts.set(hold.slotId, (counts.get(hold.slotId) ?? 0) + 1);
  return counts;
}

function withRemaining(slot: SlotTemplate, held: number): Slot {
  return clone({ ...slot, remaining: Math.max(0, slot.capacity - held) });
}

/** The slot-derived part of a booking: when, how and where. */
function bookingSlotFields(slot: SlotTemplate, bookingId: string) {
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
function withStatus(booking: Booking, now: Date): Booking {
  const end = new Date(booking.start).getTime() + booking.durationMin * 60_000;
  return booking.status === 'confirmed' && end <= now.getTime() ? { ...booking, status: 'completed' } : booking;
}

/** The booking an idempotency key already produced, if any. */
async function replay(tx: StoreTx, learnerId: string, key: string): Promise<Booking | undefined> {
  const record = await tx.get<IdempotencyRecord>('idempotency', [learnerId, key]);
  return record ? tx.get<Booking>('bookings', [learnerId, record.bookingId]) : undefined;
}

/** Rejects with `SlotTakenError` when the slot is full. Runs inside the booking transaction. */
async function hold(tx: StoreTx, slot: SlotTemplate): Promise<void> {
  const holds = await tx.list<Hold>('holds', slot.id);
  if (holds.length >= slot.capacity) throw new SlotTakenError(slot.id);
}

export async function listSlots({ store, now }: BookingContext, query: SlotQuery): Promise<Slot[]> {
  const invalid: string[] = [];
  if (!CONSULTATION_KINDS.includes(query?.kind)) invalid.push('kind');
  if (!validInstant(query?.from)) invalid.push('from');
  if (!validInstant(query?.to)) invalid.push('to');
  if (invalid.length) throw new ValidationError(invalid);
  const from = new Date(query.from).getTime();
  const to = new Date(query.to).getTime();
  const slots = windowSlots(now, query.kind).filter((slot) => {
    const start = new Date(slot.start).getTime();
    return start >= from && start < to && (!query.consultantId || slot.consultantId === query.consultantId);
  });
  if (slots.length === 0) return [];
  const held = await store.read(['holds'], async (tx) => countHolds(await tx.list<Hold & { slotId: string }>('holds')));
  return slots.map((slot) => withRemaining(slot, held.get(slot.id) ?? 0));
}

export function listHolidays(from: string, to: string): HolidayCalendar {
  const invalid = invalidDayRange(from, to);
  if (invalid.length) throw new ValidationError(invalid);
  return holidayCalendar(from, to);
}

export async function createBooking({ store, now, notify }: BookingContext, request: BookingRequest): Promise<Booking> {
  const invalid: string[] = [];
  if (!nonEmpty(request?.slotId)) invalid.push('slotId');
  if (!nonEmpty(request?.learnerId)) invalid.push('learnerId');
  if (!nonEmpty(request?.idempotencyKey)) invalid.push('idempotencyKey');
  invalid.push(...validateApplicant(request?.applicant));
  if (invalid.length) throw new ValidationError(invalid);
  // From here on only ids are used: the applicant object goes no further.
  const { slotId, learnerId, idempotencyKey } = request;

  const result = await store.write(['bookings', 'holds', 'idempotency'], async (tx) => {
    const earlier = await replay(tx, learnerId, idempotencyKey);
    if (earlier) return { booking: earlier, fresh: false };
    const slot = findSlot(slotId, now);
    if (!slot) throw new NotFoundError('slot');
    if (tooLate(slot, now)) throw new ValidationError(['slotId']);
    await hold(tx, slot);
    const id = randomHexId(12);
    const booking: Booking = {
      id,
      learnerId,
      ...bookingSlotFields(slot, id),
      status: 'confirmed',
      createdAt: now.toISOString(),
    };
    await tx.put('holds', [slot.id, id], { slotId: slot.id, bookingId: id });
    await tx.put('bookings', [learnerId, id], booking);
    await tx.put('idempotency', [learnerId, idempotencyKey], { bookingId: id });
    return { booking, fresh: true };
  });
  if (result.fresh) notify({ type: 'booking', learnerId, bookingId: result.booking.id });
  return withStatus(result.booking, now);
}

export async function listBookings({ store, now }: BookingContext, learnerId: string): Promise<Booking[]> {
  const bookings = await store.read(['bookings'], (tx) => tx.list<Booking>('bookings', learnerId));
  return bookings
    .map((booking) => withStatus(booking, now))
    .sort((a, b) => byCodeUnits(a.start, b.start) || byCodeUnits(a.createdAt, b.createdAt));
}

export async function cancelBooking(
  { store, now, notify }: BookingContext,
  learnerId: string,
  bookingId: string,
): Promise<Booking> {
  const result = await store.write(['bookings', 'holds'], async (tx) => {
    const booking = await tx.get<Booking>('bookings', [learnerId, bookingId]);
    if (!booking) throw new NotFoundError('booking');
    // Cancelling twice is harmless: the second call reports the cancelled booking.
    if (booking.status === 'cancelled') return { booking, changed: false };
    if (withStatus(booking, now).status === 'completed') throw new ValidationError(['bookingId']);
    const cancelled: Booking = { ...booking, status: 'cancelled', updatedAt: now.toISOString() };
    await tx.put('bookings', [learnerId, bookingId], cancelled);
    await tx.delete('holds', [booking.slotId, bookingId]);
    return { booking: cancelled, changed: true };
  });
  if (result.changed) notify({ type: 'booking', learnerId, bookingId });
  return result.booking;
}

export async function rescheduleBooking(
  { store, now, notify }: BookingContext,
  learnerId: string,
  bookingId: string,
  newSlotId: string,
  idempotencyKey: string,
): Promise<Booking> {
  const invalid: string[] = [];
  if (!nonEmpty(newSlotId)) invalid.push('newSlotId');
  if (!nonEmpty(idempotencyKey)) invalid.push('idempotencyKey');
  if (invalid.length) throw new ValidationError(invalid);
  const result = await store.write(['bookings', 'holds', 'idempotency'], async (tx) => {
    const earlier = await replay(tx, learnerId, idempotencyKey);
    if (earlier) return { booking: earlier, changed: false };
    const booking = await tx.get<Booking>('bookings', [learnerId, bookingId]);
    if (!booking) throw new NotFoundError('booking');
    if (withStatus(booking, now).status !== 'confirmed') throw new ValidationError(['bookingId']);
    const slot = findSlot(newSlotId, now);
    if (!slot) throw new NotFoundError('slot');
    if (slot.kind !== booking.kind || tooLate(slot, now)) throw new ValidationError(['newSlotId']);
    let moved = booking;
    if (slot.id !== booking.slotId) {
      // Hold the new slot first; if it is full this throws and the transaction leaves the old booking untouched.
      await hold(tx, slot);
      await tx.put('holds', [slot.id, bookingId], { slotId: slot.id, bookingId });
      await tx.delete('holds', [booking.slotId, bookingId]);
      moved = {
        id: booking.id,
        learnerId,
        ...bookingSlotFields(slot, bookingId),
        status: 'confirmed',
        createdAt: booking.createdAt,
        updatedAt: now.toISOString(),
      };
      await tx.put('bookings', [learnerId, bookingId], moved);
    }
    await tx.put('idempotency', [learnerId, idempotencyKey], { bookingId });
    return { booking: moved, changed: moved !== booking };
  });
  if (result.changed) notify({ type: 'booking', learnerId, bookingId });
  return withStatus(result.booking, now);
}
