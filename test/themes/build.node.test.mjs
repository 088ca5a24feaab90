// The theme build on a temporary copy of the token files: a region file dropped into
// themes/tokens/regions is the whole change, and a broken one stops the build with the file, the
// token path and the reason. Run: node --test test/themes/build.node.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildThemes, contrastRatio } from '../../themes/build.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A valid region that the package does not ship: light and dark, no high-contrast file, no logo. */
const SUWON = {
  $description: 'Suwon (수원런): the brick walls of Hwaseong fortress.',
  $extensions: {
    'kr.seoul-learn': {
      regionName: { ko: '수원시', en: 'Suwon' },
      programName: { ko: '수원런', en: 'Suwon Learn' },
    },
  },
  color: {
    $type: 'color',
    primary: { $value: '#8c2f39' },
    'primary-hover': { $value: '#6e242c' },
    'primary-subtle': { $value: '#f8eeef' },
    'on-primary-subtle': { $value: '#6e242c' },
    accent: { $value: '#3d5a80' },
  },
  radius: { $type: 'dimension', control: { $value: '4px' }, card: { $value: '6px' } },
};
const SUWON_DARK = {
  color: {
    $type: 'color',
    primary: { $value: '#f28b95' },
    'primary-hover': { $value: '#f5a8b0' },
    'primary-subtle': { $value: '#3a2528' },
    'on-primary-subtle': { $value: '#fbd3d7' },
    accent: { $value: '#8fb3e0' },
  },
};

const clone = (v) => structuredClone(v);
let dir;
let lines;

/** A fresh copy of the base tokens and the Seoul region under a temporary root; `files` adds region files. */
async function project(files = {}) {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = await mkdtemp(path.join(tmpdir(), 'seoul-learn-themes-'));
  const tokens = path.join(dir, 'themes/tokens');
  await mkdir(path.join(tokens, 'regions'), { recursive: true });
  await mkdir(path.join(dir, 'themes/logos'), { recursive: true });
  for (const f of ['base.json', 'base.dark.json', 'base.high-contrast.json', 'base.mobile.json']) {
    await cp(path.join(ROOT, 'themes/tokens', f), path.join(tokens, f));
  }
  for (const f of ['seoul.json', 'seoul.dark.json', 'seoul.high-contrast.json']) {
    await cp(path.join(ROOT, 'themes/tokens/regions', f), path.join(tokens, 'regions', f));
  }
  await cp(path.join(ROOT, 'themes/logos/seoul.svg'), path.join(dir, 'themes/logos/seoul.svg'));
  await cp(path.join(ROOT, 'themes/contrast-pairs.json'), path.join(dir, 'themes/contrast-pairs.json'));
  for (const [name, content] of Object.entries(files)) {
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
    await writeFile(path.join(tokens, 'regions', name), text);
  }
  lines = [];
  return dir;
}

const build = async () => buildThemes({ root: dir, fonts: false, log: (line) => lines.push(line) });
const read = (file) => readFile(path.join(dir, file), 'utf8');
const exists = (file) =>
  stat(path.join(dir, file)).then(
    () => true,
    () => false,
  );

/** Runs the build and returns its error message, failing if the build succeeds. */
async function failure() {
  try {
    await build();
  } catch (err) {
    return err.message;
  }
  assert.fail('the build should have failed');
}

describe('theme build', () => {
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('a new region file', () => {
    before(async () => {
      await project({ 'suwon.json': SUWON, 'suwon.dark.json': SUWON_DARK });
      await build();
    });

    it('joins REGIONS and the Region type after the shipped regions', async () => {
      const tokens = await read('src/themes/generated/tokens.ts');
      assert.match(tokens, /export const REGIONS = \['seoul', 'suwon'\] as const;/);
    });

    it('is a module of its own that elements load when they show it, so no element grows', async () => {
      const tokens = await read('src/themes/generated/tokens.ts');
      assert.doesNotMatch(tokens, /#8c2f39/, "the elements' token module carries the default region only");
      assert.match(tokens, /suwon: \(\) => import\('\.\/regions\/suwon\.js'\)/);
      assert.match(await read('src/themes/generated/regions/suwon.ts'), /'0=#8c2f39;/);
      assert.match(await read('src/themes/generated/all-regions.ts'), /from '\.\/regions\/suwon\.js'/);
      assert.equal(await exists('src/themes/generated/regions/seoul.ts'), false);
    });

    it('leaves no module behind when its file is removed', async () => {
      await rm(path.join(dir, 'themes/tokens/regions/suwon.json'));
      await rm(path.join(dir, 'themes/tokens/regions/suwon.dark.json'));
      await build();
      assert.equal(await exists('src/themes/generated/regions/suwon.ts'), false);
      await project({ 'suwon.json': SUWON, 'suwon.dark.json': SUWON_DARK });
      await build();
    });

    it('brings its names, and no logo, to the meta and brand modules', async () => {
      const meta = await read('src/themes/generated/meta.ts');
      assert.match(
        meta,
        /suwon: \{[^}]*en: 'Suwon' \}, programName: \{ ko: '수원런', en: 'Suwon Learn' \}, logo: false \}/,
      );
      assert.match(meta, /seoul: \{[^]*?logo: true/);
      assert.match(await read('src/themes/generated/brand.ts'), /suwon: \['수원런', 'Suwon Learn'\]/);
    });

    it('gets a partner stylesheet; a missing logo is no error, only a note', async () => {
      const css = await read('dist/themes/suwon.css');
      assert.match(css, /\.seoul-learn-theme-suwon \{[^}]*--seoul-learn-color-primary: #8c2f39;/);
      assert.match(
        css,
        /\.seoul-learn-theme-suwon\.seoul-learn-scheme-dark \{[^}]*--seoul-learn-color-primary: #f28b95;/,
      );
      assert.equal(await exists('dist/themes/logos/suwon.svg'), false);
      assert.equal(await exists('dist/themes/logos/seoul.svg'), true);
      assert.ok(lines.some((line) => line.includes('suwon has no themes/logos/suwon.svg')));
    });

    it('without a high-contrast file keeps its colours over KRDS high contrast', async () => {
      // The brick red stays; KRDS's high-contrast text, borders and focus ring come with it.
      const css = await read('dist/themes/suwon.css');
      const high = /\.seoul-learn-theme-suwon\.seoul-learn-contrast-high \{([^}]*)\}/.exec(css)[1];
      assert.match(high, /--seoul-learn-color-primary: #8c2f39;/);
      assert.match(high, /--seoul-learn-color-on-surface: #131416;/);
      assert.match(high, /--seoul-learn-focus-ring-width: 3px;/);
    });
  });

  describe('a single-file region (dark and high contrast inside its $extensions)', () => {
    const single = () => {
      const doc = clone(SUWON);
      doc.$extensions['kr.seoul-learn'].dark = clone(SUWON_DARK);
      doc.$extensions['kr.seoul-learn']['high-contrast'] = {
        color: { $type: 'color', primary: { $value: '#6e242c' } },
      };
      return doc;
    };

    it('builds like separate files', async () => {
      await project({ 'suwon.json': single() });
      await build();
      const css = await read('dist/themes/suwon.css');
      assert.match(
        css,
        /\.seoul-learn-theme-suwon\.seoul-learn-scheme-dark \{[^}]*--seoul-learn-color-primary: #f28b95;/,
      );
      assert.match(
        css,
        /\.seoul-learn-theme-suwon\.seoul-learn-contrast-high \{[^}]*--seoul-learn-color-primary: #6e242c;/,
      );
    });

    it('names the embedded layer in its messages', async () => {
      const doc = single();
      doc.$extensions['kr.seoul-learn'].dark.color['on-primray'] = { $value: '#000000' };
      await project({ 'suwon.json': doc });
      assert.match(
        await failure(),
        /regions\/suwon\.json \$extensions\["kr\.seoul-learn"\]\["dark"\]: color\.on-primray: unknown token/,
      );
      doc.$extensions['kr.seoul-learn'].dark = { color: { $type: 'color', primary: { $value: '#6e242c' } } };
      await project({ 'suwon.json': doc });
      assert.match(
        await failure(),
        /regions\/suwon\.json \$extensions\["kr\.seoul-learn"\]\["dark"\]: contrast \(dark\): color\.primary #6e242c on color\.surface #131416 is 1\.71:1/,
      );
    });

    it('refuses a layer given twice', async () => {
      await project({ 'suwon.json': single(), 'suwon.dark.json': SUWON_DARK });
      assert.match(
        await failure(),
        /regions\/suwon\.json \$extensions\["kr\.seoul-learn"\]\["dark"\]: themes\/tokens\/regions\/suwon\.dark\.json holds this layer too; keep one/,
      );
    });
  });

  it('takes DTCG 2025 object values (dimensions, colours, shadows of them) as the provider does', async () => {
    const doc = clone(SUWON);
    doc.radius.control.$value = { value: 4, unit: 'px' };
    doc.color.accent.$value = { colorSpace: 'srgb', components: [0.24, 0.35, 0.5], hex: '#3d5a80' };
    doc.elevation = {
      $type: 'shadow',
      card: {
        $value: {
          color: '{color.primary}',
          offsetX: { value: 0, unit: 'px' },
          offsetY: '2px',
          blur: '0px',
          spread: '0px',
        },
      },
    };
    await project({ 'suwon.json': doc, 'suwon.dark.json': SUWON_DARK });
    await build();
    const css = await read('dist/themes/suwon.css');
    assert.match(css, /--seoul-learn-radius-control: 4px;/);
    assert.match(css, /--seoul-learn-color-accent: #3d5a80;/);
    assert.match(css, /--seoul-learn-elevation-card: 0px 2px 0px 0px #8c2f39;/);
  });

  it('orders regions by `order`, then alphabetically', async () => {
    const named = (id, order) => {
      const doc = clone(SUWON);
      if (order !== undefined) doc.$extensions['kr.seoul-learn'].order = order;
      return { [`${id}.json`]: doc, [`${id}.dark.json`]: SUWON_DARK };
    };
    await project({ ...named('yongin'), ...named('anyang'), ...named('busan', 0.5) });
    const { regions } = await build();
    assert.deepEqual(regions, ['busan', 'seoul', 'anyang', 'yongin']);
  });

  describe('refuses', () => {
    it('bad JSON, with the line and column', async () => {
      await project({ 'suwon.json': '{\n  "color": {\n    "primary": { "$value": "#fff" },\n  }\n}\n' });
      assert.match(await failure(), /themes\/tokens\/regions\/suwon\.json: not valid JSON at line 4 column 3/);
    });

    it('an unknown token, with its path and the nearest name', async () => {
      const doc = clone(SUWON);
      doc.color.primry = { $value: '#8c2f39' };
      await project({ 'suwon.json': doc, 'suwon.dark.json': SUWON_DARK });
      assert.match(
        await failure(),
        /regions\/suwon\.json: color\.primry: unknown token, base\.json defines no such token; did you mean color\.primary\?/,
      );
    });

    it('an unknown token in a dark or high-contrast file', async () => {
      await project({
        'suwon.json': SUWON,
        'suwon.dark.json': { color: { $type: 'color', 'on-primray': { $value: '#000000' } } },
      });
      assert.match(await failure(), /regions\/suwon\.dark\.json: color\.on-primray: unknown token/);
    });

    it('a value that could break out of a stylesheet, and rem', async () => {
      const doc = clone(SUWON);
      doc.radius.card.$value = 'url(https://example.com/x)';
      doc.radius.control.$value = '0.5rem';
      await project({ 'suwon.json': doc, 'suwon.dark.json': SUWON_DARK });
      const message = await failure();
      assert.match(
        message,
        /regions\/suwon\.json: radius\.card: "url\(https:\/\/example\.com\/x\)" is not a plain CSS value/,
      );
      assert.match(message, /regions\/suwon\.json: radius\.control: "0\.5rem" uses rem/);
    });

    it('a missing programme name', async () => {
      const doc = clone(SUWON);
      delete doc.$extensions['kr.seoul-learn'].programName;
      await project({ 'suwon.json': doc, 'suwon.dark.json': SUWON_DARK });
      assert.match(
        await failure(),
        /regions\/suwon\.json: \$extensions\["kr\.seoul-learn"\]\.programName: missing; needs \{ "ko": "…", "en": "…" \}/,
      );
    });

    it('a colour pair below AA in light, naming the pair and the ratio', async () => {
      const doc = clone(SUWON);
      doc.color.accent.$value = '#f0a0a0';
      await project({ 'suwon.json': doc, 'suwon.dark.json': SUWON_DARK });
      const message = await failure();
      assert.match(
        message,
        /regions\/suwon\.json: contrast \(light\): color\.on-accent #ffffff on color\.accent #f0a0a0 is 2\.05:1; text needs 4\.5:1/,
      );
      assert.match(
        message,
        /contrast \(light\): color\.accent #f0a0a0 on color\.surface #ffffff is 2\.05:1; ui needs 3:1/,
      );
      // No high-contrast file: the same colours fail there too; the dark file fixes dark.
      assert.match(message, /contrast \(high contrast\): color\.on-accent #ffffff on color\.accent #f0a0a0 is 2\.05:1/);
      assert.doesNotMatch(message, /contrast \(dark\)/);
    });

    it('a colour pair below AA in dark (no dark file: the light colours on dark surfaces)', async () => {
      await project({ 'suwon.json': SUWON });
      assert.match(
        await failure(),
        /regions\/suwon\.json: contrast \(dark\): color\.primary #8c2f39 on color\.surface #131416 is 2\.27:1; text needs 4\.5:1/,
      );
    });

    it('a colour pair below AA in high contrast, naming the high-contrast file', async () => {
      await project({
        'suwon.json': SUWON,
        'suwon.dark.json': SUWON_DARK,
        'suwon.high-contrast.json': { color: { $type: 'color', primary: { $value: '#b0b0b0' } } },
      });
      assert.match(
        await failure(),
        /regions\/suwon\.high-contrast\.json: contrast \(high contrast\): color\.on-primary #ffffff on color\.primary #b0b0b0 is 2\.\d\d:1/,
      );
    });

    it('a theme without the default region, which every element ships with', async () => {
      await project({ 'suwon.json': SUWON });
      await rm(path.join(dir, 'themes/tokens/regions/seoul.json'));
      await rm(path.join(dir, 'themes/tokens/regions/seoul.dark.json'));
      await rm(path.join(dir, 'themes/tokens/regions/seoul.high-contrast.json'));
      assert.match(await failure(), /themes\/tokens\/regions\/seoul\.json: missing; it is the default region/);
    });

    it('a file in the regions folder that is not named like a region file', async () => {
      await project({ 'Suwon.json': SUWON, 'suwon.darkk.json': SUWON_DARK, 'busan.dark.json': SUWON_DARK });
      const message = await failure();
      assert.match(message, /regions\/Suwon\.json: not a region file/);
      assert.match(message, /regions\/suwon\.darkk\.json: not a region file/);
      assert.match(message, /regions\/busan\.dark\.json: no busan\.json beside it/);
    });
  });

  it('measures contrast as WCAG does', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrastRatio('#ffffffff', '#000000'), 21);
    assert.equal(contrastRatio('#ffffff80', '#000000'), undefined);
    assert.equal(contrastRatio('white', '#000000'), undefined);
  });
});
