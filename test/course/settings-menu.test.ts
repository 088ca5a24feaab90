import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import { $, $$, chooseSetting, openSettings, renderCourse, videoReady } from './helpers.js';

const active = (el: SeoulLearnCourse): Element | null => el.shadowRoot!.activeElement;

describe('<seoul-learn-course> settings menu', () => {
  it('has one settings menu for speed, captions and caption size, used with the keyboard', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    const button = $<HTMLButtonElement>(el, '.settings-button');
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, 'select'), 'no native selects').to.have.length(0);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.getAttribute('role') === 'menuitemradio', 'focus in the menu');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el)!.textContent!.trim(), 'focus starts on the chosen speed').to.equal('1×');
    const groups = $$(el, '.menu [role="group"]').map((group) =>
      group.querySelector('.menu-title')!.textContent!.trim(),
    );
    expect(groups).to.deep.equal(['재생 속도', '자막', '자막 크기']);
    // The chosen item shows a drawn check mark (not a font glyph), hidden from screen readers,
    // which hear "checked" from aria-checked instead; the others keep its space, empty.
    const marks = $$(el, '.menu [role="group"]:first-child [role="menuitemradio"]').map((item) => {
      const mark = item.querySelector('svg.icon')!;
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(mark.getBoundingClientRect().width).to.be.above(10);
      return `${item.textContent!.trim()}:${getComputedStyle(mark).visibility}`;
    });
    expect(marks).to.deep.equal([
      '0.5×:hidden',
      '0.75×:hidden',
      '1×:visible',
      '1.25×:hidden',
      '1.5×:hidden',
      '1.75×:hidden',
      '2×:hidden',
    ]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)!.textContent!.trim()).to.equal('1.25×');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.shadowRoot!.querySelector('.menu'), 'a choice closes the menu');
    expect(video.playbackRate).to.equal(1.25);
    expect(active(el), 'focus back on the settings button').to.equal(button);
    // ↑ opens on the last item; Home and End wrap the list; Escape closes and returns.
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => el.shadowRoot!.querySelector('.menu'));
    await waitUntil(() => active(el)?.textContent!.trim() === '단축키 도움말', 'focus on the last item');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)!.textContent!.trim(), 'wraps to the first').to.equal('0.5×');
    await sendKeys({ press: 'End' });
    expect(active(el)!.textContent!.trim()).to.equal('단축키 도움말');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('.menu'), 'Escape closes');
    expect(active(el)).to.equal(button);
    // Tab leaves the menu and closes it.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.menu'));
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => !el.shadowRoot!.querySelector('.menu'), 'Tab closes');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await chooseSetting(el, '자막 크기', '크게');
    expect(video.classList.contains('cues-large')).to.equal(true);
  });

  it('opens the shortcut help from the menu and comes back to the settings button', async () => {
    const el = await renderCourse({});
    await videoReady(el);
    const help = [...(await openSettings(el)).querySelectorAll<HTMLElement>('[role="menuitem"]')].at(-1)!;
    help.click();
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open, 'the help dialog opens');
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(active(el)).to.equal($(el, '.settings-button'));
  });
});
