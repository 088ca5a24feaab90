/**
 * A page for the outbox tests, loaded in an iframe so that a test can reload or close it: the
 * course player on the API named by `?api=`, signed in with the bearer token of `?token=`, with a
 * test clock over its video, and its own clock
 * in step with the test server's (`?now=`: the server's time when the page was opened). The test calls
 * `window.studyFor(seconds)` to "watch" that many seconds of the current lesson.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/course/course.define.js';
import '../../../../src/provider/provider.define.js';
import type { SeoulLearnCourse } from '../../../../src/course/course.js';
import { fakeClock } from '../../../course/helpers.js';
import { runningClock } from '../../../helpers/running-clock.js';

declare global {
  interface Window {
    ready: Promise<void>;
    /** How many progress reports the player made (one `seoul-learn-lesson-progressed` each). */
    reports: number;
    studyFor(seconds: number): void;
  }
}

const params = new URLSearchParams(location.search);
const pageClock = runningClock(Date.parse(params.get('now')!));
let clock: ReturnType<typeof fakeClock> | undefined;
window.reports = 0;
addEventListener('seoul-learn-lesson-progressed', () => (window.reports += 1));

window.ready = (async () => {
  const provider = await fixture<HTMLElement>(
    html`<seoul-learn-provider
      api-base=${params.get('api')!}
      learner-id=${params.get('learner')!}
      .getToken=${() => params.get('token')!}
      .clock=${pageClock}
      ><seoul-learn-course course-id=${params.get('course')!}></seoul-learn-course
    ></seoul-learn-provider>`,
  );
  const el = provider.querySelector<SeoulLearnCourse>('seoul-learn-course')!;
  await waitUntil(
    () => {
      const video = el.shadowRoot!.querySelector<HTMLVideoElement>('video.main');
      return video && video.readyState >= HTMLMediaElement.HAVE_METADATA;
    },
    'video metadata',
    { timeout: 15_000 },
  );
  // A long lesson, so that minutes of study neither end nor complete it.
  clock = fakeClock(el.shadowRoot!.querySelector<HTMLVideoElement>('video.main')!, 3_600);
})();

window.studyFor = (seconds: number) => {
  clock!.play();
  clock!.advance(seconds);
  clock!.pause();
};
