// The early reads of `apiDataSource`: the first GETs go out before the HTTP code has arrived and
// the transport takes their responses, so the network and the chunk load side by side.
import { expect } from '@open-wc/testing';
import { ApiDataSource } from '../../../src/data/http/early-reads.js';
import { HttpDataSource } from '../../../src/data/http/index.js';
import { NetworkError, ValidationError } from '../../../src/data/errors.js';
import type { DataSource } from '../../../src/data/types.js';
import { BASE, COURSE, fakeFetch, json, problem, type Responder } from './fake-fetch.js';

/** An `ApiDataSource` whose HTTP code "arrives" when `arrive()` is called. */
function deferred(responder: Responder, getToken?: () => Promise<string>) {
  const { fetch, calls } = fakeFetch(responder);
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const opened: HttpDataSource[] = [];
  const source = new ApiDataSource(BASE, getToken, {
    fetch,
    load: async (options) => {
      await arrived;
      const http = new HttpDataSource({
        ...options,
        retries: 1,
        backoff: { initialMs: 1, maxMs: 1 },
        timeoutMs: 2_000,
        outbox: { storage: 'memory' },
      });
      opened.push(http);
      return http as DataSource;
    },
  });
  return { source, calls, arrive, close: () => opened.forEach((http) => http.close()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('apiDataSource: early reads', () => {
  it('sends a read before the HTTP code arrives, and the data source answers with that one response', async () => {
    const { source, calls, arrive, close } = deferred(
      () => json(200, COURSE),
      async () => 'token-1',
    );
    const listed = source.getCourse('course-1');
    await settle();
    expect(calls.map((call) => call.url)).to.deep.equal([`${BASE}/courses/course-1`]);
    expect(calls[0]!.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(calls[0]!.headers.get('Accept')).to.equal('application/json');
    expect(calls[0]!.init.credentials).to.equal('omit');
    expect(calls[0]!.init.cache).to.equal('no-store');
    arrive();
    expect(await listed).to.deep.equal(COURSE);
    expect(calls).to.have.length(1);
    // Once the code is there, each read is the transport's own request.
    await source.getCourse('course-1');
    expect(calls).to.have.length(2);
    close();
  });

  it('reads the paths and queries the HTTP data source reads', async () => {
    const { source, calls, arrive, close } = deferred((call) =>
      call.url.includes('/summary') || call.url.includes('/cohort') ? problem(404, 'not-found') : json(200, []),
    );
    const reads = [
      source.getCourseProgress('learner 1', 'course/2'),
      source.listConsultationKinds(),
      source.listBookings('learner-1'),
      source.getLearnerSummary('learner-1').catch((error: unknown) => error),
      source.getCohortSummary('seoul').catch((error: unknown) => error),
    ];
    await settle();
    const early = calls.map((call) => call.url);
    arrive();
    await Promise.all(reads);
    expect(early).to.deep.equal([
      `${BASE}/learners/learner%201/courses/course%2F2/progress`,
      `${BASE}/consultation-kinds`,
      `${BASE}/learners/learner-1/bookings`,
      `${BASE}/learners/learner-1/summary`,
      `${BASE}/regions/seoul/cohort`,
    ]);
    // A 404 is not retried, and nothing was asked for twice.
    expect(calls.map((call) => call.url)).to.deep.equal(early);
    close();
  });

  it('leaves a failed early read to the transport, which retries it with a request of its own', async () => {
    const { source, calls, arrive, close } = deferred((_call, index) => (index === 0 ? 'drop' : json(200, COURSE)));
    const listed = source.getCourse('course-1');
    await settle();
    arrive();
    expect(await listed).to.deep.equal(COURSE);
    expect(calls).to.have.length(2);
    close();
  });

  it('answers with the early read when getToken signs a new token for the transport', async () => {
    let asked = 0;
    const { source, calls, arrive, close } = deferred(
      () => json(200, COURSE),
      async () => `token-${++asked}`,
    );
    const read = source.getCourse('course-1');
    await settle();
    arrive();
    expect(await read).to.deep.equal(COURSE);
    expect(asked, 'asked once for the early read, once by the transport').to.equal(2);
    expect(calls.map((call) => call.headers.get('Authorization'))).to.deep.equal(['Bearer token-1']);
    expect(calls[0]!.init.signal!.aborted, 'the early read is not cancelled').to.equal(false);
    close();
  });

  it('asks for a fresh token and sends again when the early read is answered 401', async () => {
    let asked = 0;
    const { source, calls, arrive, close } = deferred(
      (_call, index) => (index === 0 ? problem(401, 'unauthorized') : json(200, COURSE)),
      async () => `token-${++asked}`,
    );
    const read = source.getCourse('course-1');
    await settle();
    arrive();
    expect(await read).to.deep.equal(COURSE);
    expect(calls.map((call) => call.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-3']);
    close();
  });

  it('sends nothing early when getToken fails; the read fails as unauthorized', async () => {
    const { source, calls, arrive, close } = deferred(
      () => json(200, []),
      () => Promise.reject(new Error('signed out')),
    );
    const listed = source.getCourse('course-1').catch((error: unknown) => error);
    await settle();
    expect(calls).to.have.length(0);
    arrive();
    expect(((await listed) as Error).name).to.equal('UnauthorizedError');
    expect(calls).to.have.length(0);
    close();
  });

  it("cancels the early read with the caller's signal", async () => {
    const { source, calls, arrive, close } = deferred(() => 'hang');
    const controller = new AbortController();
    const listed = source.getCourse('course-1', { signal: controller.signal }).catch((error: unknown) => error);
    await settle();
    expect(calls).to.have.length(1);
    controller.abort(new DOMException('left', 'AbortError'));
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    arrive();
    expect(((await listed) as DOMException).message).to.equal('left');
    close();
  });

  it('sends nothing early for an id that is no path segment, and the data source names the field', async () => {
    const { source, calls, arrive, close } = deferred(() => json(200, []));
    const read = source.getLearnerSummary('  ').catch((error: unknown) => error);
    await settle();
    arrive();
    const error = (await read) as ValidationError;
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.fields).to.deep.equal(['learnerId']);
    expect(calls).to.have.length(0);
    close();
  });

  it('times out an early read that never answers like any other attempt', async () => {
    const { fetch, calls } = fakeFetch((_call, index) => (index === 0 ? 'hang' : json(200, COURSE)));
    let http: HttpDataSource | undefined;
    const source = new ApiDataSource(BASE, undefined, {
      fetch,
      load: async (options) =>
        (http = new HttpDataSource({ ...options, timeoutMs: 50, retries: 0, outbox: { storage: 'memory' } })),
    });
    const error = await source.getCourse('course-1').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NetworkError);
    expect(calls).to.have.length(1);
    expect(calls[0]!.init.signal!.aborted, 'the hung request is cancelled').to.equal(true);
    http?.close();
  });
});
