// The booking's cost of time zones: the tests run in America/Los_Angeles, so every time shows the
// learner's own time beside KST. A page's first `Intl` date formatter costs tens of milliseconds
// of one task (60–90 ms at 4× CPU); the booking writes its times itself and makes none, while the
// page loads or while the learner books.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderBooking, root, settle } from './helpers.js';

/** Counts the `Intl.DateTimeFormat`s made while it is installed. */
function countFormatters() {
  const original = Intl.DateTimeFormat;
  let made = 0;
  const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    made += 1;
    return new original(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(counting, original);
  Intl.DateTimeFormat = counting;
  return {
    get made() {
      return made;
    },
    restore: () => {
      Intl.DateTimeFormat = original;
    },
  };
}

/** Waits for `n` idle periods (the warm-up renders a template in each). */
async function idlePeriods(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
}

/** The visible button in the booking whose text matches `text`. */
const button = (el: HTMLElement, text: RegExp): HTMLButtonElement | undefined =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text.test(b.textContent ?? ''));

describe('<seoul-learn-booking> in a time zone that is not Seoul’s', () => {
  let formatters: ReturnType<typeof countFormatters>;
  beforeEach(() => (formatters = countFormatters()));
  afterEach(() => formatters.restore());

  it('shows the learner’s own time beside KST without making a single Intl date formatter', async () => {
    const el = await renderBooking();
    await settle(el);
    await idlePeriods(12);
    // Tab in and choose with the keyboard, as a learner would, down to the times of a day.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent).to.contain('입시컨설팅');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, /상관없음/), 'the consultants', { timeout: 5000 });
    button(el, /상관없음/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-day].free'), 'a free day', { timeout: 5000 });
    root(el).querySelector<HTMLButtonElement>('[data-day].free')!.click();
    await waitUntil(() => root(el).querySelector('[part~="slot-button"] .local'), 'the times', { timeout: 5000 });
    const local = root(el).querySelector('[part~="slot-button"] .local')!.textContent!;
    expect(local).to.match(/^내 시간 \d+월 \d+일 \([일월화수목금토]\) 오(전|후) \d+:\d\d GMT-[78]$/);
    await idlePeriods(6);
    expect(formatters.made, 'Intl.DateTimeFormat made').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('makes none either when it opens past its first step, in English', async () => {
    const el = await renderBooking({ kind: 'mentoring', locale: 'en' });
    await settle(el);
    await idlePeriods(12);
    expect(formatters.made, 'Intl.DateTimeFormat made').to.equal(0);
  });
});
