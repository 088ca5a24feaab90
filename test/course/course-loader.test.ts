import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CourseLoader } from '../../src/course/course-loader.js';
import type { LoadState } from '../../src/course/course.types.js';
import { ForbiddenError, NetworkError, NotFoundError, UnauthorizedError } from '../../src/data/errors.js';
import type { Course, DataSource, LessonProgress, RequestOptions } from '../../src/data/types.js';

/** A data source whose answers the test releases by hand, one per course asked for. */
class HeldSource {
  readonly asked: string[] = [];
  readonly aborted: string[] = [];
  private readonly pending = new Map<string, { resolve: (course: Course) => void; reject: (error: unknown) => void }>();

  getCourse(courseId: string, options?: RequestOptions): Promise<Course> {
    this.asked.push(courseId);
    options?.signal?.addEventListener('abort', () => this.aborted.push(courseId));
    return new Promise((resolve, reject) => this.pending.set(courseId, { resolve, reject }));
  }

  getCourseProgress(): Promise<LessonProgress[]> {
    return Promise.resolve([]);
  }

  answer(courseId: string): void {
    this.pending.get(courseId)!.resolve({ id: courseId, chapters: [] } as unknown as Course);
  }

  fail(courseId: string, error: unknown): void {
    this.pending.get(courseId)!.reject(error);
  }
}

class LoaderHost extends LitElement {
  courseId: string | undefined = 'a';
  learnerId = 'learner-1';
  source = new HeldSource();
  readonly starts: LoadState['status'][] = [];
  readonly loadedIds: string[] = [];
  readonly loader = new CourseLoader(this, {
    target: () => ({
      courseId: this.courseId,
      learnerId: this.learnerId,
      source: this.source as unknown as DataSource,
    }),
    starting: (previous) => this.starts.push(previous.status),
    loaded: (course) => this.loadedIds.push(course.id),
  });
  protected override willUpdate(): void {
    this.loader.sync();
  }
  override render() {
    return html`<p>${this.loader.state.status}</p>`;
  }
}
customElements.define('test-course-loader-host', LoaderHost);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CourseLoader', () => {
  it('loads once per course, learner and data source, and shows the state it is in', async () => {
    const el = await fixture<LoaderHost>(html`<test-course-loader-host></test-course-loader-host>`);
    expect(el.loader.state.status).to.equal('loading');
    el.source.answer('a');
    await waitUntil(() => el.loader.state.status === 'ready');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('ready');
    expect(el.loadedIds).to.deep.equal(['a']);
    expect(el.loader.sync(), 'nothing changed').to.equal(false);
    el.learnerId = 'learner-2';
    expect(el.loader.sync(), 'another learner').to.equal(true);
    expect(el.starts, 'each load ends what the previous one showed').to.deep.equal(['loading', 'ready']);
    await expect(el).to.be.accessible();
  });

  it('lets the latest load win: the one it replaces is aborted and its late answer ignored', async () => {
    const el = await fixture<LoaderHost>(html`<test-course-loader-host></test-course-loader-host>`);
    el.courseId = 'b';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.source.aborted).to.deep.equal(['a']);
    el.source.answer('a');
    await settle();
    expect(el.loader.state.status, 'the stale answer does not land').to.equal('loading');
    el.source.answer('b');
    await waitUntil(() => el.loader.state.status === 'ready');
    expect(el.loadedIds).to.deep.equal(['b']);
  });

  it('tells failures apart by their code, also for errors from another copy of the library', async () => {
    const cases: [unknown, string][] = [
      [new NotFoundError('course'), 'notFound'],
      [new UnauthorizedError(), 'signedOut'],
      [new ForbiddenError(), 'forbidden'],
      [new NetworkError(), 'network'],
      [Object.assign(new Error('foreign'), { code: 'not-found' }), 'notFound'],
      [new Error('anything else'), 'network'],
    ];
    for (const [error, reason] of cases) {
      const el = await fixture<LoaderHost>(html`<test-course-loader-host></test-course-loader-host>`);
      el.source.fail('a', error);
      await waitUntil(() => el.loader.state.status === 'error');
      expect(el.loader.state, String(error)).to.deep.equal({ status: 'error', reason });
    }
  });

  it('reports a missing course id as not found without asking the data source, and drops a load in flight', async () => {
    const el = await fixture<LoaderHost>(html`<test-course-loader-host></test-course-loader-host>`);
    el.courseId = undefined;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loader.state).to.deep.equal({ status: 'error', reason: 'notFound' });
    expect(el.source.asked).to.deep.equal(['a']);
    expect(el.source.aborted).to.deep.equal(['a']);
    el.source.answer('a');
    await settle();
    expect(el.loader.state.status).to.equal('error');
  });

  it('loads again after the host was moved, with a fresh start', async () => {
    const el = await fixture<LoaderHost>(html`<test-course-loader-host></test-course-loader-host>`);
    el.source.answer('a');
    await waitUntil(() => el.loader.state.status === 'ready');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    // The course element's settings re-render it on reconnect; this bare host asks by hand.
    el.requestUpdate();
    await el.updateComplete;
    expect(el.source.asked).to.deep.equal(['a', 'a']);
  });
});
