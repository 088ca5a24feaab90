import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { NotFoundError, UnauthorizedError, ValidationError } from '../../../src/data/errors.js';
import type { ProgressUpdate } from '../../../src/data/types.js';
import type { Clock } from '../../../src/data/clock.js';
import { api, closeSources, freshServer, httpSource, serverClock } from './api.js';
import { rejectionOf } from '../helpers.js';
import { progressUpdate, range } from '../../../src/testing/kit.js';

const LEARNER = 'learner-contract';

/** The server's clock, pinned to a fixed start so that the calendar is the same on any day. */
let clock: Clock;

const update = (courseId: string, lessonId: string, overrides: Partial<ProgressUpdate> = {}): ProgressUpdate =>
  progressUpdate(clock, LEARNER, courseId, lessonId, overrides);

// Creating, replaying, racing for, rescheduling and cancelling bookings, holidays, goals and progress
// replay run in the conformance suite (conformance.test.ts); these are the rest of the contract.
describe('HttpDataSource against the reference server', function () {
  this.timeout(20_000);
  beforeEach(async () => {
    await freshServer();
    clock = await serverClock();
  });
  afterEach(closeSources);

  it('lists courses and reads one course with absolute media URLs; an unknown id is NotFound', async () => {
    const source = await httpSource({ as: LEARNER });
    const courses = await source.listCourses();
    expect(courses).to.have.length(8);
    const course = await source.getCourse(courses[0]!.id);
    expect(course.id).to.equal(courses[0]!.id);
    expect(course.chapters.flatMap((chapter) => chapter.lessons)).to.have.length(course.lessonCount);
    const video = course.chapters[0]!.lessons.find((lesson) => lesson.kind === 'video')!;
    expect(new URL(video.media[0]!.src).protocol).to.equal('http:');
    expect(await rejectionOf(source.getCourse('no-such-course'))).to.be.instanceOf(NotFoundError);
  });

  it('audits every progress event it receives and applies a replayed event id once', async () => {
    // What a client sees of this (the record, the summary) is in the conformance suite; here the server's own rows.
    const source = await httpSource({ as: LEARNER, outbox: { storage: 'memory', batchIntervalMs: 60_000 } });
    const course = await source.getCourse((await source.listCourses())[0]!.id);
    const first = update(course.id, course.chapters[0]!.lessons[0]!.id, {
      positionSec: 12,
      watchedSegments: [[0, 12]],
    });
    await source.saveProgress([first]);
    expect(await source.flushProgress()).to.equal('sent');
    // Another tab (its own queue) replays the same event.
    const other = await httpSource({ as: LEARNER, outbox: { storage: 'memory', batchIntervalMs: 60_000 } });
    await other.saveProgress([first]);
    expect(await other.flushProgress()).to.equal('sent');
    const counts = await api.counts();
    expect(counts.receipts, 'the server received the event twice').to.equal(2);
    expect(counts.applied, 'and applied it once').to.equal(1);
  });

  it('rejects a progress event for an unknown lesson as NotFound and a malformed one as Validation', async () => {
    const source = await httpSource({ as: LEARNER, outbox: { storage: 'memory', batchIntervalMs: 60_000 } });
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

  it('reads a region cohort, consultation kinds, consultants and slots in a range', async () => {
    const source = await httpSource({ as: LEARNER });
    // A region's cohort is for its managers.
    const manager = await httpSource({ getToken: () => api.token('manager-gimpo', { regions: ['gimpo'] }) });
    const cohort = await manager.getCohortSummary('gimpo');
    expect(cohort.region).to.equal('gimpo');
    expect(cohort.learners.length).to.be.above(0);
    expect(Object.keys(cohort.learners[0]!)).to.not.include.members(['name', 'phone', 'email']);

    const kinds = await source.listConsultationKinds();
    expect(kinds.map((kind) => kind.id)).to.have.members(['admissions', 'mentoring', 'study']);
    const mentors = await source.listConsultants('mentoring');
    expect(mentors.length).to.be.above(0);
    expect(mentors.every((consultant) => consultant.kinds.includes('mentoring'))).to.equal(true);

    const { from, to } = range(clock, 7);
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

  it('sends the bearer token, asks for a fresh one once on a 401, and gives Unauthorized after that', async () => {
    const fresh = await api.token(LEARNER);
    const calls: string[] = [];
    const tokens = ['stale-token', fresh];
    const source = await httpSource({
      getToken: async () => {
        const token = tokens.shift() ?? fresh;
        calls.push(token);
        return token;
      },
    });
    expect(await source.listCourses()).to.have.length(8);
    expect(calls.slice(0, 2)).to.deep.equal(['stale-token', fresh]);

    const anonymous = await httpSource({ getToken: undefined });
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
