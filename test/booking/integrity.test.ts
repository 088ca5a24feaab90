import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { openDB } from 'idb';
import { DemoDataSource, deleteDemoDatabase } from '../../src/data/demo-data-source.js';
import type { BookingRequest } from '../../src/data/types.js';
import {
  NOW,
  bookMentoring,
  button,
  fillForm,
  focused,
  heading,
  memorySource,
  pickFirstSlot,
  renderBooking,
  root,
  settle,
  spySource,
  toDate,
  type PinnedBooking,
} from './helpers.js';

const PERSONAL = [
  '홍길동',
  '010-1234-5678',
  '01012345678',
  'gildong@example.com',
  '수학이 어려워요',
  '김보호',
  '010-3456-7890',
];

async function toReview(el: PinnedBooking, dayKey = '2026-12-03'): Promise<void> {
  await toDate(el, /^멘토링/);
  await pickFirstSlot(el, dayKey);
  await fillForm(el);
  button(el, '다음: 예약 내용 확인').click();
  await settle(el);
}

describe('<seoul-learn-booking> integrity and privacy', () => {
  it('books once when confirm is clicked twice', async () => {
    const spy = spySource();
    const el = await renderBooking({ source: spy.source });
    await toReview(el);
    const confirm = button(el, '예약 확정');
    confirm.click();
    confirm.click();
    await el.updateComplete;
    expect(confirm.disabled, 'disabled while sending').to.equal(true);
    expect(confirm.textContent!.trim()).to.equal('예약하는 중…');
    await settle(el);
    expect(heading(el)).to.equal('예약이 확정되었습니다');
    expect(spy.calls('createBooking')).to.have.length(1);
    expect(await spy.source.listBookings('demo-learner')).to.have.length(1);
  });

  it('keeps the input when the data source fails, and retries with the same idempotency key', async () => {
    const spy = spySource();
    const el = await renderBooking({ source: spy.source });
    await toReview(el);
    spy.failNext('createBooking');
    button(el, '예약 확정').click();
    await settle(el);
    expect(heading(el)).to.equal('예약 내용을 확인하세요');
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('예약하지 못했습니다');
    expect(root(el).querySelector('dl')!.textContent, 'input kept').to.contain('홍길동');
    await expect(el).to.be.accessible();
    button(el, '예약 확정').click();
    await settle(el);
    expect(heading(el)).to.equal('예약이 확정되었습니다');
    const [first, second] = spy.calls('createBooking').map((call) => (call.args[0] as BookingRequest).idempotencyKey);
    expect(first).to.be.a('string').and.equal(second);
    expect(await spy.source.listBookings('demo-learner')).to.have.length(1);
  });

  it('offers fresh times when the slot is taken meanwhile, keeping what was typed', async () => {
    const source = memorySource();
    const el = await renderBooking({ source });
    await toReview(el);
    await bookMentoring(source, {
      learnerId: 'someone-else',
      idempotencyKey: 'other',
      applicant: {
        name: '다른 사람',
        schoolLevel: 'middle',
        grade: 1,
        phone: '010-1111-2222',
        guardianAttending: false,
        consent: true,
      },
    });
    button(el, '예약 확정').click();
    await settle(el);
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('방금 다른 분이 이 시간을 예약했습니다');
    expect(root(el).querySelector('[part="notice"]')!.getAttribute('role')).to.equal('alert');
    expect(focused(el)!.textContent).to.equal('날짜와 시간을 고르세요');
    expect(root(el).querySelectorAll('.slot'), 'the taken time is gone').to.have.length(0);
    await expect(el).to.be.accessible();
    await pickFirstSlot(el, '2026-12-04');
    expect(root(el).querySelector<HTMLInputElement>('#name')!.value).to.equal('홍길동');
    expect(root(el).querySelector<HTMLInputElement>('#consent')!.checked).to.equal(true);
  });

  it('keeps personal data out of events, storage and the console', async () => {
    const databaseName = `booking-privacy-${Math.random().toString(36).slice(2)}`;
    const source = new DemoDataSource({ databaseName, now: () => NOW });
    const logged: string[] = [];
    const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info };
    for (const method of ['log', 'warn', 'error', 'info'] as const) {
      console[method] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    }
    const seen: unknown[] = [];
    const record = (event: Event) => seen.push((event as CustomEvent).detail);
    document.addEventListener('seoul-learn-slot-selected', record);
    document.addEventListener('seoul-learn-booking-confirmed', record);
    try {
      const el = await renderBooking({ source });
      await toDate(el, /^멘토링/);
      await pickFirstSlot(el, '2026-12-03');
      await fillForm(el, { name: '홍길동', phone: '01012345678' });
      const r = root(el);
      const set = (id: string, value: string) => {
        const input = r.querySelector<HTMLInputElement>(id)!;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      };
      set('#email', 'gildong@example.com');
      set('#question', '수학이 어려워요');
      r.querySelector<HTMLInputElement>('#guardianAttending')!.click();
      await el.updateComplete;
      set('#guardianName', '김보호');
      set('#guardianPhone', '010-3456-7890');
      button(el, '다음: 예약 내용 확인').click();
      await settle(el);
      button(el, '예약 확정').click();
      await settle(el);
      expect(heading(el)).to.equal('예약이 확정되었습니다');
      expect(seen).to.have.length(2);

      const db = await openDB(databaseName);
      let stored = '';
      for (const name of db.objectStoreNames) {
        stored += JSON.stringify(await db.getAll(name)) + JSON.stringify(await db.getAllKeys(name));
      }
      db.close();
      expect(stored, 'the booking itself is stored').to.contain((el as PinnedBooking).value);
      const storage = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      const haystacks = {
        events: JSON.stringify(seen),
        indexedDB: stored,
        storage,
        console: logged.join('\n'),
        url: location.href,
      };
      for (const [where, text] of Object.entries(haystacks)) {
        for (const secret of PERSONAL) expect(text, `${secret} in ${where}`).not.to.contain(secret);
      }
      expect(root(el).textContent, 'the element forgets the applicant after confirming').not.to.contain('홍길동');
      await source.close();
    } finally {
      Object.assign(console, originals);
      document.removeEventListener('seoul-learn-slot-selected', record);
      document.removeEventListener('seoul-learn-booking-confirmed', record);
      await deleteDemoDatabase(databaseName);
    }
  });

  it('takes part in a host form with the booking id as its value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pinned-booking name="booking" .dataSource=${memorySource()}></pinned-booking></form>`,
    );
    const el = form.querySelector('pinned-booking')!;
    await settle(el);
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('booking')).to.equal(null);
    await toReview(el);
    button(el, '예약 확정').click();
    await settle(el);
    expect(el.value).to.match(/\w+/);
    expect(new FormData(form).get('booking')).to.equal(el.value);
    form.reset();
    await settle(el);
    expect(new FormData(form).get('booking')).to.equal(null);
    expect(heading(el)).to.equal('어떤 상담을 받고 싶나요?');
  });
});
