import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/provider/provider.define.js';
import '../../src/booking/booking.define.js';
import '../../src/course/course.define.js';
import type { SeoulLearnBooking } from '../../src/booking/booking.js';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import type { XapiDetail } from '../../src/course/course.types.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import { fixedClock, systemClock } from '../../src/data/clock.js';
import { defaultDataSource } from '../../src/data/demo-data-source.js';
import { randomHexId, randomUuid } from '../../src/data/ids.js';
import { $, collect, recording, videoReady } from '../course/helpers.js';
import { type SettingsProbe } from '../helpers/probe-element.js';
import '../helpers/probe-element.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Plays the open lesson for more than `seconds` through the play control, pauses it, and waits for the save. */
async function playThenPause(el: SeoulLearnCourse, source: { saves: unknown[] }, seconds: number): Promise<void> {
  const video = await videoReady(el);
  video.muted = true;
  // The demo learner stopped halfway through the lesson this course opens on: the player seeks
  // there once the metadata is in. Measured from before that seek, the resume itself would count
  // as playing, and the pause could come with nothing watched and nothing to save.
  const media = (el as unknown as { view: { media: { resuming: number } } }).view.media;
  await waitUntil(() => media.resuming === 0 && !video.seeking, 'the resume position reached', { timeout: 5000 });
  const from = video.currentTime;
  $<HTMLButtonElement>(el, '.control.play').click();
  await waitUntil(() => video.currentTime > from + seconds, 'playing', { timeout: 5000 });
  $<HTMLButtonElement>(el, '.control.play').click();
  await waitUntil(() => video.paused, 'paused by the control', { timeout: 2000 });
  // The save waits for the lesson account's code, a dynamic import that a busy dev server can
  // take seconds to serve; a failure says how far it got.
  await waitUntil(() => source.saves.length > 0, 'a progress save', { timeout: 8000 }).catch((error: Error) => {
    const account = (el as unknown as { view?: { lessons?: { account?: unknown } } }).view?.lessons?.account;
    throw new Error(
      `${error.message} (from ${from} s to ${video.currentTime} s, account loaded: ${account !== undefined})`,
    );
  });
}

/** The month the booking calendar shows, as its caption reads. */
async function shownMonth(el: SeoulLearnBooking): Promise<string> {
  const shadow = el.shadowRoot!;
  const pick = (text: RegExp) => [...shadow.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
  await waitUntil(() => pick(/입시컨설팅/), 'the kinds', { timeout: 5000 });
  pick(/입시컨설팅/)!.click();
  await waitUntil(() => pick(/상관없음/), 'the consultants', { timeout: 5000 });
  pick(/상관없음/)!.click();
  await waitUntil(() => shadow.querySelector('#month-caption'), 'the calendar', { timeout: 5000 });
  return shadow.querySelector('#month-caption')!.textContent!.trim();
}

describe('one injectable clock', () => {
  it('a provider hands its clock to the elements inside; an element’s own clock wins', async () => {
    const december = fixedClock('2026-12-01T00:00:00Z');
    const march = fixedClock('2027-03-02T00:00:00Z');
    const provider = await fixture<SeoulLearnProvider>(
      html`<seoul-learn-provider .clock=${december}
        ><sl-settings-probe></sl-settings-probe><sl-settings-probe .clock=${march}></sl-settings-probe
      ></seoul-learn-provider>`,
    );
    const [inherits, own] = [...provider.querySelectorAll<SettingsProbe>('sl-settings-probe')];
    await inherits!.updateComplete;
    expect(inherits!.resolved.clock().toISOString()).to.equal('2026-12-01T00:00:00.000Z');
    expect(own!.resolved.clock().toISOString()).to.equal('2027-03-02T00:00:00.000Z');
    const alone = await fixture<SettingsProbe>(html`<sl-settings-probe></sl-settings-probe>`);
    expect(alone.resolved.clock).to.equal(systemClock);
  });

  it('the built-in demo data follows the clock, so one property pins a whole page', async () => {
    const december = fixedClock('2026-12-01T00:00:00Z');
    const march = fixedClock('2027-03-02T00:00:00Z');
    expect(defaultDataSource(december), 'one demo source per clock').to.equal(defaultDataSource(december));
    expect(defaultDataSource(december)).to.not.equal(defaultDataSource(march));
    expect(defaultDataSource()).to.equal(defaultDataSource(systemClock));

    const provider = await fixture<SeoulLearnProvider>(
      html`<seoul-learn-provider .clock=${december}><seoul-learn-booking></seoul-learn-booking></seoul-learn-provider>`,
    );
    const booking = provider.querySelector('seoul-learn-booking')!;
    expect(await shownMonth(booking)).to.equal('2026년 12월');
    await waitUntil(() => booking.shadowRoot!.querySelector('[data-day].free'), 'a free day in December 2026', {
      timeout: 5000,
    });
    const later = await fixture<SeoulLearnBooking>(html`<seoul-learn-booking .clock=${march}></seoul-learn-booking>`);
    expect(await shownMonth(later)).to.equal('2027년 3월');
    await waitUntil(() => later.shadowRoot!.querySelector('[data-day].free'), 'a free day in March 2027', {
      timeout: 5000,
    });
    await expect(later).to.be.accessible();
  });

  it('stamps progress and xAPI statements with the element’s clock', async () => {
    const source = recording();
    const at = '2026-12-01T00:00:00.000Z';
    const el = await fixture<SeoulLearnCourse>(
      html`<seoul-learn-course
        course-id="elem-math-fractions"
        .clock=${fixedClock(at)}
        .dataSource=${source}
      ></seoul-learn-course>`,
    );
    await videoReady(el);
    const statements = collect<XapiDetail>(document, 'seoul-learn-xapi');
    await playThenPause(el, source, 0.5);
    expect(source.saves.flat().map((update) => update.at)).to.include(at);
    expect(statements.length).to.be.at.least(2);
    for (const { statement } of statements) expect(statement.timestamp).to.equal(at);
  });
});

describe('ids outside secure contexts (no crypto.randomUUID)', () => {
  const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID');
  beforeEach(() => {
    // As on a plain-HTTP partner page, where the method does not exist.
    delete (Crypto.prototype as Partial<Crypto>).randomUUID;
  });
  afterEach(() => {
    if (original) Object.defineProperty(Crypto.prototype, 'randomUUID', original);
  });

  it('makes version 4 UUIDs and hex ids from getRandomValues', () => {
    expect('randomUUID' in crypto).to.equal(false);
    const ids = Array.from({ length: 200 }, randomUuid);
    for (const id of ids) expect(id).to.match(UUID);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(randomHexId()).to.match(/^[0-9a-f]{32}$/);
    expect(randomHexId(12)).to.match(/^[0-9a-f]{24}$/);
  });

  it('the player plays a real lesson and saves progress, with ids for every update and statement', async function () {
    this.timeout(30000);
    const source = recording();
    const el = await fixture<SeoulLearnCourse>(
      html`<seoul-learn-course course-id="elem-math-fractions" .dataSource=${source}></seoul-learn-course>`,
    );
    const statements = collect<XapiDetail>(document, 'seoul-learn-xapi');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await playThenPause(el, source, 1);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    const updates = source.saves.flat();
    expect(updates.length).to.be.at.least(1);
    for (const update of updates) expect(update.id).to.match(UUID);
    const saved = await source.getCourseProgress('demo-learner', 'elem-math-fractions');
    const record = saved.find((item) => item.lessonId === updates[0]!.lessonId)!;
    expect(record.positionSec).to.be.closeTo(updates.at(-1)!.positionSec, 0.01);
    expect(record.watchedSegments.length).to.be.at.least(1);
    expect(statements.map((s) => s.statement.verb.display['en-US'])).to.include.members(['initialized', 'played']);
    for (const { statement } of statements) expect(statement.id).to.match(UUID);
    await expect(el).to.be.accessible();
  });
});
