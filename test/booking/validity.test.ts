import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import {
  button,
  fillForm,
  focused,
  heading,
  memorySource,
  pickFirstSlot,
  root,
  settle,
  toDate,
  type PinnedBooking,
} from './helpers.js';

interface HostForm {
  form: HTMLFormElement;
  el: PinnedBooking;
  submit: HTMLButtonElement;
  submitted: FormData[];
  invalid: () => number;
}

async function hostForm(required: boolean): Promise<HostForm> {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <pinned-booking name="booking" ?required=${required} .dataSource=${memorySource()}></pinned-booking>
      <button>신청서 제출</button>
    </form>`,
  );
  const el = form.querySelector('pinned-booking')!;
  const submitted: FormData[] = [];
  let invalid = 0;
  form.addEventListener('submit', (event) => {
    // Record what would be sent, and stay on the test page.
    event.preventDefault();
    submitted.push(new FormData(form));
  });
  el.addEventListener('invalid', () => (invalid += 1));
  await settle(el);
  return { form, el, submit: form.querySelector('button')!, submitted, invalid: () => invalid };
}

async function confirmBooking(el: PinnedBooking): Promise<void> {
  await toDate(el, /^멘토링/);
  await pickFirstSlot(el, '2026-12-03');
  await fillForm(el);
  button(el, '다음: 예약 내용 확인').click();
  await settle(el);
  button(el, '예약 확정').click();
  await settle(el);
  expect(heading(el)).to.equal('예약이 확정되었습니다');
}

describe('<seoul-learn-booking required> in a host form', () => {
  it('blocks submitting until a booking is confirmed, then submits its id', async () => {
    const { form, el, submit, submitted, invalid } = await hostForm(true);
    expect(el.hasAttribute('required')).to.equal(true);
    expect(el.willValidate).to.equal(true);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validity.valid).to.equal(false);
    expect(el.validationMessage).to.equal('상담 예약을 마치고 확정해 주세요.');
    expect(form.checkValidity()).to.equal(false);
    expect(form.matches(':invalid')).to.equal(true);
    expect(el.checkValidity()).to.equal(false);
    expect(invalid(), 'checkValidity fires invalid').to.equal(2);

    submit.click();
    await settle(el);
    expect(submitted, 'the form did not submit').to.have.length(0);
    expect(invalid()).to.equal(3);
    const firstKind = root(el).querySelector('[part="choice"]');
    expect(firstKind).to.not.equal(null);
    expect(focused(el), 'the browser points to the first control of the step').to.equal(firstKind);
    await expect(el).to.be.accessible();

    (document.activeElement as HTMLElement | null)?.blur();
    expect(el.reportValidity()).to.equal(false);
    expect(focused(el)).to.equal(firstKind);

    el.locale = 'en';
    await settle(el);
    expect(el.validationMessage).to.equal('Please complete and confirm a consultation booking.');
    el.locale = 'ko';
    await settle(el);

    await toDate(el, /^멘토링/);
    expect(el.validity.valueMissing, 'still missing mid-flow').to.equal(true);
    submit.click();
    await settle(el);
    expect(submitted).to.have.length(0);
    expect(focused(el), 'the anchor follows the step shown').to.equal(
      root(el).querySelector('button:not([tabindex="-1"])'),
    );
    expect(heading(el)).to.equal('날짜와 시간을 고르세요');

    // Back to the kind step, then book through the whole flow.
    button(el, '이전').click();
    await settle(el);
    button(el, '이전').click();
    await settle(el);
    await confirmBooking(el);
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
    expect(el.checkValidity()).to.equal(true);
    expect(el.reportValidity()).to.equal(true);
    submit.click();
    await settle(el);
    expect(submitted).to.have.length(1);
    expect(el.value).to.match(/\w+/);
    expect(submitted[0]!.get('booking')).to.equal(el.value);

    form.reset();
    await settle(el);
    expect(el.validity.valueMissing, 'a reset form needs a new booking').to.equal(true);
    expect(form.checkValidity()).to.equal(false);
  });

  it('does not block a form when not required', async () => {
    const { form, el, submit, submitted } = await hostForm(false);
    expect(el.validity.valid).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    submit.click();
    await settle(el);
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.get('booking')).to.equal(null);
    el.required = true;
    await settle(el);
    expect(form.checkValidity()).to.equal(false);
    expect(el.getAttribute('required')).to.equal('');
  });
});

describe('<seoul-learn-booking required> while loading', () => {
  it('points the browser to the step heading until the first control arrives', async () => {
    const source = memorySource();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = Object.assign(Object.create(source) as typeof source, {
      listConsultationKinds: async () => {
        await gate;
        return source.listConsultationKinds();
      },
    });
    const form = await fixture<HTMLFormElement>(
      html`<form><pinned-booking required .dataSource=${slow}></pinned-booking></form>`,
    );
    const el = form.querySelector('pinned-booking')!;
    await el.updateComplete;
    expect(root(el).querySelector('[aria-busy="true"]'), 'loading').to.not.equal(null);
    expect(el.reportValidity()).to.equal(false);
    expect(focused(el)).to.equal(root(el).querySelector('.title'));
    release();
    await settle(el);
    expect(el.reportValidity()).to.equal(false);
    expect(focused(el)).to.equal(root(el).querySelector('[part="choice"]'));
  });
});
