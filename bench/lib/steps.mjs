// The booking's step changes at 4× CPU slowdown: clicks through kind → consultant → day →
// time with real (DevTools protocol) mouse clicks, records a performance trace, and reports, for
// each step change, the longest main-thread task and how many tasks ran over 50 ms between the
// click and 300 ms after the next step was shown.

/** The step changes, each a click and what shows that the next step is there. */
const STEPS = [
  {
    name: 'kind → consultants',
    click: '[part~="kind-list"] [part~="choice"]',
    index: 1,
    then: '[part~="consultant-list"] [part~="choice"]',
  },
  {
    name: 'consultant → calendar',
    click: '[part~="consultant-list"] [part~="choice"]',
    index: 1,
    then: '[part~="day"]:not([aria-disabled])',
  },
  { name: 'day → times', click: '[part~="day"]:not([aria-disabled])', index: 0, then: '[part~="slot-button"]' },
  { name: 'time → applicant form', click: '[part~="slot-button"]', index: 0, then: '[part~="form"]' },
];

/** Finds the `index`th match of `selector` in the booking's shadow root, shown (a box), or nothing. */
function find(selector, index) {
  const root = document.querySelector('seoul-learn-booking')?.shadowRoot;
  const match = [...(root?.querySelectorAll(selector) ?? [])].filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  })[index];
  return match ?? null;
}

const TRACE_CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'toplevel',
  'blink.user_timing',
];

/**
 * @param {{ browser: import('puppeteer-core').Browser, origin: string, runs: number }} options
 * @returns {Promise<{ name: string, longest: number[], over: number[] }[]>}
 */
export async function runSteps({ browser, origin, runs }) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const url = `${origin}/bench/pages/booking.html`;
  const results = STEPS.map((step) => ({ name: step.name, longest: [], over: [] }));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(find, { polling: 50, timeout: 30_000 }, '[part~="choice"]', 2);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let run = 0; run < runs; run++) {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(find, { polling: 50, timeout: 60_000 }, '[part~="choice"]', 2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.tracing.start({ categories: TRACE_CATEGORIES });
      for (const [i, step] of STEPS.entries()) {
        const target = await page.waitForFunction(find, { polling: 50, timeout: 60_000 }, step.click, step.index);
        await page.evaluate((i) => performance.mark(`bench-step-${i}-start`), i);
        await target.asElement().click();
        await page.waitForFunction(find, { polling: 50, timeout: 60_000 }, step.then, 0);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await page.evaluate((i) => performance.mark(`bench-step-${i}-end`), i);
      }
      const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
      const events = trace.traceEvents ?? trace;
      const marks = new Map(events.filter((e) => e.name?.startsWith('bench-step-')).map((e) => [e.name, e]));
      const first = marks.get('bench-step-0-start');
      if (!first) throw new Error('the trace holds no step marks');
      const tasks = events.filter(
        (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === first.pid && e.tid === first.tid,
      );
      for (const [i, result] of results.entries()) {
        const from = marks.get(`bench-step-${i}-start`).ts;
        const to = marks.get(`bench-step-${i}-end`).ts;
        const inside = tasks.filter((task) => task.ts >= from && task.ts < to).map((task) => task.dur / 1000);
        result.longest.push(Math.max(0, ...inside));
        result.over.push(inside.filter((ms) => ms > 50).length);
      }
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await page.close();
  }
  return results;
}
