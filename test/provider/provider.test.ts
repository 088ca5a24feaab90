import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/provider/provider.define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import { themeTokens } from '../../src/themes/index.js';
import { defaultDataSource } from '../../src/data/demo-data-source.js';
import { apiDataSource } from '../../src/data/api-data-source.js';
import type { DataSource } from '../../src/data/types.js';
import { computedToken, type SettingsProbe } from '../helpers/probe-element.js';
import '../helpers/probe-element.js';
import { needsMediaEmulation } from '../helpers/media-emulation.js';
import { captureWarnings } from '../helpers/warnings.js';

const PRIMARY = '--seoul-learn-color-primary';
const primaryOf = (region: Parameters<typeof themeTokens>[0], contrast: 'normal' | 'high' = 'normal') =>
  themeTokens(region, contrast)[PRIMARY].toLowerCase();

async function settle(...elements: Array<SeoulLearnProvider | SettingsProbe>): Promise<void> {
  for (let i = 0; i < 2; i += 1) await Promise.all(elements.map((el) => el.updateComplete));
}

describe('<seoul-learn-provider>', () => {
  it('an element alone uses the defaults and themes itself', async () => {
    const probe = await fixture<SettingsProbe>(html`<sl-settings-probe></sl-settings-probe>`);
    expect(probe.resolved.region).to.equal('seoul');
    expect(probe.resolved.locale).to.equal('ko');
    expect(probe.resolved.learnerId).to.equal('demo-learner');
    expect(probe.resolved.hasProvider).to.equal(false);
    expect(probe.resolved.dataSource).to.equal(defaultDataSource());
    expect(computedToken(probe, PRIMARY)).to.equal(primaryOf('seoul'));
  });

  it('shares its settings and theme with the elements inside it', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="gimpo" locale="en" learner-id="learner-7">
        <div><sl-settings-probe></sl-settings-probe></div>
      </seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    expect(probe.resolved.region).to.equal('gimpo');
    expect(probe.resolved.locale).to.equal('en');
    expect(probe.resolved.learnerId).to.equal('learner-7');
    expect(probe.shadowRoot!.textContent).to.contain('gimpo en learner-7');
    expect(computedToken(provider, PRIMARY)).to.equal(primaryOf('gimpo'));
    expect(computedToken(probe, PRIMARY), 'inherited from the provider').to.equal(primaryOf('gimpo'));
    expect(primaryOf('gimpo')).not.to.equal(primaryOf('seoul'));
    await expect(provider).to.be.accessible();
  });

  it("lets an element's own attributes override the provider", async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="gimpo" locale="en">
        <sl-settings-probe region="incheon" locale="ko" learner-id="own"></sl-settings-probe>
      </seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    expect(probe.resolved.region).to.equal('incheon');
    expect(probe.resolved.locale).to.equal('ko');
    expect(probe.resolved.learnerId).to.equal('own');
    expect(computedToken(probe, PRIMARY)).to.equal(primaryOf('incheon'));
  });

  it('re-renders the elements inside when a provider attribute changes', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="seoul" locale="ko"><sl-settings-probe></sl-settings-probe></seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    provider.setAttribute('locale', 'en');
    provider.setAttribute('region', 'taebaek');
    await settle(provider, probe);
    expect(probe.shadowRoot!.querySelector('p')!.lang).to.equal('en');
    expect(probe.shadowRoot!.textContent).to.contain('taebaek en');
    expect(computedToken(probe, PRIMARY)).to.equal(primaryOf('taebaek'));
  });

  it('applies the high-contrast variant when asked', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="chungbuk" contrast="high"
        ><sl-settings-probe></sl-settings-probe
      ></seoul-learn-provider>
    `);
    expect(computedToken(provider, '--seoul-learn-color-on-surface')).to.equal(
      themeTokens('chungbuk', 'high')['--seoul-learn-color-on-surface'].toLowerCase(),
    );
    expect(computedToken(provider, PRIMARY)).to.equal(primaryOf('chungbuk', 'high'));
  });

  it('lets the host page override any token from its own CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'seoul-learn-provider.branded { --seoul-learn-color-primary: #123456; }';
    document.head.append(style);
    try {
      const provider = await fixture<SeoulLearnProvider>(html`
        <seoul-learn-provider class="branded" region="pyeongchang"
          ><sl-settings-probe></sl-settings-probe
        ></seoul-learn-provider>
      `);
      const probe = provider.querySelector('sl-settings-probe')!;
      await settle(provider, probe);
      expect(computedToken(probe, PRIMARY)).to.equal('#123456');
    } finally {
      style.remove();
    }
  });

  it('warns once, naming the valid values, and falls back for an invalid attribute', async () => {
    const warnings = captureWarnings();
    let probe: SettingsProbe;
    try {
      const provider = await fixture<SeoulLearnProvider>(html`
        <seoul-learn-provider region="gimpo"
          ><sl-settings-probe region="busan"></sl-settings-probe
        ></seoul-learn-provider>
      `);
      probe = provider.querySelector('sl-settings-probe')!;
      await settle(provider, probe);
      probe.requestUpdate();
      await settle(provider, probe);
    } finally {
      warnings.restore();
    }
    expect(probe.resolved.region).to.equal('gimpo');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('region="busan"');
    expect(warnings.messages[0]).to.contain('seoul, chungbuk, pyeongchang, gimpo, incheon, taebaek');
  });

  it('validates its own attributes the same way', async () => {
    const warnings = captureWarnings();
    let provider: SeoulLearnProvider;
    try {
      provider = await fixture<SeoulLearnProvider>(html`<seoul-learn-provider locale="ja"></seoul-learn-provider>`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain('locale="ja"').and.contain('ko, en');
    expect(computedToken(provider, PRIMARY)).to.equal(primaryOf('seoul'));
  });

  it('nested providers inherit what they do not set', async () => {
    const source = { marker: 'outer' } as unknown as DataSource;
    const outer = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="incheon" locale="en" learner-id="outer-learner" .dataSource=${source}>
        <seoul-learn-provider region="taebaek"><sl-settings-probe></sl-settings-probe></seoul-learn-provider>
      </seoul-learn-provider>
    `);
    const inner = outer.querySelector('seoul-learn-provider')!;
    const probe = outer.querySelector('sl-settings-probe')!;
    await settle(outer, inner, probe);
    expect(probe.resolved.region).to.equal('taebaek');
    expect(probe.resolved.locale).to.equal('en');
    expect(probe.resolved.learnerId).to.equal('outer-learner');
    expect(probe.resolved.dataSource).to.equal(source);
  });

  it("prefers the element's own data source over the provider's", async () => {
    const fromProvider = { marker: 'provider' } as unknown as DataSource;
    const own = { marker: 'own' } as unknown as DataSource;
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider .dataSource=${fromProvider}><sl-settings-probe></sl-settings-probe></seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    expect(probe.resolved.dataSource).to.equal(fromProvider);
    probe.dataSource = own;
    expect(probe.resolved.dataSource).to.equal(own);
  });

  it("picks the API of api-base: the element's own first, and sends the provider's token only to its API", async () => {
    const getToken = async () => 'secret-token';
    const fromProvider = { marker: 'provider' } as unknown as DataSource;
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider api-base="https://api.example.kr/v1" .getToken=${getToken}>
        <sl-settings-probe></sl-settings-probe>
      </seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    expect(probe.resolved.dataSource).to.equal(apiDataSource('https://api.example.kr/v1', getToken));
    expect(probe.resolved.dataSource).to.not.equal(apiDataSource('https://api.example.kr/v1'));

    // Another API named on the element itself gets no token meant for the provider's API.
    probe.setAttribute('api-base', 'https://other.example.org/api');
    expect(probe.resolved.dataSource).to.equal(apiDataSource('https://other.example.org/api'));
    probe.setAttribute('api-base', 'https://api.example.kr/v1');
    expect(probe.resolved.dataSource).to.equal(apiDataSource('https://api.example.kr/v1', getToken));

    // The element's own api-base wins over the provider's data source, as own attributes do.
    provider.dataSource = fromProvider;
    await settle(provider, probe);
    expect(probe.resolved.dataSource).to.equal(apiDataSource('https://api.example.kr/v1', getToken));
    probe.removeAttribute('api-base');
    expect(probe.resolved.dataSource).to.equal(fromProvider);
  });

  it('shares getToken as a property, never as an attribute', async () => {
    const getToken = async () => 'secret-token';
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider api-base="https://api.example.kr/v1" .getToken=${getToken}>
        <sl-settings-probe></sl-settings-probe>
      </seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    // The elements' data source is the provider's API with the provider's token callback.
    expect(probe.resolved.dataSource).to.equal(apiDataSource('https://api.example.kr/v1', getToken));
    expect(provider.outerHTML).not.to.contain('secret-token');
  });

  it('lets go of an element that leaves it', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="gimpo"><sl-settings-probe></sl-settings-probe></seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    document.body.append(probe);
    probe.requestUpdate();
    await settle(probe);
    expect(probe.resolved.region).to.equal('seoul');
    expect(computedToken(probe, PRIMARY)).to.equal(primaryOf('seoul'));
    probe.remove();
  });

  it('themes an element moved out of it by itself, with nothing else asking it to render', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="taebaek"><sl-settings-probe></sl-settings-probe></seoul-learn-provider>
    `);
    const probe = provider.querySelector('sl-settings-probe')!;
    await settle(provider, probe);
    expect(computedToken(probe, PRIMARY)).to.equal(primaryOf('taebaek'));
    document.body.append(probe);
    await settle(probe);
    expect(computedToken(probe, PRIMARY)).to.equal(primaryOf('seoul'));
    probe.remove();
  });
});

describe('prefers-contrast: more', () => {
  needsMediaEmulation();
  afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: '' }]));

  it('switches an element without a contrast setting to high contrast', async () => {
    const onSurface = '--seoul-learn-color-on-surface';
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }]);
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="incheon"><sl-settings-probe></sl-settings-probe></seoul-learn-provider>
      <seoul-learn-provider region="incheon" contrast="normal"></seoul-learn-provider>
    `);
    const pinned = provider.nextElementSibling!;
    const alone = await fixture<SettingsProbe>(html`<sl-settings-probe region="gimpo"></sl-settings-probe>`);
    expect(computedToken(provider, PRIMARY)).to.equal(primaryOf('incheon', 'high'));
    expect(computedToken(provider, onSurface)).to.equal(themeTokens('incheon', 'high')[onSurface].toLowerCase());
    expect(computedToken(pinned, onSurface), 'contrast="normal" wins over the preference').to.equal(
      themeTokens('incheon', 'normal')[onSurface].toLowerCase(),
    );
    expect(computedToken(alone, onSurface)).to.equal(themeTokens('gimpo', 'high')[onSurface].toLowerCase());
    expect(themeTokens('gimpo', 'high')[onSurface]).not.to.equal(themeTokens('gimpo', 'normal')[onSurface]);
  });
});
