import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import {
  CONTRAST_MODES,
  CONTRAST_PAIRS,
  REGIONS,
  REGION_META,
  contrastRatio,
  isContrastMode,
  isRegion,
  themeCss,
  themeTokens,
  type ContrastMode,
  type Region,
  type ThemeTokens,
  type TokenName,
} from '../../src/themes/index.js';
import { BASE } from '../../src/themes/generated/tokens.js';
import { isSafeCssValue, isSafeSelector } from '../../src/themes/css-guard.js';

const TOKEN_NAMES = Object.keys(BASE) as TokenName[];
const MINIMUM = { text: 4.5, ui: 3 } as const;
const REM = /\drem\b/i;

/** Every CONTRAST_PAIRS pair that `tokens` fails, as readable lines. */
function contrastFailures(tokens: ThemeTokens, label: string): string[] {
  const failures: string[] = [];
  for (const { fg, bg, kind } of CONTRAST_PAIRS) {
    const ratio = contrastRatio(tokens[fg], tokens[bg]);
    if (ratio < MINIMUM[kind]) {
      failures.push(
        `${label}: ${fg} ${tokens[fg]} on ${bg} ${tokens[bg]} (${kind}) is ` +
          `${ratio.toFixed(2)}:1, needs ${MINIMUM[kind]}:1`,
      );
    }
  }
  return failures;
}

/** CIE76 colour difference, to tell whether two colours look different. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

/** The custom properties a style rule declares. */
function declarations(rule: CSSStyleRule): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Array.from(rule.style)) out[name] = rule.style.getPropertyValue(name).trim();
  return out;
}

function sheetFrom(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** A host element with an open shadow root, attached to the document. */
function shadowHost(): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<span>테스트</span>';
  document.body.append(host);
  return host;
}

const combos = REGIONS.flatMap((region) => CONTRAST_MODES.map((mode) => [region, mode] as [Region, ContrastMode]));

describe('themes', () => {
  describe('contrast', () => {
    for (const [region, mode] of combos) {
      it(`${region} / ${mode}: every pair meets WCAG AA`, () => {
        const failures = contrastFailures(themeTokens(region, mode), `${region} / ${mode}`);
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }

    it('the checker can fail', () => {
      expect(contrastRatio('#777', '#fff')).to.be.below(4.5).and.above(4.4);
      const bad = { ...themeTokens('seoul', 'normal'), '--seoul-learn-color-on-surface': '#777777' };
      const failures = contrastFailures(bad, 'seoul / doctored');
      expect(failures).to.have.length(3);
      expect(failures[0]).to.match(
        /^seoul \/ doctored: --seoul-learn-color-on-surface #777777 on --seoul-learn-color-surface #ffffff \(text\) is 4\.48:1, needs 4\.5:1$/,
      );
    });

    it('computes the WCAG ratio', () => {
      expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
      expect(contrastRatio('#ffffff', '#000')).to.equal(21);
      expect(contrastRatio('#256ef4', '#256EF4')).to.equal(1);
      expect(contrastRatio('#abc', '#aabbcc')).to.equal(1);
      expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
      expect(() => contrastRatio('red', '#fff')).to.throw(TypeError);
      expect(() => contrastRatio('#12345', '#fff')).to.throw(TypeError);
    });

    it('checks the pairs it is meant to', () => {
      const has = (fg: string, bg: string, kind: string) =>
        CONTRAST_PAIRS.some(
          (p) => p.fg === `--seoul-learn-color-${fg}` && p.bg === `--seoul-learn-color-${bg}` && p.kind === kind,
        );
      expect(has('on-surface', 'surface', 'text')).to.equal(true);
      expect(has('on-surface-muted', 'surface-alt', 'text')).to.equal(true);
      expect(has('on-primary', 'primary', 'text')).to.equal(true);
      expect(has('primary', 'surface', 'text')).to.equal(true);
      expect(has('border', 'surface', 'ui')).to.equal(true);
      expect(has('focus', 'surface-alt', 'ui')).to.equal(true);
      for (const { fg, bg } of CONTRAST_PAIRS) {
        expect(TOKEN_NAMES).to.include(fg);
        expect(TOKEN_NAMES).to.include(bg);
      }
    });
  });

  describe('regions', () => {
    it('start with the six partner regions, in order', () => {
      // A region file added to themes/tokens/regions follows them (by its order, then by name).
      expect(REGIONS.slice(0, 6)).to.deep.equal(['seoul', 'chungbuk', 'pyeongchang', 'gimpo', 'incheon', 'taebaek']);
      expect(isRegion('gimpo')).to.equal(true);
      expect(isRegion('busan')).to.equal(false);
      expect(isRegion(undefined)).to.equal(false);
      expect(isContrastMode('high')).to.equal(true);
      expect(isContrastMode('auto')).to.equal(false);
    });

    it('have visibly distinct primary and accent colours', () => {
      for (const role of ['primary', 'accent'] as const) {
        const name: TokenName = `--seoul-learn-color-${role}`;
        for (const mode of [...CONTRAST_MODES, 'dark'] as const) {
          const tokensOf = (r: Region) => (mode === 'dark' ? themeTokens(r, 'normal', 'dark') : themeTokens(r, mode));
          const colours = REGIONS.map((r) => [r, tokensOf(r)[name]] as const);
          for (let i = 0; i < colours.length; i++) {
            for (let j = i + 1; j < colours.length; j++) {
              const [[a, ca], [b, cb]] = [colours[i]!, colours[j]!];
              const d = deltaE(ca, cb);
              expect(d, `${role} ${mode}: ${a} ${ca} vs ${b} ${cb}, ΔE ${d.toFixed(1)}`).to.be.above(12);
            }
          }
        }
      }
      expect(deltaE('#00667a', '#00667b')).to.be.below(1);
    });

    it('carry their names, and whether they have a logo', () => {
      expect(REGION_META.seoul).to.deep.equal({
        regionName: { ko: '서울특별시', en: 'Seoul' },
        programName: { ko: '서울런', en: 'Seoul Learn' },
        logo: true,
      });
      expect(REGION_META.chungbuk.programName).to.deep.equal({ ko: '충북런', en: 'Chungbuk Learn' });
      expect(REGION_META.pyeongchang.regionName).to.deep.equal({ ko: '평창군', en: 'Pyeongchang' });
      expect(REGION_META.gimpo.programName).to.deep.equal({ ko: '김포런', en: 'Gimpo Learn' });
      expect(REGION_META.incheon.regionName).to.deep.equal({ ko: '인천광역시', en: 'Incheon' });
      expect(REGION_META.taebaek.programName).to.deep.equal({ ko: '태백런', en: 'Taebaek Learn' });
    });

    it('layer region and high-contrast tokens over the base', () => {
      const normal = themeTokens('taebaek', 'normal');
      const high = themeTokens('taebaek', 'high');
      expect(themeTokens('taebaek', 'normal')).to.equal(normal);
      expect(Object.isFrozen(normal)).to.equal(true);
      expect(Object.keys(normal)).to.have.members(TOKEN_NAMES);
      expect(normal['--seoul-learn-color-primary']).to.not.equal(BASE['--seoul-learn-color-primary']);
      expect(normal['--seoul-learn-space-4']).to.equal(BASE['--seoul-learn-space-4']);
      expect(normal['--seoul-learn-focus-ring-width']).to.equal('2px');
      expect(parseFloat(high['--seoul-learn-focus-ring-width'])).to.be.at.least(3);
      expect(high['--seoul-learn-color-primary']).to.not.equal(normal['--seoul-learn-color-primary']);
      expect(() => themeTokens('busan' as Region, 'normal')).to.throw(RangeError);
      expect(() => themeTokens('seoul', 'auto' as ContrastMode)).to.throw(RangeError);
    });

    it('use em font sizes relative to the host and px spacing', () => {
      const t = themeTokens('seoul', 'normal');
      expect(t['--seoul-learn-font-size-md']).to.equal('1em');
      for (const name of TOKEN_NAMES) {
        if (name.startsWith('--seoul-learn-font-size-')) expect(t[name], name).to.match(/^\d*\.?\d+em$/);
        if (/^--seoul-learn-(space|radius)-/.test(name)) expect(t[name], name).to.match(/^\d+px$/);
        if (name.startsWith('--seoul-learn-color-')) expect(t[name], name).to.match(/^#[0-9a-f]{6}$/);
        if (name.startsWith('--seoul-learn-motion-duration-')) expect(t[name], name).to.match(/^\d+ms$/);
      }
    });
  });

  describe('themeCss', () => {
    afterEach(() => {
      document.body.replaceChildren();
    });

    for (const [region, mode] of combos) {
      it(`${region} / ${mode}: parses and sets the tokens on a shadow host`, () => {
        const tokens = themeTokens(region, mode);
        const sheet = sheetFrom(themeCss(region, mode));
        // The theme, then KRDS's mobile type scale under 768px.
        expect(sheet.cssRules).to.have.length(2);
        expect((sheet.cssRules[1] as CSSMediaRule).conditionText).to.equal('(max-width: 767px)');
        const rule = sheet.cssRules[0] as CSSStyleRule;
        expect(rule.selectorText).to.equal(':host');
        expect(declarations(rule)).to.deep.equal({ ...tokens });

        const host = shadowHost();
        host.shadowRoot!.adoptedStyleSheets = [sheet];
        const style = getComputedStyle(host);
        for (const name of TOKEN_NAMES) {
          expect(style.getPropertyValue(name).trim(), name).to.equal(tokens[name]);
        }
        expect(style.getPropertyValue('--seoul-learn-color-primary')).to.equal(tokens['--seoul-learn-color-primary']);
      });
    }

    it("'auto' adds only the high-contrast changes under prefers-contrast: more", () => {
      const sheet = sheetFrom(themeCss('incheon', 'auto', '.theme'));
      expect(sheet.cssRules).to.have.length(3);
      expect((sheet.cssRules[0] as CSSStyleRule).selectorText).to.equal('.theme');
      const media = sheet.cssRules[2] as CSSMediaRule;
      expect(media).to.be.instanceOf(CSSMediaRule);
      expect(media.conditionText).to.equal('(prefers-contrast: more)');
      expect(matchMedia(media.conditionText).media).to.equal('(prefers-contrast: more)');
      const inner = declarations(media.cssRules[0] as CSSStyleRule);
      const normal = themeTokens('incheon', 'normal');
      const high = themeTokens('incheon', 'high');
      const changed = TOKEN_NAMES.filter((n) => normal[n] !== high[n]);
      expect(changed).to.include('--seoul-learn-color-on-surface');
      expect(Object.keys(inner)).to.have.members(changed);
      for (const name of changed) expect(inner[name]).to.equal(high[name]);
    });

    it('refuses selectors and values that could inject CSS', () => {
      for (const selector of ['x { } y', ':host; color: red', '@media', 'a /* b', '', 'a[x="y]']) {
        expect(() => themeCss('seoul', 'normal', selector), selector).to.throw(TypeError);
        expect(isSafeSelector(selector), selector).to.equal(false);
      }
      expect(isSafeSelector('.seoul-learn-theme-seoul > [data-region="seoul"]')).to.equal(true);
      for (const value of ['red; } body { color: red', 'url(https://x.test/a.png)', 'x\\3b', '"a" /* b */']) {
        expect(isSafeCssValue(value), value).to.equal(false);
      }
      for (const name of TOKEN_NAMES) expect(isSafeCssValue(BASE[name]), name).to.equal(true);
    });
  });

  describe('dist/themes/<region>.css', () => {
    let adopted: CSSStyleSheet[] = [];
    beforeEach(() => {
      adopted = document.adoptedStyleSheets;
    });
    afterEach(() => {
      document.adoptedStyleSheets = adopted;
      document.body.replaceChildren();
    });

    for (const region of REGIONS) {
      it(`${region}.css declares every token, normal and high`, async () => {
        const response = await fetch(`/dist/themes/${region}.css`);
        expect(response.ok, `GET /dist/themes/${region}.css: ${response.status}`).to.equal(true);
        const text = await response.text();
        expect(REM.test(text), 'rem unit in CSS').to.equal(false);

        const sheet = sheetFrom(text);
        // light, mobile type, dark (class), dark (preference), high (class), high (preference)
        expect(sheet.cssRules).to.have.length(6);
        const [normalRule, , , , highRule, media] = Array.from(sheet.cssRules) as [
          CSSStyleRule,
          CSSMediaRule,
          CSSStyleRule,
          CSSMediaRule,
          CSSStyleRule,
          CSSMediaRule,
        ];
        const theme = `.seoul-learn-theme-${region}`;
        expect(normalRule.selectorText).to.equal(`:root, ${theme}`);
        expect(highRule.selectorText).to.equal(
          `.seoul-learn-contrast-high, :root.seoul-learn-contrast-high, ${theme}.seoul-learn-contrast-high`,
        );
        expect(media.conditionText).to.equal('(prefers-contrast: more)');
        const mediaRule = media.cssRules[0] as CSSStyleRule;
        expect(mediaRule.selectorText).to.equal(
          `:root:not(.seoul-learn-contrast-normal), ${theme}:not(.seoul-learn-contrast-normal)`,
        );

        const normal = declarations(normalRule);
        expect(Object.keys(normal)).to.have.members(TOKEN_NAMES);
        expect(normal).to.deep.equal({ ...themeTokens(region, 'normal') });
        expect({ ...normal, ...declarations(highRule) }).to.deep.equal({ ...themeTokens(region, 'high') });
        expect(declarations(mediaRule)).to.deep.equal(declarations(highRule));

        // Linked by a partner page: the classes switch region and contrast.
        document.adoptedStyleSheets = [sheet];
        const el = document.createElement('div');
        el.className = `seoul-learn-theme-${region} seoul-learn-contrast-high`;
        document.body.append(el);
        expect(getComputedStyle(el).getPropertyValue('--seoul-learn-color-primary')).to.equal(
          themeTokens(region, 'high')['--seoul-learn-color-primary'],
        );
        el.classList.remove('seoul-learn-contrast-high');
        expect(getComputedStyle(el).getPropertyValue('--seoul-learn-color-primary')).to.equal(
          themeTokens(region, 'normal')['--seoul-learn-color-primary'],
        );
      });
    }

    it('ships a logo per region that has one', async () => {
      for (const region of REGIONS.filter((r) => REGION_META[r].logo)) {
        const response = await fetch(`/dist/themes/logos/${region}.svg`);
        expect(response.ok, `${region}.svg`).to.equal(true);
        const text = await response.text();
        expect(text.length, `${region}.svg size`).to.be.below(1024);
        const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
        expect(svg.localName, `${region}.svg`).to.equal('svg');
        expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
        expect(svg.querySelector('title')?.textContent).to.contain(REGION_META[region].programName.en);
      }
    });
  });

  describe('no rem', () => {
    it('in any generated or source token file', async () => {
      const files = [
        '/src/themes/generated/tokens.ts',
        '/themes/tokens/base.json',
        '/themes/tokens/base.high-contrast.json',
        '/themes/tokens/base.dark.json',
        '/themes/tokens/base.mobile.json',
        ...REGIONS.flatMap((r) => [
          `/themes/tokens/regions/${r}.json`,
          `/themes/tokens/regions/${r}.high-contrast.json`,
          `/themes/tokens/regions/${r}.dark.json`,
          `/dist/themes/${r}.css`,
        ]),
      ];
      // A region's dark and high-contrast files are optional.
      const optional = /regions\/[\w-]+\.(dark|high-contrast)\.json$/;
      for (const file of files) {
        const response = await fetch(file);
        if (response.status === 404 && optional.test(file)) continue;
        expect(response.ok, file).to.equal(true);
        expect(REM.test(await response.text()), `rem unit in ${file}`).to.equal(false);
      }
    });

    it('in any token value', () => {
      for (const [region, mode] of combos) {
        const tokens = themeTokens(region, mode);
        for (const name of TOKEN_NAMES) {
          expect(REM.test(tokens[name]), `${region} / ${mode} ${name}: ${tokens[name]}`).to.equal(false);
        }
      }
      expect(REM.test('1.6rem')).to.equal(true);
    });
  });
});
