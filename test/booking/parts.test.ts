import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineOnce } from '../../src/core/define.js';
import type { LazyModule } from '../../src/booking/step-templates.js';
import type { DataSource } from '../../src/data/types.js';
import {
  PinnedBooking,
  bookMentoring,
  button,
  day,
  focused,
  heading,
  memorySource,
  root,
  settle,
  spySource,
} from './helpers.js';

/** How the steps' content loads in the next elements: held until released, or failing a number of times. */
const parts = { calls: 0, failures: 0, held: Promise.resolve() };

/** A booking whose content (the lazily loaded parts) loads as `parts` says, like a slow or broken network. */
class PartsBooking extends PinnedBooking {
  protected override async loadParts(): Promise<LazyModule> {
    parts.calls += 1;
    await parts.held;
    if (parts.failures > 0) {
      parts.failures -= 1;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return super.loadParts();
  }
}
defineOnce('parts-booking', PartsBooking);

async function renderParts(
  source: DataSource,
  { kind = '', consultantId = '', view = 'book' } = {},
): Promise<PartsBooking> {
  const el = await fixture<PartsBooking>(
    html`<parts-booking
      .dataSource=${source}
      kind=${kind}
      consultant-id=${consultantId}
      view=${view}
      locale="ko"
      region="seoul"
    ></parts-booking>`,
  );
  await settle(el);
  return el;
}

const error = (el: Element) => root(el).querySelector('[part="error"]');
const choices = (el: Element) => root(el).querySelectorAll('[part="choice"]');

describe('<seoul-learn-booking> content loaded with the first data', () => {
  beforeEach(() => {
    parts.calls = 0;
    parts.failures = 0;
    parts.held = Promise.resolve();
  });

  it('starts loading the content with the first data, and shows it once both are here, under the same heading', async () => {
    let release!: () => void;
    parts.held = new Promise<void>((resolve) => (release = resolve));
    const inner = memorySource();
    let answered!: () => void;
    const kindsAnswered = new Promise<void>((resolve) => (answered = resolve));
    const source: DataSource = Object.assign(Object.create(inner) as DataSource, {
      listConsultationKinds: async (options?: { signal?: AbortSignal }) => {
        const kinds = await inner.listConsultationKinds(options);
        answered();
        return kinds;
      },
    });
    const el = await fixture<PartsBooking>(
      html`<parts-booking .dataSource=${source} locale="ko" region="seoul"></parts-booking>`,
    );
    expect(parts.calls, 'the content is asked for as the element connects').to.equal(1);
    await kindsAnswered;
    await el.updateComplete;
    expect(heading(el)).to.equal('어떤 상담을 받고 싶나요?');
    expect(root(el).querySelector('[aria-busy="true"]'), 'a skeleton while the content loads').to.not.equal(null);
    expect(choices(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    const title = root(el).querySelector<HTMLElement>('.title')!;
    title.focus();

    release();
    await settle(el);
    expect(choices(el)).to.have.length(3);
    expect(focused(el), 'the heading stayed, and focus with it').to.equal(title);
    expect(parts.calls).to.equal(1);
  });

  it('shows the failure with a retry when the content cannot be loaded, and recovers', async () => {
    parts.failures = 1;
    const el = await renderParts(memorySource());
    expect(heading(el)).to.equal('어떤 상담을 받고 싶나요?');
    expect(error(el)!.getAttribute('role')).to.equal('alert');
    expect(error(el)!.textContent).to.contain('정보를 불러오지 못했습니다');
    expect(choices(el)).to.have.length(0);
    await expect(el).to.be.accessible();

    button(el, '다시 시도').focus();
    button(el, '다시 시도').click();
    await settle(el);
    expect(parts.calls).to.equal(2);
    expect(error(el)).to.equal(null);
    expect(choices(el)).to.have.length(3);
    expect(focused(el)?.classList.contains('title'), 'focus moved to the heading as the button went').to.equal(true);
    await expect(el).to.be.accessible();

    button(el, /^멘토링/).click();
    await settle(el);
    expect(heading(el)).to.equal('상담자를 고르세요');
  });

  it('asks again for both the content and the data with one retry when both failed', async () => {
    parts.failures = 1;
    const spy = spySource();
    spy.failNext('listConsultationKinds');
    const el = await renderParts(spy.source);
    expect(root(el).querySelectorAll('[part="error"]')).to.have.length(1);

    button(el, '다시 시도').click();
    await settle(el);
    expect(parts.calls).to.equal(2);
    expect(spy.calls('listConsultationKinds')).to.have.length(2);
    expect(error(el)).to.equal(null);
    expect(choices(el)).to.have.length(3);
  });

  it('retries the content on the date step when kind and consultant-id skip to it', async () => {
    parts.failures = 1;
    const el = await renderParts(memorySource(), { kind: 'admissions', consultantId: 'lee-junho' });
    // The failed code shows its error at once; the consultants may arrive after it, then the flow
    // skips to the date step.
    await waitUntil(() => heading(el) === '날짜와 시간을 고르세요', 'the date step', { timeout: 4000 });
    expect(error(el)).to.not.equal(null);
    expect(root(el).querySelector('[data-day]')).to.equal(null);
    expect(button(el, '이전').closest('.actions'), 'the step keeps its way back').to.not.equal(null);
    await expect(el).to.be.accessible();

    button(el, '다시 시도').click();
    await settle(el);
    expect(error(el)).to.equal(null);
    expect(root(el).querySelectorAll('[data-day]').length, 'the month').to.be.at.least(28);
    expect(day(el, '2026-12-01')).to.not.equal(null);
  });

  it('retries the content of "my bookings"', async () => {
    const source = memorySource();
    await bookMentoring(source);
    parts.failures = 1;
    const el = await renderParts(source, { view: 'mine' });
    expect(heading(el)).to.equal('내 예약');
    expect(error(el)).to.not.equal(null);
    await expect(el).to.be.accessible();

    button(el, '다시 시도').click();
    await settle(el);
    expect(error(el)).to.equal(null);
    expect(root(el).querySelectorAll('[part="booking"]')).to.have.length(1);
  });
});
