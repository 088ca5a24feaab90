import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import type { Course, DataSource } from '../../src/data/types.js';
import { ForbiddenError, UnauthorizedError } from '../../src/data/errors.js';
import { needsMediaEmulation } from '../helpers/media-emulation.js';
import { $, $$, demo, flaky, openSettings, plainDemo, renderCourse, settingItems, videoReady } from './helpers.js';
import { captureWarnings } from '../helpers/warnings.js';

/** A data source whose `getCourse` answer is rewritten by `edit`. */
function editing(edit: (course: Course) => Course, inner: DataSource = demo()): DataSource {
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'getCourse') return (id: string) => target.getCourse(id).then(edit);
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const text = (el: SeoulLearnCourse): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/**
 * Defines `tag`: a course whose `part` (the details or the link-out card) fails to load its first
 * `times` tries, as a chunk that did not arrive. Returns how many failures are left.
 */
async function failingPart(tag: string, part: 'details' | 'external', times: number): Promise<() => number> {
  const { SeoulLearnCourse: Course } = await import('../../src/course/course.js');
  let failures = times;
  class FailingPart extends Course {
    protected override loadPart<M>(which: 'details' | 'external', load: () => Promise<M>): Promise<M> {
      if (which === part && failures > 0) {
        failures -= 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return super.loadPart(which, load);
    }
  }
  if (!customElements.get(tag)) customElements.define(tag, FailingPart);
  return () => failures;
}

describe('<seoul-learn-course> states', () => {
  it('shows a skeleton while loading, then the course, with the root in the active locale', async () => {
    const el = await fixture<SeoulLearnCourse>(
      html`<seoul-learn-course course-id="elem-math-fractions" locale="en" .dataSource=${demo()}></seoul-learn-course>`,
    );
    expect($(el, '.skeleton')).to.exist;
    expect($(el, '.skeleton').getAttribute('aria-busy')).to.equal('true');
    expect(text(el)).to.contain('Loading the course.');
    // The data and the view's code load together; a cold dev server compiles the code first.
    await waitUntil(() => !$(el, '.skeleton'), 'loaded', { timeout: 5000 });
    expect($(el, '.course').lang).to.equal('en');
    expect($(el, '.course-title').textContent).to.contain('Elementary maths: fractions and decimals');
    await expect(el).to.be.accessible();
  });

  it('says an unknown course was not found, in Korean and in English', async () => {
    const el = await renderCourse({ course: 'no-such-course' });
    expect($(el, '[role="alert"]').textContent).to.contain('강의를 찾을 수 없습니다');
    expect($(el, '[role="alert"] button').textContent!.trim()).to.equal('다시 시도');
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('This course could not be found');
    await expect(el).to.be.accessible();
  });

  it('offers no Try again for a course the learner may not open (403), and does for an expired session (401)', async () => {
    const refusing = (error: Error): DataSource => {
      const source = demo();
      return Object.assign(Object.create(source) as DataSource, { getCourse: () => Promise.reject(error) });
    };
    const forbidden = await renderCourse({}, refusing(new ForbiddenError()));
    expect($(forbidden, '[role="alert"]').textContent).to.contain('볼 수 없습니다');
    expect($(forbidden, '[role="alert"] button'), 'trying again cannot help').to.not.exist;
    await expect(forbidden).to.be.accessible();
    const signedOut = await renderCourse({}, refusing(new UnauthorizedError()));
    expect($(signedOut, '[role="alert"] button').textContent!.trim()).to.equal('다시 시도');
  });

  it('shows a network error with a retry button that loads the course', async () => {
    const source = flaky();
    const el = await renderCourse({ region: 'gimpo', locale: 'en' }, source);
    expect($(el, '[role="alert"]').textContent).to.contain("We couldn't load the course");
    await expect(el).to.be.accessible();
    source.heal();
    $<HTMLButtonElement>(el, '[role="alert"] button').focus();
    $<HTMLButtonElement>(el, '[role="alert"] button').click();
    await waitUntil(() => $(el, '.course-title'), 'course after retry', { timeout: 5000 });
    expect($(el, '[role="alert"]')).to.not.exist;
    // The button went away with the error; focus stayed in the player instead of falling to the page.
    expect(el.shadowRoot!.activeElement?.className).to.equal('course');
  });

  it("shows the network error with a working retry when the player's code cannot be loaded", async () => {
    const { SeoulLearnCourse: Course } = await import('../../src/course/course.js');
    let attempts = 0;
    class OfflineOnce extends Course {
      protected override loadView() {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : super.loadView();
      }
    }
    if (!customElements.get('offline-once-course')) customElements.define('offline-once-course', OfflineOnce);
    const el = await fixture<SeoulLearnCourse>(
      html`<offline-once-course
        course-id="elem-math-fractions"
        locale="en"
        .dataSource=${demo()}
      ></offline-once-course>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error shown', { timeout: 5000 });
    expect($(el, '[role="alert"]').textContent).to.contain("We couldn't load the course");
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role="alert"] button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.course-title'), 'course after retry', { timeout: 5000 });
    await videoReady(el);
    expect(attempts).to.equal(2);
  });

  it('plays from a key press and a click before the details are there, and keeps playing when they come', async () => {
    const { SeoulLearnCourse: Course } = await import('../../src/course/course.js');
    let release = (): void => undefined;
    const detailsHeld = new Promise<void>((resolve) => (release = resolve));
    class HeldDetails extends Course {
      protected override loadPart<M>(part: 'details' | 'external', load: () => Promise<M>): Promise<M> {
        return part === 'details' ? detailsHeld.then(() => super.loadPart(part, load)) : super.loadPart(part, load);
      }
    }
    if (!customElements.get('held-details-course')) customElements.define('held-details-course', HeldDetails);
    const el = await fixture<SeoulLearnCourse>(
      html`<held-details-course
        course-id="elem-math-fractions"
        learner-id="held-details-learner"
        .dataSource=${demo()}
      ></held-details-course>`,
    );
    const video = await videoReady(el);
    // The player is there; the outline, the transcript and the lesson count hold their places.
    expect($(el, '.skeleton')).to.equal(null);
    expect($(el, '.outline'), 'no outline yet').to.equal(null);
    expect($(el, '.transcript'), 'no transcript yet').to.equal(null);
    expect($$(el, '.outline-bone, .transcript-bone, .meta .bone')).to.have.length(3);
    await expect(el).to.be.accessible();
    const mute = $$<HTMLButtonElement>(el, '.controls button').find((button) =>
      button.textContent!.includes('음소거'),
    )!;
    mute.focus();
    await sendKeys({ press: 'm' });
    expect(video.muted, 'm mutes').to.equal(true);
    await sendKeys({ press: 'k' });
    await waitUntil(() => !video.paused, 'k plays');
    await sendKeys({ press: 'k' });
    expect(video.paused, 'k pauses').to.equal(true);
    $<HTMLButtonElement>(el, '.control.play').click();
    await waitUntil(() => !video.paused, 'the play button plays');

    release();
    await waitUntil(() => el.shadowRoot!.querySelector('.lesson-item'), 'the outline', { timeout: 5000 });
    await el.updateComplete;
    expect($$(el, '.bone'), 'no bones left').to.have.length(0);
    expect($(el, '.transcript')).to.exist;
    expect($(el, '.lesson-item[aria-selected="true"]').textContent).to.contain(
      $(el, '.lesson-heading').textContent!.trim(),
    );
    expect($<HTMLVideoElement>(el, 'video.main'), 'the same video').to.equal(video);
    expect(video.paused, 'still playing').to.equal(false);
    expect(video.muted, 'still muted').to.equal(true);
    video.pause();
    await expect(el).to.be.accessible();
  });

  it("says so in the outline's place when the details' code cannot load, and brings them with a retry", async () => {
    await failingPart('failing-details-course', 'details', 2);
    const el = await fixture<SeoulLearnCourse>(
      html`<failing-details-course
        course-id="elem-math-fractions"
        learner-id="failing-details-learner"
        locale="en"
        .dataSource=${demo()}
      ></failing-details-course>`,
    );
    const video = await videoReady(el);
    await waitUntil(() => $(el, '[role="alert"]'), 'the problem in the outline place', { timeout: 5000 });
    const problem = $(el, '[role="alert"]')!;
    expect(problem.textContent).to.contain("We couldn't load the lesson list and transcript");
    expect($$(el, '.bone'), 'no bone pretends to be loading').to.have.length(0);
    expect(text(el), 'no dangling separator after the instructor').not.to.match(/· *$/m);
    expect($(el, '.meta')!.textContent!.trim()).not.to.contain('·');
    await expect(el).to.be.accessible();
    // The player works meanwhile.
    $<HTMLButtonElement>(el, '.control.play').click();
    await waitUntil(() => !video.paused, 'the play button plays');
    video.pause();

    // The first retry fails again: the problem stays, and focus stays on its button.
    const retry = $<HTMLButtonElement>(el, '[role="alert"] button');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($(el, '[role="alert"]'), 'still there after a failed retry').to.exist;
    expect(el.shadowRoot!.activeElement, 'focus stays on the retry').to.equal(retry);

    // The second brings the outline, the transcript and the lesson count, and focus moves to the current lesson.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.lesson-item'), 'the outline after the retry', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('lesson-item'), 'focus on the outline');
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, '.transcript')).to.exist;
    expect($(el, '.meta')!.textContent).to.contain('·');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it("says so in an external lecture's place when its card's code cannot load, and brings the card with a retry", async () => {
    const failuresLeft = await failingPart('failing-card-course', 'external', 2);
    const source = demo();
    const course = await source.getCourse('high-math-calculus');
    const external = course.chapters
      .flatMap((chapter) => chapter.lessons)
      .find((lesson) => lesson.kind === 'external')!;
    const el = await fixture<SeoulLearnCourse>(
      html`<failing-card-course
        course-id=${course.id}
        lesson-id=${external.id}
        learner-id="failing-card-learner"
        .dataSource=${source}
      ></failing-card-course>`,
    );
    await waitUntil(() => $(el, '.lesson-heading'), 'the lesson', { timeout: 5000 });
    await waitUntil(() => $(el, '.problem[role="alert"]'), "the problem in the card's place", { timeout: 5000 });
    const problem = $(el, '.problem[role="alert"]')!;
    // Under the lesson's heading, not an empty column.
    expect(problem.textContent).to.contain('강의를 불러오지 못했습니다');
    expect($(el, '.lesson-heading').textContent).to.contain(external.title.ko);
    expect($(el, '.external-card')).to.equal(null);
    await expect(el).to.be.accessible();

    // A retry that fails again keeps the problem and focus on its button, and says so again.
    const retry = $<HTMLButtonElement>(el, '.problem[role="alert"] button');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => failuresLeft() === 0, 'the second attempt');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($(el, '.problem[role="alert"]'), 'still there after a failed retry').to.exist;
    expect(el.shadowRoot!.activeElement, 'focus stays on the retry').to.equal(retry);
    await waitUntil(
      () => $(el, '[role="status"]').textContent!.includes('강의를 불러오지 못했습니다'),
      'the failed retry is said',
    );

    // The next brings the card, and focus moves to its link.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.external-card a'), 'the card after the retry', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('.external-card a'), 'focus on the link');
    expect($(el, '.problem[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("starts loading the opening lesson's poster with the course's data, before the view's code is there", async () => {
    const { SeoulLearnCourse: Course } = await import('../../src/course/course.js');
    let release = (): void => undefined;
    const viewHeld = new Promise<void>((resolve) => (release = resolve));
    class SlowView extends Course {
      protected override loadView() {
        return viewHeld.then(() => super.loadView());
      }
    }
    if (!customElements.get('slow-view-course')) customElements.define('slow-view-course', SlowView);
    // A fresh address per lesson, so that only this page's request can be in the resource timing.
    const fresh = crypto.randomUUID();
    const source = editing((course) => ({
      ...course,
      chapters: course.chapters.map((chapter) => ({
        ...chapter,
        lessons: chapter.lessons.map((lesson) =>
          lesson.poster ? { ...lesson, poster: `${lesson.poster}?${lesson.id}=${fresh}` } : lesson,
        ),
      })),
    }));
    // The learner finished the first lesson: the course opens on the second, with the other clip.
    await source.saveProgress([
      {
        id: crypto.randomUUID(),
        learnerId: 'poster-learner',
        courseId: 'elem-math-fractions',
        lessonId: 'elem-math-fractions-1-1',
        positionSec: 16,
        durationSec: 16,
        watchedSegments: [[0, 16]],
        studySec: 16,
        completed: true,
        at: '2026-11-30T10:00:00.000Z',
      },
    ]);
    const el = await fixture<SeoulLearnCourse>(
      html`<slow-view-course
        course-id="elem-math-fractions"
        learner-id="poster-learner"
        .dataSource=${source}
      ></slow-view-course>`,
    );
    const requested = (name: string) =>
      performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes(`lesson-2-poster.webp?${name}=${fresh}`));
    await waitUntil(() => requested('elem-math-fractions-1-2'), 'the poster requested', { timeout: 5000 });
    expect(requested('elem-math-fractions-1-1'), "not the first lesson's").to.equal(undefined);
    expect($(el, '.skeleton'), 'the view is not there yet').to.exist;
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => el.shadowRoot!.querySelector('video.main'), 'the player', { timeout: 5000 });
    expect($<HTMLVideoElement>(el, 'video.main').poster).to.contain(`elem-math-fractions-1-2=${fresh}`);
  });

  it('ignores a stale response when the course id changes mid-load', async () => {
    const el = await fixture<SeoulLearnCourse>(
      html`<seoul-learn-course course-id="elem-math-fractions" .dataSource=${demo()}></seoul-learn-course>`,
    );
    el.courseId = 'coding-intro';
    await waitUntil(() => $(el, '.course-title'), 'course', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect($(el, '.course-title').textContent).to.contain('코딩');
  });

  it('says when a course has no lessons yet', async () => {
    const el = await renderCourse(
      {},
      editing((course) => ({ ...course, chapters: [] })),
    );
    expect(text(el)).to.contain('이 과정에는 아직 강의가 없습니다.');
    await expect(el).to.be.accessible();
  });

  it('shows a media error with a retry button when the video cannot load, and no spinner', async () => {
    const broken = editing(
      (course) => ({
        ...course,
        chapters: course.chapters.map((chapter) => ({
          ...chapter,
          lessons: chapter.lessons.map((lesson) => ({
            ...lesson,
            media: lesson.media.map((media) => ({ ...media, src: `${media.src}.missing` })),
          })),
        })),
      }),
      plainDemo(),
    );
    const el = await renderCourse({ locale: 'en', region: 'incheon' }, broken);
    await waitUntil(() => $(el, '.overlay.error'), 'media error', { timeout: 5000 });
    expect($(el, '.overlay.error').textContent).to.contain("The video couldn't be loaded.");
    expect($(el, '.spinner')).to.not.exist;
    await expect(el).to.be.accessible();
    const before = $(el, 'video.main');
    $<HTMLButtonElement>(el, '.overlay.error button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => $(el, 'video.main') !== before, 'a fresh video element');
    // The Retry button went away with the error; focus stayed in the element instead of falling to the page.
    expect(el.shadowRoot!.activeElement?.className).to.equal('course');
  });

  it('skips a malformed caption file with a warning, and the video still plays', async () => {
    const warnings = captureWarnings();
    try {
      const notVtt = editing((course) => ({
        ...course,
        chapters: course.chapters.map((chapter) => ({
          ...chapter,
          lessons: chapter.lessons.map((lesson) => ({
            ...lesson,
            captions: lesson.captions.map((track) =>
              track.lang === 'en' ? { ...track, src: new URL('worksheet-1.txt', track.src).href } : track,
            ),
          })),
        })),
      }));
      const el = await renderCourse({}, notVtt);
      const video = await videoReady(el);
      // Chromium loads every track at once and finds the bad file by itself; Firefox loads a
      // track when it is chosen, so the learner chooses English captions.
      const english = (await settingItems(el, '자막')).find((item) => item.textContent!.trim() === '영어');
      if (english) english.click();
      else $(el, '.settings-button').click();
      await waitUntil(() => warnings.messages.some((message) => message.includes('worksheet-1.txt')), 'warning');
      await el.updateComplete;
      const options = (await settingItems(el, '자막')).map((item) => item.textContent!.trim());
      expect(options).to.deep.equal(['끄기', '한국어']);
      expect(warnings.messages.filter((message) => message.includes('worksheet-1.txt'))).to.have.length(1);
      video.muted = true;
      $<HTMLButtonElement>(el, '.play').click();
      await waitUntil(() => video.currentTime > 0.2, 'still plays');
    } finally {
      warnings.restore();
    }
  });

  it('warns once about invalid attribute values and falls back to the defaults', async () => {
    const warnings = captureWarnings();
    try {
      const el = await renderCourse({ shortcuts: 'sometimes' });
      el.completionThreshold = 3;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const shortcuts = warnings.messages.filter((message) => message.includes('shortcuts="sometimes"'));
      expect(shortcuts).to.have.length(1);
      expect(shortcuts[0]).to.contain('on, off');
      expect(warnings.messages.filter((message) => message.includes('completion-threshold="3"'))).to.have.length(1);
      const help = (await openSettings(el)).querySelector('[role="menuitem"]');
      expect(help?.textContent, 'shortcuts stay on: their help is in the settings menu').to.contain('단축키 도움말');
    } finally {
      warnings.restore();
    }
  });

  it("never writes an inline style attribute, so a page with style-src 'self' blocks nothing", async () => {
    const written: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') written.push(`${this.localName}: ${value}`);
      return setAttribute.call(this, name, value);
    };
    try {
      const el = await renderCourse({});
      const video = await videoReady(el);
      video.muted = true;
      $<HTMLButtonElement>(el, '.play').click();
      await waitUntil(() => video.currentTime > 0.3);
      await el.updateComplete;
      expect($(el, '.played').style.getPropertyValue('--_to')).to.not.equal('0%');
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    expect(written).to.deep.equal([]);
  });

  describe('with reduced motion', () => {
    needsMediaEmulation();
    const motion = (value: string): Promise<unknown> =>
      executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value }]);
    afterEach(() => motion(''));

    /** Shows the buffering spinner: the video says it has no data yet. */
    async function buffering(el: SeoulLearnCourse): Promise<HTMLElement> {
      const video = await videoReady(el);
      Object.defineProperty(video, 'readyState', { configurable: true, get: () => 0 });
      video.dispatchEvent(new Event('waiting'));
      await el.updateComplete;
      return $(el, '.spinner');
    }

    it('spins the buffering spinner only when motion is welcome', async () => {
      const el = await renderCourse({});
      const spinner = await buffering(el);
      expect(getComputedStyle(spinner).animationName).to.equal('spin');
      await motion('reduce');
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const still = getComputedStyle(spinner);
      expect(still.animationName === 'none' || parseFloat(still.animationDuration) < 0.01).to.equal(true);
      expect(text(el)).to.contain('영상을 불러오는 중');
      await expect(el).to.be.accessible();
    });

    it('shows a still skeleton while loading', async () => {
      await motion('reduce');
      const el = await fixture<SeoulLearnCourse>(
        html`<seoul-learn-course course-id="elem-math-fractions" .dataSource=${demo()}></seoul-learn-course>`,
      );
      const parts = [$(el, '.skeleton'), ...$$(el, '.skeleton .bone')];
      expect(parts.length).to.be.above(3);
      for (const part of parts) {
        const style = getComputedStyle(part);
        // A duration of a few microseconds is how reduced-motion resets switch animation off.
        expect(style.animationName === 'none' || parseFloat(style.animationDuration) < 0.01).to.equal(true);
        expect(parseFloat(style.transitionDuration)).to.be.below(0.01);
      }
      await waitUntil(() => !$(el, '.skeleton'), 'loaded', { timeout: 5000 });
    });
  });
});

describe('<seoul-learn-course> heading-level', () => {
  const headings = (el: SeoulLearnCourse): string[] =>
    $$(el, 'h1, h2, h3, h4, h5, h6').map((heading) => `${heading.localName}.${heading.className}`);

  /** A lesson with every kind of heading: title, lesson, outline, transcript, materials, shortcut help. */
  async function withEveryHeading(headingLevel?: string): Promise<SeoulLearnCourse> {
    const source = demo();
    const course = await source.getCourse('high-korean-history');
    const lesson = course.chapters
      .flatMap((chapter) => chapter.lessons)
      .find((item) => item.kind === 'video' && item.materials.length > 0 && item.transcripts.length > 0)!;
    const el = await fixture<SeoulLearnCourse>(
      html`<seoul-learn-course
        course-id=${course.id}
        lesson-id=${lesson.id}
        locale="en"
        learner-id="test-learner"
        heading-level=${headingLevel ?? nothing}
        .dataSource=${source}
      ></seoul-learn-course>`,
    );
    await waitUntil(() => $(el, '.transcript'), 'lesson with its transcript shown', { timeout: 5000 });
    // The shortcut help loads the first time someone asks for it.
    $(el, '.control.play').focus();
    await sendKeys({ press: '?' });
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.help')?.open, 'help opened');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog.help').open, 'help closed');
    return el;
  }

  const DEFAULT = [
    'h2.course-title',
    'h3.lesson-heading',
    'h4.panel-title',
    'h4.panel-title',
    'h4.panel-title',
    'h3.outline-title',
  ];

  it('keeps the course title at h2, lesson and outline at h3 and panels at h4 by default', async () => {
    const el = await withEveryHeading();
    expect(el.headingLevel).to.equal(2);
    expect(headings(el)).to.deep.equal(DEFAULT);
    expect(
      ['#transcript-title', '#materials-title', '#help-title', '#outline-title'].map((id) => $(el, id).localName),
    ).to.deep.equal(['h4', 'h4', 'h4', 'h3']);
  });

  it('shifts every heading with heading-level and stops at h6', async () => {
    const el = await withEveryHeading('4');
    expect(el.headingLevel).to.equal(4);
    expect(headings(el)).to.deep.equal(DEFAULT.map((h) => h.replace(/^h(\d)/, (_, n: string) => `h${+n + 2}`)));
    expect($(el, '.course-title').lang, 'lang kept').to.equal('');
    expect($(el, '#outline-title').localName, 'ids kept').to.equal('h5');
    await expect(el).to.be.accessible();

    el.headingLevel = 6;
    await el.updateComplete;
    expect(headings(el), 'no <h7>').to.deep.equal(DEFAULT.map((h) => h.replace(/^h\d/, 'h6')));
  });

  it('warns once about an invalid heading-level, naming the valid values, and uses 2', async () => {
    const warnings = captureWarnings();
    try {
      const nine = await withEveryHeading('9');
      nine.requestUpdate();
      await nine.updateComplete;
      const word = await withEveryHeading('x');
      expect(headings(nine)).to.deep.equal(DEFAULT);
      expect(headings(word)).to.deep.equal(DEFAULT);
      const messages = warnings.messages.filter((message) => message.includes('heading-level'));
      expect(messages).to.have.length(2);
      expect(messages[0]).to.contain('heading-level="9"').and.contain('2, 3, 4, 5, 6').and.contain('Using 2');
      expect(messages[1]).to.contain('heading-level="x"').and.contain('2, 3, 4, 5, 6').and.contain('Using 2');
    } finally {
      warnings.restore();
    }
  });
});
