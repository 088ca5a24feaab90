import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import type { Clock } from '../../../src/data/clock.js';
import { PROBLEM_TYPES } from '../../../src/data/http/problem-types.js';
import {
  EARLIEST_INSTANT,
  MAX_CLOCK_AHEAD_MS,
  MAX_ID_LENGTH,
  MAX_JSON_DEPTH,
  MAX_MEDIA_SEC,
  MAX_SEGMENTS_PER_EVENT,
  MAX_SEGMENTS_PER_LESSON,
  MAX_STUDY_SEC_PER_DAY,
  MAX_STUDY_SEC_PER_EVENT,
} from '../../../src/data/limits.js';
import { seoulDateKey } from '../../../src/data/time.js';
import type { ProgressUpdate, WatchedSegment } from '../../../src/data/types.js';
import { api, closeSources, freshServer, httpSource, serverClock } from './api.js';

const LEARNER = 'learner-poison';
const COURSE = 'elem-math-fractions';
const LESSON = 'elem-math-fractions-1-1'; // a 16 s clip
const DURATION = 16;

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly problem: { type?: string; fields?: string[] };
}

/** Sends `body` as the project's client never would: raw text, straight to the server, signed in as `as`. */
async function send(method: string, path: string, body?: string, as = LEARNER): Promise<Answer> {
  const response = await fetch(`${await api.url()}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await api.token(as)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type') ?? '',
    problem: text ? JSON.parse(text) : {},
  };
}

const postEvents = (events: readonly unknown[]) => send('POST', '/progress-events', JSON.stringify({ events }));

/** Asserts a 400 validation problem that names exactly `fields`. */
function expectRefused(answer: Answer, fields: readonly string[], label = ''): void {
  expect(answer.status, label).to.equal(400);
  expect(answer.contentType, label).to.match(/^application\/problem\+json/);
  expect(answer.problem.type, label).to.equal(PROBLEM_TYPES.validation);
  expect(answer.problem.fields, label).to.deep.equal(fields);
}

let clock: Clock;
let sequence = 0;

function event(overrides: Partial<Record<keyof ProgressUpdate, unknown>> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    id: `poison-${sequence}`,
    learnerId: LEARNER,
    courseId: COURSE,
    lessonId: LESSON,
    positionSec: 2,
    durationSec: DURATION,
    watchedSegments: [[0, 2]],
    studySec: 2,
    completed: false,
    at: clock().toISOString(),
    ...overrides,
  };
}

/** The learner's record of the lesson, read by the project's own client (which validates it). */
async function lessonRecord() {
  const source = await httpSource({ as: LEARNER });
  return (await source.getCourseProgress(LEARNER, COURSE)).find((record) => record.lessonId === LESSON);
}

/** The learner's player and dashboard data, read by the project's own client: both must validate. */
async function readsBack(learnerId = LEARNER): Promise<void> {
  const source = await httpSource({ as: learnerId });
  await source.getCourseProgress(learnerId, COURSE);
  await source.getLearnerSummary(learnerId);
}

describe('the reference server cannot be poisoned through progress, goals or ids', function () {
  this.timeout(30_000);
  beforeEach(async () => {
    await freshServer();
    clock = await serverClock();
  });
  afterEach(closeSources);

  describe('completion', () => {
    it('does not complete a lesson for one event that says completed with nothing watched', async () => {
      expect(
        (await postEvents([event({ watchedSegments: [], completed: true, positionSec: DURATION })])).status,
      ).to.equal(204);
      expect(await lessonRecord()).to.include({ completed: false, positionSec: DURATION });
      expect(await lessonRecord()).to.not.have.property('completedAt');
      const summary = await (await httpSource({ as: LEARNER })).getLearnerSummary(LEARNER);
      expect(summary.courses.find((course) => course.courseId === COURSE)).to.include({ completedLessons: 0 });
    });

    it('completes a lesson from the coverage it holds, says the flag what it may, and keeps it completed', async () => {
      await postEvents([event({ watchedSegments: [[0, 14]], completed: true })]);
      expect((await lessonRecord())!.completed, '14 of 16 s is 87.5 %').to.equal(false);
      await postEvents([event({ watchedSegments: [[13, 14.5]], completed: false })]);
      const done = (await lessonRecord())!;
      expect(done.completed, '14.5 of 16 s is 90.6 %').to.equal(true);
      await postEvents([event({ watchedSegments: [], completed: false, positionSec: 1 })]);
      expect(await lessonRecord()).to.include({ completed: true, completedAt: done.completedAt, positionSec: 1 });
    });
  });

  describe('timestamps', () => {
    it('refuses instants far ahead, far back, not in UTC or not ISO 8601, naming the field', async () => {
      const ahead = new Date(clock().getTime() + MAX_CLOCK_AHEAD_MS + 60_000).toISOString();
      const refused = [
        '+275760-09-13T00:00:00.000Z',
        '0001-01-01T00:00:00.000Z',
        '1',
        '2019-12-31T23:59:59.999Z',
        ahead,
        '2026-12-01T09:00:00+09:00',
        '2026-02-30T10:00:00.000Z',
      ];
      for (const at of refused) expectRefused(await postEvents([event(), event({ at })]), ['events[1].at'], at);
      expect((await api.counts()).applied, 'the good event in each batch was not applied either').to.equal(0);
      await readsBack();
    });

    it('keeps resuming where the learner stopped after a future instant was tried', async () => {
      const ahead = new Date(clock().getTime() + 300 * 86_400_000).toISOString();
      expectRefused(await postEvents([event({ at: ahead, positionSec: 3 })]), ['events[0].at']);
      await postEvents([event({ positionSec: 5 })]);
      expect(await lessonRecord()).to.include({ positionSec: 5 });
      await postEvents([event({ positionSec: 9, at: new Date(clock().getTime() + 1000).toISOString() })]);
      expect(await lessonRecord(), 'the position still moves').to.include({ positionSec: 9 });
    });
  });

  describe('size', () => {
    it('caps the merged segments of one lesson, however many valid posts arrive', async () => {
      // Nine posts of 50 events, each with 100 disjoint 0.1 ms segments: 45,000 in all.
      let start = 0;
      for (let post = 0; post < 9; post++) {
        const events = Array.from({ length: 50 }, () =>
          event({
            watchedSegments: Array.from({ length: MAX_SEGMENTS_PER_EVENT }, (): WatchedSegment => {
              start += 0.0003;
              return [Number(start.toFixed(4)), Number((start + 0.0001).toFixed(4))];
            }),
          }),
        );
        expect((await postEvents(events)).status, `post ${post}`).to.equal(204);
      }
      const record = (await lessonRecord())!;
      expect(record.watchedSegments).to.have.length(MAX_SEGMENTS_PER_LESSON);
      expect(record.watchedSegments.every(([from, to]) => from >= 0 && to <= DURATION && from < to)).to.equal(true);
      expect(record.completed).to.equal(false);
      await readsBack();
    });

    it('clips segments to the lesson and refuses an event with too many, reversed or absurd ones', async () => {
      await postEvents([event({ watchedSegments: [[10, 3600]] })]);
      expect((await lessonRecord())!.watchedSegments).to.deep.equal([[10, DURATION]]);
      const many = Array.from({ length: MAX_SEGMENTS_PER_EVENT + 1 }, (_, i) => [i * 0.1, i * 0.1 + 0.05]);
      expectRefused(await postEvents([event({ watchedSegments: many })]), ['events[0].watchedSegments']);
      expectRefused(await postEvents([event({ watchedSegments: [[5, 2]] })]), ['events[0].watchedSegments']);
      expectRefused(await postEvents([event({ watchedSegments: [[0, 1e9]] })]), ['events[0].watchedSegments']);
    });

    it('refuses numbers JSON reads as Infinity, naming the field', async () => {
      const text = JSON.stringify({ events: [event({ positionSec: 7 })] }).replace(
        '"positionSec":7',
        '"positionSec":1e400',
      );
      expectRefused(await send('POST', '/progress-events', text), ['events[0].positionSec']);
    });
  });

  describe('study time', () => {
    it(`refuses more than ${MAX_STUDY_SEC_PER_EVENT} s in one event`, async () => {
      expectRefused(await postEvents([event({ studySec: MAX_STUDY_SEC_PER_EVENT + 1 })]), ['events[0].studySec']);
    });

    it('counts at most a day of study on one learner-day', async () => {
      const events = Array.from({ length: 30 }, () => event({ studySec: MAX_STUDY_SEC_PER_EVENT }));
      expect((await postEvents(events)).status).to.equal(204);
      const summary = await (await httpSource({ as: LEARNER })).getLearnerSummary(LEARNER);
      expect(summary.dailyStudy.at(-1)).to.deep.equal({ date: seoulDateKey(clock()), seconds: MAX_STUDY_SEC_PER_DAY });
    });
  });

  describe('ids', () => {
    it(`refuses body ids longer than ${MAX_ID_LENGTH} characters or with control characters`, async () => {
      const long = 'x'.repeat(MAX_ID_LENGTH + 1);
      expectRefused(await postEvents([event({ id: long })]), ['events[0].id']);
      expectRefused(await postEvents([event({ learnerId: 'learner\u0000poison' })]), ['events[0].learnerId']);
      expectRefused(await postEvents([event({ learnerId: 'learner\u0085poison' })]), ['events[0].learnerId']);
      expectRefused(await postEvents([event({ lessonId: `${LESSON}\n` })]), ['events[0].lessonId']);
      expect((await postEvents([event({ id: 'x'.repeat(MAX_ID_LENGTH) })])).status).to.equal(204);
    });

    it('refuses path ids longer than the cap or with control characters', async () => {
      const long = 'x'.repeat(MAX_ID_LENGTH + 1);
      const goal = JSON.stringify({ minutes: 120 });
      expectRefused(await send('PUT', `/learners/${long}/weekly-goal`, goal), ['learnerId']);
      expectRefused(await send('PUT', '/learners/a%00b/weekly-goal', goal), ['learnerId']);
      expectRefused(await send('PUT', '/learners/a%0Ab/weekly-goal', goal), ['learnerId']);
      expectRefused(await send('GET', '/learners/a%1Bb/summary'), ['learnerId']);
      expectRefused(await send('GET', `/learners/${long}/bookings`), ['learnerId']);
      expectRefused(await send('GET', `/learners/${LEARNER}/courses/${long}/progress`), ['courseId']);
      expectRefused(await send('GET', `/learners/${LEARNER}/courses/a%7Fb/progress`), ['courseId']);
      const longest = 'x'.repeat(MAX_ID_LENGTH);
      expect((await send('PUT', `/learners/${longest}/weekly-goal`, goal, longest)).status).to.equal(204);
    });
  });

  describe('nesting', () => {
    it(`refuses a body nested deeper than ${MAX_JSON_DEPTH} levels with a 400 naming the body`, async () => {
      const deep = (levels: number) => `{"events":${'['.repeat(levels)}${']'.repeat(levels)}}`;
      expectRefused(await send('POST', '/progress-events', deep(MAX_JSON_DEPTH)), ['body']);
      // About 200 KB of brackets: measured without recursion, refused before it is parsed.
      expectRefused(await send('POST', '/progress-events', deep(100_000)), ['body']);
      expectRefused(await send('PUT', '/learners/x/weekly-goal', `{"minutes":${'['.repeat(50_000)}`), ['body']);
      // Brackets inside a string are text, not nesting.
      expect((await postEvents([event({ id: '[[[[[[[[[[{{{{{{{{{{' })])).status).to.equal(204);
      // Within the limit a body is read, and answered by its schema: the fields of the event.
      const shallow = await send('POST', '/progress-events', deep(MAX_JSON_DEPTH - 2));
      expect(shallow.status).to.equal(400);
      expect(shallow.problem.fields).to.include('events[0].id').and.not.include('body');
    });
  });

  it('accepts input at every edge of the limits, and the project client reads all of it back', async () => {
    const learnerId = `학습자 ${'가'.repeat(MAX_ID_LENGTH - 4)}`;
    expect(learnerId).to.have.length(MAX_ID_LENGTH);
    const edge = new Date(clock().getTime() + MAX_CLOCK_AHEAD_MS).toISOString();
    const events = [
      event({ learnerId, at: EARLIEST_INSTANT, watchedSegments: [[0, 1]] }),
      event({
        learnerId,
        at: edge,
        positionSec: MAX_MEDIA_SEC,
        durationSec: MAX_MEDIA_SEC,
        watchedSegments: [[15, MAX_MEDIA_SEC]],
        studySec: MAX_STUDY_SEC_PER_EVENT,
        completed: true,
      }),
    ];
    expect((await send('POST', '/progress-events', JSON.stringify({ events }), learnerId)).status).to.equal(204);
    expect(
      (await send('PUT', `/learners/${encodeURIComponent(learnerId)}/weekly-goal`, '{"minutes":3000}', learnerId))
        .status,
    ).to.equal(204);
    const source = await httpSource({ as: learnerId });
    const [record] = await source.getCourseProgress(learnerId, COURSE);
    expect(record).to.deep.include({
      learnerId,
      positionSec: DURATION,
      durationSec: DURATION,
      watchedSegments: [
        [0, 1],
        [15, 16],
      ],
      completed: false,
      updatedAt: edge,
    });
    expect((await source.getLearnerSummary(learnerId)).weeklyGoalMinutes).to.equal(3000);
  });

  it('leaves the learner readable by the project client after every attack above was tried', async () => {
    const ahead = new Date(clock().getTime() + 400 * 86_400_000).toISOString();
    await postEvents([event({ at: ahead })]);
    await postEvents([event({ at: '1' })]);
    await postEvents([event({ watchedSegments: [], completed: true })]);
    await postEvents([event({ watchedSegments: [[0, 1e9]] })]);
    await send('POST', '/progress-events', `{"events":${'['.repeat(10_000)}`);
    await readsBack();
    const record = (await lessonRecord())!;
    expect(record).to.include({ completed: false });
    expect(Date.parse(record.updatedAt)).to.be.at.most(clock().getTime() + MAX_CLOCK_AHEAD_MS);
  });
});
