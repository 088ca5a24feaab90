import '../helpers/readable-failures.js';
import { announced } from '../helpers/announced.js';
import { expect } from '@open-wc/testing';
import { bookingCode } from '../../src/booking/booking-code.js';
import { themeTokens, type Region } from '../../src/themes/index.js';
import {
  NOW,
  bookMentoring,
  fillForm,
  focused,
  heading,
  memorySource,
  renderBooking,
  root,
  settle,
  toDate,
  type PinnedBooking,
} from './helpers.js';

interface Config {
  readonly region: Region;
  readonly locale: 'ko' | 'en';
  readonly kind: RegExp;
  readonly headings: readonly string[];
  readonly errorsAnnounced: string;
  readonly mine: string;
  readonly cancelQuestion: string;
}

const CONFIGS: readonly Config[] = [
  {
    region: 'seoul',
    locale: 'ko',
    kind: /^멘토링/,
    headings: [
      '어떤 상담을 받고 싶나요?',
      '상담자를 고르세요',
      '날짜와 시간을 고르세요',
      '신청자 정보를 입력하세요',
      '예약 내용을 확인하세요',
      '예약이 확정되었습니다',
    ],
    errorsAnnounced: '입력 내용을 확인해 주세요. 고칠 항목이 5개 있습니다.',
    mine: '내 예약',
    cancelQuestion: '이 예약을 취소할까요?',
  },
  {
    region: 'gimpo',
    locale: 'en',
    kind: /^Mentoring/,
    headings: [
      'What kind of consultation would you like?',
      'Choose a consultant',
      'Choose a date and time',
      'Enter your details',
      'Check your booking',
      'Your booking is confirmed',
    ],
    errorsAnnounced: 'Please check the form: 5 fields need fixing.',
    mine: 'My bookings',
    cancelQuestion: 'Cancel this booking?',
  },
];

/** Checks the step is really reached, in the right language and theme, and audits it with axe. */
async function audit(el: PinnedBooking, expected: string): Promise<void> {
  expect(heading(el)).to.equal(expected);
  expect(focused(el)?.textContent, 'focus is on the new heading').to.equal(expected);
  await expect(el).to.be.accessible();
}

const click = async (el: PinnedBooking, selector: string) => {
  root(el).querySelector<HTMLElement>(selector)!.click();
  await settle(el);
};

describe('<seoul-learn-booking> is accessible at every step', () => {
  for (const config of CONFIGS) {
    const label = `${config.region}/${config.locale}`;

    it(`books a consultation: ${label}`, async () => {
      const el = await renderBooking({ region: config.region, locale: config.locale });
      const base = root(el).querySelector('[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal(config.locale);
      expect(getComputedStyle(base).getPropertyValue('--seoul-learn-color-primary').trim(), 'region theme').to.equal(
        themeTokens(config.region, 'normal')['--seoul-learn-color-primary'],
      );
      const [kind, consultant, date, details, review, done] = config.headings as string[];
      expect(heading(el)).to.equal(kind);
      await expect(el).to.be.accessible();

      await toDate(el, config.kind, /^(상관없음|Any available)/);
      await audit(el, date!);
      // Back from the date step lands on the consultant step.
      await click(el, '.back');
      await audit(el, consultant!);
      await click(el, '[part="choice"]');

      await click(el, '[data-day="2026-12-03"]');
      expect(heading(el), 'the times show in the same step').to.equal(date);
      expect(focused(el), 'focus is on their heading').to.equal(root(el).querySelector('#times-heading'));
      await expect(el).to.be.accessible();
      await click(el, '.slot');
      await audit(el, details!);

      await click(el, 'form [type="submit"]');
      expect(heading(el), 'stays on the form').to.equal(details);
      expect(root(el).querySelectorAll('[part="field-error"]')).to.have.length(5);
      await announced(() => root(el).querySelector('[role="status"][aria-live]'), config.errorsAnnounced);
      expect(root(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(5);
      await expect(el).to.be.accessible();

      await fillForm(el);
      await click(el, 'form [type="submit"]');
      await audit(el, review!);
      await click(el, '.primary');
      await audit(el, done!);
      expect(root(el).querySelector('.booking-code')!.textContent).to.equal(bookingCode(el.value));
    });

    it(`lists and cancels bookings: ${label}`, async () => {
      const source = memorySource();
      const booking = await bookMentoring(source, { idempotencyKey: `a11y-${config.region}` });
      const el = await renderBooking({ source, view: 'mine', region: config.region, locale: config.locale });
      expect(heading(el)).to.equal(config.mine);
      expect(root(el).querySelectorAll('[part="booking"]')).to.have.length(1);
      expect(NOW.getTime()).to.be.below(Date.parse(booking.start));
      await expect(el).to.be.accessible();

      await click(el, '[part~="danger-button"]');
      const dialog = root(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('#cancel-title')!.textContent).to.equal(config.cancelQuestion);
      expect(dialog.contains(focused(el)), 'focus is inside the dialog').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});
