import '../helpers/readable-failures.js';
import { announced } from '../helpers/announced.js';
import { needsMediaEmulation } from '../helpers/media-emulation.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  bookMentoring,
  button,
  day,
  fillForm,
  focused,
  heading,
  memorySource,
  nameOf,
  renderBooking,
  root,
  settle,
  toDate,
  type Options,
  type PinnedBooking,
} from './helpers.js';

/** The colour a theme token paints, read from a probe inside the element. */
function tokenColour(el: Element, token: string): string {
  const probe = document.createElement('div');
  probe.style.color = `var(${token})`;
  root(el).querySelector('.booking')!.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const rect = (node: Element | null) => node!.getBoundingClientRect();
const click = async (el: PinnedBooking, selector: string) => {
  root(el).querySelector<HTMLElement>(selector)!.click();
  await settle(el);
};

/** From the start to the confirmation, optionally stopping at `until`. */
async function bookThrough(el: PinnedBooking, kind: RegExp, until?: 'when' | 'details' | 'review'): Promise<void> {
  await toDate(el, kind, /^(상관없음|Any available)/);
  await click(el, '[data-day="2026-12-03"]');
  if (until === 'when') return;
  await click(el, '.slot');
  if (until === 'details') return;
  await fillForm(el);
  await click(el, 'form [type="submit"]');
  if (until === 'review') return;
  await click(el, '.primary');
}

describe('<seoul-learn-booking> design', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('chooses date and time in one step: side by side on a wide element, stacked on a narrow one', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await renderBooking();
    await toDate(el, /^멘토링/);
    expect(heading(el)).to.equal('날짜와 시간을 고르세요');
    expect(root(el).querySelector('.step-of')!.textContent).to.equal('6단계 중 3단계');
    const event = root(el).querySelector('.event')!.textContent!.replace(/\s+/g, ' ');
    expect(event, 'what is being booked, over the calendar').to.contain('멘토링').and.contain('30분');
    day(el, '2026-12-03').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el), 'the same step').to.equal('날짜와 시간을 고르세요');
    const times = root(el).querySelector('#times-heading')!;
    expect(times.textContent).to.contain('2026년 12월 3일 목요일');
    expect(focused(el), 'focus goes to the times of the chosen day').to.equal(times);
    expect(day(el, '2026-12-03').getAttribute('tabindex'), 'the chosen day keeps the grid tab stop').to.equal('0');
    expect(rect(root(el).querySelector('.slots')).left).to.be.at.least(rect(root(el).querySelector('table')).right);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.classList.contains('slot')).to.equal(true);

    await setViewport({ width: 390, height: 900 });
    await el.updateComplete;
    expect(rect(root(el).querySelector('.slots')).top).to.be.at.least(rect(root(el).querySelector('table')).bottom);
  });

  it('names the chosen consultant over the calendar', async () => {
    const el = await renderBooking({ locale: 'en' });
    await toDate(el, /^Mentoring/, /^Park Min-jae/);
    const event = root(el).querySelector('.event')!.textContent!.replace(/\s+/g, ' ');
    expect(event).to.contain('Mentoring').and.contain('30 min').and.contain('Park Min-jae');
  });

  it('shows the chosen time as chosen when the learner comes back to it', async () => {
    const el = await renderBooking();
    await toDate(el, /^멘토링/);
    await click(el, '[data-day="2026-12-02"]');
    const second = () => root(el).querySelectorAll<HTMLButtonElement>('.slot')[1]!;
    second().click();
    await settle(el);
    button(el, '이전').click();
    await settle(el);
    expect(heading(el)).to.equal('날짜와 시간을 고르세요');
    expect(second().getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelector('.slot')!.hasAttribute('aria-current')).to.equal(false);
    const primary = tokenColour(el, '--seoul-learn-color-primary');
    expect(getComputedStyle(second()).backgroundColor).to.equal(primary);
    await expect(el).to.be.accessible();
  });

  it('marks today, mutes unavailable days without striking them, and dots free days in the theme colour', async () => {
    const el = await renderBooking({ region: 'taebaek' });
    await toDate(el, /^멘토링/);
    const today = day(el, '2026-12-01');
    expect(today.getAttribute('aria-current')).to.equal('date');
    expect(nameOf(today)).to.contain('오늘');
    expect(day(el, '2026-12-02').hasAttribute('aria-current')).to.equal(false);
    expect(getComputedStyle(day(el, '2026-12-05')).textDecorationLine).to.equal('none');
    const free = day(el, '2026-12-02');
    expect(getComputedStyle(free, '::after').backgroundColor, 'the dot').to.equal(
      tokenColour(el, '--seoul-learn-color-on-primary-subtle'),
    );
    const tint = tokenColour(el, '--seoul-learn-color-primary-subtle');
    expect(getComputedStyle(free).backgroundColor, 'the tint').to.equal(tint);
    expect(getComputedStyle(day(el, '2026-12-05')).backgroundColor, 'no tint').not.to.equal(tint);
    await expect(el).to.be.accessible();
  });

  it('shows completed steps with a check and the current one as the current step', async () => {
    const el = await renderBooking({ locale: 'en' });
    await toDate(el, /^Mentoring/);
    const steps = [...root(el).querySelectorAll('.steps li')];
    for (const past of steps.slice(0, 2)) {
      const mark = past.querySelector('.step-number')!;
      expect(getComputedStyle(mark, '::before').borderRightStyle, 'a check').to.equal('solid');
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(nameOf(past)).to.match(/, done$/);
      expect(past.querySelector('.step-number')!.textContent!.trim(), 'no number beside the check').to.equal('');
    }
    expect(steps[2]!.getAttribute('aria-current')).to.equal('step');
    expect(getComputedStyle(steps[2]!.querySelector('.step-number')!, '::before').content).to.equal('none');
  });

  it('puts each description inside its card', async () => {
    const el = await renderBooking();
    const boxed = (node: Element): Element | null => {
      for (let at: Element | null = node; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) return at;
      }
      return null;
    };
    for (const step of [0, 1]) {
      const descriptions = [...root(el).querySelectorAll('.description')];
      expect(descriptions.length).to.be.above(0);
      for (const description of descriptions) {
        const card = boxed(description);
        expect(card, `"${description.textContent}" has a card`).to.exist;
        const title = card!.querySelector('strong')!;
        expect(title, 'the card holds the title too').to.exist;
        const outer = rect(card);
        const inner = rect(description);
        expect(inner.bottom).to.be.at.most(outer.bottom);
        expect(inner.left).to.be.at.least(outer.left);
      }
      if (step === 0) await click(el, '.choice');
    }
    await expect(el).to.be.accessible();
  });

  it('puts the primary action last in every row, with targets of 44 px (primary) and 24 px (all)', async () => {
    const el = await renderBooking();
    const check = () => {
      for (const row of root(el).querySelectorAll('.actions')) {
        const buttons = [...row.querySelectorAll('button')];
        const primary = buttons.findIndex((b) => b.classList.contains('primary'));
        if (primary >= 0) expect(primary, `${heading(el)}: primary last`).to.equal(buttons.length - 1);
      }
      for (const b of root(el).querySelectorAll('button')) {
        const box = rect(b);
        if (!box.width) continue;
        expect(Math.min(box.width, box.height), nameOf(b)).to.be.at.least(24);
        if (b.classList.contains('primary')) expect(box.height, nameOf(b)).to.be.at.least(44);
      }
    };
    await bookThrough(el, /^멘토링/, 'details');
    const form = root(el).querySelector('form')!;
    const buttons = [...root(el).querySelectorAll('button')];
    expect(buttons.indexOf(button(el, '이전')), 'Back before Next').to.be.below(
      buttons.indexOf(form.querySelector('[type="submit"]')!),
    );
    check();
    await fillForm(el);
    await click(el, 'form [type="submit"]');
    check();
    await click(el, '.primary');
    check();
    expect(root(el).querySelector('.actions')!.lastElementChild!.classList.contains('primary')).to.equal(true);
  });

  it('confirms with a success mark, a short booking code said aloud, and a status badge', async () => {
    const el = await renderBooking();
    await bookThrough(el, /^멘토링/);
    const { bookingCode } = await import('../../src/booking/booking-code.js');
    const code = bookingCode(el.value);
    expect(code).to.match(/^SL-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(root(el).querySelector('.booking-code')!.textContent!.trim()).to.equal(code);
    const shown = [...root(el).querySelectorAll('*')].filter((node) => node.textContent!.trim() === el.value);
    expect(shown, 'the id stays internal').to.deep.equal([]);
    expect(root(el).querySelector('.success svg.icon'), 'a success mark').to.exist;
    const badge = root(el).querySelector('[part~="badge"]')!;
    expect(badge.querySelector('svg.icon')).to.exist;
    expect(badge.textContent!.trim()).to.equal('확정');
    await announced(
      () => root(el).querySelector('[role="status"][aria-live]'),
      `예약이 확정되었습니다. 예약 번호 ${code}`,
    );
    await expect(el).to.be.accessible();
  });

  it('lists bookings with badges, codes and an outlined destructive cancel', async () => {
    const source = memorySource();
    const booking = await bookMentoring(source, { idempotencyKey: 'design-mine' });
    const el = await renderBooking({ source, view: 'mine', locale: 'en' });
    const { bookingCode } = await import('../../src/booking/booking-code.js');
    const card = root(el).querySelector('[part="booking"]')!;
    expect(card.querySelector('.booking-code')!.textContent).to.equal(bookingCode(booking.id));
    expect(card.querySelector('dl')!.textContent, 'the id stays internal').not.to.contain(
      `Booking number ${booking.id}`,
    );
    const badge = card.querySelector('[part~="badge"]')!;
    expect(badge.querySelector('svg.icon')).to.exist;
    expect(badge.textContent!.trim()).to.equal('Confirmed');
    const cancel = card.querySelector<HTMLElement>('[part~="danger-button"]')!;
    const style = getComputedStyle(cancel);
    const danger = tokenColour(el, '--seoul-learn-color-danger');
    expect(style.color).to.equal(danger);
    expect(style.borderTopColor).to.equal(danger);
    expect(style.backgroundColor, 'not a solid red button').not.to.equal(danger);
    await expect(el).to.be.accessible();
  });

  it('turns every kind of field red in error and says what is wrong for empty and for invalid values', async () => {
    const el = await renderBooking();
    await bookThrough(el, /^멘토링/, 'details');
    const r = root(el);
    const danger = tokenColour(el, '--seoul-learn-color-danger');
    const guardian = r.querySelector<HTMLInputElement>('#guardianAttending')!;
    guardian.click();
    await el.updateComplete;
    const question = r.querySelector<HTMLTextAreaElement>('#question')!;
    question.value = '가'.repeat(501);
    question.dispatchEvent(new Event('input'));
    await click(el, 'form [type="submit"]');
    const message = (id: string) => r.querySelector(`#${id}-error`)?.textContent?.trim();
    expect(message('name')).to.equal('이름을 입력해 주세요.');
    expect(message('phone')).to.equal('휴대전화 번호를 입력해 주세요.');
    expect(message('guardianName')).to.equal('보호자 이름을 입력해 주세요.');
    expect(message('guardianPhone')).to.equal('보호자 휴대전화 번호를 입력해 주세요.');
    expect(message('question')).to.equal('상담 내용은 500자 이내로 입력해 주세요.');
    for (const id of ['name', 'schoolLevel', 'phone', 'guardianName', 'question']) {
      const style = getComputedStyle(r.querySelector(`#${id}`)!);
      expect(style.borderTopColor, `#${id} border`).to.equal(danger);
    }
    const consent = getComputedStyle(r.querySelector('#consent')!);
    expect(consent.outlineColor, 'the consent box').to.equal(danger);
    expect(consent.outlineStyle).not.to.equal('none');
    await expect(el).to.be.accessible();

    const set = (id: string, value: string) => {
      const input = r.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('name', '가'.repeat(51));
    set('phone', '12345');
    set('guardianName', '나'.repeat(51));
    set('guardianPhone', '999');
    await click(el, 'form [type="submit"]');
    expect(message('name')).to.equal('이름을 50자 이내로 입력해 주세요.');
    expect(message('phone')).to.equal('휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요.');
    expect(message('guardianName')).to.equal('보호자 이름을 50자 이내로 입력해 주세요.');
    expect(message('guardianPhone')).to.equal('보호자 휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요.');
  });

  it('says "Enter your name" in English for an empty name', async () => {
    const el = await renderBooking({ locale: 'en' });
    await bookThrough(el, /^Mentoring/, 'details');
    await click(el, 'form [type="submit"]');
    expect(root(el).querySelector('#name-error')!.textContent!.trim()).to.equal('Enter your name.');
    expect(root(el).querySelector('#phone-error')!.textContent!.trim()).to.equal('Enter your mobile number.');
  });

  it('has every status region in place, empty, before its message', async () => {
    const el = await renderBooking();
    await toDate(el, /^멘토링/);
    const month = root(el).querySelector('.month-status')!;
    expect(month.getAttribute('role')).to.equal('status');
    expect(month.textContent!.trim()).to.equal('');
    await click(el, '[aria-label="다음 달"]');
    expect(root(el).querySelector('.month-status'), 'the same region').to.equal(month);
    expect(month.textContent!.trim()).to.equal('이 달에는 예약 가능한 시간이 없습니다. 다음 달을 확인해 보세요.');

    await click(el, '[aria-label="이전 달"]');
    await click(el, '[data-day="2026-12-03"]');
    await click(el, '.slot');
    const limit = root(el).querySelector('.counter-status')!;
    expect(limit.getAttribute('role')).to.equal('status');
    expect(limit.textContent!.trim()).to.equal('');
    const question = root(el).querySelector<HTMLTextAreaElement>('#question')!;
    question.value = '가'.repeat(500);
    question.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelector('.counter-status'), 'the same region').to.equal(limit);
    expect(limit.textContent!.trim()).to.equal('최대 500자까지 입력했습니다.');
  });
});

describe('<seoul-learn-booking> new looks in every region and contrast', () => {
  for (const region of ['seoul', 'chungbuk', 'pyeongchang', 'gimpo', 'incheon', 'taebaek']) {
    it(`passes axe on the date and times, and the confirmation: ${region}`, async () => {
      const el = await renderBooking({ region });
      for (const contrast of ['normal', 'high']) {
        el.setAttribute('contrast', contrast);
        await toDate(el, /^멘토링/);
        await click(el, '[data-day="2026-12-03"]');
        await expect(el).to.be.accessible();
        button(el, '이전').click();
        await settle(el);
        button(el, '이전').click();
        await settle(el);
      }
      await bookThrough(el, /^멘토링/);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<seoul-learn-booking> under forced colours', () => {
  needsMediaEmulation();
  before(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]));
  // Firefox cannot emulate (the describe is skipped there): only undo what was done.
  after(async () => {
    if (matchMedia('(forced-colors: active)').matches) {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
    }
  });

  const looks = (node: Element, pseudo?: string) => {
    const s = getComputedStyle(node, pseudo);
    return [
      s.backgroundColor,
      s.color,
      s.outlineStyle,
      s.borderTopColor,
      s.borderTopWidth,
      s.textDecorationLine,
    ].join();
  };

  it('keeps the chosen day, today, free days, the chosen time, steps, badges and errors visible', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await renderBooking();
    await toDate(el, /^멘토링/);
    await click(el, '[data-day="2026-12-03"]');
    const plain = day(el, '2026-12-04');
    expect(looks(day(el, '2026-12-03')), 'the chosen day').not.to.equal(looks(plain));
    expect(looks(day(el, '2026-12-01')), 'today').not.to.equal(looks(day(el, '2026-12-05')));
    const dot = getComputedStyle(plain, '::after');
    expect(dot.backgroundColor, 'the free-day dot').to.equal(getComputedStyle(plain).color);
    const marks = root(el).querySelectorAll('.steps .step-number');
    expect(looks(marks[2]!), 'the current step').not.to.equal(looks(marks[3]!));
    await expect(el).to.be.accessible();

    await click(el, '.slot');
    button(el, '이전').click();
    await settle(el);
    await click(el, '[data-day="2026-12-02"]');
    root(el).querySelectorAll<HTMLButtonElement>('.slot')[1]!.click();
    await settle(el);
    button(el, '이전').click();
    await settle(el);
    const [other, chosen] = root(el).querySelectorAll('.slot');
    expect(looks(chosen!), 'the chosen time').not.to.equal(looks(other!));
    await click(el, '.slot');
    await click(el, 'form [type="submit"]');
    const name = getComputedStyle(root(el).querySelector('#name')!);
    const email = getComputedStyle(root(el).querySelector('#email')!);
    expect(parseFloat(name.borderTopWidth), 'an invalid field').to.be.above(parseFloat(email.borderTopWidth));
    expect(getComputedStyle(root(el).querySelector('#consent')!).outlineStyle).not.to.equal('none');
    const width = (b: Element) => parseFloat(getComputedStyle(b).borderTopWidth);
    expect(width(root(el).querySelector('form .primary')!), 'the primary action').to.be.above(
      width(button(el, '이전')),
    );
  });

  it('keeps the status badge outlined', async () => {
    const source = memorySource();
    await bookMentoring(source, { idempotencyKey: 'forced-mine' });
    const el = await renderBooking({ source, view: 'mine' });
    const badge = getComputedStyle(root(el).querySelector('[part~="badge"]')!);
    expect(badge.borderTopStyle).not.to.equal('none');
    expect(parseFloat(badge.borderTopWidth)).to.be.above(0);
  });
});

describe('<seoul-learn-booking> reflow at 320 px', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  const overflow = (el: Element): string[] => {
    const width = document.documentElement.clientWidth;
    const page = document.documentElement.scrollWidth - width;
    return [
      ...(page > 0 ? [`page +${page}px`] : []),
      ...[...root(el).querySelectorAll('*')]
        .filter((node) => node.getBoundingClientRect().right > width + 0.5)
        .map((node) => `${heading(el)}: ${node.localName}.${[...node.classList].join('.')}`),
    ];
  };

  for (const locale of ['ko', 'en'] as const) {
    it(`fits every step in ${locale}`, async () => {
      const options: Options = { locale, region: 'incheon' };
      const el = await renderBooking(options);
      const kind = locale === 'ko' ? /^멘토링/ : /^Mentoring/;
      const seen: string[] = [...overflow(el)];
      button(el, kind).click();
      await settle(el);
      seen.push(...overflow(el));
      await click(el, '.choice');
      seen.push(...overflow(el));
      await click(el, '[data-day="2026-12-03"]');
      seen.push(...overflow(el));
      await click(el, '.slot');
      await click(el, 'form [type="submit"]');
      seen.push(...overflow(el));
      await fillForm(el);
      await click(el, 'form [type="submit"]');
      seen.push(...overflow(el));
      await click(el, '.primary');
      seen.push(...overflow(el));
      expect(seen).to.deep.equal([]);

      const mine = await renderBooking({ ...options, source: memorySource(), view: 'mine' });
      await bookMentoring((mine as unknown as { dataSource: Parameters<typeof bookMentoring>[0] }).dataSource);
      await waitUntil(() => root(mine).querySelector('[part="booking"]'));
      await settle(mine);
      expect(overflow(mine)).to.deep.equal([]);
    });
  }
});
