// Shared setup for the LocalDemoDataSource tests.
import { expect } from '@open-wc/testing';
import { LocalDemoDataSource, type DemoDataSourceOptions } from '../../src/data/demo/demo-data-source.js';
import type { Applicant, BookingRequest, ConsultationKindId, Slot } from '../../src/data/types.js';

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

/** Distinctive personal data, easy to search for. */
export const PERSONAL = {
  name: '홍길순테스트',
  phone: '010-9876-5432',
  email: 'hong.privacy-probe@example.org',
  guardianName: '홍보호자테스트',
  guardianPhone: '010-5555-7777',
  question: '수시 원서 쓰기 전에 꼭 물어보고 싶은 비밀 질문입니다 XQZ-7731',
};

export const applicant: Applicant = {
  name: PERSONAL.name,
  schoolLevel: 'high',
  grade: 2,
  phone: PERSONAL.phone,
  email: PERSONAL.email,
  guardianAttending: true,
  guardianName: PERSONAL.guardianName,
  guardianPhone: PERSONAL.guardianPhone,
  question: PERSONAL.question,
  consent: true,
};

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

/** The first slot of a kind that matches. */
export async function findSlot(
  source: LocalDemoDataSource,
  kind: ConsultationKindId,
  match: (slot: Slot) => boolean = () => true,
): Promise<Slot> {
  const slot = (await allSlots(source, kind)).find(match);
  expect(slot, `a ${kind} slot`).to.exist;
  return slot!;
}

/** Resolves with the rejection reason, or fails the test when the promise fulfils. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected the promise to reject');
  return undefined;
}
