import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { focusAfterUpdate } from '../../src/core/focus.js';

class FocusHost extends LitElement {
  @property({ type: Boolean }) open = false;
  override render() {
    return html`<button type="button" class="toggle">Chapter 1</button>
      ${this.open ? html`<button type="button" class="lesson" data-key="l:1">Lesson 1</button>` : ''}`;
  }
}
customElements.define('test-focus-host', FocusHost);

const focused = (el: FocusHost): Element | null => el.shadowRoot!.activeElement;

describe('focusAfterUpdate', () => {
  it('focuses an element that the pending update renders', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.shadowRoot!.querySelector<HTMLElement>('.toggle')!.focus();
    el.open = true;
    const target = await focusAfterUpdate(el, `[data-key="${CSS.escape('l:1')}"]`);
    expect(target?.textContent).to.equal('Lesson 1');
    expect(focused(el)).to.equal(target);
    await expect(el).to.be.accessible();
  });

  it('leaves focus where it is when nothing matches', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('.toggle')!;
    toggle.focus();
    expect(await focusAfterUpdate(el, '.lesson')).to.equal(undefined);
    expect(focused(el)).to.equal(toggle);
  });
});
