import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import {
  $,
  $$,
  chooseSetting,
  chosenSetting,
  demo,
  openSettings,
  settingItems,
  renderCourse,
  videoReady,
} from './helpers.js';

const buttonNamed = (el: SeoulLearnCourse, label: string): HTMLButtonElement =>
  Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent!.trim().includes(label))!;

function seekBar(el: SeoulLearnCourse, time: number): void {
  const input = $<HTMLInputElement>(el, '.seek-input');
  input.value = String(time);
  input.dispatchEvent(new Event('input'));
}

describe('<seoul-learn-course> player', () => {
  it('plays, pauses and seeks through the controls', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    expect(buttonNamed(el, '재생')).to.exist;
    await expect(el).to.be.accessible();
    buttonNamed(el, '음소거').click();
    expect(video.muted).to.equal(true);
    await el.updateComplete;
    expect(buttonNamed(el, '음소거').getAttribute('aria-pressed')).to.equal('true');
    buttonNamed(el, '재생').click();
    await waitUntil(() => video.currentTime > 0.3, 'playing');
    await el.updateComplete;
    expect(buttonNamed(el, '일시정지')).to.exist;
    await expect(el).to.be.accessible();
    buttonNamed(el, '일시정지').click();
    await el.updateComplete;
    expect(video.paused).to.equal(true);
    expect(buttonNamed(el, '재생')).to.exist;

    seekBar(el, 9);
    await waitUntil(() => !video.seeking && Math.abs(video.currentTime - 9) < 0.2, 'seeked');
    await el.updateComplete;
    const slider = $(el, '.seek-input');
    expect(slider.getAttribute('aria-label')).to.equal('재생 위치');
    expect(slider.getAttribute('aria-valuetext')).to.equal('0:16 중 0:09, 예제 풀이');
    expect($(el, '.time').textContent).to.contain('0:09 / 0:16');
    await waitUntil(() => video.buffered.length > 0, 'buffered');
    await el.updateComplete;
    expect($(el, '.buffered').style.getPropertyValue('--_to')).to.not.equal('0%');
    expect($(el, '.played').style.getPropertyValue('--_to')).to.match(/^5[6-7]\.\d+%$/);
  });

  it('switches captions and keeps the transcript in step; clicking a cue seeks', async () => {
    const el = await renderCourse({ locale: 'en', region: 'gimpo' });
    const video = await videoReady(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Captions start in the interface language; the browser must not switch on another track by itself.
    expect(Array.from(video.textTracks).map((track) => `${track.language}:${track.mode}`)).to.deep.equal([
      'ko:disabled',
      'en:showing',
    ]);
    expect(await chosenSetting(el, 'Captions')).to.equal('English');
    await chooseSetting(el, 'Captions', 'Korean');
    await el.updateComplete;
    expect(Array.from(video.textTracks).map((track) => track.mode)).to.deep.equal(['showing', 'disabled']);
    expect($(el, '.cues').lang, 'the transcript follows the captions').to.equal('ko');
    await chooseSetting(el, 'Captions', 'English');
    const en = Array.from(video.textTracks).find((track) => track.language === 'en')!;
    const ko = Array.from(video.textTracks).find((track) => track.language === 'ko')!;
    expect(en.mode).to.equal('showing');
    expect(ko.mode).to.equal('disabled');
    expect($(el, '.cues').lang).to.equal('en');
    await expect(el).to.be.accessible();

    const cue = $$(el, '.cue')[2]!;
    expect(cue.textContent).to.contain("Let's go through the key idea");
    cue.click();
    await waitUntil(() => !video.seeking && Math.abs(video.currentTime - 4) < 0.2, 'seeked to the cue');
    await el.updateComplete;
    expect(cue.getAttribute('aria-current')).to.equal('true');
    expect($$(el, '.cue[aria-current="true"]')).to.have.length(1);

    video.muted = true;
    await video.play();
    await waitUntil(() => video.currentTime > 6.1, 'playing into the next cue', { timeout: 5000 });
    video.pause();
    // The transcript follows the controller's state, which catches up at the next media event.
    await waitUntil(() => $(el, '.cue[aria-current="true"]').textContent!.includes('Underline the important words'));
    expect($$(el, '.cue[aria-current="true"]')).to.have.length(1);

    await chooseSetting(el, 'Caption size', 'Large');
    expect(video.classList.contains('cues-large')).to.equal(true);

    await chooseSetting(el, 'Captions', 'Off');
    expect(Array.from(video.textTracks).every((track) => track.mode === 'disabled')).to.equal(true);
  });

  it('keeps the caption size and language across lessons, through an external one', async () => {
    const source = demo();
    const course = await source.getCourse('high-math-calculus');
    const lessons = course.chapters.flatMap((chapter) => chapter.lessons);
    const external = lessons.findIndex((lesson) => lesson.kind === 'external');
    const [before, after] = [lessons[external - 1]!, lessons[external + 1]!];
    const el = await renderCourse({ course: course.id, lesson: before.id, locale: 'en' }, source);
    const video = await videoReady(el);
    await chooseSetting(el, 'Caption size', 'Large');
    await chooseSetting(el, 'Captions', 'Korean');
    expect(video.classList.contains('cues-large')).to.equal(true);

    const open = (id: string): void =>
      $$(el, '[role="treeitem"]')
        .find((li) => li.dataset['key'] === `l:${id}`)!
        .click();
    open(lessons[external]!.id);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('video').length, 'no player for the external lesson').to.equal(0);
    open(after.id);
    await el.updateComplete;
    const next = await videoReady(el);
    const showing = (): string[] =>
      Array.from(next.textTracks)
        .filter((track) => track.mode === 'showing')
        .map((track) => track.language);
    await waitUntil(() => showing().join() === 'ko', 'Korean captions');
    await el.updateComplete;
    expect(next.classList.contains('cues-large')).to.equal(true);
    expect(await chosenSetting(el, 'Caption size')).to.equal('Large');
    expect(await chosenSetting(el, 'Captions')).to.equal('Korean');
  });

  it('changes the volume with the arrow keys on its slider, and says the value', async () => {
    const el = await renderCourse({ locale: 'en' });
    const video = await videoReady(el);
    const slider = $<HTMLInputElement>(el, 'input.volume');
    expect(slider.getAttribute('aria-label')).to.equal('Volume');
    expect(slider.getAttribute('aria-valuetext')).to.equal('100%');
    slider.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(video.volume).to.be.closeTo(0.9, 0.001);
    expect(slider.getAttribute('aria-valuetext')).to.equal('90%');
    expect(video.currentTime, 'arrows on the slider do not seek').to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(video.volume).to.be.closeTo(0.95, 0.001);
    expect(slider.getAttribute('aria-valuetext')).to.equal('95%');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(video.volume).to.equal(0);
    expect(slider.getAttribute('aria-valuetext')).to.equal('0%');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(video.volume).to.equal(1);
    buttonNamed(el, 'Mute').click();
    await el.updateComplete;
    expect(slider.getAttribute('aria-valuetext'), 'muted reads as 0%').to.equal('0%');
    await expect(el).to.be.accessible();
  });

  describe('picture-in-picture', () => {
    const enabled = (value: boolean): void => {
      Object.defineProperty(document, 'pictureInPictureEnabled', { configurable: true, get: () => value });
    };
    afterEach(() => {
      delete (document as { pictureInPictureEnabled?: boolean }).pictureInPictureEnabled;
      delete (document as { pictureInPictureElement?: Element | null }).pictureInPictureElement;
      delete (document as { exitPictureInPicture?: unknown }).exitPictureInPicture;
    });

    it('offers no button where the browser has no picture-in-picture', async () => {
      enabled(false);
      const el = await renderCourse({ locale: 'en' });
      await videoReady(el);
      expect(!!buttonNamed(el, 'Picture in picture')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('has a toggle button whose requests go to the controller', async () => {
      enabled(true);
      const el = await renderCourse({ locale: 'en' });
      const video = await videoReady(el);
      const calls: string[] = [];
      let pipElement: Element | null = null;
      Object.defineProperty(document, 'pictureInPictureElement', { configurable: true, get: () => pipElement });
      video.requestPictureInPicture = () => {
        calls.push('request');
        pipElement = video;
        video.dispatchEvent(new Event('enterpictureinpicture'));
        return Promise.resolve({} as PictureInPictureWindow);
      };
      Object.defineProperty(document, 'exitPictureInPicture', {
        configurable: true,
        value: () => {
          calls.push('exit');
          pipElement = null;
          video.dispatchEvent(new Event('leavepictureinpicture'));
          return Promise.resolve();
        },
      });
      const toggle = async (): Promise<HTMLElement> => {
        const item = (await openSettings(el)).querySelector<HTMLElement>('[role="menuitemcheckbox"]')!;
        expect(item.textContent!.trim()).to.equal('Picture in picture');
        return item;
      };
      expect((await toggle()).getAttribute('aria-checked')).to.equal('false');
      (await toggle()).click();
      await waitUntil(() => calls.length === 1);
      expect(calls).to.deep.equal(['request']);
      expect((await toggle()).getAttribute('aria-checked')).to.equal('true');
      await expect(el).to.be.accessible();
      (await toggle()).click();
      await waitUntil(() => calls.length === 2);
      expect(calls).to.deep.equal(['request', 'exit']);
      expect((await toggle()).getAttribute('aria-checked')).to.equal('false');
    });
  });

  it('changes the playback rate', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    await chooseSetting(el, '재생 속도', '1.5×');
    expect(video.playbackRate).to.equal(1.5);
    expect(await chosenSetting(el, '재생 속도')).to.equal('1.5×');
  });

  it('takes keyboard shortcuts while focus is inside the player, and lists them in a help dialog', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    buttonNamed(el, '음소거').focus();
    await sendKeys({ press: 'm' });
    expect(video.muted).to.equal(true);
    await sendKeys({ press: 'k' });
    await waitUntil(() => !video.paused, 'k plays');
    await sendKeys({ press: 'k' });
    expect(video.paused).to.equal(true);
    const before = video.currentTime;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => !video.seeking && Math.abs(video.currentTime - (before + 5)) < 0.2, '→ seeks 5 s');
    await sendKeys({ press: 'ArrowDown' });
    expect(video.volume).to.be.closeTo(0.9, 0.001);
    await sendKeys({ press: 'f' });
    await waitUntil(() => el.shadowRoot!.fullscreenElement === $(el, '.stage'), 'f: full screen');
    // The control follows the fullscreenchange event, which may come a task after the element is full screen.
    await waitUntil(() => buttonNamed(el, '전체 화면 종료'), 'the control offers to leave full screen');
    await sendKeys({ press: 'f' });
    await waitUntil(() => !document.fullscreenElement, 'f again: back');
    const tracksOn = video.textTracks[0]!.mode;
    await sendKeys({ press: 'c' });
    expect(video.textTracks[0]!.mode).to.not.equal(tracksOn);

    await sendKeys({ press: '?' });
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open, 'the help opens');
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.textContent).to.contain('단축키 도움말').and.contain('자막 켜기 / 끄기');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(buttonNamed(el, '음소거'));

    // Outside the player (in the outline), player shortcuts do nothing.
    $(el, '[role="treeitem"][tabindex="0"]').focus();
    const muted = video.muted;
    await sendKeys({ press: 'm' });
    expect(video.muted).to.equal(muted);
  });

  it('ignores shortcut keys with shortcuts="off"', async () => {
    const el = await renderCourse({ shortcuts: 'off', locale: 'en' });
    const video = await videoReady(el);
    buttonNamed(el, 'Mute').focus();
    await sendKeys({ press: 'm' });
    await sendKeys({ press: 'k' });
    await sendKeys({ press: '?' });
    await el.updateComplete;
    expect(video.muted).to.equal(false);
    expect(video.paused).to.equal(true);
    expect(el.shadowRoot!.querySelector('dialog'), 'no help loaded or shown').to.not.exist;
    const items = (await settingItems(el, 'Playback speed'))[0]!
      .closest('.menu')!
      .querySelectorAll('[role="menuitem"]');
    expect(items, 'no shortcut help in the settings menu').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the sign-language video in step with the lesson, and lists the materials', async () => {
    const source = demo();
    const course = await source.getCourse('high-korean-history');
    const lesson = course.chapters.flatMap((chapter) => chapter.lessons).find((item) => item.signLanguage)!;
    const el = await renderCourse(
      { course: course.id, lesson: lesson.id, locale: 'en', region: 'pyeongchang' },
      source,
    );
    const video = await videoReady(el);
    const toggle = buttonNamed(el, 'Sign language');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, 'video.sign')).to.not.exist;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const sign = $<HTMLVideoElement>(el, 'video.sign');
    expect(sign.getAttribute('aria-label')).to.equal('Sign language interpretation video');
    await waitUntil(() => sign.currentSrc.includes('sign-1'), 'sign video source');
    video.muted = true;
    buttonNamed(el, 'Play').click();
    await waitUntil(() => !sign.paused && sign.currentTime > 0.2, 'the sign video plays along');
    buttonNamed(el, 'Pause').click();
    await waitUntil(() => sign.paused, 'and pauses with it');

    const links = $$<HTMLAnchorElement>(el, '.materials a');
    expect(links.length).to.equal(lesson.materials.length);
    expect(links[0]!.target).to.equal('_blank');
    expect(links[0]!.textContent).to.contain('(opens in a new tab)');
    await expect(el).to.be.accessible();
  });
});
