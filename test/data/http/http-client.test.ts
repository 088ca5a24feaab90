import '../../helpers/readable-failures.js';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import {
  ContentTooLargeError,
  type DataSourceError,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  SlotTakenError,
  UnauthorizedError,
  ValidationError,
} from '../../../src/data/errors.js';
import { HttpDataSource, type HttpDataSourceOptions } from '../../../src/data/http/index.js';
import { deleteOutboxDatabase } from '../../../src/data/outbox/index.js';
import type { DataChange, ProgressUpdate } from '../../../src/data/types.js';
import {
  APPLICANT,
  BASE,
  BOOKING,
  COURSE,
  LEARNER,
  SUMMARY,
  fakeFetch,
  html,
  json,
  noContent,
  problem,
  update,
  type Responder,
} from './fake-fetch.js';
import { rejectionOf } from '../helpers.js';

/** Fast retries so that tests do not wait out the real backoff. */
const FAST = { initialMs: 1, maxMs: 5 };

describe('HttpDataSource', () => {
  const opened: HttpDataSource[] = [];
  let warnings: string[];
  let originalWarn: typeof console.warn;

  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = originalWarn;
    for (const source of opened.splice(0)) source.close();
  });

  /** A data source on a fake fetch; progress is queued in memory and sent only when flushed. */
  function open(responder: Responder, options: Partial<HttpDataSourceOptions> = {}) {
    const fake = fakeFetch(responder);
    const source = new HttpDataSource({
      baseUrl: BASE,
      fetch: fake.fetch,
      backoff: FAST,
      outbox: { storage: 'memory', batchIntervalMs: 60_000 },
      ...options,
    });
    opened.push(source);
    return { source, calls: fake.calls };
  }

  describe('requests', () => {
    it('sends a GET with Accept, no cookies, no cache, and returns the validated body', async () => {
      const { source, calls } = open(() => json(200, [{ ...SUMMARY, extra: 'dropped' }]));
      const courses = await source.listCourses();
      expect(courses).to.deep.equal([SUMMARY]);
      expect(calls).to.have.length(1);
      const [call] = calls;
      expect(call.url).to.equal(`${BASE}/courses`);
      expect(call.method).to.equal('GET');
      expect(call.headers.get('Accept')).to.equal('application/json');
      expect(call.headers.has('Authorization')).to.be.false;
      expect(call.init.credentials).to.equal('omit');
      expect(call.init.cache).to.equal('no-store');
      expect(call.init.keepalive).to.be.false;
    });

    it('percent-encodes path parameters and joins a base URL with a trailing slash', async () => {
      const { source, calls } = open(() => json(200, COURSE), { baseUrl: `${BASE}/` });
      await source.getCourse('a/b c?');
      expect(calls[0].url).to.equal(`${BASE}/courses/a%2Fb%20c%3F`);
      expect(source.baseUrl).to.equal(BASE);
    });

    it('resolves a relative base URL against the document and names the outbox database after it', () => {
      const { source } = open(() => json(200, []), { baseUrl: '/api/v1/' });
      expect(source.baseUrl).to.equal(`${location.origin}/api/v1`);
      expect(source.outboxDatabaseName).to.equal(`seoul-learn-outbox:${location.origin}/api/v1`);
    });

    it('refuses a base URL that is not a URL', () => {
      expect(() => new HttpDataSource({ baseUrl: 'http://' })).to.throw(TypeError);
    });

    it('puts slot and consultant filters in the query string', async () => {
      const { source, calls } = open(() => json(200, []));
      await source.listSlots({
        kind: 'mentoring',
        consultantId: 'c 1&x',
        from: '2026-12-01T00:00:00.000Z',
        to: '2026-12-08T00:00:00.000Z',
      });
      await source.listConsultants('admissions');
      await source.listConsultants();
      const slots = new URL(calls[0].url);
      expect(slots.pathname).to.equal('/seoul-learn/v1/slots');
      expect(Object.fromEntries(slots.searchParams)).to.deep.equal({
        kind: 'mentoring',
        consultantId: 'c 1&x',
        from: '2026-12-01T00:00:00.000Z',
        to: '2026-12-08T00:00:00.000Z',
      });
      expect(calls[1].url).to.equal(`${BASE}/consultants?kind=admissions`);
      expect(calls[2].url).to.equal(`${BASE}/consultants`);
    });

    it('asks for holidays by Seoul days and validates the calendar it gets', async () => {
      const calendar = {
        holidays: [{ date: '2027-05-03', names: [{ ko: '대체공휴일(노동절)', en: 'Substitute holiday (Labor Day)' }] }],
        unpublishedYears: [2028],
      };
      const { source, calls } = open(() => json(200, calendar));
      expect(await source.listHolidays('2027-05-01', '2028-01-31')).to.deep.equal(calendar);
      expect(calls[0].url).to.equal(`${BASE}/holidays?from=2027-05-01&to=2028-01-31`);
      const error = await rejectionOf(source.listHolidays('2027-5-1', '2027-02-30'));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields).to.deep.equal(['from', 'to']);
      expect(calls, 'no request for a malformed day').to.have.length(1);
    });

    it('refuses a holiday calendar that breaks the contract', async () => {
      const bodies = [
        { holidays: [{ date: '2027-05-03', names: [] }], unpublishedYears: [] },
        { holidays: [{ date: '3 May', names: [{ ko: '노동절' }] }], unpublishedYears: [] },
        { holidays: [], unpublishedYears: ['2028'] },
        { holidays: [] },
      ];
      for (const body of bodies) {
        const { source } = open(() => json(200, body));
        expect(
          await rejectionOf(source.listHolidays('2027-05-01', '2027-05-31')),
          JSON.stringify(body),
        ).to.be.instanceOf(InvalidResponseError);
      }
    });

    it('rejects an empty path parameter without a request', async () => {
      const { source, calls } = open(() => json(200, []));
      const error = await rejectionOf(source.getCourseProgress('', 'course-1'));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields).to.deep.equal(['learnerId']);
      expect(calls).to.have.length(0);
    });

    it('calls an injected fetch as a plain function, not as a method of the options', async () => {
      const receivers: unknown[] = [];
      const options = {
        baseUrl: BASE,
        outbox: { storage: 'memory' as const },
        fetch(this: unknown) {
          receivers.push(this);
          return Promise.resolve(json(200, []));
        },
      };
      const source = new HttpDataSource(options);
      opened.push(source);
      await source.listCourses();
      expect(receivers).to.deep.equal([undefined]);
    });
  });

  describe('time-outs and cancellation', () => {
    it('gives up an attempt after timeoutMs with NetworkError', async () => {
      const { source, calls } = open(() => 'hang', { timeoutMs: 30, retries: 0 });
      const started = performance.now();
      const error = await rejectionOf(source.listCourses());
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as Error).message).to.equal('timed out');
      expect(performance.now() - started).to.be.within(25, 1000);
      expect(calls).to.have.length(1);
    });

    it('retries a timed-out GET', async () => {
      const { source, calls } = open((_, i) => (i < 2 ? 'hang' : json(200, [])), { timeoutMs: 30 });
      expect(await source.listCourses()).to.deep.equal([]);
      expect(calls).to.have.length(3);
    });

    it('times out a response whose body never finishes', async () => {
      const stalled = () =>
        new Response(new ReadableStream({ start: () => {} }), { headers: { 'Content-Type': 'application/json' } });
      const { source } = open(stalled, { timeoutMs: 30, retries: 0 });
      expect(await rejectionOf(source.listCourses())).to.be.instanceOf(NetworkError);
    });

    it('rejects with the caller’s abort reason, without a retry or a warning', async () => {
      const { source, calls } = open(() => 'hang');
      const controller = new AbortController();
      const reason = new DOMException('left the page', 'AbortError');
      const pending = source.getCourse('course-1', { signal: controller.signal });
      await aTimeout(10);
      controller.abort(reason);
      expect(await rejectionOf(pending)).to.equal(reason);
      await aTimeout(20);
      expect(calls).to.have.length(1);
      expect(warnings).to.deep.equal([]);
    });

    it('sends nothing for a signal that is already aborted', async () => {
      const { source, calls } = open(() => json(200, []));
      const error = await rejectionOf(source.listCourses({ signal: AbortSignal.abort() }));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(calls).to.have.length(0);
    });

    it('stops at once when aborted while waiting to retry', async () => {
      const { source, calls } = open(() => json(503, {}), { backoff: { initialMs: 10_000, maxMs: 10_000 } });
      const controller = new AbortController();
      const pending = source.listCourses({ signal: controller.signal });
      await waitUntil(() => calls.length === 1);
      await aTimeout(20);
      const started = performance.now();
      controller.abort();
      const error = await rejectionOf(pending);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(performance.now() - started).to.be.below(100);
      expect(calls).to.have.length(1);
    });
  });

  describe('retries', () => {
    it('retries a GET twice on 500, then fails with NetworkError', async () => {
      const { source, calls } = open(() => problem(500, 'internal'));
      expect(await rejectionOf(source.listCourses())).to.be.instanceOf(NetworkError);
      expect(calls).to.have.length(3);
    });

    it('retries a dropped connection and succeeds when the API comes back', async () => {
      const { source, calls } = open((_, i) => (i < 2 ? 'drop' : json(200, [SUMMARY])));
      expect(await source.listCourses()).to.deep.equal([SUMMARY]);
      expect(calls).to.have.length(3);
    });

    it('honours the retries option', async () => {
      const { source, calls } = open(() => 'drop', { retries: 0 });
      expect(await rejectionOf(source.listCourses())).to.be.instanceOf(NetworkError);
      expect(calls).to.have.length(1);
    });

    for (const [status, type, errorClass] of [
      [400, 'validation', ValidationError],
      [404, 'not-found', NotFoundError],
      [409, 'slot-taken', SlotTakenError],
      [422, 'validation', ValidationError],
      [403, 'forbidden', ForbiddenError],
    ] as const) {
      it(`never retries a ${status}`, async () => {
        const { source, calls } = open(() => problem(status, type));
        expect(await rejectionOf(source.getCourse('course-1'))).to.be.instanceOf(errorClass);
        expect(calls).to.have.length(1);
      });
    }

    it('retries a 429 after Retry-After seconds', async () => {
      const { source, calls } = open((_, i) => (i === 0 ? json(429, {}, { 'Retry-After': '1' }) : json(200, [])), {
        backoff: { initialMs: 1, maxMs: 5000 },
      });
      const started = performance.now();
      await source.listCourses();
      expect(performance.now() - started).to.be.at.least(950);
      expect(calls).to.have.length(2);
    });

    it('caps a long Retry-After at backoff.maxMs', async () => {
      const { source, calls } = open((_, i) => (i === 0 ? json(503, {}, { 'Retry-After': '120' }) : json(200, [])), {
        backoff: { initialMs: 1, maxMs: 50 },
      });
      const started = performance.now();
      await source.listCourses();
      expect(performance.now() - started).to.be.below(1000);
      expect(calls).to.have.length(2);
    });

    it('retries a booking with the same Idempotency-Key', async () => {
      const { source, calls } = open((_, i) => (i === 0 ? json(503, {}) : json(201, BOOKING)));
      await source.createBooking({ slotId: 'slot-1', learnerId: LEARNER, applicant: APPLICANT, idempotencyKey: 'k-1' });
      expect(calls.map((call) => call.headers.get('Idempotency-Key'))).to.deep.equal(['k-1', 'k-1']);
    });
  });

  describe('bearer token', () => {
    it('sends the token from getToken', async () => {
      const { source, calls } = open(() => json(200, []), { getToken: async () => 'token-1' });
      await source.listCourses();
      expect(calls[0].headers.get('Authorization')).to.equal('Bearer token-1');
    });

    it('asks for a fresh token once after a 401 and retries with it', async () => {
      let asked = 0;
      const { source, calls } = open((_, i) => (i === 0 ? problem(401, 'unauthorized') : json(200, [])), {
        getToken: async () => `token-${++asked}`,
      });
      expect(await source.listCourses()).to.deep.equal([]);
      expect(asked).to.equal(2);
      expect(calls.map((call) => call.headers.get('Authorization'))).to.deep.equal([
        'Bearer token-1',
        'Bearer token-2',
      ]);
    });

    it('asks getToken again exactly once when the fresh token is refused too, then rejects with UnauthorizedError', async () => {
      const asked: string[] = [];
      const { source, calls } = open(() => problem(401, 'unauthorized'), {
        getToken: async () => {
          asked.push(`token-${asked.length + 1}`);
          return asked[asked.length - 1]!;
        },
      });
      const error = await rejectionOf(source.getCourse('course-1'));
      expect(error).to.be.instanceOf(UnauthorizedError);
      expect((error as DataSourceError).code).to.equal('unauthorized');
      expect(asked).to.deep.equal(['token-1', 'token-2']);
      expect(calls.map((call) => call.headers.get('Authorization'))).to.deep.equal([
        'Bearer token-1',
        'Bearer token-2',
      ]);
    });

    it('does not ask getToken again on a 403: the token is valid, the learner may not do this', async () => {
      let asked = 0;
      const { source, calls } = open(() => problem(403, 'forbidden'), { getToken: async () => `token-${++asked}` });
      expect(await rejectionOf(source.listBookings(LEARNER))).to.be.instanceOf(ForbiddenError);
      expect(asked).to.equal(1);
      expect(calls).to.have.length(1);
    });

    it('fails with UnauthorizedError on a second 401', async () => {
      let asked = 0;
      const { source, calls } = open(() => problem(401, 'unauthorized'), {
        getToken: async () => `token-${++asked}`,
      });
      expect(await rejectionOf(source.listBookings(LEARNER))).to.be.instanceOf(UnauthorizedError);
      expect(asked).to.equal(2);
      expect(calls).to.have.length(2);
    });

    it('fails with UnauthorizedError on a 401 when there is no getToken', async () => {
      const { source, calls } = open(() => problem(401, 'unauthorized'));
      expect(await rejectionOf(source.listBookings(LEARNER))).to.be.instanceOf(UnauthorizedError);
      expect(calls).to.have.length(1);
    });

    it('fails with UnauthorizedError, sending nothing, when getToken rejects', async () => {
      const { source, calls } = open(() => json(200, []), {
        getToken: () => Promise.reject(new Error('signed out')),
      });
      expect(await rejectionOf(source.listBookings(LEARNER))).to.be.instanceOf(UnauthorizedError);
      expect(calls).to.have.length(0);
    });
  });

  describe('errors', () => {
    it('maps not-found to NotFoundError', async () => {
      const { source } = open(() => problem(404, 'not-found'));
      const error = await rejectionOf(source.getCourse('nope'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as DataSourceError).code).to.equal('not-found');
    });

    it('maps slot-taken to SlotTakenError with the problem’s slot, or else the requested one', async () => {
      const withSlot = open(() => problem(409, 'slot-taken', { slotId: 'slot-from-server' })).source;
      const request = { slotId: 'slot-1', learnerId: LEARNER, applicant: APPLICANT, idempotencyKey: 'k' };
      expect(((await rejectionOf(withSlot.createBooking(request))) as SlotTakenError).slotId).to.equal(
        'slot-from-server',
      );
      const bare = open(() => new Response('conflict', { status: 409 })).source;
      const error = await rejectionOf(bare.rescheduleBooking(LEARNER, 'booking-1', 'slot-9', 'k'));
      expect(error).to.be.instanceOf(SlotTakenError);
      expect((error as SlotTakenError).slotId).to.equal('slot-9');
    });

    it('maps validation to ValidationError with the problem’s fields', async () => {
      const { source } = open(() => problem(400, 'validation', { fields: ['minutes'] }));
      const error = await rejectionOf(source.setWeeklyGoal(LEARNER, 5));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields).to.deep.equal(['minutes']);
    });

    it('maps a 422 without fields to ValidationError([])', async () => {
      const { source } = open(() => problem(422, 'validation'));
      expect(((await rejectionOf(source.setWeeklyGoal(LEARNER, 50))) as ValidationError).fields).to.deep.equal([]);
    });

    it('maps idempotency-conflict to ValidationError(["Idempotency-Key"])', async () => {
      const { source } = open(() => problem(422, 'idempotency-conflict'));
      const request = { slotId: 'slot-1', learnerId: LEARNER, applicant: APPLICANT, idempotencyKey: 'k' };
      expect(((await rejectionOf(source.createBooking(request))) as ValidationError).fields).to.deep.equal([
        'Idempotency-Key',
      ]);
    });

    it('falls back on the status when the problem document is malformed', async () => {
      const { source } = open(
        () => new Response('{"type": 7}', { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
      );
      expect(await rejectionOf(source.getCourse('x'))).to.be.instanceOf(NotFoundError);
    });

    it('turns an HTML error page on a 5xx into NetworkError, without a warning', async () => {
      const { source, calls } = open(() => html(502));
      const error = await rejectionOf(source.getCourse('course-1'));
      expect(error).to.be.instanceOf(NetworkError);
      expect(calls).to.have.length(3);
      expect(warnings).to.deep.equal([]);
    });

    it('maps forbidden, or a plain 403, to ForbiddenError without retrying it', async () => {
      for (const answer of [() => problem(403, 'forbidden'), () => new Response('forbidden', { status: 403 })]) {
        const { source, calls } = open(answer);
        const error = await rejectionOf(source.getLearnerSummary(LEARNER));
        expect(error).to.be.instanceOf(ForbiddenError);
        expect((error as DataSourceError).code).to.equal('forbidden');
        expect((error as Error).message).not.to.contain(LEARNER);
        expect(calls).to.have.length(1);
      }
    });

    it('maps the forbidden problem type over a contradicting status', async () => {
      const { source } = open(() => problem(400, 'forbidden'));
      expect(await rejectionOf(source.getLearnerSummary(LEARNER))).to.be.instanceOf(ForbiddenError);
    });

    it('maps a 413 to ContentTooLargeError without retrying it', async () => {
      const { source, calls } = open(() => new Response('too large', { status: 413 }));
      const error = await rejectionOf(source.setWeeklyGoal(LEARNER, 60));
      expect(error).to.be.instanceOf(ContentTooLargeError);
      expect((error as DataSourceError).code).to.equal('too-large');
      expect(calls).to.have.length(1);
    });

    it('turns an unexpected 4xx into NetworkError without retrying it', async () => {
      const { source, calls } = open(() => new Response('teapot', { status: 418 }));
      expect(await rejectionOf(source.listCourses())).to.be.instanceOf(NetworkError);
      expect(calls).to.have.length(1);
    });
  });

  describe('invalid responses', () => {
    it('rejects malformed JSON with InvalidResponseError and one warning', async () => {
      const { source, calls } = open(
        () => new Response('{"id": "course-1", ', { headers: { 'Content-Type': 'application/json' } }),
      );
      const error = await rejectionOf(source.getCourse('course-1'));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).path).to.equal('');
      expect(calls, 'not retried').to.have.length(1);
      expect(warnings).to.deep.equal([
        '[seoul-learn] getCourse: the API response is not JSON; showing an error instead.',
      ]);
    });

    it('names the first bad field and warns once per operation and path', async () => {
      const secret = 'SECRET-VALUE-93';
      const broken = structuredClone(COURSE) as unknown as { chapters: { lessons: { durationSec: unknown }[] }[] };
      broken.chapters[0].lessons[2].durationSec = secret;
      const { source } = open(() => json(200, broken));
      const first = await rejectionOf(source.getCourse(LEARNER));
      const second = await rejectionOf(source.getCourse(LEARNER));
      for (const error of [first, second]) {
        expect(error).to.be.instanceOf(InvalidResponseError);
        expect((error as InvalidResponseError).path).to.equal('chapters[0].lessons[2].durationSec');
        expect((error as Error).message).not.to.contain(secret);
      }
      expect(warnings).to.deep.equal([
        '[seoul-learn] getCourse: the API response has an invalid field at chapters[0].lessons[2].durationSec ' +
          '(expected number); showing an error instead.',
      ]);
      expect(warnings[0]).not.to.contain(secret);
      expect(warnings[0]).not.to.contain(LEARNER);
      expect(warnings[0]).not.to.contain('http');
    });

    it('warns again for another path or another operation', async () => {
      const { source } = open((call) =>
        call.url.endsWith('/courses')
          ? json(200, [SUMMARY, { ...SUMMARY, title: undefined }])
          : json(200, { ...COURSE, lessonCount: -1 }),
      );
      expect(((await rejectionOf(source.listCourses())) as InvalidResponseError).path).to.equal('[1].title');
      expect(((await rejectionOf(source.getCourse('course-1'))) as InvalidResponseError).path).to.equal('lessonCount');
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('listCourses').and.to.contain('[1].title (missing)');
      expect(warnings[1]).to.contain('getCourse').and.to.contain('lessonCount');
    });

    it('rejects a body of the wrong shape with an empty path', async () => {
      const { source } = open(() => json(200, { courses: [] }));
      const error = await rejectionOf(source.listCourses());
      expect((error as InvalidResponseError).path).to.equal('');
      expect(warnings[0]).to.contain('invalid body');
    });
  });

  describe('bookings', () => {
    const request = { slotId: 'slot-1', learnerId: LEARNER, applicant: APPLICANT, idempotencyKey: 'key-123' };

    it('POSTs the slot and applicant with the Idempotency-Key, never the applicant in the URL', async () => {
      const { source, calls } = open(() => json(201, BOOKING));
      const changes: DataChange[] = [];
      source.subscribe((change) => changes.push(change));
      expect(await source.createBooking(request)).to.deep.equal(BOOKING);
      const [call] = calls;
      expect(call.method).to.equal('POST');
      expect(call.url).to.equal(`${BASE}/learners/${LEARNER}/bookings`);
      expect(call.headers.get('Idempotency-Key')).to.equal('key-123');
      expect(call.headers.get('Content-Type')).to.equal('application/json');
      expect(call.body).to.deep.equal({ slotId: 'slot-1', applicant: APPLICANT });
      const url = decodeURIComponent(call.url);
      for (const value of Object.values(APPLICANT)) {
        if (typeof value === 'string') expect(url).not.to.contain(value);
      }
      expect(changes).to.deep.equal([{ type: 'booking', learnerId: LEARNER, bookingId: 'booking-1' }]);
    });

    it('cancels and reschedules through their routes', async () => {
      const { source, calls } = open(() => json(200, BOOKING));
      const changes: DataChange[] = [];
      source.subscribe((change) => changes.push(change));
      await source.cancelBooking(LEARNER, 'booking-1');
      await source.rescheduleBooking(LEARNER, 'booking-1', 'slot-2', 'key-9');
      expect(calls.map((call) => [call.method, call.url])).to.deep.equal([
        ['POST', `${BASE}/learners/${LEARNER}/bookings/booking-1/cancel`],
        ['POST', `${BASE}/learners/${LEARNER}/bookings/booking-1/reschedule`],
      ]);
      expect(calls[0].body, 'a JSON body, as every write has').to.deep.equal({});
      expect(calls[0].headers.get('Content-Type')).to.equal('application/json');
      expect(calls[1].body).to.deep.equal({ slotId: 'slot-2' });
      expect(calls[1].headers.get('Idempotency-Key')).to.equal('key-9');
      expect(changes.map((change) => change.type)).to.deep.equal(['booking', 'booking']);
    });

    it('sets the weekly goal with a PUT and notifies', async () => {
      const { source, calls } = open(() => noContent());
      const changes: DataChange[] = [];
      source.subscribe((change) => changes.push(change));
      await source.setWeeklyGoal(LEARNER, 120);
      expect(calls[0].method).to.equal('PUT');
      expect(calls[0].url).to.equal(`${BASE}/learners/${LEARNER}/weekly-goal`);
      expect(calls[0].body).to.deep.equal({ minutes: 120 });
      expect(changes).to.deep.equal([{ type: 'goal', learnerId: LEARNER }]);
    });

    it('keeps notifying the others when one listener throws', async () => {
      const { source } = open(() => noContent());
      const seen: string[] = [];
      const onError = window.onerror;
      window.onerror = () => true; // the listener's error is re-raised asynchronously; keep it out of the test
      try {
        source.subscribe(() => {
          throw new Error('listener bug');
        });
        source.subscribe((change) => seen.push(change.type));
        await source.setWeeklyGoal(LEARNER, 100);
        await aTimeout(0);
      } finally {
        window.onerror = onError;
      }
      expect(seen).to.deep.equal(['goal']);
    });
  });

  describe('progress', () => {
    /** A data source whose first round (what an earlier visit left, here nothing) is over. */
    async function openIdle(responder: Responder, options: Partial<HttpDataSourceOptions> = {}) {
      const result = open(responder, options);
      expect(await result.source.flushProgress()).to.equal('sent');
      return result;
    }
    const postedIds = (body: unknown) => (body as { events: ProgressUpdate[] }).events.map((event) => event.id);

    it('resolves once queued, before the network is used, and the outbox then POSTs { events }', async () => {
      const { source, calls } = await openIdle(() => noContent(), { getToken: async () => 'token-1' });
      await source.saveProgress([update('u1'), update('u2', 'lesson-2')]);
      expect(calls, 'sent before queued').to.have.length(0);
      expect(await source.pendingProgress()).to.equal(2);

      expect(await source.flushProgress()).to.equal('sent');
      expect(calls).to.have.length(1);
      expect(calls[0].method).to.equal('POST');
      expect(calls[0].url).to.equal(`${BASE}/progress-events`);
      expect(calls[0].body).to.deep.equal({ events: [update('u1'), update('u2', 'lesson-2')] });
      expect(calls[0].headers.get('Authorization')).to.equal('Bearer token-1');
      expect(calls[0].init.keepalive).to.be.false;
      expect(await source.pendingProgress()).to.equal(0);
    });

    it('sends on its own after batchIntervalMs', async () => {
      const { source, calls } = await openIdle(() => noContent(), {
        outbox: { storage: 'memory', batchIntervalMs: 0 },
      });
      await source.saveProgress([update('u1')]);
      expect(calls).to.have.length(0);
      await waitUntil(() => calls.length === 1, 'the outbox did not send');
      expect(postedIds(calls[0].body)).to.deep.equal(['u1']);
    });

    it('flushes with keepalive when asked', async () => {
      const { source, calls } = await openIdle(() => noContent());
      await source.saveProgress([update('u1')]);
      await source.flushProgress({ keepalive: true });
      expect(calls[0].init.keepalive).to.be.true;
    });

    it('notifies once per lesson after a batch was delivered', async () => {
      const { source } = await openIdle(() => noContent());
      const changes: DataChange[] = [];
      source.subscribe((change) => changes.push(change));
      await source.saveProgress([update('u1'), update('u2'), update('u3', 'lesson-2')]);
      expect(changes, 'notified before delivery').to.deep.equal([]);
      await source.flushProgress();
      expect(changes).to.deep.equal([
        { type: 'progress', learnerId: LEARNER, courseId: 'course-1', lessonId: 'lesson-1' },
        { type: 'progress', learnerId: LEARNER, courseId: 'course-1', lessonId: 'lesson-2' },
      ]);
    });

    it('does not retry a send itself and keeps the batch for the outbox’s retry', async () => {
      const { source, calls } = await openIdle((_, i) => (i === 0 ? problem(500, 'internal') : noContent()));
      await source.saveProgress([update('u1')]);
      expect(await source.flushProgress()).to.equal('failed');
      expect(calls).to.have.length(1);
      expect(await source.pendingProgress()).to.equal(1);
      expect(await source.flushProgress()).to.equal('sent');
      expect(calls.map((call) => postedIds(call.body))).to.deep.equal([['u1'], ['u1']]);
    });

    it('lets the outbox drop a batch the API refuses as invalid', async () => {
      const { source, calls } = await openIdle(() => problem(400, 'validation', { fields: ['events[0].positionSec'] }));
      await source.saveProgress([update('u1')]);
      expect(await source.flushProgress()).to.equal('sent');
      expect(calls).to.have.length(1);
      expect(await source.pendingProgress()).to.equal(0);
    });

    it('drops a batch answered 403 with one warning naming ids and counts only; the next batch is delivered', async () => {
      const { source, calls } = await openIdle((_, i) => (i === 0 ? problem(403, 'forbidden') : noContent()));
      await source.saveProgress([update('refused-1'), update('refused-2')]);
      expect(await source.flushProgress()).to.equal('sent');
      expect(await source.pendingProgress()).to.equal(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('2 progress updates').and.contain('refused-1').and.contain('refused-2');
      expect(warnings[0]).to.contain('not allowed');
      expect(warnings[0]).not.to.contain(LEARNER);
      expect(warnings[0]).not.to.contain('course-1');
      await source.saveProgress([update('after')]);
      expect(await source.flushProgress()).to.equal('sent');
      expect(calls.map((call) => postedIds(call.body))).to.deep.equal([['refused-1', 'refused-2'], ['after']]);
    });

    it('keeps a batch answered 401 for a later retry instead of dropping it', async () => {
      const { source, calls } = await openIdle((_, i) => (i < 2 ? problem(401, 'unauthorized') : noContent()), {
        getToken: async () => 'token',
      });
      await source.saveProgress([update('u1')]);
      expect(await source.flushProgress()).to.equal('failed');
      expect(calls, 'asked once more with a fresh token').to.have.length(2);
      expect(await source.pendingProgress()).to.equal(1);
      expect(await source.flushProgress()).to.equal('sent');
      expect(postedIds(calls[2].body)).to.deep.equal(['u1']);
      expect(warnings).to.deep.equal([]);
    });

    it('sends a batch answered 413 again in halves and drops only the update too large on its own', async () => {
      // A server whose body limit (1 000 bytes) is below the client's batch budget.
      const LIMIT = 1_000;
      const bytes = (call: { init: RequestInit }) => new TextEncoder().encode(call.init.body as string).length;
      const { source, calls } = await openIdle((call) =>
        bytes(call) > LIMIT ? new Response('', { status: 413 }) : noContent(),
      );
      const segments = Array.from({ length: 60 }, (_, i): [number, number] => [i * 10 + 0.123456, i * 10 + 5.123456]);
      const big = { ...update('big'), watchedSegments: segments };
      const ids = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
      await source.saveProgress([
        ...ids.slice(0, 3).map((id) => update(id)),
        big,
        ...ids.slice(3).map((id) => update(id)),
      ]);
      expect(await source.flushProgress()).to.equal('sent');
      expect(await source.pendingProgress()).to.equal(0);
      expect(postedIds(calls[0].body), 'the whole batch first').to.have.length(8);
      const accepted = calls.filter((call) => bytes(call) <= LIMIT).flatMap((call) => postedIds(call.body));
      expect(accepted, 'every other update, in order').to.deep.equal(ids);
      const alone = calls.filter((call) => postedIds(call.body).join() === 'big');
      expect(alone, 'the big update is tried alone once, then dropped').to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('1 progress update').and.contain('too large').and.contain('big');
      expect(warnings[0]).not.to.contain(LEARNER);
    });

    it('rejects a malformed update with ValidationError and queues nothing', async () => {
      const { source } = await openIdle(() => noContent());
      const bad = { ...update('u2'), positionSec: 'late' } as unknown as ProgressUpdate;
      const error = await rejectionOf(source.saveProgress([update('u1'), bad]));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields).to.deep.equal(['updates[1].positionSec']);
      expect(await source.pendingProgress()).to.equal(0);
    });

    it('sends what an earlier visit left in IndexedDB as soon as a data source for the same API opens', async () => {
      const baseUrl = `https://api-${Math.random().toString(36).slice(2)}.example.test/v1`;
      const indexeddb = { storage: 'indexeddb' as const, batchIntervalMs: 60_000 };
      const first = open(() => 'drop', { baseUrl, outbox: indexeddb });
      await first.source.flushProgress();
      await first.source.saveProgress([update('left-1')]);
      first.source.close();
      const other = open(() => noContent(), { baseUrl: `${baseUrl}/other`, outbox: indexeddb });
      const next = open(() => noContent(), { baseUrl, outbox: indexeddb });
      try {
        await waitUntil(() => next.calls.length === 1, 'the leftover was not sent');
        expect(postedIds(next.calls[0].body)).to.deep.equal(['left-1']);
        expect(await next.source.pendingProgress()).to.equal(0);
        expect(other.calls, 'another API’s queue').to.have.length(0);
      } finally {
        for (const { source } of [next, other]) {
          source.close();
          await deleteOutboxDatabase(source.outboxDatabaseName);
        }
      }
    });

    it('keeps each request body within 60 000 bytes', async () => {
      const { source, calls } = await openIdle(() => noContent());
      // Ids within the contract's 200 characters, and long watched-segment lists: about 1.5 KB each.
      const long = 'x'.repeat(180);
      const segments = Array.from({ length: 40 }, (_, i): [number, number] => [i * 10 + 0.123456, i * 10 + 5.123456]);
      const updates = Array.from({ length: 200 }, (_, i) => ({
        ...update(`u${i}`),
        id: `u${i}-${long}`,
        watchedSegments: segments,
      }));
      await source.saveProgress(updates);
      await source.flushProgress();
      expect(calls.length).to.be.greaterThan(1);
      for (const call of calls) {
        expect(new TextEncoder().encode(call.init.body as string).length).to.be.at.most(60_000);
      }
      expect(calls.flatMap((call) => postedIds(call.body))).to.deep.equal(updates.map((u) => u.id));
    });
  });
});
