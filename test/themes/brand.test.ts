import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html as litHtml, type TemplateResult } from 'lit';
import { SeoulLearnElement, baseStyles } from '../../src/core/base-element.js';
import { brand, brandStyles } from '../../src/core/brand.js';
import { defineOnce } from '../../src/core/define.js';
import '../../src/provider/provider.define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import { REGIONS, REGION_META, SCHEMES, themeTokens, type Region } from '../../src/themes/index.js';
import '../../stories/theme-gallery/theme-gallery.define.js';
import { needsMediaEmulation } from '../helpers/media-emulation.js';

/** An element that places the brand strip the way the lead's elements do. */
class BrandProbe extends SeoulLearnElement {
  static override styles = [baseStyles, brandStyles];
  protected override render(): TemplateResult {
    return litHtml`${brand(this.settings)}<p lang=${this.settings.locale}>내용 content</p>`;
  }
}
defineOnce('sl-brand-probe', BrandProbe);

declare global {
  interface HTMLElementTagNameMap {
    'sl-brand-probe': BrandProbe;
  }
}

const strip = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="brand"]');
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('brand strip (show-brand)', () => {
  it('is absent unless asked for', async () => {
    const el = await fixture<BrandProbe>(html`<sl-brand-probe></sl-brand-probe>`);
    expect(strip(el)).to.equal(null);
  });

  for (const region of REGIONS) {
    for (const locale of ['ko', 'en'] as const) {
      it(`${region} / ${locale}: names the programme beside its mark, in the region's shape`, async () => {
        const el = await fixture<BrandProbe>(
          html`<sl-brand-probe show-brand region=${region} locale=${locale}></sl-brand-probe>`,
        );
        const part = strip(el)!;
        const name = REGION_META[region].programName;
        expect(part.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${name.ko.charAt(0)} ${name[locale]}`);
        const mark = part.querySelector('.brand-mark')!;
        expect(mark.getAttribute('aria-hidden')).to.equal('true');
        const tokens = themeTokens(region, 'normal');
        const style = getComputedStyle(mark);
        expect(style.backgroundColor).to.equal(rgb(tokens['--seoul-learn-color-primary']));
        expect(style.borderTopLeftRadius).to.equal(tokens['--seoul-learn-brand-mark-radius']);
        expect(getComputedStyle(part).backgroundColor).to.equal(rgb(tokens['--seoul-learn-color-primary-subtle']));
        await expect(el).to.be.accessible();
      });
    }
  }

  it('every element inside a provider with show-brand shows it, in the scheme', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider show-brand region="taebaek" locale="en"
        ><sl-brand-probe></sl-brand-probe><sl-brand-probe></sl-brand-probe
      ></seoul-learn-provider>
    `);
    const probes = [...provider.querySelectorAll('sl-brand-probe')];
    for (const probe of probes) await probe.updateComplete;
    for (const probe of probes) expect(strip(probe)?.textContent).to.contain('Taebaek Learn');
    for (const scheme of SCHEMES) {
      provider.scheme = scheme;
      await provider.updateComplete;
      for (const probe of probes) await probe.updateComplete;
      const mark = strip(probes[0]!)!.querySelector('.brand-mark')!;
      expect(getComputedStyle(mark).backgroundColor, scheme).to.equal(
        rgb(themeTokens('taebaek', 'normal', scheme)['--seoul-learn-color-primary']),
      );
      await expect(provider).to.be.accessible();
    }
  });

  it('a host can recolour it through the brand knobs', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><sl-brand-probe show-brand></sl-brand-probe></div>`);
    wrapper.style.setProperty('--seoul-learn-brand-mark', '#123456');
    const el = wrapper.querySelector('sl-brand-probe')!;
    await el.updateComplete;
    expect(getComputedStyle(strip(el)!.querySelector('.brand-mark')!).backgroundColor).to.equal('rgb(18, 52, 86)');
  });
});

describe('brand strip under forced colours', () => {
  needsMediaEmulation();
  afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: '' }]));

  it('keeps the mark outlined and the rule under the strip', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    const el = await fixture<BrandProbe>(html`<sl-brand-probe show-brand region="gimpo"></sl-brand-probe>`);
    const mark = getComputedStyle(strip(el)!.querySelector('.brand-mark')!);
    const text = getComputedStyle(strip(el)!).color;
    expect(mark.borderTopStyle).to.equal('solid');
    expect(mark.borderTopColor).to.equal(mark.color);
    expect(mark.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(strip(el)!).borderBottomColor).to.equal(text);
  });
});

describe('region logos', () => {
  it('ship for every region whose meta says so, and only for those', async () => {
    for (const region of REGIONS) {
      const response = await fetch(`/dist/themes/logos/${region}.svg`);
      expect(response.ok, `${region}.svg`).to.equal(REGION_META[region].logo);
    }
  });

  it('a region without one: the brand block shows the programme name and no mark image', async () => {
    const meta = REGION_META as Record<string, (typeof REGION_META)[Region]>;
    const saved = meta.gimpo!;
    meta.gimpo = { ...saved, logo: false };
    try {
      const provider = await fixture<SeoulLearnProvider>(
        html`<seoul-learn-provider locale="en"><sl-theme-gallery></sl-theme-gallery></seoul-learn-provider>`,
      );
      const gallery = provider.querySelector('sl-theme-gallery')!;
      await gallery.updateComplete;
      const header = (region: Region) =>
        gallery.shadowRoot!.querySelector(`#region-${region}`)!.closest('section')!.querySelector('header')!;
      expect(header('gimpo').querySelector('img')).to.equal(null);
      expect(header('gimpo').textContent).to.contain('Gimpo Learn');
      expect(header('seoul').querySelector('img')!.alt).to.equal('Seoul Learn logo');
      await expect(header('gimpo')).to.be.accessible();
    } finally {
      meta.gimpo = saved;
    }
  });
});
