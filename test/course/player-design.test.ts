import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import { needsMediaEmulation } from '../helpers/media-emulation.js';
import { $, renderCourse, videoReady } from './helpers.js';

const center = (node: Element): [number, number] => {
  const rect = node.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
};
const opacity = (node: Element): number => Number(getComputedStyle(node).opacity);

/** Starts playback (muted, so that the browser allows it) with a click on the play button. */
async function play(el: SeoulLearnCourse, video: HTMLVideoElement): Promise<void> {
  video.muted = true;
  $(el, '.control.play').click();
  await waitUntil(() => !video.paused && video.currentTime > 0.2, 'playing');
  await el.updateComplete;
}

describe('<seoul-learn-course> player controls', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('previews the position and its chapter above the seek slider while it has keyboard focus', async () => {
    const el = await renderCourse({ locale: 'en' });
    const video = await videoReady(el);
    const slider = $<HTMLInputElement>(el, '.seek-input');
    const preview = $(el, '.preview');
    expect(getComputedStyle(preview).display, 'no preview before').to.equal('none');
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => Math.abs(video.currentTime - 5) < 0.2, 'moved');
    await el.updateComplete;
    expect(getComputedStyle(preview).display).to.not.equal('none');
    expect(preview.textContent).to.contain('0:05');
    await expect(el).to.be.accessible();
  });

  it('previews the time and chapter under the pointer on the seek bar', async () => {
    const el = await renderCourse({ locale: 'en' });
    const video = await videoReady(el);
    const seek = $(el, '.seek');
    const rect = seek.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.x + rect.width * 0.75), Math.round(rect.y + rect.height / 2)],
    });
    await waitUntil(() => seek.classList.contains('hovering'), 'hover preview');
    await el.updateComplete;
    const preview = $(el, '.preview');
    expect(getComputedStyle(preview).display).to.not.equal('none');
    const at = Math.floor(video.duration * 0.75);
    expect(preview.textContent).to.match(
      new RegExp(`0:${String(at).padStart(2, '0')}|0:${String(at + 1).padStart(2, '0')}`),
    );
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !seek.classList.contains('hovering'), 'preview gone when the pointer leaves');
  });

  it('shows a big play button over a paused video; a click on the picture plays and pauses', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    video.muted = true;
    // While the video is still waiting for data, a spinner stands where the big button goes.
    await waitUntil(() => el.shadowRoot!.querySelector('.big-play'), 'the big play button once the video can play');
    const big = $(el, '.big-play');
    expect(big.closest('[aria-hidden="true"]'), 'the bar has the named play button').to.exist;
    await sendMouse({ type: 'click', position: center(big) });
    await waitUntil(() => !video.paused, 'the big button plays', { timeout: 3000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.big-play'), 'gone while playing').to.not.exist;
    await sendMouse({ type: 'click', position: center($(el, '.surface')) });
    await waitUntil(() => video.paused, 'a click on the picture pauses', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('.big-play'), 'back when paused').to.exist;
  });

  it("shows the lesson's poster until the first play: a lesson with nowhere to resume never seeks", async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')!;
    const sets: [HTMLMediaElement, number][] = [];
    Object.defineProperty(HTMLMediaElement.prototype, 'currentTime', {
      ...setter,
      set(this: HTMLMediaElement, value: number) {
        sets.push([this, value]);
        setter.set!.call(this, value);
      },
    });
    try {
      const el = await renderCourse({ learner: 'poster-learner' });
      const video = await videoReady(el);
      expect(new URL(video.poster).pathname).to.match(/\/lesson-1-poster\.webp$/);
      await el.updateComplete;
      const own = sets.filter(([media]) => media === video).map(([, value]) => value);
      expect(own, 'no seek, which would take the poster away').to.deep.equal([]);
      expect(video.played.length).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(HTMLMediaElement.prototype, 'currentTime', setter);
    }
  });

  it('rests the controls while the video plays untouched, and brings them back on pointer or focus', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    const controls = $(el, '.controls');
    await sendMouse({ type: 'move', position: center($(el, '.surface')) });
    await play(el, video);
    $<HTMLElement>(el, '.control.play').blur();
    await waitUntil(() => $(el, '.stage').classList.contains('idle'), 'resting after a few still seconds', {
      timeout: 6000,
    });
    await waitUntil(() => opacity(controls) === 0, 'hidden');
    await sendMouse({ type: 'move', position: center($(el, '.screen')).map((v) => v + 5) as [number, number] });
    await waitUntil(() => opacity(controls) === 1, 'a pointer move brings them back');
    // Focus inside keeps them, however long nobody moves.
    $<HTMLElement>(el, '.settings-button').focus();
    await waitUntil(() => $(el, '.stage').classList.contains('idle'), 'idle again', { timeout: 6000 });
    expect(opacity(controls), 'never hidden while focused').to.equal(1);
    video.pause();
    await waitUntil(() => !$(el, '.stage').classList.contains('idle'), 'never resting while paused');
  });

  it('rests the controls after a play that no pointer or key started (a media key, the next lesson)', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    video.muted = true;
    await video.play();
    await waitUntil(() => $(el, '.stage').classList.contains('idle'), 'resting after a few seconds', {
      timeout: 6000,
    });
    await waitUntil(() => opacity($(el, '.controls')) === 0, 'hidden');
    video.pause();
  });

  describe('under forced colours', () => {
    needsMediaEmulation();
    afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: '' }]));

    it('puts the controls under the picture, where their solid background hides none of it, and keeps them', async () => {
      const el = await renderCourse({});
      const video = await videoReady(el);
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      await waitUntil(() => matchMedia('(forced-colors: active)').matches);
      const screen = $(el, '.screen').getBoundingClientRect();
      const controls = $(el, '.controls');
      expect(controls.getBoundingClientRect().top, 'below the picture').to.be.at.least(Math.floor(screen.bottom));
      video.muted = true;
      await video.play();
      await waitUntil(() => $(el, '.stage').classList.contains('idle'), 'idle', { timeout: 6000 });
      expect(opacity(controls), 'no empty band while resting').to.equal(1);
      video.pause();
      await expect(el).to.be.accessible();
    });
  });
});
