import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup, CSSResultOrNative } from 'lit';
import { brandStyles } from '../../src/core/brand.js';
import { baseStyles } from '../../src/core/base-element.js';
import { SeoulLearnBooking } from '../../src/booking/booking.js';
import { SeoulLearnCourse } from '../../src/course/course.js';
import { SeoulLearnProgress } from '../../src/progress/progress.js';
import { cohortStyles } from '../../src/progress/cohort/cohort.styles.js';
import { lazyStyles } from '../../src/booking/lazy.styles.js';
import { helpStyles } from '../../src/course/help.js';
import { viewStyles } from '../../src/course/course-view.js';
import { detailStyles } from '../../src/course/course-details.js';
import { menuStyles } from '../../src/course/settings-menu.js';
import { externalStyles } from '../../src/course/external.js';
import { learnerStyles } from '../../src/progress/progress.learner.styles.js';
import { sharedViewStyles } from '../../src/progress/progress.view.styles.js';
import { SeoulLearnProvider } from '../../src/provider/provider.js';
import { CONTRAST_MODES, REGIONS, themeTokens, type TokenName } from '../../src/themes/index.js';
import { computedToken, type SettingsProbe } from '../helpers/probe-element.js';

/**
 * The component tier of the tokens (base → semantic → component), checked the way Material Web
 * checks its private tokens: each element's styles read the theme through private aliases
 * (`--_x: var(--seoul-learn-…)`) declared in those same styles, and never repeat a token's value.
 */

/** Token names every theme defines, in every region and contrast mode. */
const TOKENS: ReadonlySet<string> = new Set(
  REGIONS.flatMap((region) => CONTRAST_MODES.map((mode) => Object.keys(themeTokens(region, mode)))).reduce(
    (common, names) => common.filter((name) => names.includes(name)),
  ),
);

/**
 * Public knobs that are not theme tokens: a host may set them on any ancestor, which a token on
 * the element's own `:host` would override. Besides these, each element may read
 * `--seoul-learn-<element>-…` knobs. Every knob needs a default, as the second argument of `var()`.
 */
const GLOBAL_KNOBS: ReadonlySet<string> = new Set([
  '--seoul-learn-font-size-base',
  // The brand strip's colours (src/core/brand.ts), defaulting to the region's primary pair.
  '--seoul-learn-brand-mark',
  '--seoul-learn-brand-on-mark',
  '--seoul-learn-brand-surface',
  '--seoul-learn-brand-on-surface',
]);

const HEX = /#[0-9a-f]{3,8}\b/i;

/** The CSS text of a style group as an element adopts it, without comments. */
function cssTextOf(styles: CSSResultGroup): string {
  const text = (group: CSSResultGroup | CSSResultOrNative): string =>
    Array.isArray(group)
      ? group.map(text).join('\n')
      : group instanceof CSSStyleSheet
        ? Array.from(group.cssRules, (rule) => rule.cssText).join('\n')
        : (group as CSSResult).cssText;
  return text(styles).replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Every declaration, `name: value`, of the innermost blocks (style rules, also those in @media). */
function declarationsOf(css: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const [, body] of css.matchAll(/\{([^{}]*)\}/g)) {
    for (const declaration of body!.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      out.push({ name: declaration.slice(0, colon).trim(), value: declaration.slice(colon + 1).trim() });
    }
  }
  return out;
}

/** Every `var()` in a value: the property it reads and its fallback, if it has one. */
function varsOf(value: string): { name: string; fallback?: string }[] {
  const out: { name: string; fallback?: string }[] = [];
  for (const match of value.matchAll(/var\(\s*(--[\w-]+)\s*(,?)/g)) {
    const name = match[1]!;
    if (!match[2]) {
      out.push({ name });
      continue;
    }
    const start = match.index + match[0].length;
    let depth = 1;
    let end = start;
    for (; end < value.length && depth > 0; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')') depth--;
    }
    out.push({ name, fallback: value.slice(start, end - 1).trim() });
  }
  return out;
}

/**
 * Everything wrong with one element's styles, as readable lines; empty when the element keeps
 * to the component token tier.
 * @param element - The element's name, `course` for `<seoul-learn-course>`: its own knobs are
 *   `--seoul-learn-course-…`.
 * @param styles - The styles the element adopts.
 */
function tokenTierProblems(element: string, styles: CSSResultGroup): string[] {
  const problems: string[] = [];
  const declarations = declarationsOf(cssTextOf(styles));
  const defined = new Set(declarations.filter((d) => d.name.startsWith('--_')).map((d) => d.name));
  const used = new Set<string>();
  for (const { name, value } of declarations) {
    if (HEX.test(value)) problems.push(`${element}: hex colour in ${name}: ${value}`);
    if (name.startsWith('--seoul-learn-')) problems.push(`${element}: sets the public property ${name}`);
    for (const ref of varsOf(value)) {
      if (ref.name.startsWith('--_')) {
        used.add(ref.name);
      } else if (TOKENS.has(ref.name)) {
        if (ref.fallback !== undefined) {
          problems.push(`${element}: var(${ref.name}, ${ref.fallback}) repeats a token's value as a fallback`);
        }
      } else if (GLOBAL_KNOBS.has(ref.name) || ref.name.startsWith(`--seoul-learn-${element}-`)) {
        if (ref.fallback === undefined) problems.push(`${element}: knob ${ref.name} has no default`);
      } else {
        problems.push(`${element}: ${ref.name} names no token the theme defines`);
      }
    }
  }
  for (const name of used) if (!defined.has(name)) problems.push(`${element}: ${name} is used but never defined`);
  for (const name of defined) if (!used.has(name)) problems.push(`${element}: ${name} is defined but never used`);
  return problems;
}

const ELEMENTS: [string, CSSResultGroup | undefined][] = [
  ['provider', SeoulLearnProvider.styles],
  // The dashboard's own styles and those its views bring when they load.
  ['progress', [SeoulLearnProgress.styles!, sharedViewStyles, learnerStyles, cohortStyles]],
  // The booking's own styles and those its later steps bring when they load.
  ['booking', [SeoulLearnBooking.styles!, lazyStyles]],
  // The course's own styles and its lazily loaded parts' (the loaded course's view, shortcut help,
  // the details that come after the player, settings menu, link-out card).
  ['course', [SeoulLearnCourse.styles!, viewStyles, detailStyles, helpStyles, menuStyles, externalStyles]],
];

describe('component token tier', () => {
  for (const [element, styles] of ELEMENTS) {
    it(`<seoul-learn-${element}> reads the theme through its own aliases and copies no token value`, () => {
      expect(styles).to.exist;
      const problems = tokenTierProblems(element, styles!);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('baseStyles, which every element starts from, keeps to it too', () => {
    const problems = tokenTierProblems('base', baseStyles);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('brandStyles, which elements add for show-brand, keeps to it too', () => {
    const problems = tokenTierProblems('brand', brandStyles);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('knows the tokens the theme defines', () => {
    expect(TOKENS).to.include('--seoul-learn-color-primary');
    expect(TOKENS).to.include('--seoul-learn-color-focus');
    expect(TOKENS).not.to.include('--seoul-learn-font-size-base');
  });

  describe('the checker can fail', () => {
    const check = (css: string) => tokenTierProblems('course', { cssText: css } as unknown as CSSResultGroup);

    it('on a private alias used but never defined', () => {
      expect(
        check(':host { --_a: var(--seoul-learn-color-primary); } p { color: var(--_a); border-color: var(--_b); }'),
      ).to.deep.equal(['course: --_b is used but never defined']);
    });

    it('on a private alias defined but never used', () => {
      expect(check(':host { --_a: var(--seoul-learn-color-primary); }')).to.deep.equal([
        'course: --_a is defined but never used',
      ]);
    });

    it('on a public property that names no token', () => {
      expect(check('p { color: var(--seoul-learn-color-primay); }')).to.deep.equal([
        'course: --seoul-learn-color-primay names no token the theme defines',
      ]);
      expect(check('p { width: var(--seoul-learn-booking-day-size, 44px); }')).to.deep.equal([
        'course: --seoul-learn-booking-day-size names no token the theme defines',
      ]);
      expect(check('p { width: var(--seoul-learn-course-rail); }')).to.deep.equal([
        'course: knob --seoul-learn-course-rail has no default',
      ]);
    });

    it('on a hex colour, a copied token value or a public property set', () => {
      expect(check('@media (min-width: 1px) { p { color: #fff; } }')).to.deep.equal([
        'course: hex colour in color: #fff',
      ]);
      expect(check('p { outline: 2px solid var(--seoul-learn-color-focus, #256EF4); }')).to.deep.equal([
        'course: hex colour in outline: 2px solid var(--seoul-learn-color-focus, #256EF4)',
        "course: var(--seoul-learn-color-focus, #256EF4) repeats a token's value as a fallback",
      ]);
      expect(check('p { margin: var(--seoul-learn-space-2, 8px); }')).to.deep.equal([
        "course: var(--seoul-learn-space-2, 8px) repeats a token's value as a fallback",
      ]);
      expect(check(':host { --seoul-learn-color-primary: red; }')).to.deep.equal([
        'course: sets the public property --seoul-learn-color-primary',
      ]);
    });

    it('and passes what is allowed', () => {
      const css = `
        :host { --_bar: var(--seoul-learn-course-bar, var(--seoul-learn-color-primary)); --_w: var(--seoul-learn-course-w, 320px); }
        /* a comment with #fff */
        p { color: var(--_bar); width: var(--_w); font-size: var(--seoul-learn-font-size-base, 16px); }`;
      expect(check(css)).to.deep.equal([]);
    });
  });
});

describe('an element without a provider', () => {
  it('still reads every token it uses from its own theme sheet', async () => {
    for (const region of REGIONS) {
      const el = await fixture<SettingsProbe>(
        html`<sl-settings-probe region=${region} contrast="high"></sl-settings-probe>`,
      );
      await el.updateComplete;
      const tokens = themeTokens(region, 'high');
      const probe = document.createElement('span');
      for (const name of ['--seoul-learn-color-on-surface', '--seoul-learn-color-focus'] as TokenName[]) {
        expect(computedToken(el, name), `${region} ${name}`).to.equal(tokens[name].toLowerCase());
      }
      probe.style.color = tokens['--seoul-learn-color-on-surface'];
      document.body.append(probe);
      expect(getComputedStyle(el).color, region).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(el).lineHeight).not.to.equal('normal');
      probe.remove();
    }
  });
});
