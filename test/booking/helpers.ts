import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { defineOnce } from '../../src/core/define.js';
import { SeoulLearnBooking } from '../../src/booking/booking.js';
import '../../src/booking/booking.define.js';
import '../../src/provider/provider.define.js';
import { DemoDataSource } from '../../src/data/demo-data-source.js';
import type { Applicant, Booking, DataSource } from '../../src/data/types.js';
import { NetworkError } from '../../src/data/errors.js';
export { captureWarnings } from '../helpers/warnings.js';

/** Tuesday 1 December 2026, 09:00 KST: the demo window runs to 28 December, with Christmas in it. */
export const NOW = new Date('2026-12-01T00:00:00Z');

/** The booking element with its clock pinned to `NOW`, so that the calendar is the same every run. */
export class PinnedBooking extends SeoulLearnBooking {
  protected override now(): Date {
    return NOW;
  }
}
defineOnce('pinned-booking', PinnedBooking);

declare global {
  interface HTMLElementTagNameMap {
    'pinned-booking': PinnedBooking;
  }
}

export const memorySource = (): DemoDataSource => new DemoDataSource({ storage: 'memory', now: () => NOW });

export interface Options {
  source?: DataSource;
  kind?: string;
  consultantId?: string;
  locale?: string;
  region?: string;
  view?: string;
  /** `lead-time-hours`; unset or null: none, the kind's own lead time applies. */
  lead?: number | null;
  headingLevel?: string;
}

export async function renderBooking(options: Options = {}): Promise<PinnedBooking> {
  const el = await fixture<PinnedBooking>(
    html`<pinned-booking
      .dataSource=${options.source ?? memorySource()}
      kind=${options.kind ?? ''}
      consultant-id=${options.consultantId ?? ''}
      locale=${options.locale ?? 'ko'}
      region=${options.region ?? 'seoul'}
      view=${options.view ?? 'book'}
      lead-time-hours=${options.lead ?? nothing}
      heading-level=${options.headingLevel ?? nothing}
    ></pinned-booking>`,
  );
  await settle(el);
  return el;
}

/** Waits until the element has no data request in flight and has rendered. */
export async function settle(el: SeoulLearnBooking): Promise<void> {
  await el.updateComplete;
  // Loading shows aria-busy; sending disables the button that sent.
  await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"], button[disabled]'), 'still loading', {
    timeout: 4000,
  });
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The text of the focused heading or control inside the element. */
export const focused = (el: Element): HTMLElement | null => root(el).activeElement as HTMLElement | null;

export const heading = (el: Element): string => root(el).querySelector('.title')!.textContent!.trim();

/** A button by its visible text or accessible name (aria-label), as a person would find it. */
export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const all = [...root(el).querySelectorAll('button')];
  const found = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found)
    throw new Error(
      `no button named ${name}; have: ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim()).join(' | ')}`,
    );
  return found;
}

export const day = (el: Element, key: string): HTMLButtonElement =>
  root(el).querySelector<HTMLButtonElement>(`[data-day="${key}"]`)!;

/** Clicks through to the date step: kind by title, consultant by name (or any). */
export async function toDate(
  el: SeoulLearnBooking,
  kind: RegExp,
  consultant: RegExp = /상관없음|Any available/,
): Promise<void> {
  button(el, kind).click();
  await settle(el);
  button(el, consultant).click();
  await settle(el);
}

/** From the date step, opens a day and picks the first time offered. */
export async function pickFirstSlot(el: SeoulLearnBooking, dayKey: string): Promise<void> {
  day(el, dayKey).click();
  await settle(el);
  root(el).querySelector<HTMLButtonElement>('.slot')!.click();
  await settle(el);
}

/** Fills the applicant form through its controls' events, as typing would. */
export async function fillForm(
  el: SeoulLearnBooking,
  values: { name?: string; phone?: string; consent?: boolean } = {},
): Promise<void> {
  const r = root(el);
  const set = (selector: string, value: string, type = 'input') => {
    const input = r.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event(type, { bubbles: true }));
  };
  set('#name', values.name ?? '홍길동');
  set('#schoolLevel', 'high', 'change');
  await el.updateComplete;
  set('#grade', '2', 'change');
  set('#phone', values.phone ?? '010-1234-5678');
  if (values.consent ?? true) r.querySelector<HTMLInputElement>('#consent')!.click();
  await el.updateComplete;
}

/**
 * A data source that records every call and can fail the next `n` calls of a method with a
 * network error, to test retries and failures mid-flow.
 */
export function spySource(inner: DataSource = memorySource()) {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const failures = new Map<string, number>();
  const source = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const method = String(prop);
        calls.push({ method, args });
        const left = failures.get(method) ?? 0;
        if (left > 0) {
          failures.set(method, left - 1);
          return Promise.reject(new NetworkError());
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    source,
    calls: (method: string) => calls.filter((call) => call.method === method),
    failNext: (method: keyof DataSource, times = 1) => failures.set(method, times),
  };
}

/** A control's accessible name as a screen reader builds it here: aria-label, else its text. */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const walk = (node: Node): string =>
    node instanceof Element
      ? node.getAttribute('aria-hidden') === 'true'
        ? ''
        : [...node.childNodes].map(walk).join('')
      : node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : '';
  return walk(el).replace(/\s+/g, ' ').trim();
}

/** An applicant whose details every test that books behind the element's back can share. */
export const OTHER_APPLICANT: Applicant = {
  name: '홍길동',
  schoolLevel: 'high',
  grade: 1,
  phone: '010-1234-5678',
  guardianAttending: false,
  consent: true,
};

/**
 * Books the first mentoring slot in `[from, to)` straight through the data source, as another
 * page, tab or learner would. Defaults: 3 December 2026 (KST), the demo learner, `key-<slot id>`.
 */
export async function bookMentoring(
  source: DataSource,
  options: { from?: string; to?: string; learnerId?: string; idempotencyKey?: string; applicant?: Applicant } = {},
): Promise<Booking> {
  const from = options.from ?? '2026-12-03T00:00:00Z';
  const to = options.to ?? '2026-12-04T00:00:00Z';
  const slot = (await source.listSlots({ kind: 'mentoring', from, to }))[0]!;
  return source.createBooking({
    slotId: slot.id,
    learnerId: options.learnerId ?? 'demo-learner',
    applicant: options.applicant ?? OTHER_APPLICANT,
    idempotencyKey: options.idempotencyKey ?? `key-${slot.id}`,
  });
}
