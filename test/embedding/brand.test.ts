import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { DemoDataSource } from '../../src/data/demo-data-source.js';

const source = () => new DemoDataSource({ storage: 'memory', now: () => new Date('2026-12-01T00:00:00Z') });

/** Each content element, as a host page writes it with `show-brand`. */
const ELEMENTS = {
  course: (region: string) =>
    html`<seoul-learn-course
      course-id="elem-math-fractions"
      region=${region}
      show-brand
      .dataSource=${source()}
    ></seoul-learn-course>`,
  progress: (region: string) =>
    html`<seoul-learn-progress
      region=${region}
      learner-id="demo-learner"
      show-brand
      .dataSource=${source()}
    ></seoul-learn-progress>`,
  booking: (region: string) =>
    html`<seoul-learn-booking
      region=${region}
      learner-id="demo-learner"
      show-brand
      .dataSource=${source()}
    ></seoul-learn-booking>`,
} as const;

describe('the brand strip inside each element', () => {
  for (const [name, render] of Object.entries(ELEMENTS)) {
    it(`shows the programme name and mark in <seoul-learn-${name} show-brand>, and nothing without it`, async () => {
      const el = await fixture<HTMLElement>(render('taebaek'));
      await waitUntil(() => el.shadowRoot!.querySelector('[part="brand"]'), 'the strip loads with its module');
      const strip = el.shadowRoot!.querySelector<HTMLElement>('[part="brand"]')!;
      expect(strip.textContent).to.contain('태백런');
      // Its styles arrive with it: the mark is drawn, not plain text.
      await waitUntil(() => getComputedStyle(strip).display === 'flex', 'brand styles adopted');
      await expect(el).to.be.accessible();
      // Another region adopts another theme sheet; the strip's own styles stay.
      el.setAttribute('region', 'gimpo');
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(getComputedStyle(strip).display, 'brand styles kept across a theme change').to.equal('flex');
      el.removeAttribute('show-brand');
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="brand"]'), 'gone without show-brand');
    });
  }
});
