import { expect } from '@open-wc/testing';
import { KRDS_PALETTE } from '../../src/themes/generated/meta.js';
import { BASE, BASE_DARK, BASE_HIGH, MOBILE } from '../../src/themes/generated/tokens.js';
import { CONTRAST_PAIRS, REGIONS, contrastRatio, themeTokens } from '../../src/themes/index.js';
import { hexToOklch, nearestPassing, oklchToHex } from '../../stories/playground/colour.js';
import {
  LAYERS,
  catalogue,
  documentProblems,
  fileName,
  fileText,
  invalidReason,
  parseFileName,
  resolveRegion,
  withToken,
  type BaseTier,
  type Layer,
  type TokenDoc,
} from '../../stories/playground/token-model.js';

const json = async (path: string): Promise<TokenDoc> => {
  const res = await fetch(path);
  return res.ok ? ((await res.json()) as TokenDoc) : {};
};

let base: BaseTier;
const regionDocs = async (id: string) =>
  Object.fromEntries(
    await Promise.all(LAYERS.map(async (l) => [l, await json(`/themes/tokens/regions/${fileName(id, l)}`)])),
  ) as Record<Layer, TokenDoc>;

const SCHEME: Record<Layer, ['normal' | 'high', 'light' | 'dark']> = {
  normal: ['normal', 'light'],
  dark: ['normal', 'dark'],
  high: ['high', 'light'],
};

before(async () => {
  base = {
    docs: {
      normal: await json('/themes/tokens/base.json'),
      dark: await json('/themes/tokens/base.dark.json'),
      high: await json('/themes/tokens/base.high-contrast.json'),
    },
    resolved: { normal: BASE, dark: { ...BASE, ...BASE_DARK }, high: { ...BASE, ...BASE_HIGH } },
    locked: new Set(Object.keys(MOBILE)),
    palette: KRDS_PALETTE,
  };
});

describe('playground token model', () => {
  it('resolves every shipped region file, in every scheme, exactly as the build does', async () => {
    for (const region of REGIONS) {
      const docs = await regionDocs(region);
      for (const layer of LAYERS) {
        const [contrast, scheme] = SCHEME[layer];
        expect(resolveRegion(base, docs, layer), `${region} ${layer}`).to.deep.equal({
          ...themeTokens(region, contrast, scheme),
        });
      }
    }
  });

  it('lists every public token once, with a category', () => {
    const tokens = catalogue(base);
    expect(tokens.map((t) => t.name)).to.have.members(Object.keys(BASE));
    expect(tokens.find((t) => t.name === '--seoul-learn-elevation-card')?.category).to.equal('elevation');
  });

  it('writes an edit in the file format and resolves it in the layers the build would', async () => {
    const docs = await regionDocs('seoul');
    const radius = catalogue(base).find((t) => t.name === '--seoul-learn-radius-md')!;
    const edited = { ...docs, normal: withToken(docs.normal, radius, '10px') };
    expect((edited.normal.radius as TokenDoc).$type).to.equal('dimension');
    expect(((edited.normal.radius as TokenDoc).md as TokenDoc).$value).to.equal('10px');
    // brand.mark-radius refers to radius.md in base.json, in every scheme.
    for (const layer of LAYERS) {
      expect(resolveRegion(base, edited, layer)['--seoul-learn-brand-mark-radius']).to.equal('10px');
    }
    const surface = catalogue(base).find((t) => t.name === '--seoul-learn-color-surface')!;
    const dark = { ...docs, dark: withToken(docs.dark, surface, '#101820') };
    // base.dark.json paints the canvas in the surface colour: it follows the region's edit.
    expect(resolveRegion(base, dark, 'dark')['--seoul-learn-scheme-canvas']).to.equal('#101820');
    expect(resolveRegion(base, dark, 'normal')['--seoul-learn-color-surface']).to.equal('#ffffff');
    const back = withToken(edited.normal, radius, undefined);
    expect(back).to.deep.equal(docs.normal);
  });

  it('round-trips shadows, easings, font families and weights through the file format', async () => {
    const docs = await regionDocs('seoul');
    const values: Record<string, string> = {
      '--seoul-learn-elevation-card': '0px 2px 4px 0px #00000026, 0px 8px 16px 0px #0000001a',
      '--seoul-learn-motion-easing-standard': 'cubic-bezier(0.4, 0, 0.2, 1)',
      '--seoul-learn-font-family': '"Noto Sans KR", sans-serif',
      '--seoul-learn-font-weight-heading': '800',
      '--seoul-learn-motion-duration-fast': '80ms',
    };
    let doc = docs.normal;
    for (const [name, value] of Object.entries(values)) {
      doc = withToken(
        doc,
        catalogue(base).find((t) => t.name === name)!,
        value,
      );
    }
    const reread = JSON.parse(fileText(doc)) as TokenDoc;
    const tokens = resolveRegion(base, { ...docs, normal: reread }, 'normal');
    for (const [name, value] of Object.entries(values)) expect(tokens[name as keyof typeof tokens]).to.equal(value);
    expect(documentProblems(base, reread)).to.deep.equal([]);
  });

  it('refuses unknown tokens, locked ones and unsafe values', () => {
    expect(documentProblems(base, { color: { $type: 'color', nope: { $value: '#000000' } } })).to.deep.equal([
      'color.nope: not a token of base.json',
    ]);
    expect(documentProblems(base, { font: { size: { xl: { $type: 'dimension', $value: '2em' } } } })[0]).to.match(
      /mobile type scale/,
    );
    expect(invalidReason('red;}', 'color')).to.match(/plain CSS/);
    expect(invalidReason('1rem', 'dimension')).to.match(/rem/);
    expect(invalidReason('#12345', 'color')).to.match(/hex/);
    expect(invalidReason('#123456', 'color')).to.equal(undefined);
  });

  it('reads the layer from the file name', () => {
    expect(parseFileName('suwon.json')).to.deep.equal({ id: 'suwon', layer: 'normal' });
    expect(parseFileName('suwon.dark.json')).to.deep.equal({ id: 'suwon', layer: 'dark' });
    expect(parseFileName('suwon.high-contrast.json')).to.deep.equal({ id: 'suwon', layer: 'high' });
    expect(parseFileName('Suwon.txt')).to.equal(undefined);
  });
});

describe('playground colour suggestions', () => {
  it('converts to OKLCH and back', () => {
    for (const hex of ['#256ef4', '#ffffff', '#000000', '#a34800', '#8a5c00']) {
      const [l, c, h] = hexToOklch(hex);
      expect(oklchToHex(l, c, h)).to.equal(hex);
    }
  });

  it('finds the nearest passing colour of the same hue for every pair, and keeps passing colours', () => {
    expect(nearestPassing('#1e2124', [{ bg: '#ffffff', min: 4.5 }])).to.equal('#1e2124');
    const light = '#7fb0ff';
    const fixed = nearestPassing(light, [
      { bg: '#ffffff', min: 4.5 },
      { bg: '#f4f5f6', min: 4.5 },
    ])!;
    expect(contrastRatio(fixed, '#ffffff')).to.be.at.least(4.5);
    expect(contrastRatio(fixed, '#f4f5f6')).to.be.at.least(4.5);
    // Nearest: one step lighter fails.
    const [l, c, h] = hexToOklch(fixed);
    expect(contrastRatio(oklchToHex(l + 0.01, c, h), '#f4f5f6')).to.be.below(4.5);
    expect(Math.abs(hexToOklch(fixed)[2] - hexToOklch(light)[2])).to.be.below(3);
  });

  it('has a suggestion for every failing pair that a lighter or darker colour can fix', () => {
    const tokens = themeTokens('seoul', 'normal');
    for (const pair of CONTRAST_PAIRS) {
      const min = pair.kind === 'text' ? 4.5 : 3;
      const fixed = nearestPassing('#bbbbbb', [{ bg: tokens[pair.bg], min }]);
      expect(fixed, pair.fg).to.be.a('string');
      expect(contrastRatio(fixed!, tokens[pair.bg])).to.be.at.least(min);
    }
  });
});
