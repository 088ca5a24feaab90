/**
 * Helpers shared by the groups of the conformance suite. Dates come from the clock of the data
 * source under test, ids from a counter: nothing reads the machine's clock.
 */
import { expect } from '@open-wc/testing';
import type { Clock } from '../data/clock.js';
import type { Applicant, BookingRequest, ConsultationKindId, DataSource, ProgressUpdate, Slot } from '../data/types.js';
import type { DataSourceUnderTest, SuiteState } from './types.js';

export const DAY = 86_400_000;

/** Distinctive personal data, easy to search for in what a data source returns or throws. */
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

let counter = 0;
/** A key or id no other call of this page has used. */
export function unique(label: string): string {
  counter += 1;
  return `${label}-${counter}`;
}

export function bookingRequest(slotId: string, idempotencyKey: string, learnerId = 'learner-a'): BookingRequest {
  return { slotId, learnerId, idempotencyKey, applicant };
}

/** A report of 10 s watched of a 16 s lesson, made now, with `overrides`. */
export function progressUpdate(
  now: Clock,
  learnerId: string,
  courseId: string,
  lessonId: string,
  overrides: Partial<ProgressUpdate> = {},
): ProgressUpdate {
  return {
    id: unique('progress'),
    learnerId,
    courseId,
    lessonId,
    positionSec: 10,
    durationSec: 16,
    watchedSegments: [[0, 10]],
    studySec: 10,
    completed: false,
    at: now().toISOString(),
    ...overrides,
  };
}

/** `from` = now and `to` = `days` later, as the instants of a slot query. */
export function range(now: () => Date, days = 28): { from: string; to: string } {
  const at = now().getTime();
  return { from: new Date(at).toISOString(), to: new Date(at + days * DAY).toISOString() };
}

/** The lead time of a consultation kind in ms, as the data source states it. */
export async function leadTimeOf(subject: DataSourceUnderTest, kind: ConsultationKindId): Promise<number> {
  const kinds = await subject.source.listConsultationKinds();
  return (kinds.find((item) => item.id === kind)?.leadTimeHours ?? 0) * 3_600_000;
}

/** Every slot of a kind in the next four weeks that can still be booked: past the kind's lead time. */
export async function slotsOf(subject: DataSourceUnderTest, kind: ConsultationKindId): Promise<Slot[]> {
  const earliest = subject.now().getTime() + (await leadTimeOf(subject, kind));
  const slots = await subject.source.listSlots({ kind, ...range(subject.now) });
  return slots.filter((slot) => Date.parse(slot.start) >= earliest);
}

/** The first slot of a kind with room left that matches. */
export async function findSlot(
  subject: DataSourceUnderTest,
  kind: ConsultationKindId,
  match: (slot: Slot) => boolean = () => true,
): Promise<Slot> {
  const slot = (await slotsOf(subject, kind)).find((item) => item.remaining > 0 && match(item));
  expect(slot, `a free ${kind} slot`).to.not.equal(undefined);
  return slot!;
}

/** How many places a slot has left now. */
export async function remaining(subject: DataSourceUnderTest, slot: Slot): Promise<number | undefined> {
  return (await slotsOf(subject, slot.kind)).find((item) => item.id === slot.id)?.remaining;
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

/** Asserts that `instant` is now by the clock of the data source, within the suite's tolerance. */
export function expectNow(state: SuiteState, instant: string | undefined, what: string): void {
  expect(instant, what).to.be.a('string');
  const { clockToleranceMs } = state.options;
  if (clockToleranceMs === 0) {
    expect(instant, what).to.equal(state.subject().now().toISOString());
    return;
  }
  const distance = Math.abs(Date.parse(instant!) - state.subject().now().getTime());
  expect(distance, `${what} is now, by the data source's clock`).to.be.at.most(clockToleranceMs);
}

/** The data source a test drives. */
export const sourceOf = (state: SuiteState): DataSource => state.subject().source;

/** The data source under test as `learnerId` (see `DataSourceUnderTest.as`). */
export async function sourceAs(state: SuiteState, learnerId: string): Promise<DataSource> {
  const subject = state.subject();
  return (await subject.as?.(learnerId)) ?? subject.source;
}
