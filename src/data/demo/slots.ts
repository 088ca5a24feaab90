/**
 * Consultation slots, generated from the weekly timetable for the bookable window: the Seoul
 * days from today through the next four weeks, weekdays only, never on a Korean public holiday
 * and never in a year whose holidays are not published yet (any of its days may become one).
 * Slots are computed, not stored, so a slot id (`<consultant>-<ISO start>`) stays valid across
 * reloads for as long as the slot is in the window.
 */
import type { ConsultationKindId, Slot } from '../types.js';
import { isPublicHoliday, isPublishedYear } from './holidays.js';
import { addDays, byCodeUnits, seoulDateKey, seoulInstant, seoulWeekday } from '../time.js';
import {
  BOOKING_WINDOW_DAYS,
  CONSULTATION_KIND_FIXTURES,
  IN_PERSON_LOCATION,
  TIMETABLE,
} from './fixtures/consultants.js';

export { BOOKING_WINDOW_DAYS };

/** A slot before bookings are counted: `remaining` comes from the store. */
export type SlotTemplate = Omit<Slot, 'remaining'>;

const DURATION = new Map(CONSULTATION_KIND_FIXTURES.map((kind) => [kind.id, kind.durationMin]));

/** True when a Seoul calendar day can carry slots: a weekday, known not to be a public holiday. */
export function isConsultationDay(dateKey: string): boolean {
  const weekday = seoulWeekday(dateKey);
  return weekday !== 0 && weekday !== 6 && isPublishedYear(Number(dateKey.slice(0, 4))) && !isPublicHoliday(dateKey);
}

function slotsOnDay(dateKey: string, now: Date): SlotTemplate[] {
  if (!isConsultationDay(dateKey)) return [];
  const weekday = seoulWeekday(dateKey);
  const slots: SlotTemplate[] = [];
  for (const entry of TIMETABLE) {
    if (!entry.weekdays.includes(weekday)) continue;
    const start = seoulInstant(dateKey, entry.hour, entry.minute);
    // A slot that has already started cannot be booked.
    if (start.getTime() <= now.getTime()) continue;
    const iso = start.toISOString();
    slots.push({
      id: `${entry.consultantId}-${iso}`,
      kind: entry.kind,
      consultantId: entry.consultantId,
      start: iso,
      durationMin: DURATION.get(entry.kind) ?? 60,
      mode: entry.mode,
      capacity: entry.capacity,
      ...(entry.mode === 'in-person' ? { location: IN_PERSON_LOCATION } : {}),
    });
  }
  return slots;
}

/** Every bookable slot in the window that starts at `now`, sorted by start then consultant. */
export function windowSlots(now: Date, kind?: ConsultationKindId): SlotTemplate[] {
  const today = seoulDateKey(now);
  const slots: SlotTemplate[] = [];
  for (let i = 0; i < BOOKING_WINDOW_DAYS; i++) {
    for (const slot of slotsOnDay(addDays(today, i), now)) {
      if (!kind || slot.kind === kind) slots.push(slot);
    }
  }
  return slots.sort((a, b) => byCodeUnits(a.start, b.start) || byCodeUnits(a.consultantId, b.consultantId));
}

const SLOT_ID = /^(.+)-(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/;

/** The bookable slot with this id, or undefined when it does not exist or is outside the window. */
export function findSlot(slotId: string, now: Date): SlotTemplate | undefined {
  const match = SLOT_ID.exec(slotId);
  if (!match) return undefined;
  const start = new Date(match[2] as string);
  if (Number.isNaN(start.getTime())) return undefined;
  const day = seoulDateKey(start);
  const today = seoulDateKey(now);
  if (day < today || day >= addDays(today, BOOKING_WINDOW_DAYS)) return undefined;
  return slotsOnDay(day, now).find((slot) => slot.id === slotId);
}

/**
 * Whether `slot` starts sooner than its kind's lead time from `now`: the consultant could not
 * prepare, so it can no longer be booked or moved to, whatever a client offers.
 */
export function tooLate(slot: { readonly kind: string; readonly start: string }, now: Date): boolean {
  const kind = CONSULTATION_KIND_FIXTURES.find((item) => item.id === slot.kind);
  return Date.parse(slot.start) < now.getTime() + (kind?.leadTimeHours ?? 0) * 3_600_000;
}
