import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { OutlineController } from '../../src/course/outline-controller.js';
import { visibleKeys } from '../../src/course/outline.js';
import type { Course } from '../../src/data/types.js';

const course = {
  chapters: [
    { id: 'a', title: { ko: '가' }, lessons: [{ id: 'a1' }, { id: 'a2' }] },
    { id: 'b', title: { ko: '나' }, lessons: [{ id: 'b1' }] },
  ],
} as unknown as Course;

/** A bare tree driven by the controller alone. */
class OutlineHost extends LitElement {
  selected: string[] = [];
  readonly outline = new OutlineController(this, {
    course: () => course,
    select: (lessonId) => this.selected.push(lessonId),
  });
  override render() {
    const tabKey = this.outline.tabKey(course);
    return html`<ul role="tree" aria-label="Outline">
      ${visibleKeys(course, this.outline.collapsed).map(
        (key) =>
          html`<li
            role="treeitem"
            aria-label=${key}
            aria-selected="false"
            aria-level=${key.startsWith('c:') ? 1 : 2}
            aria-expanded=${key.startsWith('c:') ? String(!this.outline.collapsed.has(key.slice(2))) : 'false'}
            data-key=${key}
            tabindex=${key === tabKey ? 0 : -1}
            @keydown=${this.outline.onKeydown}
          >
            ${key}
          </li>`,
      )}
    </ul>`;
  }
}
customElements.define('test-outline-host', OutlineHost);

const focusedKey = (el: OutlineHost): string | undefined =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['key'];
const tabStops = (el: OutlineHost): string[] =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"]')).map((item) => item.dataset['key']!);
const item = (el: OutlineHost, key: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-key="${key}"]`)!;

describe('OutlineController', () => {
  it('keeps one tab stop, on the first item until a lesson is current', async () => {
    const el = await fixture<OutlineHost>(html`<test-outline-host></test-outline-host>`);
    expect(tabStops(el)).to.deep.equal(['c:a']);
    el.outline.current('a2');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['l:a2']);
    expect(focusedKey(el), 'focus does not move').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('moves focus and the tab stop with the tree keys, and opens and closes chapters', async () => {
    const el = await fixture<OutlineHost>(html`<test-outline-host></test-outline-host>`);
    item(el, 'c:a').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('l:a1');
    expect(tabStops(el)).to.deep.equal(['l:a1']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('l:b1');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedKey(el), 'up to its chapter').to.equal('c:b');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.outline.collapsed.has('b')).to.equal(true);
    expect(item(el, 'l:b1'), 'its lessons hidden').to.equal(null);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.outline.collapsed.has('b'), 'Enter opens it again').to.equal(false);
    expect(focusedKey(el)).to.equal('c:b');
    await expect(el).to.be.accessible();
  });

  it('chooses a lesson with Enter and leaves the tab stop on the first item while its chapter is closed', async () => {
    const el = await fixture<OutlineHost>(html`<test-outline-host></test-outline-host>`);
    item(el, 'c:a').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    expect(el.selected).to.deep.equal(['a1']);
    el.outline.current('a1');
    el.outline.toggle('a');
    el.outline.current('a1');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['c:a']);
  });
});
