import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { PROBLEM_TYPES } from '../../../src/data/http/problem-types.js';
import type { ProgressUpdate } from '../../../src/data/types.js';
import { applicant, progressUpdate } from '../../../src/testing/kit.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { api, closeSources, freshServer, httpSource, serverClock } from './api.js';

/**
 * Who may see and change what, tried against the real reference server as an outsider would:
 * with no token, a forged or expired one, and with learner B's token on learner A's data.
 */
interface Answer {
  readonly status: number;
  readonly type?: string;
  readonly body: unknown;
}

async function call(
  method: string,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<Answer> {
  const response = await fetch(`${await api.url()}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(method === 'POST' && path.endsWith('/bookings') ? { 'Idempotency-Key': `key-${Math.random()}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  return { status: response.status, type: (parsed as { type?: string } | undefined)?.type, body: parsed };
}

/** Whether a slot is past every demo kind's lead time (48 h at most), so that it can be booked. */
const bookable = (slot: { start: string }, clock: () => Date) =>
  Date.parse(slot.start) >= clock().getTime() + 72 * 3_600_000;

const A = 'learner-alice';
const B = 'learner-bob';
const COURSE = 'elem-math-fractions';

describe('the reference server authorizes every data route', function () {
  this.timeout(30_000);
  let tokenA: string;
  let tokenB: string;
  let event: ProgressUpdate;
  let slotId: string;

  beforeEach(async () => {
    await freshServer();
    [tokenA, tokenB] = await Promise.all([api.token(A), api.token(B)]);
    const clock = await serverClock();
    const course = await (await httpSource({ as: A })).getCourse(COURSE);
    const lesson = course.chapters[0]!.lessons[0]!;
    event = progressUpdate(clock, A, COURSE, lesson.id, { watchedSegments: [[0, 5]], positionSec: 5, studySec: 5 });
    const from = clock().toISOString().slice(0, 10);
    const to = new Date(clock().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const slots = await (await httpSource({ as: A })).listSlots({ kind: 'mentoring', from, to });
    slotId = slots.find((slot) => slot.remaining > 0 && bookable(slot, clock))!.id;
  });
  afterEach(closeSources);

  it('refuses every data route without a token, with a forged one and with an expired one (401)', async () => {
    const forged = `${tokenA.slice(0, -4)}AAAA`;
    const expired = await api.token(A, { ttlSec: -600 });
    for (const token of [undefined, 'not-a-jwt', forged, expired]) {
      for (const [method, path] of [
        ['GET', '/courses'],
        ['GET', '/consultation-kinds'],
        ['GET', `/learners/${A}/summary`],
        ['GET', `/learners/${A}/bookings`],
        ['GET', '/regions/seoul/cohort'],
      ] as const) {
        const answer = await call(method, path, token ? { token } : {});
        expect(answer.status, `${method} ${path} with ${token ? token.slice(0, 12) : 'no token'}`).to.equal(401);
        expect(answer.type).to.equal(PROBLEM_TYPES.unauthorized);
      }
    }
  });

  it("gives learner B 403 on every read and write of learner A's data, and changes nothing", async () => {
    const source = await httpSource({ as: A });
    const booking = await source.createBooking({ slotId, learnerId: A, idempotencyKey: 'alice-1', applicant });
    const before = {
      summary: await source.getLearnerSummary(A),
      bookings: await source.listBookings(A),
      progress: await source.getCourseProgress(A, COURSE),
    };
    const attempts: [string, string, unknown?][] = [
      ['GET', `/learners/${A}/summary`],
      ['GET', `/learners/${A}/bookings`],
      ['GET', `/learners/${A}/courses/${COURSE}/progress`],
      ['PUT', `/learners/${A}/weekly-goal`, { minutes: 999 }],
      ['POST', `/learners/${A}/bookings`, { slotId, learnerId: A, applicant }],
      ['POST', `/learners/${A}/bookings/${booking.id}/cancel`, {}],
      ['POST', `/learners/${A}/bookings/${booking.id}/reschedule`, { slotId }],
      ['POST', '/progress-events', { events: [event] }],
      // B's own path, but a body that speaks for A.
      ['POST', `/learners/${B}/bookings`, { slotId, learnerId: A, applicant }],
      ['POST', '/progress-events', { events: [{ ...event, id: `${event.id}-b`, learnerId: B }, event] }],
    ];
    for (const [method, path, body] of attempts) {
      const answer = await call(method, path, { token: tokenB, body });
      expect(answer.status, `${method} ${path}`).to.equal(403);
      expect(answer.type).to.equal(PROBLEM_TYPES.forbidden);
      expect(JSON.stringify(answer.body), 'the refusal names nobody').to.not.contain(A);
    }
    const after = await source.getLearnerSummary(A);
    expect({ ...after, generatedAt: '' }).to.deep.equal({ ...before.summary, generatedAt: '' });
    expect(await source.listBookings(A)).to.deep.equal(before.bookings);
    expect(await source.getCourseProgress(A, COURSE)).to.deep.equal(before.progress);
    expect((await api.counts()).bookings, 'B booked nothing for A').to.equal(1);
  });

  it('lets a learner read and write their own data with their own token', async () => {
    expect((await call('GET', `/learners/${A}/summary`, { token: tokenA })).status).to.equal(200);
    expect(
      (await call('PUT', `/learners/${A}/weekly-goal`, { token: tokenA, body: { minutes: 120 } })).status,
    ).to.equal(204);
    expect((await call('POST', '/progress-events', { token: tokenA, body: { events: [event] } })).status).to.equal(204);
    expect((await call('GET', '/courses', { token: tokenB })).status, 'the catalogue is for anyone signed in').to.equal(
      200,
    );
  });

  it('shows a cohort only to the managers of its region; an unknown region is 404', async () => {
    const gimpo = await api.token('manager-gimpo', { regions: ['gimpo'] });
    const both = await api.token('manager-two', { regions: ['gimpo', 'seoul'] });
    expect((await call('GET', '/regions/gimpo/cohort', { token: tokenA })).status, 'a learner').to.equal(403);
    expect((await call('GET', '/regions/seoul/cohort', { token: gimpo })).status, 'another region').to.equal(403);
    expect((await call('GET', '/regions/gimpo/cohort', { token: gimpo })).status).to.equal(200);
    expect((await call('GET', '/regions/seoul/cohort', { token: both })).status).to.equal(200);
    for (const region of ['atlantis', 'GIMPO', '..%2Fseoul']) {
      const answer = await call('GET', `/regions/${region}/cohort`, { token: both });
      expect(answer.status, region).to.equal(404);
      expect(JSON.stringify(answer.body), 'the 404 does not echo the path').to.not.contain(region);
    }
  });

  it("shows a manager what the region's learners did: the cohort is computed from the progress the server holds", async () => {
    const learner = 'cohort-gimpo-007';
    const manager = await httpSource({ getToken: () => api.token('manager-gimpo', { regions: ['gimpo'] }) });
    const mine = await httpSource({ as: learner });
    const clock = await serverClock();
    const progress = await mine.getCourseProgress(
      learner,
      (await mine.getLearnerSummary(learner)).courses[0]!.courseId,
    );
    const course = await mine.getCourse(progress[0]!.courseId);
    const lesson = course.chapters
      .flatMap((chapter) => chapter.lessons)
      .find(
        (item) => item.kind === 'video' && !progress.some((record) => record.lessonId === item.id && record.completed),
      )!;
    const before = await manager.getCohortSummary('gimpo');
    const update = progressUpdate(clock, learner, course.id, lesson.id, {
      watchedSegments: [[0, lesson.durationSec]],
      positionSec: lesson.durationSec,
      studySec: 300,
    });
    expect(
      (await call('POST', '/progress-events', { token: await api.token(learner), body: { events: [update] } })).status,
    ).to.equal(204);
    const after = await manager.getCohortSummary('gimpo');
    const total = (summary: typeof before) => summary.learners.reduce((sum, item) => sum + item.completedLessons, 0);
    expect(total(after), 'one more lesson completed in Gimpo').to.equal(total(before) + 1);
    const study = (summary: typeof before) => summary.learners.reduce((sum, item) => sum + item.studySecLast30Days, 0);
    expect(study(after)).to.equal(study(before) + 300);
    expect(JSON.stringify(after), 'pseudonymous').to.not.contain(learner);
  });

  it('books nothing for anonymous callers, however many', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call('POST', `/learners/anon-${i}/bookings`, { body: { slotId, learnerId: `anon-${i}`, applicant } }),
      ),
    );
    expect(answers.every((answer) => answer.status === 401)).to.equal(true);
    expect((await api.counts()).bookings).to.equal(0);
  });
});

describe('the reference server keeps to HTTP hygiene', function () {
  this.timeout(20_000);
  let token: string;
  beforeEach(async () => {
    await freshServer();
    token = await api.token(A);
  });

  it('takes writes only as JSON, so that a page on another origin cannot post a simple request (CSRF)', async () => {
    const base = await api.url();
    for (const [path, body, type] of [
      [`/learners/${A}/weekly-goal`, '{"minutes":60}', 'text/plain'],
      ['/progress-events', '{"events":[]}', 'application/x-www-form-urlencoded'],
      [`/learners/${A}/bookings/b-1/cancel`, '', 'multipart/form-data; boundary=x'],
    ] as const) {
      const response = await fetch(`${base}${path}`, {
        method: path.endsWith('weekly-goal') ? 'PUT' : 'POST',
        headers: { 'Content-Type': type, Authorization: `Bearer ${token}` },
        body,
      });
      expect(response.status, `${path} as ${type}`).to.equal(415);
    }
    // What a cross-origin page can send without a preflight: no token, no JSON — refused twice over.
    const simple = await fetch(`${base}/learners/${A}/bookings/b-1/cancel`, { method: 'POST', body: 'x' });
    expect([401, 415]).to.include(simple.status);
  });

  it('marks every answer nosniff, answers HEAD like GET without a body, and keeps `//` from shifting routes', async () => {
    const base = await api.url();
    const auth = { Authorization: `Bearer ${token}` };
    const get = await fetch(`${base}/courses`, { headers: auth });
    const head = await fetch(`${base}/courses`, { method: 'HEAD', headers: auth });
    expect(head.status).to.equal(200);
    expect(head.headers.get('Content-Type')).to.equal(get.headers.get('Content-Type'));
    expect(await head.text()).to.equal('');
    for (const response of [get, head, await fetch(`${base}/courses`), await fetch(`${base}/media/lesson-1.vtt`)]) {
      expect(response.headers.get('X-Content-Type-Options'), response.url).to.equal('nosniff');
    }
    const shifted = await fetch(`${base}//courses`, { headers: auth });
    expect(shifted.status).to.equal(404);
    const unknown = await call('GET', '/learners/../../etc/passwd-probe', { token });
    expect(unknown.status).to.equal(404);
    expect(JSON.stringify(unknown.body)).to.not.contain('passwd-probe');
  });

  it('builds media URLs from its own address, not from the Host header a client sends', async () => {
    const source = await httpSource({ as: A });
    const course = await source.getCourse(COURSE);
    const video = course.chapters[0]!.lessons.find((lesson) => lesson.kind === 'video')!;
    expect(new URL(video.media[0]!.src).origin).to.equal(new URL(await api.url()).origin);
  });
});

describe('what already held, kept in the suite', function () {
  this.timeout(60_000);
  let token: string;
  beforeEach(async () => {
    await freshServer();
    token = await api.token(A);
  });
  afterEach(closeSources);

  it('serves no file outside the media folder, however the path is encoded', async () => {
    const base = await api.url();
    for (const path of [
      '/media/../package.json',
      '/media/..%2f..%2fpackage.json',
      '/media/%2e%2e/%2e%2e/package.json',
      '/media/..%5c..%5cpackage.json',
      '/media/%252e%252e/package.json',
      '/media/lesson-1.vtt%00.json',
    ]) {
      const response = await fetch(`${base}${path}`);
      const text = await response.text();
      // A browser folds a plain `..` before sending: that one arrives as /package.json, a data route.
      expect(response.status, path).to.be.oneOf([400, 401, 404]);
      expect(text, path).to.not.contain('"name": "@seoul-learn/elements"');
    }
  });

  it('refuses a body over the limit with 413 before reading all of it', async () => {
    const answer = await call('POST', '/progress-events', {
      token,
      body: { events: [], padding: 'x'.repeat(300 * 1024) },
    });
    expect(answer.status).to.equal(413);
  });

  it('scopes idempotency keys to their learner: the same key from two learners makes two bookings', async () => {
    const [alice, bob] = await Promise.all([httpSource({ as: A }), httpSource({ as: B })]);
    const clock = await serverClock();
    const from = clock().toISOString().slice(0, 10);
    const to = new Date(clock().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const slot = (await alice.listSlots({ kind: 'admissions', from, to })).find(
      (item) => item.remaining >= 2 && bookable(item, clock),
    )!;
    const mine = await alice.createBooking({ slotId: slot.id, learnerId: A, idempotencyKey: 'shared-key', applicant });
    const theirs = await bob.createBooking({ slotId: slot.id, learnerId: B, idempotencyKey: 'shared-key', applicant });
    expect(theirs.id, 'not a replay of the other learner').to.not.equal(mine.id);
    expect(theirs.learnerId).to.equal(B);
    expect((await api.counts()).bookings).to.equal(2);
  });

  it('gives a one-place slot to exactly one of 40 learners racing through two server processes on one database', async () => {
    const command = <T>(action: string, extra: Record<string, unknown> = {}) =>
      executeServerCommand<T, Record<string, unknown>>('seoul-learn-api', { action, ...extra });
    const urls = await command<string[]>('processes', { count: 2 });
    try {
      const racers = Array.from({ length: 40 }, (_, i) => `racer-${i}`);
      const tokens = await Promise.all(racers.map((sub) => command<string>('processes-token', { sub })));
      const auth = (i: number) => ({ Authorization: `Bearer ${tokens[i]}` });
      const today = (await serverClock())().toISOString().slice(0, 10);
      const later = new Date(Date.parse(today) + 30 * 86_400_000).toISOString().slice(0, 10);
      const slots = (await (
        await fetch(`${urls[0]}/slots?kind=admissions&from=${today}&to=${later}`, { headers: auth(0) })
      ).json()) as { id: string; start: string; capacity: number; remaining: number }[];
      const clock = await serverClock();
      const slot = slots.find((item) => item.capacity === 1 && item.remaining === 1 && bookable(item, clock))!;
      const answers = await Promise.all(
        racers.map((learnerId, i) =>
          fetch(`${urls[i % 2]}/learners/${learnerId}/bookings`, {
            method: 'POST',
            headers: { ...auth(i), 'Content-Type': 'application/json', 'Idempotency-Key': `race-${i}` },
            body: JSON.stringify({ slotId: slot.id, learnerId, applicant }),
          }).then((response) => response.status),
        ),
      );
      expect(
        answers.filter((status) => status === 201),
        'one booking',
      ).to.have.length(1);
      expect(
        answers.filter((status) => status === 409),
        'the others told the slot is taken',
      ).to.have.length(39);
      for (const url of urls) {
        const after = (await (
          await fetch(`${url}/slots?kind=admissions&from=${today}&to=${later}`, { headers: auth(0) })
        ).json()) as { id: string; remaining: number }[];
        expect(after.find((item) => item.id === slot.id)!.remaining, url).to.equal(0);
      }
    } finally {
      await command('processes-stop');
    }
  });
});
