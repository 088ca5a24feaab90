import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/provider/provider.define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import { SCHEMES } from '../../src/core/settings.js';
import { themeTokens, type Region, type Scheme } from '../../src/themes/index.js';
import { computedToken, type SettingsProbe } from '../helpers/probe-element.js';
import '../helpers/probe-element.js';
import { needsMediaEmulation } from '../helpers/media-emulation.js';

const SURFACE = '--seoul-learn-color-surface';
const surfaceOf = (region: Region, scheme: Scheme, contrast: 'normal' | 'high' = 'normal') =>
  themeTokens(region, contrast, scheme)[SURFACE].toLowerCase();

async function settle(...elements: Array<SeoulLearnProvider | SettingsProbe>): Promise<void> {
  for (let i = 0; i < 2; i += 1) await Promise.all(elements.map((el) => el.updateComplete));
}

describe('scheme', () => {
  it('SCHEMES is what element tests loop over', () => {
    expect([...SCHEMES]).to.deep.equal(['light', 'dark']);
  });

  it('a provider shares scheme="dark"; the element paints its dark surface and sets color-scheme', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="chungbuk" scheme="dark"
        ><sl-settings-probe></sl-settings-probe
      ></seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    expect(probe.resolved.scheme).to.equal('dark');
    expect(computedToken(probe, SURFACE)).to.equal(surfaceOf('chungbuk', 'dark'));
    const style = getComputedStyle(probe);
    expect(style.colorScheme).to.equal('dark');
    expect(style.backgroundColor).to.equal('rgb(19, 20, 22)');
    expect(style.color).to.equal('rgb(244, 245, 246)');
    // The provider itself paints nothing: the partner page around the elements keeps its look.
    expect(getComputedStyle(provider).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await expect(provider).to.be.accessible();
  });

  it("an element's own scheme wins over the provider's, both ways", async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="incheon" scheme="dark">
        <sl-settings-probe scheme="light"></sl-settings-probe>
      </seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    expect(computedToken(probe, SURFACE)).to.equal(surfaceOf('incheon', 'light'));
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    provider.scheme = 'light';
    probe.scheme = 'dark';
    await settle(provider, probe);
    expect(computedToken(provider, SURFACE)).to.equal(surfaceOf('incheon', 'light'));
    expect(computedToken(probe, SURFACE)).to.equal(surfaceOf('incheon', 'dark'));
  });

  it('high contrast wins over dark', async () => {
    const probe = await fixture<SettingsProbe>(
      html`<sl-settings-probe region="taebaek" scheme="dark" contrast="high"></sl-settings-probe>`,
    );
    await settle(probe);
    expect(computedToken(probe, SURFACE)).to.equal(surfaceOf('taebaek', 'light', 'high'));
    expect(computedToken(probe, '--seoul-learn-color-on-surface')).to.equal(
      themeTokens('taebaek', 'high')['--seoul-learn-color-on-surface'],
    );
  });

  it('warns once, naming the valid values, for an invalid scheme and falls back', async () => {
    const messages: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
    try {
      const provider = await fixture<SeoulLearnProvider>(html`
        <seoul-learn-provider scheme="dark"
          ><sl-settings-probe scheme="night"></sl-settings-probe
        ></seoul-learn-provider>
      `);
      const probe = provider.querySelector('sl-settings-probe')!;
      await settle(provider, probe);
      probe.requestUpdate();
      await settle(provider, probe);
      expect(probe.resolved.scheme, 'falls back to the provider').to.equal('dark');
    } finally {
      console.warn = original;
    }
    const about = messages.filter((m) => m.includes('scheme="night"'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('use one of light, dark');
  });
});

describe('prefers-color-scheme: dark', () => {
  needsMediaEmulation();
  afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'prefers-color-scheme', value: '' }]));

  it('an element without a scheme follows it; scheme="light" opts out', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-color-scheme', value: 'dark' }]);
    const alone = await fixture<SettingsProbe>(html`<sl-settings-probe region="gimpo"></sl-settings-probe>`);
    const pinned = await fixture<SettingsProbe>(
      html`<sl-settings-probe region="gimpo" scheme="light"></sl-settings-probe>`,
    );
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="pyeongchang"><sl-settings-probe></sl-settings-probe></seoul-learn-provider>
    `);
    const inside = provider.querySelector('sl-settings-probe')!;
    await settle(alone, pinned, provider, inside);
    expect(computedToken(alone, SURFACE)).to.equal(surfaceOf('gimpo', 'dark'));
    expect(computedToken(pinned, SURFACE)).to.equal(surfaceOf('gimpo', 'light'));
    expect(computedToken(inside, SURFACE)).to.equal(surfaceOf('pyeongchang', 'dark'));
    expect(computedToken(inside, '--seoul-learn-color-primary')).to.equal(
      themeTokens('pyeongchang', 'normal', 'dark')['--seoul-learn-color-primary'],
    );
  });

  it('prefers-contrast: more still wins over it', async () => {
    await executeServerCommand('emulate-media-features', [
      { name: 'prefers-color-scheme', value: 'dark' },
      { name: 'prefers-contrast', value: 'more' },
    ]);
    try {
      const alone = await fixture<SettingsProbe>(html`<sl-settings-probe region="seoul"></sl-settings-probe>`);
      expect(computedToken(alone, SURFACE)).to.equal(surfaceOf('seoul', 'light', 'high'));
      expect(computedToken(alone, '--seoul-learn-color-primary')).to.equal(
        themeTokens('seoul', 'high')['--seoul-learn-color-primary'],
      );
    } finally {
      await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: '' }]);
    }
  });
});
