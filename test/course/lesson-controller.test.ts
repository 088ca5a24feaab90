import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { fixedClock } from '../../src/data/clock.js';
import type { Course, Lesson, LessonProgress } from '../../src/data/types.js';
import type { LessonCompletedDetail, LessonStartedDetail, XapiDetail } from '../../src/course/course.types.js';
import type * as Account from '../../src/course/lesson-account.js';
import { LessonController, lessonsOf } from '../../src/course/lesson-controller.js';
import { INITIAL_MEDIA_STATE } from '../../src/course/media-state.js';
import { aTimeout, collect, plainDemo, recording } from './helpers.js';

const EXT = 'https://w3id.org/xapi/video/extensions/';

const NOW = '2026-12-03T01:02:03.000Z';

/** How the next host loads the account's module (a test holds it back or fails it). */
let loadAccount: (() => Promise<typeof Account>) | undefined;

/** A host for the controller alone: no video (its lessons' own durations count), a pinned clock. */
class LessonHost extends LitElement {
  completions: { lessonId: string; courseDone: boolean }[] = [];
  readonly lessons = new LessonController(this, {
    media: { state: INITIAL_MEDIA_STATE, media: undefined },
    threshold: () => 0.5,
    clock: fixedClock(NOW),
    completed: (lesson, courseDone) => this.completions.push({ lessonId: lesson.id, courseDone }),
    loadAccount,
  });
  override render() {
    return html`<p>${this.lessons.records.size} lessons with progress</p>`;
  }
}
customElements.define('test-lesson-host', LessonHost);

/** A host whose account is there (`start`: false leaves it unloaded). */
async function setUp(courseId = 'elem-math-fractions', { start = true } = {}) {
  const source = recording(plainDemo());
  const course = await source.getCourse(courseId);
  const el = await fixture<LessonHost>(html`<test-lesson-host></test-lesson-host>`);
  const open = (lesson: Lesson) => el.lessons.open({ course, lesson, source, learnerId: 'test-learner' });
  if (start) {
    el.lessons.start();
    await waitUntil(() => accountThere(el), 'the account loaded');
  }
  return { source, course, el, open };
}

/** Whether the account's code is there: the controller then hands facts over at once. */
const accountThere = (el: LessonHost): boolean => (el.lessons as unknown as { account?: object }).account !== undefined;

/** A module load the test settles. */
function heldBack(): {
  load: () => Promise<typeof Account>;
  release: () => void;
  fail: () => void;
  pending: () => number;
} {
  const loads: { resolve: (module: typeof Account) => void; reject: (error: Error) => void }[] = [];
  return {
    load: () => new Promise((resolve, reject) => loads.push({ resolve, reject })),
    release: () => void import('../../src/course/lesson-account.js').then((module) => loads.shift()!.resolve(module)),
    fail: () => loads.shift()!.reject(new TypeError('Failed to fetch dynamically imported module')),
    pending: () => loads.length,
  };
}

const firstVideo = (course: Course): Lesson => lessonsOf(course).find((lesson) => lesson.kind === 'video')!;
const verbs = (details: XapiDetail[]): string[] => details.map((detail) => detail.statement.verb.display['en-US']!);

/** Plays `lesson` from `from` to `to` seconds in quarter-second ticks, as a video reports it. */
function play(el: LessonHost, from: number, to: number): void {
  el.lessons.fact({ type: 'play', time: from, rate: 1 });
  for (let time = from + 0.25; time <= to + 1e-9; time += 0.25) el.lessons.fact({ type: 'time', time, rate: 1 });
}

const stored = (lesson: Lesson, positionSec: number, completed = false): LessonProgress => ({
  learnerId: 'test-learner',
  courseId: 'elem-math-fractions',
  lessonId: lesson.id,
  positionSec,
  durationSec: lesson.durationSec,
  watchedSegments: [[0, positionSec]],
  completed,
  updatedAt: NOW,
});

describe('LessonController', () => {
  afterEach(() => {
    loadAccount = undefined;
  });

  it('turns playback into started, progress, completion and xAPI, and saves and terminates at the end', async () => {
    const { source, course, el, open } = await setUp();
    const lesson = firstVideo(course);
    const started = collect<LessonStartedDetail>(el, 'seoul-learn-lesson-started');
    const completed = collect<LessonCompletedDetail>(el, 'seoul-learn-lesson-completed');
    const xapi = collect<XapiDetail>(el, 'seoul-learn-xapi');

    expect(open(lesson), 'nothing to resume').to.equal(0);
    expect(el.lessons.session?.lessonId).to.equal(lesson.id);
    play(el, 0, lesson.durationSec * 0.6);
    expect(started).to.deep.equal([{ courseId: course.id, lessonId: lesson.id, positionSec: 0 }]);
    expect(completed).to.have.length(1);
    expect(completed[0]).to.include({ courseId: course.id, lessonId: lesson.id });
    expect(el.completions).to.deep.equal([{ lessonId: lesson.id, courseDone: false }]);
    expect(el.lessons.records.get(lesson.id)?.completed).to.equal(true);

    el.lessons.end();
    expect(el.lessons.session).to.equal(undefined);
    // The first view of the page made its statements while the builder was still loading: they
    // come out once it is there, in the order they were made.
    await waitUntil(() => xapi.length === 4, 'statements made while the builder loaded');
    expect(verbs(xapi)).to.deep.equal(['initialized', 'played', 'completed', 'terminated']);
    expect(
      xapi.every((detail) => detail.statement.timestamp === NOW),
      'the host clock',
    ).to.equal(true);
    const last = source.saves.flat().at(-1)!;
    expect(last).to.include({ lessonId: lesson.id, learnerId: 'test-learner', completed: true, at: NOW });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('resumes where the learner stopped, unless the lesson was completed', async () => {
    const { course, el, open } = await setUp();
    const [first, second] = lessonsOf(course).filter((lesson) => lesson.kind === 'video');
    el.lessons.load([stored(first!, 5), stored(second!, 5, true)]);
    expect(open(first!)).to.equal(5);
    expect(open(second!)).to.equal(0);
  });

  it('starts an external lesson once, and completing the last lesson completes the course', async () => {
    const { source, course, el, open } = await setUp('high-math-calculus');
    const external = lessonsOf(course).find((lesson) => lesson.kind === 'external')!;
    el.lessons.load(
      lessonsOf(course)
        .filter((lesson) => lesson !== external)
        .map((lesson) => ({ ...stored(lesson, 0, true), courseId: course.id })),
    );
    const started = collect<LessonStartedDetail>(el, 'seoul-learn-lesson-started');
    const courseDone = collect(el, 'seoul-learn-course-completed');
    open(external);
    expect(el.lessons.session, 'no video view').to.equal(undefined);
    el.lessons.openedExternal();
    el.lessons.openedExternal();
    expect(started).to.deep.equal([{ courseId: course.id, lessonId: external.id, positionSec: 0 }]);
    el.lessons.markDone(external);
    expect(courseDone).to.deep.equal([{ courseId: course.id, totalLessons: lessonsOf(course).length }]);
    expect(el.completions).to.deep.equal([{ lessonId: external.id, courseDone: true }]);
    expect(el.lessons.allDone(course)).to.equal(true);
    await waitUntil(() => source.saves.length > 0);
    expect(source.saves.at(-1)![0]).to.include({ lessonId: external.id, completed: true, at: NOW });
  });

  it('ends a view whose host was removed with a terminated statement the document hears', async () => {
    const { course, el, open } = await setUp();
    open(firstVideo(course));
    play(el, 0, 2);
    el.remove();
    const heard = collect<XapiDetail>(document, 'seoul-learn-xapi');
    el.lessons.end();
    expect(verbs(heard)).to.deep.equal(['terminated']);
  });

  it('goes on in a new view after the page came back from the back/forward cache', async () => {
    const { course, el, open } = await setUp();
    const xapi = collect<XapiDetail>(el, 'seoul-learn-xapi');
    open(firstVideo(course));
    play(el, 0, 1);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(verbs(xapi)).to.deep.equal(['initialized', 'played', 'terminated']);
    const before = el.lessons.session!.id;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(el.lessons.session!.id, 'a new view').not.to.equal(before);
    el.lessons.fact({ type: 'play', time: 1, rate: 1 });
    expect(verbs(xapi).slice(3)).to.deep.equal(['initialized', 'played']);
    expect(xapi.at(-1)!.statement.context.registration).to.equal(el.lessons.session!.id);
  });

  it('keeps what happens before its account is there, and hands it over in order at the time it happened', async () => {
    const held = heldBack();
    loadAccount = held.load;
    const { source, course, el, open } = await setUp('elem-math-fractions', { start: false });
    const lesson = firstVideo(course);
    const started = collect<LessonStartedDetail>(el, 'seoul-learn-lesson-started');
    const statements = collect<XapiDetail>(document, 'seoul-learn-xapi');
    open(lesson);
    el.lessons.fact({ type: 'play', time: 0, rate: 1 });
    el.lessons.fact({ type: 'time', time: 0.25, rate: 1 });
    // A busy page: the next tick comes 1.7 s of media and of real time later. Handed over only
    // now, it still counts as far as real time had passed when it happened.
    await aTimeout(1700);
    el.lessons.fact({ type: 'time', time: 1.95, rate: 1 });
    el.lessons.fact({ type: 'pause', time: 1.95, rate: 1 });
    expect(started, 'nothing before the account is there').to.deep.equal([]);
    expect(source.saves).to.deep.equal([]);

    el.lessons.start();
    held.release();
    await waitUntil(() => source.saves.length > 0, 'the pause saved');
    expect(started).to.deep.equal([{ courseId: course.id, lessonId: lesson.id, positionSec: 0 }]);
    const update = source.saves[0]![0]!;
    expect(update.watchedSegments).to.deep.equal([[0, 1.95]]);
    expect(el.lessons.recordOf(lesson.id)?.watchedSegments).to.deep.equal([[0, 1.95]]);
    // The statements say where the video was when each thing happened, not where it is when they go out.
    await waitUntil(() => statements.length >= 3, 'the statements');
    expect(verbs(statements)).to.deep.equal(['initialized', 'played', 'paused']);
    const time = (i: number) => statements[i]!.statement.result?.extensions[`${EXT}time`];
    expect(time(1), 'played at').to.equal(0);
    expect(time(2), 'paused at').to.equal(1.95);
  });

  it('loads the account when playback starts, even if the player never asked for it', async () => {
    const held = heldBack();
    loadAccount = held.load;
    const { source, course, el, open } = await setUp('elem-math-fractions', { start: false });
    const lesson = firstVideo(course);
    open(lesson);
    expect(held.pending(), 'opening a lesson alone loads nothing').to.equal(0);
    // The frame that calls start() has not come (a tab in the background), but the video plays.
    play(el, 0, 1);
    el.lessons.fact({ type: 'pause', time: 1, rate: 1 });
    expect(held.pending(), 'the first fact asks for the code, once').to.equal(1);
    held.release();
    await waitUntil(() => source.saves.length > 0, 'the pause saved');
    expect(source.saves[0]![0]!.watchedSegments).to.deep.equal([[0, 1]]);
  });

  it("tries the account's code again when it could not load, and loses nothing meanwhile", async () => {
    const held = heldBack();
    loadAccount = held.load;
    const { source, course, el, open } = await setUp('elem-math-fractions', { start: false });
    const lesson = firstVideo(course);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      el.lessons.start();
      held.fail();
      await waitUntil(() => warnings.length === 1, 'the failure said once');
      expect(warnings[0]).to.contain('could not load');
      // Nothing waited when it failed: what comes next tries again, and waits for it.
      open(lesson);
      play(el, 0, 1);
      el.lessons.fact({ type: 'pause', time: 1, rate: 1 });
      expect(held.pending(), 'loading again').to.equal(1);
      held.fail();
      // A second failure with something waiting: tried again a second later.
      await aTimeout(500);
      expect(held.pending(), 'not at once').to.equal(0);
      await waitUntil(() => held.pending() === 1, 'tried again', { timeout: 3000 });
      expect(source.saves).to.deep.equal([]);
      held.release();
    } finally {
      console.warn = warn;
    }
    await waitUntil(() => source.saves.length > 0, 'the pause saved once the account came');
    expect(source.saves[0]![0]).to.include({ lessonId: lesson.id, courseId: course.id });
    expect(source.saves[0]![0]!.watchedSegments).to.deep.equal([[0, 1]]);
    expect(warnings, 'one warning for the element').to.have.length(1);
  });
});
