import { aTimeout } from '@open-wc/testing';

/** Where the test run serves the CDN build (see scripts/wtr-embedding.mjs). */
export const CDN_MODULE = '/node_modules/.cache/seoul-learn-embedding/cdn/seoul-learn.js';
/** A second, separately bundled copy of the library (Lit included). */
export const SECOND_COPY = '/node_modules/.cache/seoul-learn-embedding/second/seoul-learn.js';

/** Polls `check` until it returns something truthy, or fails naming `what` after `ms`. */
export async function eventually<T>(check: () => T | undefined | null | false, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    let last: unknown;
    try {
      const value = check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await aTimeout(50);
  }
}

const frames: HTMLIFrameElement[] = [];

/** Tuesday 2026-12-01 09:00 KST: the pages' clock (see pages/pin-clock.js), so their calendar is the same on any day. */
export const PAGE_NOW = '2026-12-01T00:00:00.000Z';

/** Opens one of the pages in ./pages in a visible iframe of a desktop size (the page's own origin), its clock at `PAGE_NOW`. */
export async function openPage(name: string, width = 1024, height = 1400): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const url = new URL(`./pages/${name}`, import.meta.url);
  url.searchParams.set('now', PAGE_NOW);
  frame.src = url.href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** Removes every frame `openPage` opened. */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export const doc = (frame: HTMLIFrameElement): Document => frame.contentDocument!;

/** The element `selector` in the frame's page, once it is defined and has rendered. */
export async function element(frame: HTMLIFrameElement, selector: string): Promise<HTMLElement> {
  const el = await eventually(() => doc(frame).querySelector<HTMLElement>(selector), selector);
  await eventually(() => el.shadowRoot && frame.contentWindow!.customElements.get(el.localName), `${selector} defined`);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** `selector` inside `el`'s shadow root, once it is there. */
export const inShadow = <E extends Element = HTMLElement>(el: Element, selector: string, ms = 10_000): Promise<E> =>
  eventually(() => el.shadowRoot!.querySelector<E>(selector), `${selector} in <${el.localName}>`, ms);

export const allInShadow = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A button in `el`'s shadow root by its accessible name (aria-label, else its text). */
export function button(el: Element, name: RegExp): HTMLButtonElement | undefined {
  return allInShadow<HTMLButtonElement>(el, 'button').find((b) => name.test(b.getAttribute('aria-label') ?? text(b)));
}

/** Clicks the button named `name` once it is there and enabled. */
export async function click(el: Element, name: RegExp): Promise<void> {
  const found = await eventually(() => {
    const b = button(el, name);
    return b && !b.disabled && b.getAttribute('aria-disabled') !== 'true' ? b : undefined;
  }, `a button named ${name} in <${el.localName}>`);
  found.click();
}

/** Sets a form control's value as typing or choosing would, with the event the element listens to. */
export function setValue(control: HTMLInputElement | HTMLSelectElement, value: string, type = 'input'): void {
  control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true }));
}

/** What the course, progress and booking elements show once their demo data has loaded. */
export async function rendered(frame: HTMLIFrameElement): Promise<{
  course: HTMLElement;
  progress: HTMLElement;
  booking: HTMLElement;
}> {
  const course = await element(frame, 'seoul-learn-course');
  const progress = await element(frame, 'seoul-learn-progress');
  const booking = await element(frame, 'seoul-learn-booking');
  await inShadow(course, '.lesson-item');
  await inShadow(course, 'video');
  await inShadow(progress, '[part="bar"]');
  await eventually(() => allInShadow(booking, '.choice').length >= 3, 'the booking kinds');
  return { course, progress, booking };
}

/** The booking flow from the kind step to the confirmation, through the element's own controls. */
export async function bookThroughTheUi(booking: HTMLElement): Promise<string> {
  await click(booking, /^멘토링/);
  await click(booking, /^상관없음/);
  // The first free day of the month the calendar opens on (the pinned clock's). Only a month
  // that has finished loading and says it has no free day is a reason to go on to the next.
  const day = await eventually(() => {
    const free = booking.shadowRoot!.querySelector<HTMLButtonElement>('[data-day].free');
    if (free) return free;
    if (booking.shadowRoot!.querySelector('.empty[role="status"]')) button(booking, /^다음 달$/)?.click();
    return undefined;
  }, 'a day with free times');
  day.click();
  (await inShadow<HTMLButtonElement>(booking, '.slot')).click();

  const name = await inShadow<HTMLInputElement>(booking, '#name');
  setValue(name, '홍길동');
  setValue(await inShadow<HTMLSelectElement>(booking, '#schoolLevel'), 'high', 'change');
  const grade = await eventually(
    () => booking.shadowRoot!.querySelector<HTMLSelectElement>('#grade:not([disabled])'),
    'the grade choice',
  );
  setValue(grade, '2', 'change');
  setValue(await inShadow<HTMLInputElement>(booking, '#phone'), '010-1234-5678');
  (await inShadow<HTMLInputElement>(booking, '#consent')).click();
  await click(booking, /^다음: 예약 내용 확인$/);

  await eventually(() => text(booking.shadowRoot!.querySelector('dl')).includes('홍길동'), 'the review');
  await click(booking, /^예약 확정$/);
  await eventually(
    () => text(booking.shadowRoot!.querySelector('.title')) === '예약이 확정되었습니다',
    'the confirmation',
  );
  return text(await inShadow(booking, '.booking-code'));
}
