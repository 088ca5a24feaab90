import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/course/course.define.js';
import '../../src/provider/provider.define.js';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import { DemoDataSource } from '../../src/data/demo-data-source.js';
import type { Course, DataSource, Lesson, ProgressUpdate, RequestOptions } from '../../src/data/types.js';
import { NetworkError } from '../../src/data/errors.js';

const blobs = new Map<string, Promise<string>>();

/** The file at `src` as a `blob:` URL (fetched once per test page). */
function blobUrl(src: string): Promise<string> {
  let url = blobs.get(src);
  if (!url) {
    url = fetch(src)
      .then((response) => response.blob())
      .then((blob) => URL.createObjectURL(blob));
    blobs.set(src, url);
  }
  return url;
}

/**
 * The lesson videos as `blob:` URLs: the test server answers without byte ranges, and a browser
 * cannot seek in a video it got that way. A blob is seekable, as the files are on a real server.
 */
async function seekableMedia(course: Course): Promise<Course> {
  const lessons = async (lessons: readonly Lesson[]): Promise<Lesson[]> =>
    Promise.all(
      lessons.map(async (lesson) => ({
        ...lesson,
        media: await Promise.all(
          lesson.media.map(async (media) =>
            /mpegurl/.test(media.type) ? media : { ...media, src: await blobUrl(media.src) },
          ),
        ),
      })),
    );
  return {
    ...course,
    chapters: await Promise.all(
      course.chapters.map(async (chapter) => ({ ...chapter, lessons: await lessons(chapter.lessons) })),
    ),
  };
}

/** A memory demo data source with a fixed clock, its media served as they are. */
export const plainDemo = (): DemoDataSource =>
  new DemoDataSource({ storage: 'memory', now: () => new Date('2026-12-01T00:00:00Z') });

/** A memory demo data source with a fixed clock, whose videos are seekable in tests. */
export function demo(): DataSource {
  const inner = plainDemo();
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'getCourse') {
        return (id: string, options?: RequestOptions) => target.getCourse(id, options).then(seekableMedia);
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Wraps a data source and records every progress report it receives. */
export function recording(inner: DataSource = demo()): DataSource & { saves: ProgressUpdate[][] } {
  const saves: ProgressUpdate[][] = [];
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'saves') return saves;
      if (name === 'saveProgress') {
        return (updates: readonly ProgressUpdate[]) => {
          saves.push([...updates]);
          return target.saveProgress(updates);
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as DataSource & { saves: ProgressUpdate[][] };
}

/** A data source whose course reads fail like a dropped network, until `heal()`. */
export function flaky(inner: DataSource = demo()): DataSource & { heal(): void } {
  let broken = true;
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'heal') return () => (broken = false);
      if (name === 'getCourse' && broken) return () => Promise.reject(new NetworkError());
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as DataSource & { heal(): void };
}

export const shadow = (el: SeoulLearnCourse): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: SeoulLearnCourse, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: SeoulLearnCourse, selector: string): T[] =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/**
 * Renders a course player and waits until its course (and video, if any) is ready, details
 * (outline, transcript, materials) included: no skeleton and none of its bones left.
 */
export async function renderCourse(
  attrs: { course?: string; lesson?: string; locale?: string; region?: string; learner?: string; shortcuts?: string },
  source: DataSource = demo(),
): Promise<SeoulLearnCourse> {
  const el = await fixture<SeoulLearnCourse>(
    html`<seoul-learn-course
      course-id=${attrs.course ?? 'elem-math-fractions'}
      lesson-id=${attrs.lesson ?? ''}
      locale=${attrs.locale ?? 'ko'}
      region=${attrs.region ?? 'seoul'}
      learner-id=${attrs.learner ?? 'test-learner'}
      shortcuts=${attrs.shortcuts ?? 'on'}
      .dataSource=${source}
    ></seoul-learn-course>`,
  );
  await waitUntil(() => !el.shadowRoot!.querySelector('.skeleton, .bone'), 'course loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Waits until the player's video has metadata. */
export async function videoReady(el: SeoulLearnCourse): Promise<HTMLVideoElement> {
  await waitUntil(
    () => {
      const video = el.shadowRoot!.querySelector<HTMLVideoElement>('video.main');
      return video && video.readyState >= HTMLMediaElement.HAVE_METADATA;
    },
    'video metadata',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return $<HTMLVideoElement>(el, 'video.main');
}

/** Collects the events of one name that `el` fires. */
export function collect<T>(el: EventTarget, name: string): T[] {
  const seen: T[] = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

export { aTimeout };

/**
 * Puts a test double over the video's clock: `currentTime`, `paused` (and `duration`) come from
 * the test, which then drives playback with the same events a playing video fires.
 */
export function fakeClock(video: HTMLVideoElement, duration?: number) {
  let time = 0;
  let paused = true;
  Object.defineProperty(video, 'currentTime', {
    configurable: true,
    get: () => time,
    set: (value: number) => {
      time = value;
      video.dispatchEvent(new Event('seeking'));
      video.dispatchEvent(new Event('seeked'));
    },
  });
  Object.defineProperty(video, 'paused', { configurable: true, get: () => paused });
  if (duration) Object.defineProperty(video, 'duration', { configurable: true, get: () => duration });
  return {
    play(): void {
      paused = false;
      video.dispatchEvent(new Event('play'));
    },
    /** Plays `seconds` more, firing `timeupdate` every `step` seconds as a video does. */
    advance(seconds: number, step = 0.25): void {
      const end = time + seconds;
      while (time < end - 1e-9) {
        time = Math.min(end, time + step);
        video.dispatchEvent(new Event('timeupdate'));
      }
    },
    pause(): void {
      paused = true;
      video.dispatchEvent(new Event('pause'));
    },
  };
}

/** The first lecture hosted elsewhere (`kind: 'external'`) among `source`'s courses, as course and lesson ids. */
export async function externalLesson(source: DataSource): Promise<{ course: string; lesson: string }> {
  for (const summary of await source.listCourses()) {
    const course = await source.getCourse(summary.id);
    const lesson = course.chapters.flatMap((chapter) => chapter.lessons).find((item) => item.kind === 'external');
    if (lesson) return { course: course.id, lesson: lesson.id };
  }
  throw new Error('no external lesson in the demo courses');
}

/** Opens the player's settings menu with a click (its code loads on first use) and returns it. */
export async function openSettings(el: SeoulLearnCourse): Promise<HTMLElement> {
  if (!el.shadowRoot!.querySelector('.menu')) $(el, '.settings-button').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.menu'), 'the settings menu opens');
  return $(el, '.menu');
}

/** The items of one group of the settings menu (by its title), with the menu open. */
export async function settingItems(el: SeoulLearnCourse, group: string): Promise<HTMLElement[]> {
  const menu = await openSettings(el);
  const found = [...menu.querySelectorAll('[role="group"]')].find(
    (node) => node.querySelector('.menu-title')!.textContent!.trim() === group,
  );
  if (!found) throw new Error(`no settings group "${group}"`);
  return [...found.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
}

/** Chooses `item` (its visible text) in a group of the settings menu, as a person clicks it. */
export async function chooseSetting(el: SeoulLearnCourse, group: string, item: string): Promise<void> {
  const items = await settingItems(el, group);
  const choice = items.find((node) => node.textContent!.trim() === item);
  if (!choice)
    throw new Error(`no "${item}" in "${group}": ${items.map((node) => node.textContent!.trim()).join(', ')}`);
  choice.click();
  await waitUntil(() => !el.shadowRoot!.querySelector('.menu'), 'the menu closes after a choice');
}

/** The chosen item of a settings group, read from the menu (closed again afterwards). */
export async function chosenSetting(el: SeoulLearnCourse, group: string): Promise<string> {
  const items = await settingItems(el, group);
  const text = items.find((node) => node.getAttribute('aria-checked') === 'true')?.textContent!.trim() ?? '';
  $(el, '.settings-button').click();
  await waitUntil(() => !el.shadowRoot!.querySelector('.menu'), 'the menu closes');
  return text;
}
