import '../helpers/readable-failures.js';
import { aTimeout, expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { CONTRASTS } from '../../src/core/settings.js';
import { LOCALES } from '../../src/core/i18n.js';
import { REGIONS } from '../../src/themes/index.js';
import { SHORTCUTS_MODES } from '../../src/course/course.types.js';
import { PROGRESS_VIEWS } from '../../src/progress/progress.types.js';
import { BOOKING_VIEWS } from '../../src/booking/booking.types.js';
import { CONSULTATION_KINDS } from '../../src/data/types.js';
import { DemoDataSource } from '../../src/data/demo-data-source.js';
import type { DataSource } from '../../src/data/types.js';
import type { SettingsProbe } from '../helpers/probe-element.js';
import '../helpers/probe-element.js';
import { eventually, text } from './helpers.js';

/**
 * Every enumerated attribute of every element, with a value it must refuse. Issue 7: "an
 * attribute with an invalid value on any element gives one console warning naming the valid
 * values, and the element falls back to its default".
 */
const SHARED = [
  { attribute: 'region', bad: 'busan', valid: REGIONS },
  { attribute: 'locale', bad: 'ja', valid: LOCALES },
  { attribute: 'contrast', bad: 'extreme', valid: CONTRASTS },
];
const OWN: Record<string, { attribute: string; bad: string; valid: readonly (string | number)[] }[]> = {
  'seoul-learn-provider': [],
  'seoul-learn-course': [
    { attribute: 'shortcuts', bad: 'sometimes', valid: SHORTCUTS_MODES },
    { attribute: 'heading-level', bad: '9', valid: [2, 3, 4, 5, 6] },
  ],
  'seoul-learn-progress': [
    { attribute: 'view', bad: 'teacher', valid: PROGRESS_VIEWS },
    { attribute: 'heading-level', bad: 'x', valid: [2, 3, 4, 5, 6] },
  ],
  'seoul-learn-booking': [
    { attribute: 'view', bad: 'calendar', valid: BOOKING_VIEWS },
    { attribute: 'kind', bad: 'tutoring', valid: CONSULTATION_KINDS },
    { attribute: 'heading-level', bad: '7', valid: [2, 3, 4, 5, 6] },
  ],
};

/** Theme tokens whose values tell the region and contrast mode apart. */
const TOKENS = ['--seoul-learn-color-primary', '--seoul-learn-color-surface', '--seoul-learn-color-on-surface'];

/** When an element has shown its demo data, and what of it to compare with a default twin. */
const SHOWN: Record<string, string> = {
  'seoul-learn-course': '.lesson-item',
  'seoul-learn-progress': '[part="bar"]',
  'seoul-learn-booking': '.choice',
};
const COMPARED: Record<string, string> = {
  'seoul-learn-course': '[part="outline"], .bar button',
  'seoul-learn-progress': '[part="overview"], [part="courses"]',
  'seoul-learn-booking': '.booking',
};

/** What an element needs besides the attribute under test. */
const BASE: Record<string, Record<string, string>> = { 'seoul-learn-course': { 'course-id': 'elem-math-fractions' } };

const source = () => new DemoDataSource({ storage: 'memory', now: () => new Date('2026-12-01T00:00:00Z') });

type Updating = LitElement & { dataSource?: DataSource };

const placed: Element[] = [];

/** Renders `tag` with `attributes`, lets it load and re-render, and returns what it shows and warns. */
async function render(tag: string, attributes: Record<string, string>) {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    const el = document.createElement(tag) as Updating;
    for (const [name, value] of Object.entries({ ...BASE[tag], ...attributes })) el.setAttribute(name, value);
    if (tag === 'seoul-learn-provider') el.append(document.createElement('sl-settings-probe'));
    else el.dataSource = source();
    placed.push(el);
    document.body.append(el);
    await el.updateComplete;
    if (SHOWN[tag]) await eventually(() => el.shadowRoot!.querySelector(SHOWN[tag]!), `<${tag}> to show its data`);
    // Re-rendering must not repeat the warning.
    for (let i = 0; i < 2; i++) {
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(20);
    }
    return { signature: signature(el), messages };
  } finally {
    console.warn = original;
  }
}

/** What a person would notice: the settings in force, the theme, the language and the content. */
function signature(el: Element) {
  if (el.localName === 'seoul-learn-provider') {
    const probe = el.querySelector<SettingsProbe>('sl-settings-probe')!;
    const { region, locale, contrast } = probe.resolved;
    const style = getComputedStyle(probe);
    return { region, locale, contrast, tokens: TOKENS.map((name) => style.getPropertyValue(name).trim()) };
  }
  const root = el.shadowRoot!;
  const style = getComputedStyle(root.firstElementChild ?? el);
  return {
    tokens: TOKENS.map((name) => style.getPropertyValue(name).trim()),
    langs: [...root.querySelectorAll('[lang]')].map((node) => node.getAttribute('lang')),
    headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((node) => node.localName),
    content: [...root.querySelectorAll(COMPARED[el.localName]!)].map((node) => text(node)),
  };
}

describe('bad input: an invalid value of any enumerated attribute', function () {
  this.timeout(20_000);
  afterEach(() => {
    for (const el of placed.splice(0)) el.remove();
  });

  for (const [tag, own] of Object.entries(OWN)) {
    for (const { attribute, bad, valid } of [...SHARED, ...own]) {
      it(`<${tag} ${attribute}="${bad}">: one warning naming ${valid.join(', ')}, and the default`, async () => {
        const twin = await render(tag, {});
        expect(twin.messages, 'the default renders without a warning').to.deep.equal([]);
        const { signature: shown, messages } = await render(tag, { [attribute]: bad });
        expect(messages, 'console warnings').to.have.length(1);
        expect(messages[0]).to.contain(`${attribute}="${bad}"`).and.contain(valid.join(', '));
        expect(shown, 'what it shows, against the same element with no such attribute').to.deep.equal(twin.signature);
      });
    }
  }
});
