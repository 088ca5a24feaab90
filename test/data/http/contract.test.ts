import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { NotFoundError, SlotTakenError, UnauthorizedError, ValidationError } from '../../../src/data/errors.js';
import { CONSULTATION_KINDS, type Applicant, type ProgressUpdate, type Slot } from '../../../src/data/types.js';
import { seoulDateKey } from '../../../src/data/time.js';
import type { Clock } from '../../../src/data/clock.js';
import { api, closeSources, freshServer, httpSource, serverClock } from './api.js';
import { rejectionOf } from '../helpers.js';

const LEARNER = 'learner-contract';
const DAY = 86_400_000;

const applicant: Applicant = {
  name: '김서울',
  schoolLevel: 'high',
  grade: 2,
  phone: '010-1234-5678',
  guardianAttending: false,
  consent: true,
};

/** The server's clock, pinned to a fixed start so that the calendar is the same on any day. */
let clock: Clock;

function range(days = 28): { from: string; to: string } {
  const now = clock().getTime();
  return { from: new Date(now).toISOString(), to: new Date(now + days * DAY).toISOString() };
}

let sequence = 0;
function update(courseId: string, lessonId: string, overrides: Partial<ProgressUpdate> = {}): ProgressUpdate {
  sequence += 1;
  return {
    id: `contract-${Date.now()}-${sequence}`,
    learnerId: LEARNER,
    courseId,
    lessonId,
    positionSec: 10,
    durationSec: 16,
    watchedSegments: [[0, 10]],
    studySec: 10,
    completed: false,
    at: clock().toISOString(),
    ...overrides,
  };
}

describe('HttpDataSource against the reference server (every contract operation)', function () {
  this.timeout(20_000);
  beforeEach(async () => {
    await freshServer();
    clock = await serverClock();
  });
  afterEach(closeSources);

  it('lists courses and reads one course with absolute media URLs; an unknown id is NotFound', async () => {
    const source = await httpSource();
    const courses = await source.listCourses();
    expect(courses).to.have.length(8);
    const course = await source.getCourse(courses[0]!.id);
    expect(course.id).to.equal(courses[0]!.id);
    expect(course.chapters.flatMap((chapter) => chapter.lessons)).to.have.length(course.lessonCount);
    const video = course.chapters[0]!.lessons.find((lesson) => lesson.kind === 'video')!;
    expect(new URL(video.media[0]!.src).protocol).to.equal('http:');
    expect(await rejectionOf(source.getCourse('no-such-course'))).to.be.instanceOf(NotFoundError);
  });

  it('saves progress through the outbox and reads it back; a replayed event id changes nothing', async () => {
    const source = await httpSource({ outbox: { storage: 'memory', batchIntervalMs: 60_000 } });
    const course = await source.getCourse((await source.listCourses())[0]!.id);
    const lesson = course.chapters[0]!.lessons[0]!;
    const first = update(course.id, lesson.id, { positionSec: 12, watchedSegments: [[0, 12]], studySec: 12 });
    await source.saveProgress([first]);
    expect(await source.flushProgress()).to.equal('sent');
    // Another tab (its own queue) replays the same event.
    const other = await httpSource({ outbox: { storage: 'memory', batchIntervalMs: 60_000 } });
    await other.saveProgress([first]);
    expect(await other.flushProgress()).to.equal('sent');

    const progress = await source.getCourseProgress(LEARNER, course.id);
    const record = progress.find((item) => item.lessonId === lesson.id)!;
    expect(record.positionSec).to.equal(12);
    expect(record.watchedSegments).to.deep.equal([[0, 12]]);
    const counts = await api.counts();
    expect(counts.receipts, 'the server received the event twice').to.equal(2);
    expect(counts.applied, 'and applied it once').to.equal(1);

    const summary = await source.getLearnerSummary(LEARNER);
    expect(summary.learnerId).to.equal(LEARNER);
    expect(summary.courses.map((item) => item.courseId)).to.include(course.id);
    expect(summary.recentLessons[0]).to.include({ courseId: course.id, lessonId: lesson.id });
    expect(Math.abs(Date.parse(summary.generatedAt) - clock().getTime()), 'made now, by the server clock').to.be.below(
      60_000,
    );
  });

  it('rejects a progress event for an unknown lesson as NotFound and a malformed one as Validation', async () => {
    const source = await httpSource({ outbox: { storage: 'memory', batchIntervalMs: 60_000 } });
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const course = (await source.listCourses())[0]!;
      await source.saveProgress([update(course.id, 'no-such-lesson')]);
      // The outbox drops what the server will never accept, with one warning, and goes on.
      expect(await source.flushProgress()).to.equal('sent');
      expect(await source.pendingProgress()).to.equal(0);
      expect(warnings).to.have.length(1);
      expect((await api.counts()).applied).to.equal(0);
      expect(await rejectionOf(source.saveProgress([{ ...update(course.id, 'x'), positionSec: -1 }]))).to.be.instanceOf(
        ValidationError,
      );
    } finally {
      console.warn = warn;
    }
  });

  it('sets the weekly goal and refuses one out of range', async () => {
    const source = await httpSource();
    const changes: string[] = [];
    source.subscribe((change) => changes.push(change.type));
    await source.setWeeklyGoal(LEARNER, 240);
    expect((await source.getLearnerSummary(LEARNER)).weeklyGoalMinutes).to.equal(240);
    expect(changes).to.deep.equal(['goal']);
    const error = await rejectionOf(source.setWeeklyGoal(LEARNER, 5));
    expect(error).to.be.instanceOf(ValidationError);
  });

  it('reads a region cohort, consultation kinds, consultants and slots in a range', async () => {
    const source = await httpSource();
    const cohort = await source.getCohortSummary('gimpo');
    expect(cohort.region).to.equal('gimpo');
    expect(cohort.learners.length).to.be.above(0);
    expect(Object.keys(cohort.learners[0]!)).to.not.include.members(['name', 'phone', 'email']);

    const kinds = await source.listConsultationKinds();
    expect(kinds.map((kind) => kind.id)).to.have.members(['admissions', 'mentoring', 'study']);
    const mentors = await source.listConsultants('mentoring');
    expect(mentors.length).to.be.above(0);
    expect(mentors.every((consultant) => consultant.kinds.includes('mentoring'))).to.equal(true);

    const { from, to } = range(7);
    const slots = await source.listSlots({ kind: 'study', from, to });
    expect(slots.length).to.be.above(0);
    for (const slot of slots) {
      expect(slot.kind).to.equal('study');
      expect(slot.start >= from && slot.start < to, slot.start).to.equal(true);
    }
    const one = slots[0]!.consultantId;
    const theirs = await source.listSlots({ kind: 'study', consultantId: one, from, to });
    expect(theirs.every((slot) => slot.consultantId === one)).to.equal(true);
  });

  it('lists public holidays from the gazette and the years not published yet; no slot falls on one', async () => {
    const source = await httpSource();
    const may = await source.listHolidays('2027-05-01', '2027-05-31');
    expect(may.holidays.map((holiday) => holiday.date)).to.deep.equal([
      '2027-05-01',
      '2027-05-03',
      '2027-05-05',
      '2027-05-13',
    ]);
    expect(may.holidays[1]!.names).to.deep.equal([{ ko: '대체공휴일(노동절)', en: 'Substitute holiday (Labor Day)' }]);
    expect(may.unpublishedYears).to.deep.equal([]);
    expect((await source.listHolidays('2027-12-01', '2028-01-31')).unpublishedYears).to.deep.equal([2028]);
    const reversed = await rejectionOf(source.listHolidays('2027-05-31', '2027-05-01'));
    expect(reversed).to.be.instanceOf(ValidationError);
    expect((reversed as ValidationError).fields).to.deep.equal(['to']);

    const { from, to } = range();
    const dayOf = (instant: string) => seoulDateKey(new Date(instant));
    const window = await source.listHolidays(dayOf(from), dayOf(to));
    const closed = new Set(window.holidays.map((holiday) => holiday.date));
    for (const kind of CONSULTATION_KINDS) {
      for (const slot of await source.listSlots({ kind, from, to })) {
        expect(closed.has(dayOf(slot.start)), slot.id).to.equal(false);
        expect(window.unpublishedYears, slot.id).to.not.include(Number(dayOf(slot.start).slice(0, 4)));
      }
    }
  });

  it('books, replays the same idempotency key, lists, reschedules and cancels', async () => {
    const source = await httpSource();
    const slots = (await source.listSlots({ kind: 'mentoring', ...range() })).filter((slot) => slot.remaining > 0);
    const [slot, other] = [slots[0]!, slots.find((item) => item.id !== slots[0]!.id)!];
    const request = { slotId: slot.id, learnerId: LEARNER, applicant, idempotencyKey: `key-${Date.now()}` };

    const booking = await source.createBooking(request);
    expect(booking).to.include({ slotId: slot.id, learnerId: LEARNER, status: 'confirmed' });
    expect(JSON.stringify(booking)).to.not.contain(applicant.name).and.not.contain(applicant.phone);
    const again = await source.createBooking(request);
    expect(again.id, 'the same key gives the same booking').to.equal(booking.id);
    expect((await api.counts()).bookings).to.equal(1);

    expect((await source.listBookings(LEARNER)).map((item) => item.id)).to.deep.equal([booking.id]);
    const moved = await source.rescheduleBooking(LEARNER, booking.id, other.id, `move-${Date.now()}`);
    expect(moved.slotId).to.equal(other.id);
    expect(moved.start).to.equal(other.start);

    const cancelled = await source.cancelBooking(LEARNER, moved.id);
    expect(cancelled.status).to.equal('cancelled');
    expect(await rejectionOf(source.cancelBooking(LEARNER, 'no-such-booking'))).to.be.instanceOf(NotFoundError);
    const invalid = await rejectionOf(
      source.createBooking({
        ...request,
        idempotencyKey: `bad-${Date.now()}`,
        applicant: { ...applicant, phone: '12' },
      }),
    );
    expect(invalid).to.be.instanceOf(ValidationError);
    expect((invalid as ValidationError).fields).to.deep.equal(['applicant.phone']);
    expect(JSON.stringify(invalid)).to.not.contain(applicant.name);
  });

  it('20 concurrent attempts at a capacity-1 slot: exactly 1 booking and 19 slot-taken errors', async () => {
    const source = await httpSource();
    const slot = (await source.listSlots({ kind: 'admissions', ...range() })).find(
      (item: Slot) => item.capacity === 1 && item.remaining === 1,
    )!;
    expect(slot, 'a free capacity-1 slot').to.exist;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        source.createBooking({
          slotId: slot.id,
          learnerId: `learner-${i}`,
          applicant,
          idempotencyKey: `race-${Date.now()}-${i}`,
        }),
      ),
    );
    const booked = results.filter((result) => result.status === 'fulfilled');
    const taken = results.filter((result) => result.status === 'rejected' && result.reason instanceof SlotTakenError);
    expect(booked).to.have.length(1);
    expect(taken).to.have.length(19);
    expect((taken[0] as PromiseRejectedResult).reason.slotId).to.equal(slot.id);
    expect((await api.counts()).bookings).to.equal(1);
    const after = (await source.listSlots({ kind: 'admissions', ...range() })).find((item) => item.id === slot.id)!;
    expect(after.remaining).to.equal(0);
  });

  it('sends the bearer token, asks for a fresh one once on a 401, and gives Unauthorized after that', async () => {
    await api.setToken('fresh-token');
    const calls: string[] = [];
    const tokens = ['stale-token', 'fresh-token'];
    const source = await httpSource({
      getToken: async () => {
        const token = tokens.shift() ?? 'fresh-token';
        calls.push(token);
        return token;
      },
    });
    expect(await source.listCourses()).to.have.length(8);
    expect(calls.slice(0, 2)).to.deep.equal(['stale-token', 'fresh-token']);

    const anonymous = await httpSource();
    expect(await rejectionOf(anonymous.listCourses())).to.be.instanceOf(UnauthorizedError);
    let asked = 0;
    const wrong = await httpSource({
      getToken: async () => {
        asked += 1;
        return 'wrong-token';
      },
    });
    expect(await rejectionOf(wrong.listConsultationKinds())).to.be.instanceOf(UnauthorizedError);
    expect(asked, 'once, then once more after the 401').to.equal(2);
  });
});
