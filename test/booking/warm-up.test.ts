// The booking's work ahead: the formatter of the browser's own time (the tests run in
// America/Los_Angeles, so it is needed) costs a page its first `Intl` formatter, tens of
// milliseconds. It is made once the learner starts using the booking, not while the page loads.
// A file of its own: each locale is warmed once per page.
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

/** Waits for `n` idle periods (each warm-up piece takes one). */
async function idlePeriods(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
}

describe('<seoul-learn-booking> work ahead', () => {
  let formatters: ReturnType<typeof countFormatters>;
  beforeEach(() => (formatters = countFormatters()));
  afterEach(() => formatters.restore());

  it('makes the local time formatter only once the learner starts using the booking', async () => {
    const el = await renderBooking();
    await settle(el);
    await idlePeriods(12);
    expect(formatters.made, 'nothing while the page loads').to.equal(0);
    // Tab into the booking: the first kind gets focus.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent).to.contain('입시컨설팅');
    await waitUntil(() => formatters.made > 0, 'the formatter is made once the learner is here', { timeout: 4000 });
  });

  it('makes it without waiting when the booking opens past its first step', async () => {
    await renderBooking({ kind: 'mentoring', locale: 'en' });
    await waitUntil(() => formatters.made > 0, 'the formatter is made ahead', { timeout: 4000 });
  });
});
