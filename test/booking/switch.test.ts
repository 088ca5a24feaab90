import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { bookingMessages } from '../../src/booking/booking.messages.js';
import { bookingIcs } from '../../src/booking/ics.js';
import { lazyMessages } from '../../src/booking/lazy.messages.js';
import { bookingPlace } from '../../src/booking/summary-templates.js';
import type { Booking, DataSource } from '../../src/data/types.js';
import {
  NOW,
  bookMentoring,
  button,
  fillForm,
  heading,
  memorySource,
  pickFirstSlot,
  renderBooking,
  root,
  settle,
  toDate,
  type PinnedBooking,
} from './helpers.js';

/** Learner A's details: none of them may reach learner B's screen. */
const SECRETS = ['홍길동', '010-9876-5432', 'gildong@example.com', '김보호', '010-3456-7890', '수학이 어려워요'];

async function toDetails(el: PinnedBooking): Promise<void> {
  await toDate(el, /^멘토링/);
  await pickFirstSlot(el, '2026-12-03');
}

/** Fills every field of the details step, guardian and question included, as learner A. */
async function fillEverything(el: PinnedBooking): Promise<void> {
  await fillForm(el, { name: '홍길동', phone: '010-9876-5432' });
  const r = root(el);
  const set = (id: string, value: string) => {
    const input = r.querySelector<HTMLInputElement | HTMLTextAreaElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  set('#email', 'gildong@example.com');
  set('#question', '수학이 어려워요');
  r.querySelector<HTMLInputElement>('#guardianAttending')!.click();
  await el.updateComplete;
  set('#guardianName', '김보호');
  set('#guardianPhone', '010-3456-7890');
  await settle(el);
}

/** Everything the shadow DOM holds: markup, text and the live values of its controls. */
function everything(el: PinnedBooking): string {
  const r = root(el);
  const values = [
    ...r.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'),
  ].map((control) => control.value);
  return [r.innerHTML, r.textContent, ...values].join('\n');
}

function expectEmptyForm(el: PinnedBooking): void {
  const r = root(el);
  expect(heading(el)).to.equal('신청자 정보를 입력하세요');
  for (const id of ['name', 'phone', 'email', 'question']) {
    expect(r.querySelector<HTMLInputElement>(`#${id}`)!.value, `#${id} is empty`).to.equal('');
  }
  expect(r.querySelector<HTMLSelectElement>('#schoolLevel')!.value, 'no school level').to.equal('');
  expect(r.querySelector<HTMLInputElement>('#guardianAttending')!.checked, 'no guardian').to.equal(false);
  expect(r.querySelector('#guardianName'), 'guardian fields hidden').to.equal(null);
  expect(r.querySelector<HTMLInputElement>('#consent')!.checked, 'consent not given').to.equal(false);
  expect(r.querySelectorAll('[aria-invalid="true"], [part="field-error"]'), 'no errors carried over').to.have.length(0);
  const all = everything(el);
  for (const secret of SECRETS) expect(all.includes(secret), `${secret} left behind`).to.equal(false);
}

/** A data source whose `cancelBooking` answers only when the test says so. */
function slowCancelSource(inner: DataSource) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const source = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop !== 'cancelBooking' || typeof value !== 'function') {
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return async (...args: unknown[]) => {
        await gate;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { source, release: () => release() };
}

const onlineBooking = (onlineUrl: string): Booking => ({
  id: 'b1',
  learnerId: 'l',
  slotId: 's',
  kind: 'mentoring',
  consultantId: 'c',
  start: '2026-12-03T10:00:00.000Z',
  durationMin: 30,
  mode: 'online',
  onlineUrl,
  status: 'confirmed',
  createdAt: NOW.toISOString(),
});

describe('<seoul-learn-booking> when the learner or data source changes', () => {
  it("forgets learner A's details when the host switches learner-id", async () => {
    const el = await renderBooking();
    el.setAttribute('learner-id', 'learner-a');
    await settle(el);
    await toDetails(el);
    await fillEverything(el);
    expect(everything(el), 'the form was filled').to.contain('김보호');

    el.setAttribute('learner-id', 'learner-b');
    await settle(el);
    expect(heading(el)).to.equal('어떤 상담을 받고 싶나요?');
    await toDetails(el);
    expectEmptyForm(el);
    await expect(el).to.be.accessible();
  });

  it('forgets the details, and shown errors, when the data source changes', async () => {
    const el = await renderBooking();
    await toDetails(el);
    await fillEverything(el);
    const phone = root(el).querySelector<HTMLInputElement>('#phone')!;
    phone.value = '1234';
    phone.dispatchEvent(new Event('input', { bubbles: true }));
    button(el, '다음: 예약 내용 확인').click();
    await settle(el);
    expect(root(el).querySelectorAll('[part="field-error"]'), 'an error is shown').to.have.length(1);

    el.dataSource = memorySource();
    await settle(el);
    expect(root(el).querySelector('[role="status"][aria-live]')!.textContent, 'the old announcement is gone').to.equal(
      '',
    );
    await toDetails(el);
    expectEmptyForm(el);
  });

  it('ignores a cancellation answer that arrives after the learner changed', async () => {
    const inner = memorySource();
    await bookMentoring(inner, { learnerId: 'learner-a', idempotencyKey: 'a-1' });
    const { source, release } = slowCancelSource(inner);
    const el = await renderBooking({ source, view: 'mine' });
    el.setAttribute('learner-id', 'learner-a');
    await settle(el);
    const events: Event[] = [];
    el.addEventListener('seoul-learn-booking-cancelled', (event) => events.push(event));

    button(el, '예약 취소').click();
    await settle(el);
    button(el, '예약 취소하기').click();
    await el.updateComplete;
    el.setAttribute('learner-id', 'learner-b');
    await settle(el);
    expect(root(el).textContent).to.contain('다가오는 예약이 없습니다.');

    release();
    await settle(el);
    expect(events, "no event about learner A's booking").to.have.length(0);
    expect(root(el).querySelector('[role="status"][aria-live]')!.textContent, 'nothing announced').to.equal('');
    expect(root(el).querySelector('[role="alert"]'), 'no error either').to.equal(null);
    expect(root(el).textContent).to.contain('다가오는 예약이 없습니다.');
    await expect(el).to.be.accessible();
  });
});

describe('bookingIcs URL', () => {
  const urlLine = (ics: string) => ics.split('\r\n').filter((line) => line.startsWith('URL'));
  const text = { summary: '멘토링', description: '상담' };

  it('keeps an http(s) join link', () => {
    expect(urlLine(bookingIcs(onlineBooking('https://meet.example.kr/room/1'), text, NOW))).to.deep.equal([
      'URL:https://meet.example.kr/room/1',
    ]);
  });

  it('leaves out a link with injected lines or another scheme', () => {
    for (const url of [
      'https://meet.example.kr/\r\nATTACH:https://evil.example/x.exe',
      'https://meet.example.kr/\nEND:VEVENT',
      'https://meet.example.kr/\rX-EVIL:1',
      'https://meet.example.kr/\u0000',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
    ]) {
      const ics = bookingIcs(onlineBooking(url), text, NOW);
      expect(urlLine(ics), JSON.stringify(url)).to.deep.equal([]);
      expect(ics, 'no injected property').not.to.match(/ATTACH|X-EVIL|javascript/);
      expect(ics.split('\r\n').filter((line) => line === 'END:VEVENT')).to.have.length(1);
      expect(ics.replace(/\r\n/g, ''), 'no stray CR or LF').not.to.match(/[\r\n]/);
    }
  });
});

describe('bookingPlace join link', () => {
  const m = { ...bookingMessages('en'), ...lazyMessages('en') };
  const place = (url: string) => {
    const dl = document.createElement('dl');
    render(bookingPlace(onlineBooking(url), 'en', m), dl);
    return dl;
  };

  it('links only http(s) URLs', () => {
    expect(place('https://meet.example.kr/room/1').querySelector('a')!.getAttribute('href')).to.equal(
      'https://meet.example.kr/room/1',
    );
    const unsafe = place('javascript:alert(1)');
    expect(unsafe.querySelector('a'), 'no javascript: link').to.equal(null);
    expect(unsafe.textContent).not.to.contain('javascript');
  });
});
