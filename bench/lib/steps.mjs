// Step changes at 4× CPU slowdown: clicks through the booking's kind → consultant → day → time
// with real (DevTools protocol) mouse clicks, records a performance trace, and reports, for each
// step change, the longest main-thread task and how many tasks ran over 50 ms between the click
// and 300 ms after the next step was shown. In the same run, alternating with it, the same is
// measured for a reference flow of another library (a Shoelace select opened and an option
// chosen), so that a reader can tell a slow hour of the machine from a slow step: both move
// together when the machine does.

/**
 * The flows, each a page, what shows that it is ready, and its steps: a click on the `index`th
 * shown match of `click`, and what shows that the next step is there. Selectors are looked up in
 * the shadow root of `host`, or in the document without one.
 */
export const FLOWS = {
  booking: {
    path: '/bench/pages/booking.html',
    host: 'seoul-learn-booking',
    ready: ['[part~="choice"]', 2],
    steps: [
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
    ],
  },
  shoelace: {
    path: '/bench/pages/shoelace.html',
    host: null,
    ready: ['sl-button', 0],
    steps: [
      { name: 'Shoelace select opens', click: 'sl-select', index: 0, then: 'sl-select[open] sl-option' },
      { name: 'Shoelace option chosen', click: 'sl-option', index: 1, then: 'sl-select[data-user-valid]:not([open])' },
    ],
  },
};

/** Finds the `index`th shown (boxed) match of `selector` in `host`'s shadow root or the document, or nothing. */
function find(host, selector, index) {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
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
 * Runs each flow `runs` times, the flows alternating (booking, reference, booking, …), at 4× CPU
 * slowdown with the cache warm.
 * @param {{ browser: import('puppeteer-core').Browser, origin: string, runs: number, flows?: string[] }} options
 * @returns {Promise<Record<string, { name: string, longest: number[], over: number[] }[]>>}
 */
export async function runSteps({ browser, origin, runs, flows = Object.keys(FLOWS) }) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const wait = (flow, [selector, index], timeout = 60_000) =>
    page.waitForFunction(find, { polling: 50, timeout }, flow.host, selector, index);
  const results = Object.fromEntries(
    flows.map((key) => [key, FLOWS[key].steps.map((step) => ({ name: step.name, longest: [], over: [] }))]),
  );
  try {
    // One uncounted load of each page at full speed fills the cache.
    for (const key of flows) {
      await page.goto(origin + FLOWS[key].path, { waitUntil: 'load' });
      await wait(FLOWS[key], FLOWS[key].ready, 30_000);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let run = 0; run < runs; run++) {
      for (const key of flows) await runFlow(FLOWS[key], results[key]);
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await page.close();
  }
  return results;

  async function runFlow(flow, results) {
    await page.goto(origin + flow.path, { waitUntil: 'load' });
    await wait(flow, flow.ready);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    for (const [i, step] of flow.steps.entries()) {
      const target = await wait(flow, [step.click, step.index]);
      await page.evaluate((i) => performance.mark(`bench-step-${i}-start`), i);
      await target.asElement().click();
      await wait(flow, [step.then, 0]);
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
}
