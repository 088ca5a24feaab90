import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { needsMediaEmulation } from '../helpers/media-emulation.js';
import { $, $$, renderCourse, videoReady } from './helpers.js';

describe('<seoul-learn-course> seek slider, outline state and forced colours', () => {
  it('moves 5 s per arrow key and a tenth of the lesson per Page key on the seek slider', async () => {
    const el = await renderCourse({ locale: 'en' });
    const video = await videoReady(el);
    $<HTMLInputElement>(el, '.seek-input').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => Math.abs(video.currentTime - 5) < 0.2, '→ moves 5 s, not 0.1 s');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => Math.abs(video.currentTime - 10) < 0.2, '↑ moves 5 s');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => Math.abs(video.currentTime - 5) < 0.2, '← moves back 5 s');
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => Math.abs(video.currentTime - (5 + video.duration / 10)) < 0.3, 'PageUp moves a tenth');
    await el.updateComplete;
    // The handle sits where the played part ends.
    expect($(el, '.handle').style.getPropertyValue('--_to')).to.equal($(el, '.played').style.getPropertyValue('--_to'));
    expect($(el, '.handle').getBoundingClientRect().width).to.be.at.least(12);
    expect(video.paused, 'keys on the slider do not play').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the playing lesson as in progress in the outline from its first seconds', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    const current = (): HTMLElement => $(el, '[role="treeitem"][aria-selected="true"]');
    expect(current().textContent).to.contain('시작 전');
    video.muted = true;
    $(el, '.control.play').click();
    await waitUntil(() => video.currentTime > 1.2, 'a second played', { timeout: 4000 });
    await el.updateComplete;
    expect(current().textContent).to.not.contain('시작 전');
    expect(current().classList.contains('in-progress')).to.equal(true);
  });

  describe('under forced colours', () => {
    needsMediaEmulation();
    afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: '' }]));

    it('keeps the seek track and its played part visible', async () => {
      const el = await renderCourse({});
      await videoReady(el);
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      await waitUntil(() => matchMedia('(forced-colors: active)').matches);
      expect(getComputedStyle($(el, '.seek-track')).borderTopStyle).to.equal('solid');
      const played = getComputedStyle($(el, '.played')).backgroundColor;
      expect(played).to.not.equal(getComputedStyle($(el, '.seek-track')).backgroundColor);
      expect(played).to.not.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle($(el, '.handle')).backgroundColor, 'the handle too').to.equal(played);
      // Only the current lesson keeps its side rule; the tint that marked it is painted away.
      const current = getComputedStyle($(el, '[role="treeitem"][aria-selected="true"]'));
      const other = getComputedStyle($(el, '[role="treeitem"][aria-level="2"][aria-selected="false"]'));
      expect(current.borderInlineStartStyle).to.equal('solid');
      expect(parseFloat(current.borderInlineStartWidth)).to.be.at.least(3);
      expect(current.borderInlineStartColor, 'the current lesson stands out').to.not.equal(
        other.borderInlineStartColor,
      );
    });
  });

  it('gives every control a target of at least 24 px, and buttons and menus 44 px', async () => {
    const el = await renderCourse({ course: 'high-korean-history' });
    await videoReady(el);
    const targets = $$(el, 'button, a[href], input, select, [role="treeitem"]').filter(
      (node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden, dialog:not([open])'),
    );
    expect(targets.length).to.be.above(10);
    for (const node of targets) {
      const { width, height } = node.getBoundingClientRect();
      const name = node.getAttribute('aria-label') ?? node.textContent!.trim().slice(0, 30);
      expect(Math.min(width, height), `${node.localName} "${name}"`).to.be.at.least(24);
      if (node.matches('button, select'))
        expect(Math.min(width, height), `${node.localName} "${name}"`).to.be.at.least(44);
    }
  });

  it('keeps one row of controls at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await renderCourse({ locale: 'en', course: 'high-korean-history' });
      await videoReady(el);
      const rows = new Set(
        $$(el, '.bar > *')
          .filter((node) => node.getClientRects().length > 0)
          .map((node) => Math.round(node.getBoundingClientRect().top + node.getBoundingClientRect().height / 2)),
      );
      expect(rows.size, 'one row').to.equal(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
