import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

// The example apps in examples/, built by scripts/wtr-examples.mjs (examplesPlugin) as a partner
// would build them, each loaded in an iframe. Every check goes through what the host app shows:
// an element's event must reach the host's code (which writes it into its <output>), and host
// state the app passes down as a property must reach the element (its shadow DOM changes).

const BASE = '/node_modules/.cache/seoul-learn-examples';
/** Tuesday 2026-12-01 09:00 KST. */
const PINNED_NOW = '2026-12-01T00:00:00.000Z';
const TIMEOUT = { timeout: 15000, interval: 50 };

interface Example {
  frame: HTMLIFrameElement;
  doc: Document;
}

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

async function openExample(name: string): Promise<Example> {
  const url = `${BASE}/${name}/index.html`;
  const response = await fetch(url);
  expect(response.status, `${url}: the example must be built by examplesPlugin (see the run's log)`).to.equal(200);
  frame = document.createElement('iframe');
  // Fixed at the viewport's origin, so that a point in the frame is the same point on the page.
  Object.assign(frame.style, { position: 'fixed', inset: '0', width: '100%', height: '100%', border: '0' });
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** A real mouse click in the middle of an element inside the example's frame. */
async function click(example: Example, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const outer = example.frame.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(outer.left + rect.left + rect.width / 2), Math.round(outer.top + rect.top + rect.height / 2)],
  });
}

const shadow = (doc: Document, tag: string): ShadowRoot | null | undefined => doc.querySelector(tag)?.shadowRoot;

async function find<T extends Element>(lookup: () => T | null | undefined, what: string): Promise<T> {
  await waitUntil(() => lookup(), `${what} never appeared`, TIMEOUT);
  return lookup()!;
}

/** Records every detail of `type` that reaches the example's document. */
function record(doc: Document, type: string): unknown[] {
  const details: unknown[] = [];
  doc.addEventListener(type, (event) => details.push(JSON.parse(JSON.stringify((event as CustomEvent).detail))));
  return details;
}

/** What the host wrote into its <output>: `<event> <detail as JSON>`. */
async function hostOutput(doc: Document, event: string): Promise<unknown> {
  const output = doc.querySelector('#last-event')!;
  await waitUntil(() => output.textContent!.startsWith(`${event} `), `the host never showed ${event}`, TIMEOUT);
  return JSON.parse(output.textContent!.slice(event.length + 1));
}

const progressLabel = (doc: Document): string | null | undefined =>
  shadow(doc, 'seoul-learn-progress')?.querySelector('section[aria-label]')?.getAttribute('aria-label');

/** Clicks "continue" on the dashboard's first course; resolves with the detail the element sent. */
async function continueFirstCourse(example: Example): Promise<unknown> {
  const sent = record(example.doc, 'seoul-learn-continue-requested');
  const button = await find(
    () => shadow(example.doc, 'seoul-learn-progress')?.querySelector<HTMLButtonElement>('.course button'),
    'a "continue" button in <seoul-learn-progress>',
  );
  await click(example, button);
  await waitUntil(() => sent.length === 1, 'the element fired no seoul-learn-continue-requested', TIMEOUT);
  return sent[0];
}

/** Clicks the host's locale button and waits until the dashboard speaks English. */
async function switchToEnglish(example: Example): Promise<void> {
  await waitUntil(
    () => progressLabel(example.doc) === '나의 학습 현황',
    'the dashboard never showed in Korean',
    TIMEOUT,
  );
  await click(example, example.doc.querySelector('#toggle-locale')!);
  await waitUntil(
    () => progressLabel(example.doc) === 'My learning progress',
    'the dashboard did not switch to English',
    TIMEOUT,
  );
}

describe('example host apps (examples/)', function () {
  // The first request waits for the three builds.
  this.timeout(120000);

  describe('React 19 (examples/react, @seoul-learn/elements/react)', () => {
    it('gets onContinueRequested with the detail and passes the chosen course down as props', async () => {
      const example = await openExample('react');
      const detail = (await continueFirstCourse(example)) as { courseId: string; lessonId: string };
      expect(await hostOutput(example.doc, 'continue-requested')).to.deep.equal(detail);

      // The app keeps the detail in its state and renders <SeoulLearnCourse courseId lessonId>.
      const course = example.doc.querySelector('seoul-learn-course') as unknown as HTMLElement &
        Record<string, unknown>;
      await waitUntil(
        () => course.courseId === detail.courseId && course.lessonId === detail.lessonId,
        'course props',
        TIMEOUT,
      );
    });

    it('sets locale and learnerId from host state on the provider, and the elements follow', async () => {
      const example = await openExample('react');
      await switchToEnglish(example);
      const provider = example.doc.querySelector('seoul-learn-provider') as HTMLElement & { learnerId?: string };
      expect(provider.getAttribute('locale'), 'set as a property (which reflects), not only as markup').to.equal('en');
      await click(example, example.doc.querySelector('#switch-learner')!);
      await waitUntil(() => provider.learnerId === 'react-learner', 'learnerId never reached the provider', TIMEOUT);
    });
  });

  describe('Vue 3 (examples/vue, an SFC)', () => {
    it('hears @seoul-learn-continue-requested with the detail', async () => {
      const example = await openExample('vue');
      const detail = await continueFirstCourse(example);
      expect(await hostOutput(example.doc, 'continue-requested')).to.deep.equal(detail);
    });

    it('binds :locale.prop and :learnerId.prop to the provider, and the elements follow', async () => {
      const example = await openExample('vue');
      const provider = example.doc.querySelector('seoul-learn-provider') as HTMLElement & { learnerId?: string };
      expect(provider.learnerId).to.equal('demo-learner');
      await switchToEnglish(example);
      await click(example, example.doc.querySelector('#switch-learner')!);
      await waitUntil(() => provider.learnerId === 'vue-learner', 'learnerId never reached the provider', TIMEOUT);
    });
  });

  describe('jQuery (examples/jquery, a plain page)', () => {
    const title = (doc: Document): string | undefined =>
      shadow(doc, 'seoul-learn-booking')?.querySelector('.title')?.textContent?.trim();

    it('creates the booking element and hears seoul-learn-slot-selected with .on()', async () => {
      const example = await openExample('jquery');
      // The host pins the calendar's clock, so that the first free day is the same on any day.
      const pinned = Date.parse(PINNED_NOW);
      (example.doc.querySelector('seoul-learn-booking') as HTMLElement & { clock?: () => Date }).clock = () =>
        new Date(pinned);
      const sent = record(example.doc, 'seoul-learn-slot-selected');
      const booking = () => shadow(example.doc, 'seoul-learn-booking');
      // kind="mentoring" skips the first step; take any consultant, the first free day, its first time.
      await click(
        example,
        await find(
          () => [...(booking()?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.includes('상관없음')),
          'the "any consultant" choice',
        ),
      );
      await click(
        example,
        await find(() => booking()?.querySelector('[data-day]:not([aria-disabled="true"])'), 'a free day'),
      );
      await click(example, await find(() => booking()?.querySelector('.slot'), 'a time slot'));
      await waitUntil(() => sent.length === 1, 'the element fired no seoul-learn-slot-selected', TIMEOUT);
      expect(await hostOutput(example.doc, 'seoul-learn-slot-selected')).to.deep.equal(sent[0]);
    });

    it('sets locale and learnerId with .prop(), and the element follows', async () => {
      const example = await openExample('jquery');
      const booking = example.doc.querySelector('seoul-learn-booking') as HTMLElement & { learnerId?: string };
      expect(booking.learnerId).to.equal('demo-learner');
      await waitUntil(() => title(example.doc) === '상담자를 고르세요', 'no Korean consultant step', TIMEOUT);
      await click(example, example.doc.querySelector('#toggle-locale')!);
      await waitUntil(
        () => title(example.doc) === 'Choose a consultant',
        'the booking did not switch to English',
        TIMEOUT,
      );
      await click(example, example.doc.querySelector('#switch-learner')!);
      expect(booking.learnerId).to.equal('jquery-learner');
    });
  });
});
