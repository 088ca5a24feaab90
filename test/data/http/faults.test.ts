import '../../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { InvalidResponseError, NetworkError } from '../../../src/data/errors.js';
import '../../../src/define.js';
import type { SeoulLearnBooking } from '../../../src/booking/booking.js';
import type { SeoulLearnCourse } from '../../../src/course/course.js';
import type { SeoulLearnProgress } from '../../../src/progress/progress.js';
import { api, closeSources, freshServer, httpSource, tokenFor } from './api.js';
import { rejectionOf } from '../helpers.js';

/** Collects console warnings while `body` runs; any uncaught error or rejection fails the test. */
async function watching<T>(body: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warn = console.warn;
  const warnings: string[] = [];
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    const value = await body();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    return { value, warnings };
  } finally {
    console.warn = warn;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
}

describe('HttpDataSource under faults of the real server', function () {
  this.timeout(20_000);
  beforeEach(freshServer);
  afterEach(closeSources);

  it('retries a GET through one 500 and one dropped connection, then gives NetworkError when they persist', async () => {
    const source = await httpSource({ retries: 2 });
    await api.fault({ kind: 'status', status: 500 }, { match: { path: '/courses' } });
    await api.fault({ kind: 'drop' }, { match: { path: '/courses' } });
    const { value } = await watching(() => source.listCourses());
    expect(value).to.have.length(8);

    await api.fault({ kind: 'status', status: 503 }, { match: { path: '/courses' }, times: 3 });
    const { value: error } = await watching(() => rejectionOf(source.listCourses()));
    expect(error).to.be.instanceOf(NetworkError);
  });

  it('times out a response slower than the timeout with NetworkError', async () => {
    const source = await httpSource({ timeoutMs: 300, retries: 0 });
    await api.fault({ kind: 'slow', ms: 2_000 }, { match: { path: '/consultation-kinds' } });
    const { value: error } = await watching(() => rejectionOf(source.listConsultationKinds()));
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as Error).message).to.match(/timed out/);
  });

  it('an HTML error page instead of JSON is a NetworkError, not a crash', async () => {
    const source = await httpSource({ retries: 0 });
    await api.fault({ kind: 'html' }, { match: { path: '/courses' } });
    const { value: error } = await watching(() => rejectionOf(source.listCourses()));
    expect(error).to.be.instanceOf(NetworkError);
  });

  it('malformed JSON and a field of the wrong type are InvalidResponse, warned once with the path and no data', async () => {
    const source = await httpSource({ retries: 0 });
    await api.fault({ kind: 'malformed-json' }, { match: { path: '/consultation-kinds' } });
    const malformed = await watching(() => rejectionOf(source.listConsultationKinds()));
    expect(malformed.value).to.be.instanceOf(InvalidResponseError);

    await api.fault({ kind: 'wrong-types' }, { match: { path: '/courses' }, times: 2 });
    const { value, warnings } = await watching(async () => [
      await rejectionOf(source.listCourses()),
      await rejectionOf(source.listCourses()),
    ]);
    const [first, second] = value as InvalidResponseError[];
    expect(first).to.be.instanceOf(InvalidResponseError);
    expect(second).to.be.instanceOf(InvalidResponseError);
    expect(first!.path).to.match(/^\[0\]\.\w+/);
    const about = warnings.filter((warning) => warning.includes(first!.path));
    expect(about, 'one warning for two identical failures').to.have.length(1);
    expect(about[0]).to.contain('listCourses');
    expect(about[0]).to.not.contain('http');
  });
});

describe('elements on the real server show an error state with retry, and recover', function () {
  this.timeout(30_000);
  let baseUrl: string;
  beforeEach(async () => {
    baseUrl = await freshServer();
  });
  afterEach(closeSources);

  /** `content` inside a provider on the test server, signed in as learner-el. */
  const signedIn = async <T extends HTMLElement>(content: TemplateResult): Promise<T> => {
    const provider = await fixture<HTMLElement>(
      html`<seoul-learn-provider api-base=${baseUrl} learner-id="learner-el" .getToken=${tokenFor('learner-el')}
        >${content}</seoul-learn-provider
      >`,
    );
    return provider.firstElementChild as T;
  };
  const alert = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
  const retryButton = (el: HTMLElement) => alert(el)!.querySelector<HTMLButtonElement>('button')!;

  it('<seoul-learn-course>: an HTML error page → error state; Retry loads the course', async () => {
    const source = await httpSource({ baseUrl, retries: 0 });
    const courseId = (await source.listCourses())[0]!.id;
    // More failures than the data source retries, so that the element gives up and shows it.
    await api.fault({ kind: 'html' }, { match: { path: `/courses/${courseId}` }, times: 10 });
    const { value: el } = await watching(async () => {
      const element = await signedIn<SeoulLearnCourse>(
        html`<seoul-learn-course course-id=${courseId}></seoul-learn-course>`,
      );
      await waitUntil(() => alert(element), 'error state', { timeout: 15_000 });
      return element;
    });
    await expect(el).to.be.accessible();
    await api.clearFaults();
    retryButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'outline after retry', { timeout: 15_000 });
    expect(alert(el)).to.equal(null);
  });

  it('<seoul-learn-progress>: a field of the wrong type → error state and one warning; Retry shows the dashboard', async () => {
    await api.fault({ kind: 'wrong-types' }, { match: { path: '/learners/' }, times: 3 });
    const { value: el, warnings } = await watching(async () => {
      const element = await signedIn<SeoulLearnProgress>(html`<seoul-learn-progress></seoul-learn-progress>`);
      await waitUntil(() => alert(element), 'error state', { timeout: 15_000 });
      return element;
    });
    expect(warnings.filter((warning) => warning.includes('getLearnerSummary'))).to.have.length(1);
    expect(warnings.join('\n')).to.not.contain('learner-el');
    await expect(el).to.be.accessible();
    await api.clearFaults();
    retryButton(el).click();
    await waitUntil(() => !alert(el) && !el.shadowRoot!.querySelector('.skeleton'), 'dashboard after retry', {
      timeout: 15_000,
    });
    expect(el.shadowRoot!.textContent).to.contain('아직 시작한 강좌가 없어요');
  });

  it('<seoul-learn-booking>: a server error → error state; Retry lists the consultation kinds', async () => {
    await api.fault({ kind: 'status', status: 500 }, { match: { path: '/consultation-kinds' }, times: 10 });
    const { value: el } = await watching(async () => {
      const element = await signedIn<SeoulLearnBooking>(html`<seoul-learn-booking></seoul-learn-booking>`);
      await waitUntil(() => alert(element), 'error state', { timeout: 15_000 });
      return element;
    });
    await expect(el).to.be.accessible();
    await api.clearFaults();
    retryButton(el).click();
    await waitUntil(() => !alert(el) && el.shadowRoot!.textContent!.includes('입시'), 'kinds after retry', {
      timeout: 15_000,
    });
  });

  it("another learner's data is refused and says so: the course in Korean, the dashboard in English", async () => {
    // Signed in as learner-el, but pointed at someone else's record (a page's mistake, or a probe).
    const provider = await fixture<HTMLElement>(
      html`<seoul-learn-provider api-base=${baseUrl} learner-id="someone-else" .getToken=${tokenFor('learner-el')}
        ><seoul-learn-course course-id="elem-math-fractions"></seoul-learn-course
        ><seoul-learn-progress locale="en"></seoul-learn-progress
      ></seoul-learn-provider>`,
    );
    const [course, progress] = [...provider.children] as HTMLElement[];
    await waitUntil(() => alert(course!) && alert(progress!), 'error states', { timeout: 15_000 });
    expect(alert(course!)!.textContent).to.contain('볼 수 없습니다');
    expect(alert(progress!)!.textContent).to.contain('cannot see');
    await expect(provider).to.be.accessible();
  });

  it('a refused sign-in says so: the course in Korean, the dashboard in English', async () => {
    // Their own api-base and no provider to hand them a token: the API refuses them.
    const course = await fixture<SeoulLearnCourse>(
      html`<seoul-learn-course api-base=${baseUrl} course-id="elem-math-fractions"></seoul-learn-course>`,
    );
    await waitUntil(() => alert(course), 'course error state', { timeout: 15_000 });
    expect(alert(course)!.textContent).to.contain('로그인');
    await expect(course).to.be.accessible();

    const progress = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress api-base=${baseUrl} locale="en"></seoul-learn-progress>`,
    );
    await waitUntil(() => alert(progress), 'dashboard error state', { timeout: 15_000 });
    expect(alert(progress)!.textContent).to.contain('sign in');
    await expect(progress).to.be.accessible();
  });
});
