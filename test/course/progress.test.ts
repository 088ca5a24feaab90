import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import type { LessonCompletedDetail, LessonProgressedDetail } from '../../src/course/course.types.js';
import type { DataSource, ProgressUpdate } from '../../src/data/types.js';
import { mergeSegments } from '../../src/data/progress.js';
import {
  $,
  $$,
  collect,
  demo,
  externalLesson,
  fakeClock,
  plainDemo,
  recording,
  renderCourse,
  videoReady,
} from './helpers.js';

const COURSE = 'elem-math-fractions';
const FIRST = 'elem-math-fractions-1-1';

const buttonNamed = (el: SeoulLearnCourse, label: string): HTMLButtonElement =>
  Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent!.trim().includes(label))!;

function update(learnerId: string, lessonId: string, fields: Partial<ProgressUpdate>): ProgressUpdate {
  return {
    id: crypto.randomUUID(),
    learnerId,
    courseId: COURSE,
    lessonId,
    positionSec: 0,
    durationSec: 16,
    watchedSegments: [],
    studySec: 0,
    completed: false,
    at: '2026-11-30T10:00:00.000Z',
    ...fields,
  };
}

function seekBar(el: SeoulLearnCourse, time: number): void {
  const input = $<HTMLInputElement>(el, '.seek-input');
  input.value = String(time);
  input.dispatchEvent(new Event('input'));
}

describe('<seoul-learn-course> progress', () => {
  it('resumes where the learner stopped and says so, with a way to start over', async () => {
    const source = demo();
    await source.saveProgress([update('resumer', FIRST, { positionSec: 8, watchedSegments: [[0, 8]] })]);
    const el = await renderCourse({ learner: 'resumer' }, source);
    const video = await videoReady(el);
    await waitUntil(() => !video.seeking && Math.abs(video.currentTime - 8) < 0.1, 'resumed at 0:08');
    // The claim follows the `seeked` event, which Firefox fires a task after `seeking` turns false.
    await waitUntil(() => el.shadowRoot!.querySelector('.resume'), 'the resume claim');
    expect($(el, '.resume').textContent).to.contain('0:08부터 이어보기');
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await el.updateComplete;
    expect($(el, '.resume').textContent).to.contain('Resuming from 0:08');
    buttonNamed(el, 'Start over').click();
    await waitUntil(() => video.currentTime === 0 && !video.seeking, 'back at the start');
    await waitUntil(() => !el.shadowRoot!.querySelector('.resume'), 'the resume claim gone');
    expect($(el, '.resume')).to.not.exist;
  });

  it('claims no resume position when the server cannot seek and the video stays at the start', async function () {
    // The test server answers without byte ranges, so the browser cannot seek in what it serves
    // (unless its cache already holds the whole file: a fresh address keeps the cache out).
    const fresh = `?unseekable=${crypto.randomUUID()}`;
    const inner = plainDemo();
    const source: DataSource = new Proxy(inner, {
      get(target, name, receiver) {
        if (name === 'getCourse') {
          return (id: string) =>
            target.getCourse(id).then((course) => ({
              ...course,
              chapters: course.chapters.map((chapter) => ({
                ...chapter,
                lessons: chapter.lessons.map((lesson) => ({
                  ...lesson,
                  media: lesson.media.map((media) => ({ ...media, src: media.src + fresh })),
                })),
              })),
            }));
        }
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await source.saveProgress([update('resumer', FIRST, { positionSec: 8, watchedSegments: [[0, 8]] })]);
    const el = await renderCourse({ learner: 'resumer' }, source);
    const claims = (): string => el.shadowRoot!.querySelector('.resume')?.textContent?.trim() ?? '';
    expect(claims(), 'nothing claimed before the video is there').to.equal('');
    const video = await videoReady(el);
    // Firefox keeps a small file whole in its media cache and seeks in it without byte ranges.
    if (video.seekable.length > 0 && video.seekable.end(0) >= 8) this.skip();
    await waitUntil(() => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && !video.seeking, 'settled');
    // In the resume notice's place, so that the panels below do not move up: the failure, said
    // aloud too, and a way to try again. (Until the seek is known to have failed, the notice's
    // place holds a hidden, inert copy of it: checked only once the failure shows.)
    const failed = (): HTMLElement | null => el.shadowRoot!.querySelector('.resume-failed');
    await waitUntil(failed, 'the failure said in the notice');
    await el.updateComplete;
    expect(video.currentTime).to.be.below(1);
    expect(claims()).to.equal('');
    expect(el.shadowRoot!.textContent).to.not.contain('이어보기');
    expect(failed()!.textContent).to.contain('0:08로 이동하지 못했습니다');
    expect(failed()!.getAttribute('aria-hidden')).to.equal(null);
    await waitUntil(() => $(el, '[role="status"]').textContent?.includes('0:08로 이동하지 못했습니다'), 'said aloud');
    await expect(el).to.be.accessible();
    const retry = buttonNamed(el, '다시 시도');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !video.seeking, 'the retry settled');
    await el.updateComplete;
    // Still unseekable: the notice stays where it was, and so does focus.
    expect(video.currentTime).to.be.below(1);
    expect(failed(), 'still said').to.exist;
    expect(claims()).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    el.locale = 'en';
    await waitUntil(() => failed()?.textContent?.includes('Could not resume at 0:08'), 'said in English');
    expect(buttonNamed(el, 'Try again')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('saves progress at most every 10 s of playback, and on pause, page hide and lesson change', async () => {
    const source = recording(demo());
    const el = await renderCourse({}, source);
    const video = await videoReady(el);
    const clock = fakeClock(video, 120);
    const progressed = collect<LessonProgressedDetail>(el, 'seoul-learn-lesson-progressed');

    clock.play();
    clock.advance(60); // 240 timeupdate events
    expect(source.saves).to.have.length(6);
    expect(progressed).to.have.length(6);
    const updates = source.saves.flat();
    expect(new Set(updates.map((u) => u.id)).size).to.equal(updates.length);
    expect(mergeSegments(updates.flatMap((u) => u.watchedSegments))).to.deep.equal([[0, 60]]);
    expect(updates.reduce((sum, u) => sum + u.studySec, 0)).to.be.closeTo(60, 0.01);
    expect(progressed.at(-1)).to.deep.equal({
      courseId: COURSE,
      lessonId: FIRST,
      positionSec: 60,
      durationSec: 120,
      progress: 0.5,
    });

    clock.pause();
    expect(source.saves, 'nothing new to save').to.have.length(6);
    clock.play();
    clock.advance(3);
    clock.pause();
    expect(source.saves).to.have.length(7);

    clock.play();
    clock.advance(2);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', visibility);
    delete (document as { visibilityState?: unknown }).visibilityState;
    expect(source.saves).to.have.length(8);

    clock.advance(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(source.saves).to.have.length(9);

    clock.advance(1);
    $$(el, '[role="treeitem"][aria-level="2"]')[1]!.click();
    expect(source.saves).to.have.length(10);
    expect(source.saves.at(-1)!.at(-1)).to.include({ lessonId: FIRST, positionSec: 67 });
  });

  it('sends a report that failed again with the next one, under its own id, warning once', async () => {
    const inner = demo();
    const calls: string[][] = [];
    let failing = true;
    const source: DataSource = new Proxy(inner, {
      get(target, name, receiver) {
        if (name === 'saveProgress') {
          return (updates: readonly ProgressUpdate[]) => {
            calls.push(updates.map((u) => u.id));
            return failing ? Promise.reject(new Error('offline')) : target.saveProgress(updates);
          };
        }
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
    try {
      const el = await renderCourse({}, source);
      const clock = fakeClock(await videoReady(el));
      clock.play();
      clock.advance(2);
      clock.pause();
      await waitUntil(() => warned.length > 0, 'the failure is noticed');
      clock.play();
      clock.advance(2);
      clock.pause();
      await waitUntil(() => calls.length === 2);
      failing = false;
      clock.play();
      clock.advance(2);
      clock.pause();
      await waitUntil(() => calls.length === 3);
      const [first, second, third] = calls as [string[], string[], string[]];
      expect(first).to.have.length(1);
      expect(second).to.deep.equal([first[0], second[1]]);
      expect(third).to.have.length(3);
      expect(third.slice(0, 2)).to.deep.equal(second);
      expect(new Set(third).size).to.equal(3);
      expect(warned.filter((message) => message.includes('Progress could not be saved'))).to.have.length(1);
      const stored = await inner.getCourseProgress('test-learner', COURSE);
      expect(stored.find((record) => record.lessonId === FIRST)?.watchedSegments).to.deep.equal([[0, 6]]);
    } finally {
      console.warn = warn;
    }
  });

  it('completes a lesson only once 90% of it was actually watched', async () => {
    const source = recording(demo());
    const el = await renderCourse({}, source);
    const video = await videoReady(el);
    const completed = collect<LessonCompletedDetail>(el, 'seoul-learn-lesson-completed');
    const clock = fakeClock(video);
    clock.play();
    clock.advance(14); // 14 of 16 s
    expect(completed).to.have.length(0);
    clock.advance(1);
    expect(completed).to.have.length(1);
    expect(completed[0]!.lessonId).to.equal(FIRST);
    expect(completed[0]!.progress).to.be.closeTo(14.5 / video.duration, 0.001);
    expect(source.saves.at(-1)!.at(-1)!.completed).to.equal(true);
    clock.advance(1);
    expect(completed, 'only once').to.have.length(1);
    await el.updateComplete;
    const item = $(el, '[role="treeitem"][aria-selected="true"]');
    expect(item.textContent).to.contain('완료');
    expect($(el, '.course-progress').textContent).to.contain('10개 중 1개 완료');
    await waitUntil(() => $(el, '[role="status"]').textContent!.includes('강의 완료: 전체와 부분'));
  });

  it('a custom completion-threshold moves the bar', async () => {
    const el = await renderCourse({});
    el.completionThreshold = 0.5;
    const video = await videoReady(el);
    const completed = collect<LessonCompletedDetail>(el, 'seoul-learn-lesson-completed');
    const clock = fakeClock(video);
    clock.play();
    clock.advance(7);
    expect(completed).to.have.length(0);
    clock.advance(1.5);
    expect(completed).to.have.length(1);
  });

  it('does not complete a lesson whose end was reached by seeking, and offers the next lesson', async () => {
    const source = recording(demo());
    const el = await renderCourse({}, source);
    const video = await videoReady(el);
    const completed = collect<LessonCompletedDetail>(el, 'seoul-learn-lesson-completed');
    video.muted = true;
    seekBar(el, 15.2);
    await waitUntil(() => !video.seeking, 'seeked');
    buttonNamed(el, '재생').click();
    await waitUntil(() => $(el, '.ended'), 'the end of the lesson', { timeout: 5000 });
    expect(completed).to.have.length(0);
    expect($(el, '.ended').textContent).to.contain('강의를 끝까지 봤습니다.').and.contain('다음 강의: 분모와 분자');
    const stored = await source.getCourseProgress('test-learner', COURSE);
    expect(stored.find((record) => record.lessonId === FIRST)?.completed).to.equal(false);
    await expect(el).to.be.accessible();
    buttonNamed(el, '다음 강의 보기').click();
    await el.updateComplete;
    expect($(el, '.lesson-heading').textContent).to.contain('분모와 분자');
    const next = await videoReady(el);
    await waitUntil(() => !next.paused, 'the next lesson plays');
  });

  it('fires lesson and course events with plain detail, and course-completed for the last lesson', async () => {
    const source: DataSource = demo();
    const course = await source.getCourse(COURSE);
    const ids = course.chapters.flatMap((chapter) => chapter.lessons.map((lesson) => lesson.id));
    // Completion is watched coverage, not a flag: each of these lessons was watched from start to end
    // (the data source clips the segment to the lesson's length).
    await source.saveProgress(
      ids.slice(1).map((id) => update('finisher', id, { watchedSegments: [[0, 3600]], completed: true })),
    );
    const el = await renderCourse({ learner: 'finisher', locale: 'en' }, source);
    const video = await videoReady(el);
    const started = collect(document, 'seoul-learn-lesson-started');
    const lessonDone = collect(document, 'seoul-learn-lesson-completed');
    const courseDone = collect(document, 'seoul-learn-course-completed');
    const clock = fakeClock(video);
    clock.play();
    clock.advance(15);
    clock.pause();
    clock.play();
    expect(started).to.deep.equal([{ courseId: COURSE, lessonId: FIRST, positionSec: 0 }]);
    expect(lessonDone).to.have.length(1);
    expect(courseDone).to.deep.equal([{ courseId: COURSE, totalLessons: 10 }]);
    expect(Object.isFrozen(courseDone[0])).to.equal(true);
    await waitUntil(() => $(el, '[role="status"]').textContent!.includes('You have completed every lesson'));
  });

  it('with autoplay-next, starts the next lesson by itself when one ends', async () => {
    const el = await renderCourse({});
    el.autoplayNext = true;
    const video = await videoReady(el);
    video.muted = true;
    video.dispatchEvent(new Event('ended'));
    await el.updateComplete;
    expect($(el, '.lesson-heading').textContent).to.contain('분모와 분자');
    const next = await videoReady(el);
    next.muted = true;
    await waitUntil(() => !next.paused, 'the next lesson plays');
  });

  it('saves what was watched when the player is removed from the page', async () => {
    const source = recording(demo());
    const el = await renderCourse({}, source);
    const video = await videoReady(el);
    const clock = fakeClock(video);
    clock.play();
    clock.advance(3);
    expect(source.saves).to.have.length(0);
    el.remove();
    expect(source.saves).to.have.length(1);
    expect(source.saves[0]![0]).to.include({ lessonId: FIRST, positionSec: 3, studySec: 3 });
    expect(source.saves[0]![0]!.watchedSegments).to.deep.equal([[0, 3]]);
  });
});

describe('<seoul-learn-course> keeps focus when a button goes away', () => {
  /** Presses `label` with the keyboard, as a person would, and waits for what it changed. */
  async function press(el: SeoulLearnCourse, label: string): Promise<void> {
    // A link-out card's code may still be on its way (it loads with the course).
    await waitUntil(() => buttonNamed(el, label), `the ${label} button`, { timeout: 3000 });
    buttonNamed(el, label).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
  }
  const focused = (el: SeoulLearnCourse) => el.shadowRoot!.activeElement;

  it('"처음부터" in the resume notice: focus moves to the play button', async () => {
    const source = demo();
    await source.saveProgress([update('restarter', FIRST, { positionSec: 8, watchedSegments: [[0, 8]] })]);
    const el = await renderCourse({ learner: 'restarter' }, source);
    await videoReady(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.resume'), 'the resume claim');
    await press(el, '처음부터');
    await waitUntil(() => !el.shadowRoot!.querySelector('.resume'), 'the resume claim gone');
    expect(focused(el), 'not the page').to.equal($(el, '.control.play'));
  });

  it('"다음 강의 보기" at the end of a lesson: focus moves to the next lesson\'s play button', async () => {
    const el = await renderCourse({}, demo());
    const video = await videoReady(el);
    video.muted = true;
    seekBar(el, 15.2);
    await waitUntil(() => !video.seeking, 'seeked');
    buttonNamed(el, '재생').click();
    await waitUntil(() => $(el, '.ended'), 'the end of the lesson', { timeout: 5000 });
    await press(el, '다음 강의 보기');
    expect($(el, '.lesson-heading').textContent).to.contain('분모와 분자');
    expect(focused(el), 'not the page').to.equal($(el, '.control.play'));
  });

  it('"수강 완료로 표시" on a lecture hosted elsewhere: focus moves to the notice that replaces it', async () => {
    const source = demo();
    const el = await renderCourse({ ...(await externalLesson(source)), learner: 'marker' }, source);
    await press(el, '수강 완료로 표시');
    expect(focused(el), 'not the page').to.equal($(el, '.ended'));
    await expect(el).to.be.accessible();
  });
});
