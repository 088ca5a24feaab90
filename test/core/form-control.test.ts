import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from '../../src/core/define.js';
import { FormControlController } from '../../src/core/form-control.js';

const MESSAGES = { ko: '예약을 마쳐 주세요.', en: 'Please finish booking.' } as const;

/** A minimal form-associated element: a button that "books" and sets the value. */
class FormControlProbe extends LitElement {
  static formAssociated = true;
  @property({ reflect: true }) name?: string;
  @property({ type: Boolean }) required = false;
  @property() language: 'ko' | 'en' = 'ko';
  /** Renders no control, only a heading focusable by script (a step still loading). */
  @property({ type: Boolean }) loading = false;
  resets = 0;
  readonly control = new FormControlController(this, this.attachInternals(), {
    required: () => this.required,
    valueMissing: () => MESSAGES[this.language],
    fallbackAnchor: () => this.renderRoot.querySelector<HTMLElement>('h2'),
    reset: () => (this.resets += 1),
  });

  formResetCallback(): void {
    this.control.reset();
  }

  override render() {
    return html`<h2 tabindex="-1">예약</h2>
      ${this.loading ? nothing : html`<button type="button" @click=${() => (this.control.value = 'b-42')}>예약하기</button>`}`;
  }
}
defineOnce('form-control-probe', FormControlProbe);

async function inForm(required: boolean) {
  const form = await fixture<HTMLFormElement>(
    html`<form><form-control-probe name="booking" ?required=${required}></form-control-probe></form>`,
  );
  const el = form.querySelector<FormControlProbe>('form-control-probe')!;
  await el.updateComplete;
  return { form, el, internals: el.control.internals };
}

describe('FormControlController', () => {
  it('submits the value under the element name once there is one', async () => {
    const { form, el } = await inForm(false);
    expect(new FormData(form).get('booking')).to.equal(null);
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.control.value).to.equal('b-42');
    expect(new FormData(form).get('booking')).to.equal('b-42');
    await expect(el).to.be.accessible();
  });

  it('is valueMissing while required and empty, with the message in the active language', async () => {
    const { form, el, internals } = await inForm(true);
    expect(internals.validity.valueMissing).to.equal(true);
    expect(internals.validationMessage).to.equal('예약을 마쳐 주세요.');
    expect(form.checkValidity()).to.equal(false);
    el.language = 'en';
    await el.updateComplete;
    expect(internals.validationMessage, 'the message follows the language').to.equal('Please finish booking.');
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(internals.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('points the browser at the first control, or at the fallback while nothing is focusable', async () => {
    const { el, internals } = await inForm(true);
    expect(internals.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
    el.loading = true;
    await el.updateComplete;
    expect(internals.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('h2'));
  });

  it('a form reset clears the value and tells the element', async () => {
    const { form, el, internals } = await inForm(true);
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(internals.validity.valid).to.equal(true);
    form.reset();
    // The browser calls formResetCallback on the element, which hands over to the controller.
    await el.updateComplete;
    expect(el.control.value).to.equal('');
    expect(el.resets).to.equal(1);
    expect(new FormData(form).get('booking')).to.equal(null);
    expect(internals.validity.valueMissing).to.equal(true);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'form-control-probe': FormControlProbe;
  }
}
