import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { Lesson } from '../../src/data/types.js';
import { $, $$, demo, renderCourse, videoReady } from './helpers.js';

const hlsFetched = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/hls.js/'));

describe('<seoul-learn-course> HLS', () => {
  it('loads hls.js only when a lesson has an .m3u8 source the browser cannot play itself', async () => {
    const source = demo();
    const course = await source.getCourse('coding-intro');
    const lessons: Lesson[] = course.chapters.flatMap((chapter) => chapter.lessons);
    const hls = lessons.find((lesson) => lesson.media.some((media) => media.src.endsWith('.m3u8')))!;
    const plain = lessons.find((lesson) => lesson.kind === 'video' && lesson !== hls)!;
    const el = await renderCourse({ course: course.id, lesson: plain.id }, source);
    // Chromium may play HLS natively; force the fallback so that the lazy path is what runs.
    el.hlsEngine = 'hls.js';
    const first = await videoReady(el);
    expect(first.src).to.match(/^blob:/);
    expect(hlsFetched(), 'no hls.js for an MP4/WebM lesson').to.equal(false);

    $$(el, '[role="treeitem"]')
      .find((item) => item.dataset['key'] === `l:${hls.id}`)!
      .click();
    await el.updateComplete;
    const video = await videoReady(el);
    expect(video).to.not.equal(first);
    expect(hlsFetched(), 'hls.js was imported for the .m3u8 lesson').to.equal(true);
    expect(video.src, 'Media Source Extensions, not a plain URL').to.match(/^blob:/);
    expect(video.currentSrc).to.not.contain('.m3u8');
    video.muted = true;
    $<HTMLButtonElement>(el, '.play').click();
    await waitUntil(() => video.currentTime > 0.3, 'HLS plays', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });
});
