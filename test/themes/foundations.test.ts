import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import {
  CONTRAST_PAIRS,
  REGIONS,
  SCHEMES,
  contrastRatio,
  themeCss,
  themeTokens,
  type Region,
  type Scheme,
  type ThemeTokens,
  type TokenName,
} from '../../src/themes/index.js';
import { KRDS_PALETTE, KRDS_TYPE } from '../../src/themes/generated/meta.js';
import { BASE } from '../../src/themes/generated/tokens.js';
import { computedToken } from '../helpers/probe-element.js';
import { baseStyles } from '../../src/core/base-element.js';
import '../helpers/probe-element.js';

const MINIMUM = { text: 4.5, ui: 3 } as const;
const KRDS_CSS = '/node_modules/krds-uiux/resources/css/token/krds_tokens.css';

/** `--krds-*` declarations of the kit's own CSS build, with `var()` chains followed. */
async function krdsCss(): Promise<Map<string, string>> {
  const response = await fetch(KRDS_CSS);
  expect(response.ok, `GET ${KRDS_CSS}`).to.equal(true);
  const raw = new Map<string, string>();
  for (const [, name, value] of (await response.text()).matchAll(/(--krds-[\w-]+):\s*([^;]+);/g)) {
    raw.set(name!, value!.trim());
  }
  const resolve = (value: string, depth = 0): string => {
    const ref = /^var\((--krds-[\w-]+)\)$/.exec(value);
    return ref && depth < 10 ? resolve(raw.get(ref[1]!) ?? value, depth + 1) : value;
  };
  return new Map([...raw].map(([k, v]) => [k, resolve(v)]));
}

/** KRDS rem (on its 62.5 % root, 1rem = 10px) as em of the browser's medium size (16px). */
const remToEm = (rem: string) => `${parseFloat(rem) * 0.625}em`;

function failures(tokens: ThemeTokens, label: string): string[] {
  return CONTRAST_PAIRS.flatMap(({ fg, bg, kind }) => {
    const ratio = contrastRatio(tokens[fg], tokens[bg]);
    return ratio < MINIMUM[kind] ? [`${label}: ${fg} ${tokens[fg]} on ${bg} ${tokens[bg]} ${ratio.toFixed(2)}:1`] : [];
  });
}

/** CIE Lab chroma, to tell a confident colour from a greyish one. */
function chroma(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return Math.hypot(500 * (x - y), 200 * (y - z));
}

describe('KRDS foundations', () => {
  it('the palette is the kit’s, value for value (checked against krds_tokens.css)', async () => {
    const krds = await krdsCss();
    const expected: Record<string, string> = {};
    for (const [name, value] of krds) {
      const m = /^--krds-color-light-(primary|secondary|gray|danger|warning|success|information|point)-(\d+)$/.exec(
        name,
      );
      if (m) expected[`${m[1]}-${m[2]}`] = value.toLowerCase();
    }
    expect(Object.keys(expected).length).to.be.above(80);
    expect({ ...KRDS_PALETTE }).to.deep.equal(expected);
  });

  it('the semantic colours reference KRDS light-mode roles', async () => {
    const krds = await krdsCss();
    const role = (name: string) => krds.get(`--krds-light-color-${name}`)!.toLowerCase();
    expect(BASE['--seoul-learn-color-on-surface']).to.equal(role('text-basic'));
    expect(BASE['--seoul-learn-color-on-surface-muted']).to.equal(role('text-subtle'));
    expect(BASE['--seoul-learn-color-surface']).to.equal(role('surface-white'));
    expect(BASE['--seoul-learn-color-surface-alt']).to.equal(role('surface-gray-subtler'));
    expect(BASE['--seoul-learn-color-danger']).to.equal(role('text-danger'));
    expect(BASE['--seoul-learn-color-success']).to.equal(role('text-success'));
    expect(BASE['--seoul-learn-color-link']).to.equal(role('text-primary'));
    expect(BASE['--seoul-learn-color-primary']).to.equal(krds.get('--krds-color-light-primary-50'));
  });

  it('the type scale is the kit’s pc scale, and its mobile scale under 768px', async () => {
    const krds = await krdsCss();
    const sizes = ['heading-xlarge', 'heading-large', 'heading-medium', 'heading-small', 'heading-xsmall'];
    const aliases = {
      xs: 'body-xsmall',
      sm: 'body-small',
      lg: 'body-large',
      xl: 'heading-medium',
      '2xl': 'heading-large',
    };
    for (const [ours, theirs] of Object.entries(aliases)) {
      const name = `--seoul-learn-font-size-${ours}` as TokenName;
      expect(BASE[name], name).to.equal(remToEm(krds.get(`--krds-pc-font-size-${theirs}`)!));
    }
    for (const size of [...sizes, 'body-large', 'body-medium', 'body-small', 'body-xsmall']) {
      const name = `--seoul-learn-font-size-${size}` as TokenName;
      if (name in BASE) expect(BASE[name], name).to.equal(remToEm(krds.get(`--krds-pc-font-size-${size}`)!));
      expect(KRDS_TYPE.pc[size], size).to.be.closeTo(parseFloat(krds.get(`--krds-pc-font-size-${size}`)!) * 10, 0.001);
      expect(KRDS_TYPE.mobile[size], size).to.be.closeTo(
        parseFloat(krds.get(`--krds-mobile-font-size-${size}`)!) * 10,
        0.001,
      );
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss('seoul', 'normal', ':host', 'light'));
    const media = [...sheet.cssRules].find((r): r is CSSMediaRule => r instanceof CSSMediaRule);
    expect(media?.conditionText).to.equal('(max-width: 767px)');
    const inner = (media!.cssRules[0] as CSSStyleRule).style;
    expect(inner.getPropertyValue('--seoul-learn-font-size-heading-large').trim()).to.equal(
      remToEm(krds.get('--krds-mobile-font-size-heading-large')!),
    );
  });
});

describe('token depth', () => {
  const DEPTH = [
    '--seoul-learn-font-weight-heading',
    '--seoul-learn-line-height-heading',
    '--seoul-learn-radius-control',
    '--seoul-learn-radius-card',
    '--seoul-learn-density-control-height',
    '--seoul-learn-density-control-padding',
    '--seoul-learn-density-card-padding',
    '--seoul-learn-elevation-card',
    '--seoul-learn-elevation-overlay',
    '--seoul-learn-motion-duration-fast',
    '--seoul-learn-motion-duration-normal',
    '--seoul-learn-motion-easing-standard',
    '--seoul-learn-brand-mark-radius',
  ] as const;

  it('has typography, radius, density, elevation, motion and brand tokens', () => {
    for (const name of DEPTH) expect(BASE, name).to.have.property(name);
    expect(parseFloat(BASE['--seoul-learn-density-control-height'])).to.be.at.least(44);
  });

  it('makes the six regions differ in shape, density or type, not just colour', () => {
    const shape = [
      '--seoul-learn-radius-control',
      '--seoul-learn-radius-card',
      '--seoul-learn-density-control-height',
      '--seoul-learn-font-weight-heading',
      '--seoul-learn-elevation-card',
      '--seoul-learn-brand-mark-radius',
    ] as const;
    for (let i = 0; i < REGIONS.length; i++) {
      for (let j = i + 1; j < REGIONS.length; j++) {
        const [a, b] = [themeTokens(REGIONS[i]!, 'normal'), themeTokens(REGIONS[j]!, 'normal')];
        const differing = shape.filter((name) => a[name] !== b[name]);
        expect(differing.length, `${REGIONS[i]} vs ${REGIONS[j]}: ${differing.join(', ')}`).to.be.at.least(2);
      }
    }
    for (const region of REGIONS) {
      expect(parseFloat(themeTokens(region, 'normal')['--seoul-learn-density-control-height'])).to.be.at.least(44);
    }
  });

  it('high contrast draws solid outlines instead of soft shadows, in every region', () => {
    for (const region of REGIONS) {
      const high = themeTokens(region, 'high');
      expect(high['--seoul-learn-elevation-card'], region).to.match(/^0px 0px 0px [12]px #[0-9a-f]{6}$/);
      expect(high['--seoul-learn-elevation-overlay'], region).to.match(/^0px 0px 0px [12]px #[0-9a-f]{6}$/);
      // The region's shape stays.
      expect(high['--seoul-learn-radius-control']).to.equal(
        themeTokens(region, 'normal')['--seoul-learn-radius-control'],
      );
    }
  });

  it('gives every region a primary that reads as active, not disabled (Taebaek was slate)', () => {
    for (const region of REGIONS) {
      for (const scheme of SCHEMES) {
        const primary = themeTokens(region, 'normal', scheme)['--seoul-learn-color-primary'];
        expect(chroma(primary), `${region} ${scheme} primary ${primary}`).to.be.above(20);
      }
    }
  });
});

describe('dark scheme', () => {
  it('SCHEMES lists light and dark', () => {
    expect([...SCHEMES]).to.deep.equal(['light', 'dark']);
  });

  for (const region of REGIONS) {
    it(`${region} / dark: every pair meets WCAG AA, on a dark surface`, () => {
      const dark = themeTokens(region, 'normal', 'dark');
      expect(failures(dark, `${region} / dark`)).to.deep.equal([]);
      expect(contrastRatio(dark['--seoul-learn-color-surface'], '#000000')).to.be.below(2);
      expect(dark['--seoul-learn-scheme']).to.equal('dark');
      expect(themeTokens(region, 'normal')['--seoul-learn-scheme']).to.equal('light');
    });
  }

  it('high contrast wins over dark', () => {
    expect(themeTokens('gimpo', 'high', 'dark')).to.equal(themeTokens('gimpo', 'high', 'light'));
  });

  it('keeps region primaries apart in the dark too', () => {
    const primaries = REGIONS.map((r) => themeTokens(r, 'normal', 'dark')['--seoul-learn-color-primary']);
    expect(new Set(primaries).size).to.equal(REGIONS.length);
  });

  it("themeCss('auto') follows prefers-color-scheme, and high contrast still wins", () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss('incheon', 'auto', '.t', 'auto'));
    const media = [...sheet.cssRules].filter((r): r is CSSMediaRule => r instanceof CSSMediaRule);
    const conditions = media.map((m) => m.conditionText);
    expect(conditions).to.include('(prefers-color-scheme: dark)');
    expect(conditions.indexOf('(prefers-contrast: more)')).to.be.above(
      conditions.indexOf('(prefers-color-scheme: dark)'),
    );
    const dark = media.find((m) => m.conditionText === '(prefers-color-scheme: dark)')!;
    const style = (dark.cssRules[0] as CSSStyleRule).style;
    expect(style.getPropertyValue('--seoul-learn-color-surface').trim()).to.equal(
      themeTokens('incheon', 'normal', 'dark')['--seoul-learn-color-surface'],
    );
    const high = media.find((m) => m.conditionText === '(prefers-contrast: more)')!;
    const hs = (high.cssRules[0] as CSSStyleRule).style;
    // Everything dark changed is set back by high contrast.
    expect(hs.getPropertyValue('--seoul-learn-color-surface').trim()).to.equal(
      themeTokens('incheon', 'high')['--seoul-learn-color-surface'],
    );
  });

  for (const region of ['chungbuk', 'taebaek'] as Region[]) {
    it(`dist/themes/${region}.css: .seoul-learn-scheme-dark and prefers-color-scheme, opt-out with scheme-light`, async () => {
      const text = await (await fetch(`/dist/themes/${region}.css`)).text();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      const adopted = document.adoptedStyleSheets;
      document.adoptedStyleSheets = [sheet];
      try {
        const el = document.createElement('div');
        el.className = `seoul-learn-theme-${region} seoul-learn-scheme-dark`;
        document.body.append(el);
        const surface = (scheme: Scheme, contrast: 'normal' | 'high' = 'normal') =>
          themeTokens(region, contrast, scheme)['--seoul-learn-color-surface'];
        expect(computedToken(el, '--seoul-learn-color-surface')).to.equal(surface('dark'));
        expect(computedToken(el, '--seoul-learn-color-primary')).to.equal(
          themeTokens(region, 'normal', 'dark')['--seoul-learn-color-primary'],
        );
        el.classList.add('seoul-learn-contrast-high');
        expect(computedToken(el, '--seoul-learn-color-surface')).to.equal(surface('light', 'high'));
        expect(computedToken(el, '--seoul-learn-color-on-surface')).to.equal(
          themeTokens(region, 'high')['--seoul-learn-color-on-surface'],
        );
        el.remove();
        const conditions = [...sheet.cssRules].flatMap((r) => (r instanceof CSSMediaRule ? [r.conditionText] : []));
        expect(conditions).to.include('(prefers-color-scheme: dark)');
        expect(text).to.contain(':not(.seoul-learn-scheme-light)');
      } finally {
        document.adoptedStyleSheets = adopted;
      }
    });
  }
});

describe('text size', () => {
  let saved = '';
  beforeEach(() => {
    saved = document.documentElement.style.fontSize;
  });
  afterEach(() => {
    document.documentElement.style.fontSize = saved;
  });

  it('follows the browser setting through medium, not the page root (KRDS 62.5 %)', async () => {
    // The knob's default is the medium keyword: the browser's text-size setting, whatever the root.
    expect(baseStyles.cssText).to.contain('font-size: var(--seoul-learn-font-size-base, medium) !important');
    document.documentElement.style.fontSize = '10px';
    const wrapper = await fixture<HTMLDivElement>(html`<div><sl-settings-probe></sl-settings-probe></div>`);
    const probe = wrapper.querySelector('sl-settings-probe')!;
    await probe.updateComplete;
    const medium = document.createElement('span');
    medium.style.fontSize = 'medium';
    document.body.append(medium);
    expect(getComputedStyle(medium).fontSize).to.equal('16px');
    expect(getComputedStyle(probe).fontSize).to.equal(getComputedStyle(medium).fontSize);
    medium.remove();
    // A host may still scale it from any ancestor.
    wrapper.style.setProperty('--seoul-learn-font-size-base', '20px');
    expect(getComputedStyle(probe).fontSize).to.equal('20px');
  });
});

describe('Pretendard GOV (dist/themes/fonts.css)', () => {
  it('declares subsetted faces with swap and relative URLs that load', async () => {
    const response = await fetch('/dist/themes/fonts.css');
    expect(response.ok).to.equal(true);
    const text = await response.text();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const faces = [...sheet.cssRules].filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule);
    expect(faces.length).to.be.above(50);
    for (const face of faces) {
      expect(face.style.getPropertyValue('font-family').replaceAll("'", '"')).to.equal('"Pretendard GOV"');
      expect(face.style.getPropertyValue('font-display')).to.equal('swap');
      expect(face.style.getPropertyValue('unicode-range')).to.match(/^U\+/i);
      expect(face.style.getPropertyValue('src')).to.match(/^url\("?fonts\/[\w.-]+\.woff2"?\)/);
    }
    const first = /url\("?(fonts\/[\w.-]+\.woff2)/.exec(faces[0]!.style.getPropertyValue('src'))![1]!;
    const font = await fetch(`/dist/themes/${first}`);
    expect(font.ok, first).to.equal(true);
    expect((await font.arrayBuffer()).byteLength).to.be.above(1000);
  });

  it('linked from a page, gives the elements Pretendard GOV for Korean text', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/dist/themes/fonts.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    try {
      await loaded;
      expect(document.fonts.check('16px "Pretendard GOV"', '서울런')).to.equal(false, 'not loaded before use');
      const faces = await document.fonts.load('700 16px "Pretendard GOV"', '서울런 Seoul Learn');
      expect(faces.length).to.be.at.least(1);
      expect(faces.every((f) => f.family.replaceAll('"', '') === 'Pretendard GOV')).to.equal(true);
      expect(document.fonts.check('700 16px "Pretendard GOV"', '서울런')).to.equal(true);
      expect(BASE['--seoul-learn-font-family']).to.match(/^"Pretendard GOV", /);
    } finally {
      link.remove();
    }
  });
});
