// Shared setup for the LocalDemoDataSource tests.
import { expect } from '@open-wc/testing';
import { LocalDemoDataSource, type DemoDataSourceOptions } from '../../src/data/demo/demo-data-source.js';
import type { BookingRequest, ConsultationKindId, Slot } from '../../src/data/types.js';
import { applicant } from '../../src/testing/kit.js';

/** 2026-12-01 09:00 KST, a Tuesday; the booking window then runs to 2026-12-28 and holds 12-25. */
export const NOW = new Date('2026-12-01T00:00:00Z');
export const fixedNow = () => new Date(NOW);
export const WINDOW_END = new Date(NOW.getTime() + 60 * 86_400_000);

export function memorySource(options: DemoDataSourceOptions = {}): LocalDemoDataSource {
  return new LocalDemoDataSource({ storage: 'memory', now: fixedNow, ...options });
}

let counter = 0;
/** A database name no other test uses. */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `seoul-learn-test-${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export { PERSONAL, applicant, rejectionOf } from '../../src/testing/kit.js';

export function request(slotId: string, idempotencyKey: string, learnerId = 'learner-a'): BookingRequest {
  return { slotId, learnerId, idempotencyKey, applicant };
}

/** Every slot of a kind in the next 60 days. */
export function allSlots(
  source: LocalDemoDataSource,
  kind: ConsultationKindId,
  consultantId?: string,
): Promise<Slot[]> {
  return source.listSlots({
    kind,
    from: NOW.toISOString(),
    to: WINDOW_END.toISOString(),
    ...(consultantId ? { consultantId } : {}),
  });
}

/** The first slot of a kind that matches and can still be booked at `NOW`: past the kind's lead time. */
export async function findSlot(
  source: LocalDemoDataSource,
  kind: ConsultationKindId,
  match: (slot: Slot) => boolean = () => true,
): Promise<Slot> {
  const lead = (await source.listConsultationKinds()).find((item) => item.id === kind)!.leadTimeHours;
  const earliest = NOW.getTime() + lead * 3_600_000;
  const slot = (await allSlots(source, kind)).find((item) => Date.parse(item.start) >= earliest && match(item));
  expect(slot, `a ${kind} slot`).to.exist;
  return slot!;
}
