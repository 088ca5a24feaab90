import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from '../../src/core/define.js';
import { RovingTabindexController, linearMove } from '../../src/core/roving-tabindex.js';

/** A toolbar of buttons with one tab stop; `more` adds buttons that exist only after an update. */
class RovingProbe extends LitElement {
  @property({ type: Number }) count = 3;
  moves: string[] = [];

  readonly roving = new RovingTabindexController<string>(this, {
    items: () => this.renderRoot.querySelectorAll<HTMLElement>('button'),
    keyOf: (item) => item.dataset.key ?? '',
    move: (from, key, keys) =>
      // PageDown reaches an item that is not rendered yet: the host renders it, then it takes focus.
      key === 'PageDown' ? `item-${keys.length}` : linearMove(from, key, keys),
    moved: (to) => {
      this.moves.push(to);
      const index = Number(to.slice(5));
      if (index >= this.count) this.count = index + 1;
    },
  });

  override render() {
    const keys = Array.from({ length: this.count }, (_, i) => `item-${i}`);
    return html`<div role="toolbar" aria-label="도구">
      ${keys.map(
        (key) =>
          html`<button
            type="button"
            data-key=${key}
            tabindex=${this.roving.tabindex(key)}
            @keydown=${this.roving.onKeydown}
          >
            ${key}
          </button>`,
      )}
    </div>`;
  }
}
defineOnce('roving-probe', RovingProbe);

const focusedKey = (el: RovingProbe) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
const tabStops = (el: RovingProbe) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"]')].map((item) => item.dataset.key);
const press = async (el: RovingProbe, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('RovingTabindexController', () => {
  it('keeps one tab stop and moves it, and focus, with the keys', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    el.roving.activate('item-0');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['item-0']);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(focusedKey(el)).to.equal('item-0');
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('item-1');
    expect(tabStops(el)).to.deep.equal(['item-1']);
    await press(el, 'End');
    expect(focusedKey(el)).to.equal('item-2');
    await press(el, 'ArrowDown');
    expect(focusedKey(el), 'stays at the end').to.equal('item-2');
    await press(el, 'Home');
    expect(focusedKey(el)).to.equal('item-0');
    await press(el, 'ArrowLeft');
    expect(focusedKey(el)).to.equal('item-0');
    expect(el.moves).to.deep.equal(['item-1', 'item-2', 'item-2', 'item-0', 'item-0']);
    await expect(el).to.be.accessible();
  });

  it('leaves keys that are not the widget’s to the page', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    el.roving.activate('item-1', true);
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('item-1');
    const event = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
    el.shadowRoot!.querySelector('[data-key="item-1"]')!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
    expect(el.moves).to.deep.equal([]);
  });

  it('focuses an item that appears only after the host updates', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    el.roving.activate('item-2', true);
    await el.updateComplete;
    await press(el, 'PageDown');
    expect(el.count).to.equal(4);
    expect(focusedKey(el)).to.equal('item-3');
    expect(tabStops(el)).to.deep.equal(['item-3']);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'roving-probe': RovingProbe;
  }
}
