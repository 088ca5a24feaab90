/*
 * The scene that scripts/visual/run.mjs photographs: the CDN build's course player, booking, learner
 * dashboard and cohort view on the built-in demo data, in the region, scheme and contrast named
 * by the query (`?region=gimpo&scheme=dark&contrast=normal`).
 *
 * Everything that could differ between two runs is pinned: the clock (Tuesday 1 December 2026,
 * 09:00 KST, inside the demo's four weeks of slots), the data (in memory, nothing read from or
 * written to IndexedDB), the learner of the course and the booking (one with no history) and the
 * random ids (a seeded generator, so that the booking code on the confirmation is the same).
 *
 * The runner calls `window.visual.reach(state)` for each state in turn, then photographs the
 * element that `reach` returned.
 */

/** Seeded stand-in for `crypto.getRandomValues` (mulberry32): ids and booking codes repeat. */
let seed = 0;
const nextRandom = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
};
crypto.getRandomValues = (array) => {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = nextRandom() & 0xff;
  return array;
};

// Loaded after the generator is in place (a static import would run first).
const { DemoDataSource } = await import('/dist/cdn/seoul-learn.js');

export const NOW = Date.parse('2026-12-01T00:00:00Z');
const clock = () => new Date(NOW);
const demoData = () => new DemoDataSource({ storage: 'memory', now: clock });

const query = new URLSearchParams(location.search);
const theme = {
  region: query.get('region') ?? 'seoul',
  scheme: query.get('scheme') ?? 'light',
  contrast: query.get('contrast') ?? 'normal',
};

/** Creates an element with the scene's theme, locale, clock and its own demo data. */
function place(tag, attributes) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...theme, locale: 'ko', ...attributes })) el.setAttribute(name, value);
  el.clock = clock;
  el.dataSource = demoData();
  document.querySelector('main').append(el);
  return el;
}

// A learner with no history, so that the course opens its first lesson and the booking starts clean.
const FRESH_LEARNER = 'visual-learner';
const course = place('seoul-learn-course', { 'course-id': 'elem-math-fractions', 'learner-id': FRESH_LEARNER });
const booking = place('seoul-learn-booking', {
  kind: 'mentoring',
  'consultant-id': 'park-minjae',
  'learner-id': FRESH_LEARNER,
});
// The demo learner: the only one with seeded history, computed from the pinned clock.
const progress = place('seoul-learn-progress', {});
const cohort = place('seoul-learn-progress', { view: 'cohort' });

/** Every element in a shadow root, including those of nested shadow roots. */
function* everything(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* everything(el.shadowRoot);
  }
}

const $ = (host, selector) => host.shadowRoot?.querySelector(selector) ?? null;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function waitFor(predicate, what, timeout = 20_000) {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** No skeleton and no busy region; in the booking, no request in flight (it disables the button that sent). */
const idle = (host) => {
  const loading = `[aria-busy="true"], .skeleton, .bone${host === booking ? ', button[disabled]' : ''}`;
  return !!host.shadowRoot && ![...everything(host.shadowRoot)].some((el) => el.matches(loading));
};

/** Waits until `host` shows `selector` and nothing is loading, the fonts are in and two frames drew. */
async function settle(host, selector) {
  await waitFor(() => $(host, selector) && idle(host), `${host.localName} to show ${selector}`);
  await host.updateComplete;
  await document.fonts.ready;
  await frame();
  await frame();
  // Text that arrived in the last frames may have asked for another font subset.
  await document.fonts.ready;
  await frame();
}

function button(host, name) {
  const found = [...host.shadowRoot.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent.replace(/\s+/g, ' ').trim()) === name,
  );
  if (!found) throw new Error(`${host.localName} has no button named ${name}`);
  return found;
}

/**
 * The lesson video has its metadata and its poster is decoded. How far a browser buffers a
 * paused `preload="metadata"` video depends on timing (here sometimes all 16 s, sometimes 8 s),
 * and the seek bar shows it: the scene reports the whole video as buffered, so the bar is the
 * same in every run.
 */
async function videoSettled() {
  const video = $(course, 'video.main');
  await waitFor(() => video.readyState >= 1 && video.networkState !== HTMLMediaElement.NETWORK_LOADING, 'the video');
  const whole = { length: 1, start: () => 0, end: () => video.duration };
  Object.defineProperty(video, 'buffered', { get: () => whole });
  if (video.poster) {
    const poster = new Image();
    poster.src = video.poster;
    await poster.decode();
  }
  // The media controller reads the buffered range on media events: let it read it again.
  video.dispatchEvent(new Event('progress'));
  await course.updateComplete;
}

/** Sets a form control's value and fires the event a person's input would. */
function enter(host, selector, value, type = 'input') {
  const control = $(host, selector);
  control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true }));
}

/** Shows only `host`, at the top of the page, so that one viewport holds all of it. */
function only(host) {
  for (const el of document.querySelector('main').children) el.hidden = el !== host;
}

/** How to reach each state from the one before it, and the element to photograph. */
const states = {
  async 'course-lesson'() {
    only(course);
    await settle(course, '.lesson-item');
    await videoSettled();
    await settle(course, '.control.play');
    return course;
  },
  async 'course-settings'() {
    // Opened with the keyboard (the runner presses Enter): focus lands on the chosen speed.
    await waitFor(() => $(course, '.menu [role="menuitemradio"]'), 'the settings menu');
    await waitFor(() => course.shadowRoot.activeElement?.getAttribute('role') === 'menuitemradio', 'menu focus');
    await settle(course, '.menu');
    // The menu opens over the player: its picture is the state (the rest is the lesson's, above).
    return $(course, '[part="player"]');
  },
  async 'booking-date-time'() {
    only(booking);
    await settle(booking, '[data-day="2026-12-03"]');
    $(booking, '[data-day="2026-12-03"]').click();
    await settle(booking, '.slot');
    return booking;
  },
  async 'booking-details-errors'() {
    $(booking, '.slot').click();
    await settle(booking, '#name');
    button(booking, '다음: 예약 내용 확인').click();
    await settle(booking, '.field-error');
    return booking;
  },
  async 'booking-confirmation'() {
    enter(booking, '#name', '김하늘');
    enter(booking, '#schoolLevel', 'high', 'change');
    await booking.updateComplete;
    enter(booking, '#grade', '2', 'change');
    enter(booking, '#phone', '010-1234-5678');
    $(booking, '#consent').click();
    await booking.updateComplete;
    button(booking, '다음: 예약 내용 확인').click();
    await settle(booking, 'dl');
    // The booking id (and so its code) is the next random id drawn.
    seed = 15;
    button(booking, '예약 확정').click();
    await settle(booking, '.booking-code');
    return booking;
  },
  async 'progress-learner'() {
    only(progress);
    await settle(progress, '[part="bar"]');
    return progress;
  },
  async 'progress-cohort'() {
    only(cohort);
    await settle(cohort, '[part="cohort"] tbody tr');
    return cohort;
  },
};

window.visual = {
  states: Object.keys(states),
  /** Reaches `state` and returns the element to photograph. */
  reach: (state) => states[state](),
  /** For the runner's key presses: focuses the course's settings button. */
  focusSettings: () => $(course, '.settings-button').focus(),
};
document.documentElement.dataset.ready = 'true';
