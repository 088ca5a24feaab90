import '../helpers/readable-failures.js';
import { announced } from '../helpers/announced.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button, fillForm, focused, heading, pickFirstSlot, renderBooking, root, settle, toDate } from './helpers.js';
import type { PinnedBooking } from './helpers.js';

async function toDetails(locale = 'ko'): Promise<PinnedBooking> {
  const el = await renderBooking({ locale });
  await toDate(el, locale === 'ko' ? /^멘토링/ : /^Mentoring/);
  await pickFirstSlot(el, '2026-12-03');
  return el;
}

const errorOf = (el: Element, field: string) => root(el).querySelector(`#${field}-error`)?.textContent?.trim() ?? null;
const input = (el: Element, field: string) => root(el).querySelector<HTMLInputElement>(`#${field}`)!;
const status = (el: Element) => root(el).querySelector('[role="status"][aria-live]');

async function typeInto(el: PinnedBooking, field: string, text: string): Promise<void> {
  input(el, field).focus();
  input(el, field).select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await settle(el);
}

describe('<seoul-learn-booking> applicant form', () => {
  it('shows and announces what is missing, and focuses the first field to fix', async () => {
    const el = await toDetails();
    expect(heading(el)).to.equal('신청자 정보를 입력하세요');
    expect(input(el, 'consent').checked, 'consent is never pre-checked').to.equal(false);
    await expect(el).to.be.accessible();
    button(el, '다음: 예약 내용 확인').click();
    await settle(el);
    expect(heading(el), 'stays on the form').to.equal('신청자 정보를 입력하세요');
    await announced(() => status(el), '입력 내용을 확인해 주세요. 고칠 항목이 5개 있습니다.');
    expect(focused(el)).to.equal(input(el, 'name'));
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'name').getAttribute('aria-describedby')).to.equal('name-error');
    expect(errorOf(el, 'name'), 'an empty name is asked for, not said to be too long').to.equal(
      '이름을 입력해 주세요.',
    );
    expect(errorOf(el, 'phone')).to.equal('휴대전화 번호를 입력해 주세요.');
    expect(errorOf(el, 'consent')).to.equal('개인정보 수집·이용에 동의해야 예약할 수 있습니다.');
    expect(errorOf(el, 'email'), 'email is optional').to.equal(null);
    await expect(el).to.be.accessible();

    await typeInto(el, 'name', '김하늘');
    expect(errorOf(el, 'name'), 'a fixed field loses its message').to.equal(null);
    expect(errorOf(el, 'phone'), 'others keep theirs').to.not.equal(null);

    // Fixed and sent on: the next step does not keep saying what was wrong with this one.
    await fillForm(el);
    button(el, '다음: 예약 내용 확인').click();
    await settle(el);
    expect(heading(el)).to.not.equal('신청자 정보를 입력하세요');
    expect(root(el).querySelector('.booking > [role="status"]')!.textContent!.trim(), 'status cleared').to.equal('');
  });

  it('accepts only Korean mobile numbers and normalises them', async () => {
    const el = await toDetails();
    await fillForm(el, { phone: '02-123-4567' });
    button(el, '다음: 예약 내용 확인').click();
    await settle(el);
    expect(focused(el)).to.equal(input(el, 'phone'));
    expect(errorOf(el, 'phone')).to.contain('010-1234-5678');
    expect(input(el, 'phone').getAttribute('aria-describedby')).to.equal('phone-hint phone-error');

    await typeInto(el, 'phone', '+82 10 2345 6789');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(input(el, 'phone').value).to.equal('010-2345-6789');
    expect(errorOf(el, 'phone')).to.equal(null);

    input(el, 'guardianAttending').click();
    await settle(el);
    await typeInto(el, 'guardianName', '김보호');
    await typeInto(el, 'guardianPhone', '1234');
    button(el, '다음: 예약 내용 확인').click();
    await settle(el);
    expect(errorOf(el, 'guardianPhone')).to.contain('보호자 휴대전화 번호');
    await typeInto(el, 'guardianPhone', '010 3456 7890');
    button(el, '다음: 예약 내용 확인').click();
    await settle(el);
    expect(heading(el)).to.equal('예약 내용을 확인하세요');
    expect(root(el).querySelector('dl')!.textContent).to.contain('김보호 · 010-3456-7890');
  });

  it('requires consent to the collection and use of personal data, spelled out', async () => {
    const el = await toDetails('en');
    const consent = root(el).querySelector('fieldset')!;
    expect(consent.querySelector('legend')!.textContent).to.equal('Consent to the collection and use of personal data');
    expect(consent.textContent).to.contain('Items collected').and.contain('Purpose').and.contain('Retention');
    await fillForm(el, { consent: false });
    button(el, 'Next: review booking').click();
    await settle(el);
    await announced(() => status(el), 'Please check the form: 1 field needs fixing.');
    expect(focused(el)).to.equal(input(el, 'consent'));
    expect(errorOf(el, 'consent')).to.equal('You must agree to the collection and use of personal data to book.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    await settle(el);
    button(el, 'Next: review booking').click();
    await settle(el);
    expect(heading(el)).to.equal('Check your booking');
  });

  it('counts the question as it is typed and stops at 500 characters', async () => {
    const el = await toDetails();
    const question = root(el).querySelector<HTMLTextAreaElement>('#question')!;
    expect(question.getAttribute('aria-describedby')).to.equal('question-counter');
    question.focus();
    await sendKeys({ type: '안녕하세요' });
    await settle(el);
    expect(root(el).querySelector('#question-counter')!.textContent).to.equal('5/500자');
    question.value = 'ㄱ'.repeat(500);
    question.dispatchEvent(new Event('input'));
    await settle(el);
    await sendKeys({ type: '더' });
    await settle(el);
    expect(question.value).to.have.length(500);
    expect(root(el).querySelector('#question-counter')!.textContent).to.equal('500/500자');
    expect(root(el).textContent).to.contain('최대 500자까지 입력했습니다.');
  });
});
