import '../helpers/readable-failures.js';
import { announced } from '../helpers/announced.js';
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bookingIcs, escapeText } from '../../src/booking/ics.js';
import { bookingCode } from '../../src/booking/booking-code.js';
import {
  NOW,
  bookMentoring,
  button,
  day,
  focused,
  heading,
  memorySource,
  nameOf,
  renderBooking,
  root,
  settle,
} from './helpers.js';

interface IcsProperty {
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}
type IcsComponent = Record<string, IcsProperty>;

/**
 * Parses an iCalendar text back into its components (by name) and their properties, after
 * checking its line rules and that every BEGIN has its END.
 */
function parseIcs(text: string): { components: Record<string, IcsComponent>; nesting: string[] } {
  expect(text.endsWith('\r\n'), 'CRLF at the end').to.equal(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line, 'no bare LF').not.to.contain('\n');
    expect(new TextEncoder().encode(line).length, `folded: ${line}`).to.be.at.most(75);
  }
  const components: Record<string, IcsComponent> = {};
  const nesting: string[] = [];
  const stack: string[] = [];
  for (const line of text.replace(/\r\n /g, '').slice(0, -2).split('\r\n')) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      nesting.push(stack.join('>'));
      components[value] = {};
    } else if (name === 'END') {
      expect(stack.pop(), `END:${value} closes its BEGIN`).to.equal(value);
    } else {
      components[stack.at(-1)!]![name!] = {
        params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
        value,
      };
    }
  }
  expect(stack, 'every component is closed').to.deep.equal([]);
  return { components, nesting };
}

/** The wall-clock time in Seoul of an instant, as an iCalendar local DATE-TIME, through Intl. */
function seoulWallClock(instant: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Seoul',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

async function captureDownload(action: () => void): Promise<string> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  try {
    action();
  } finally {
    URL.createObjectURL = original;
  }
  expect(blob!.type).to.equal('text/calendar;charset=utf-8');
  return blob!.text();
}

describe('<seoul-learn-booking view="mine">', () => {
  it('lists upcoming bookings and cancels one after a confirmation dialog', async () => {
    const source = memorySource();
    const booking = await bookMentoring(source);
    const el = await renderBooking({ source, view: 'mine' });
    expect(heading(el)).to.equal('내 예약');
    const card = root(el).querySelector('[part="booking"]')!;
    expect(card.textContent)
      .to.contain('멘토링')
      .and.contain('2026년 12월 3일 목요일 오후 7시 KST')
      .and.contain(bookingCode(booking.id));
    expect(card.querySelector('[part~="badge"]')!.textContent!.trim()).to.equal('확정');
    await expect(el).to.be.accessible();

    button(el, '예약 취소').click();
    await settle(el);
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h3')!.textContent).to.equal('이 예약을 취소할까요?');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(dialog.open, 'Escape closes the dialog').to.equal(false);
    button(el, '예약 취소').click();
    await settle(el);
    expect(dialog.open).to.equal(true);
    button(el, '돌아가기').click();
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect((await source.listBookings('demo-learner'))[0]!.status).to.equal('confirmed');

    button(el, '예약 취소').click();
    await settle(el);
    const cancelled = oneEvent(el, 'seoul-learn-booking-cancelled');
    button(el, '예약 취소하기').click();
    expect((await cancelled).detail).to.deep.equal({
      bookingId: booking.id,
      slotId: booking.slotId,
      start: booking.start,
    });
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(root(el).textContent).to.contain('다가오는 예약이 없습니다.').and.contain('취소됨');
    await announced(() => root(el).querySelector('[role="status"][aria-live]'), '예약을 취소했습니다.');
    expect((await source.listBookings('demo-learner'))[0]!.status).to.equal('cancelled');
    await expect(el).to.be.accessible();
  });

  it('reschedules a booking, releasing the old time only once the new one is held', async () => {
    const source = memorySource();
    const booking = await bookMentoring(source);
    const el = await renderBooking({ source, view: 'mine' });
    button(el, '일정 변경').click();
    await settle(el);
    expect(focused(el)!.textContent).to.equal('날짜와 시간을 고르세요');
    expect([...root(el).querySelectorAll('.steps li')].map((li) => nameOf(li))).to.deep.equal([
      '날짜와 시간',
      '확인',
      '완료',
    ]);
    expect(nameOf(day(el, '2026-12-03')), "the learner's own slot is not offered").to.contain('예약 가능한 시간 없음');
    day(el, '2026-12-04').click();
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('.slot')!.click();
    await settle(el);
    expect(heading(el)).to.equal('변경할 예약 내용을 확인하세요');
    expect(root(el).querySelector('#name'), 'no personal details asked again').to.equal(null);
    await expect(el).to.be.accessible();
    const moved = oneEvent(el, 'seoul-learn-booking-rescheduled');
    button(el, '이 시간으로 변경').click();
    const { detail } = await moved;
    expect(detail).to.include({ bookingId: booking.id, previousSlotId: booking.slotId });
    expect(detail.start).to.equal('2026-12-04T08:00:00.000Z');
    await settle(el);
    expect(heading(el)).to.equal('예약이 변경되었습니다');
    const [stored] = await source.listBookings('demo-learner');
    expect(stored!.start).to.equal('2026-12-04T08:00:00.000Z');
    const old = await source.listSlots({ kind: 'mentoring', from: '2026-12-03T00:00:00Z', to: '2026-12-04T00:00:00Z' });
    expect(old.find((slot) => slot.id === booking.slotId)!.remaining, 'old time released').to.equal(1);
    button(el, '내 예약으로 돌아가기').click();
    await settle(el);
    expect(heading(el)).to.equal('내 예약');
    expect(root(el).textContent).to.contain('2026년 12월 4일 금요일 오후 5시 KST');
  });

  it('refreshes when a booking is made elsewhere on the page', async () => {
    const source = memorySource();
    const el = await renderBooking({ source, view: 'mine' });
    expect(root(el).textContent).to.contain('다가오는 예약이 없습니다.');
    await bookMentoring(source);
    await settle(el);
    expect(root(el).querySelectorAll('[part="booking"]')).to.have.length(1);
  });

  it('downloads an .ics file that parses back to the booking', async () => {
    const source = memorySource();
    const booking = await bookMentoring(source);
    const el = await renderBooking({ source, view: 'mine' });
    const text = await captureDownload(() => button(el, '캘린더에 추가 (.ics)').click());
    const ics = parseIcs(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).to.equal(true);
    expect(ics.nesting).to.deep.equal([
      'VCALENDAR',
      'VCALENDAR>VTIMEZONE',
      'VCALENDAR>VTIMEZONE>STANDARD',
      'VCALENDAR>VEVENT',
    ]);
    const { VCALENDAR: calendar, VTIMEZONE: zone, STANDARD: standard, VEVENT: event } = ics.components;
    expect(calendar!.VERSION!.value).to.equal('2.0');
    expect(zone!.TZID!.value).to.equal('Asia/Seoul');
    expect(standard!.TZOFFSETFROM!.value).to.equal('+0900');
    expect(standard!.TZOFFSETTO!.value).to.equal('+0900');
    expect(standard!.TZNAME!.value).to.equal('KST');
    expect(text, 'KST has no daylight saving rule').not.to.contain('DAYLIGHT');
    expect(event!.UID!.value).to.equal(`${booking.id}@seoul-learn`);
    expect(event!.DTSTAMP!.value, 'DTSTAMP stays in UTC').to.equal('20261201T000000Z');
    const start = Date.parse(booking.start);
    expect(event!.DTSTART).to.deep.equal({ params: { TZID: 'Asia/Seoul' }, value: seoulWallClock(start) });
    expect(event!.DTSTART!.value, '7 p.m. in Seoul, as booked').to.equal('20261203T190000');
    expect(event!.DTEND).to.deep.equal({
      params: { TZID: 'Asia/Seoul' },
      value: seoulWallClock(start + booking.durationMin * 60_000),
    });
    expect(event!.SUMMARY!.value).to.equal('서울런 멘토링');
    expect(event!.URL!.value).to.equal(booking.onlineUrl);
    expect(event!.DESCRIPTION!.value).to.contain('일시: 2026년 12월 3일 목요일 오후 7시 KST\\n상담자: 박민재');
    expect(text, 'no personal data in the file').not.to.contain('홍길동');
  });

  it('escapes and folds iCalendar text', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const long =
      '서울런 진로진학상담센터 3층 상담실, 서울특별시 중구 세종대로 110; 정문 안내데스크에서 이름을 말해 주세요';
    const booking = {
      id: 'b1',
      learnerId: 'l',
      slotId: 's',
      kind: 'study',
      consultantId: 'c',
      start: '2026-12-03T07:30:00.000Z',
      durationMin: 40,
      mode: 'in-person',
      status: 'confirmed',
      createdAt: NOW.toISOString(),
    } as const;
    const event = parseIcs(
      bookingIcs(booking, { summary: '학습상담', description: '첫 줄\n둘째 줄', location: long }, NOW),
    ).components.VEVENT!;
    expect(event.LOCATION!.value).to.equal(escapeText(long));
    expect(event.DESCRIPTION!.value).to.equal('첫 줄\\n둘째 줄');
    expect(event.DTSTART).to.deep.equal({ params: { TZID: 'Asia/Seoul' }, value: '20261203T163000' });
    expect(event.DTEND).to.deep.equal({ params: { TZID: 'Asia/Seoul' }, value: '20261203T171000' });
    expect(event.URL).to.equal(undefined);
  });
});
