import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BookingConfirmedDetail, SlotSelectedDetail } from '../../src/booking.js';
import { bookingCode } from '../../src/booking/booking-code.js';
import { button, day, focused, heading, memorySource, nameOf, renderBooking, root, settle, toDate } from './helpers.js';

const currentStep = (el: Element) =>
  root(el).querySelector('[aria-current="step"]')!.textContent!.replace(/\s+/g, ' ').trim();
const caption = (el: Element) => root(el).querySelector('#month-caption')!.textContent!.trim();
const press = async (el: Element, key: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await settle(el as never);
};

describe('<seoul-learn-booking> flow', () => {
  it('can be completed with the keyboard alone, moving focus to each step heading', async () => {
    const source = memorySource();
    const el = await renderBooking({ source });
    const confirmed: BookingConfirmedDetail[] = [];
    const selected: SlotSelectedDetail[] = [];
    el.addEventListener('seoul-learn-booking-confirmed', (event) => confirmed.push(event.detail));
    el.addEventListener('seoul-learn-slot-selected', (event) => selected.push(event.detail));
    expect(heading(el)).to.equal('어떤 상담을 받고 싶나요?');
    expect(currentStep(el)).to.equal('1 상담 종류');
    await expect(el).to.be.accessible();

    await press(el, 'Tab', 2);
    expect(focused(el)!.textContent).to.contain('멘토링');
    await press(el, 'Enter');
    expect(focused(el)!.textContent).to.equal('상담자를 고르세요');
    expect(currentStep(el)).to.equal('2 상담자');
    expect(root(el).querySelector('.steps li')!.textContent).to.contain('완료');
    await expect(el).to.be.accessible();

    await press(el, 'Tab');
    expect(focused(el)!.textContent).to.contain('상관없음');
    await press(el, 'Enter');
    expect(focused(el)!.textContent).to.equal('날짜와 시간을 고르세요');
    await expect(el).to.be.accessible();

    await press(el, 'Tab', 3);
    expect(nameOf(focused(el)!)).to.equal('2026년 12월 2일 수요일, 예약 가능 2개');
    await press(el, 'ArrowRight');
    expect(nameOf(focused(el)!)).to.equal('2026년 12월 3일 목요일, 예약 가능 1개');
    await press(el, 'Enter');
    expect(focused(el)!.textContent, "focus goes to the day's times, beside the calendar").to.equal(
      '2026년 12월 3일 목요일 예약 가능 시간',
    );
    expect(heading(el), 'the same step').to.equal('날짜와 시간을 고르세요');
    await expect(el).to.be.accessible();

    await press(el, 'Tab');
    expect(nameOf(focused(el)!)).to.equal(
      '2026년 12월 3일 목요일 오후 7시 KST 30분, 박민재, 온라인, 남은 자리 1 내 시간 12월 3일 (목) 오전 2:00 GMT-8',
    );
    await press(el, 'Enter');
    expect(selected).to.have.length(1);
    expect(selected[0]!.start).to.equal('2026-12-03T10:00:00.000Z');
    expect(focused(el)!.textContent).to.equal('신청자 정보를 입력하세요');
    await expect(el).to.be.accessible();

    await press(el, 'Tab');
    await sendKeys({ type: '홍길동' });
    await press(el, 'Tab');
    await press(el, 'ArrowDown', 3);
    await press(el, 'Tab');
    await press(el, 'ArrowDown', 2);
    await press(el, 'Tab');
    await sendKeys({ type: '01098765432' });
    await press(el, 'Tab');
    expect(root(el).querySelector<HTMLInputElement>('#phone')!.value, 'normalised on leaving the field').to.equal(
      '010-9876-5432',
    );
    await press(el, 'Tab', 2);
    await sendKeys({ type: '수학 공부법이 궁금해요' });
    expect(root(el).querySelector('#question-counter')!.textContent).to.equal('12/500자');
    await press(el, 'Tab');
    await press(el, ' ');
    await press(el, 'Tab');
    expect(focused(el)!.textContent, 'Back comes before the primary action').to.equal('이전');
    await press(el, 'Tab');
    await press(el, 'Enter');
    expect(focused(el)!.textContent).to.equal('예약 내용을 확인하세요');
    const review = root(el).querySelector('dl')!.textContent!;
    expect(review).to.contain('홍길동').and.contain('고등학교').and.contain('2학년').and.contain('010-9876-5432');
    expect(review).to.contain('2026년 12월 3일 목요일 오후 7시 KST');
    await expect(el).to.be.accessible();

    await press(el, 'Tab', 2);
    expect(focused(el)!.textContent!.trim()).to.equal('예약 확정');
    await press(el, 'Enter');
    expect(focused(el)!.textContent).to.equal('예약이 확정되었습니다');
    expect(currentStep(el)).to.equal('6 완료');
    await expect(el).to.be.accessible();

    const bookings = await source.listBookings('demo-learner');
    expect(bookings).to.have.length(1);
    expect(el.value).to.equal(bookings[0]!.id);
    expect(root(el).querySelector('.booking-code')!.textContent).to.equal(bookingCode(bookings[0]!.id));
    expect(confirmed).to.deep.equal([
      {
        bookingId: bookings[0]!.id,
        slotId: bookings[0]!.slotId,
        kind: 'mentoring',
        consultantId: 'park-minjae',
        start: '2026-12-03T10:00:00.000Z',
        durationMin: 30,
        mode: 'online',
      },
    ]);
  });

  it('moves through the calendar grid with arrows, Home/End and PageUp/PageDown across months', async () => {
    const el = await renderBooking();
    await toDate(el, /^멘토링/);
    expect(caption(el)).to.equal('2026년 12월');
    await press(el, 'Tab', 3);
    expect(focused(el)!.dataset.day).to.equal('2026-12-02');
    expect(root(el).querySelectorAll('[data-day][tabindex="0"]'), 'one tab stop in the grid').to.have.length(1);

    await press(el, 'End');
    expect(nameOf(focused(el)!)).to.equal('2026년 12월 5일 토요일, 주말 – 상담 없음');
    expect(focused(el)!.getAttribute('aria-disabled')).to.equal('true');
    await press(el, 'Home');
    expect(focused(el)!.dataset.day).to.equal('2026-11-29');
    expect(caption(el)).to.equal('2026년 11월');
    expect(nameOf(focused(el)!)).to.equal('2026년 11월 29일 일요일, 예약 마감');
    await press(el, 'ArrowRight');
    expect(caption(el)).to.equal('2026년 11월');
    await press(el, 'ArrowDown');
    expect(caption(el), 'down a week crosses into December').to.equal('2026년 12월');
    expect(focused(el)!.dataset.day).to.equal('2026-12-07');
    await press(el, 'ArrowDown', 4);
    expect(focused(el)!.dataset.day).to.equal('2027-01-04');
    expect(caption(el)).to.equal('2027년 1월');
    expect(nameOf(focused(el)!)).to.equal('2027년 1월 4일 월요일, 예약 가능한 시간 없음');
    await press(el, 'PageUp');
    expect(caption(el)).to.equal('2026년 12월');
    expect(focused(el)!.dataset.day).to.equal('2026-12-04');
    await press(el, 'PageDown', 2);
    expect(caption(el)).to.equal('2027년 2월');
    expect(focused(el)!.dataset.day).to.equal('2027-02-04');
    expect(nameOf(day(el, '2027-02-08'))).to.contain('설날 다음 날 – 공휴일');
    await press(el, 'ArrowUp');
    expect(focused(el)!.dataset.day).to.equal('2027-01-28');
    await expect(el).to.be.accessible();
  });

  it('disables weekends and public holidays and says why', async () => {
    const el = await renderBooking();
    await toDate(el, /^학습상담/);
    const christmas = day(el, '2026-12-25');
    expect(nameOf(christmas)).to.equal('2026년 12월 25일 금요일, 기독탄신일 – 공휴일, 상담 없음');
    expect(christmas.getAttribute('aria-disabled')).to.equal('true');
    expect(day(el, '2026-12-24').getAttribute('aria-disabled')).to.equal(null);
    expect(nameOf(day(el, '2026-12-12'))).to.contain('주말');
    christmas.click();
    await settle(el);
    expect(heading(el), 'a disabled day cannot be chosen').to.equal('날짜와 시간을 고르세요');
    expect(root(el).querySelector('#times-heading'), 'and shows no times').to.equal(null);
  });

  it('shows every time in KST and the browser time beside it', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    const el = await renderBooking();
    await toDate(el, /^멘토링/);
    day(el, '2026-12-03').click();
    await settle(el);
    const slot = root(el).querySelector('.slot')!;
    expect(slot.querySelector('.kst')!.textContent).to.equal('2026년 12월 3일 목요일 오후 7시 KST');
    expect(slot.querySelector('.kst .visually-hidden')!.textContent, 'the date is said, not shown twice').to.contain(
      '12월 3일',
    );
    expect(slot.querySelector('.local')!.textContent).to.equal('내 시간 12월 3일 (목) 오전 2:00 GMT-8');
    expect(root(el).textContent).to.contain('모든 시간은 한국 표준시(KST)입니다.');
  });

  it('speaks English in another region', async () => {
    const el = await renderBooking({ locale: 'en', region: 'gimpo' });
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(heading(el)).to.equal('What kind of consultation would you like?');
    await expect(el).to.be.accessible();
    await toDate(el, /^Mentoring/);
    expect(caption(el)).to.equal('December 2026');
    expect(nameOf(day(el, '2026-12-02'))).to.equal('Wednesday, December 2, 2026, 2 times free');
    expect(nameOf(day(el, '2026-12-25'))).to.contain('Christmas Day – public holiday');
    await expect(el).to.be.accessible();
    day(el, '2026-12-03').click();
    await settle(el);
    expect(nameOf(root(el).querySelector('.slot')!)).to.equal(
      'Thursday, December 3, 2026 7:00 PM KST 30 min, Park Min-jae, Online, 1 place left Your time Thu, Dec 3, 2:00 AM GMT-8',
    );
    await expect(el).to.be.accessible();
    expect(focused(el)!.textContent).to.equal('Free times on Thursday, December 3, 2026');
    button(el, 'Back').click();
    await settle(el);
    expect(heading(el)).to.equal('Choose a consultant');
    expect(focused(el)!.textContent).to.equal('Choose a consultant');
  });
});
