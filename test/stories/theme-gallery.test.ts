import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/provider.define.js';
import '../../stories/theme-gallery/theme-gallery.define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import type { ThemeGallery } from '../../stories/theme-gallery/theme-gallery.js';
import { CONTRAST_PAIRS, REGIONS, REGION_META, themeTokens } from '../../src/themes/index.js';
import { sixRegions } from '../../stories/theme-gallery/six-regions.js';

async function renderGallery(locale: string, contrast: string, scheme = 'light'): Promise<ThemeGallery> {
  const provider = await fixture<SeoulLearnProvider>(html`
    <seoul-learn-provider locale=${locale} contrast=${contrast} scheme=${scheme}
      ><sl-theme-gallery></sl-theme-gallery
    ></seoul-learn-provider>
  `);
  const gallery = provider.querySelector('sl-theme-gallery')!;
  await gallery.updateComplete;
  await gallery.updateComplete;
  return gallery;
}

describe('theme gallery', function () {
  // axe over six full themes: slow when the machine is busy.
  this.timeout(40_000);
  for (const contrast of ['normal', 'high']) {
    it(`shows every region with passing contrast (${contrast})`, async () => {
      const gallery = await renderGallery('ko', contrast);
      const root = gallery.shadowRoot!;
      const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent!.trim());
      expect(headings).to.have.length(REGIONS.length);
      expect(headings[0]).to.contain('서울런');
      const rows = root.querySelectorAll('tbody tr');
      expect(rows).to.have.length(REGIONS.length * CONTRAST_PAIRS.length);
      const results = [...rows].map((row) => row.lastElementChild!.textContent!.trim());
      expect(results.filter((text) => !text.includes('통과'))).to.deep.equal([]);
      await expect(gallery).to.be.accessible();
    });
  }

  it('speaks English when the provider does', async () => {
    const gallery = await renderGallery('en', 'normal');
    const root = gallery.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Region theme tokens');
    expect(root.querySelector('h3')!.textContent).to.contain('Seoul Learn');
    expect(root.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows a specimen per region in its own shape, density and brand (${scheme})`, async () => {
      const gallery = await renderGallery('ko', 'normal', scheme);
      const specimens = [...gallery.shadowRoot!.querySelectorAll<HTMLElement>('.specimen')];
      expect(specimens).to.have.length(REGIONS.length);
      REGIONS.forEach((region, i) => {
        const tokens = themeTokens(region, 'normal', scheme);
        const specimen = specimens[i]!;
        expect(specimen.querySelector('[part="brand"]')!.textContent).to.contain(REGION_META[region].programName.ko);
        const button = getComputedStyle(specimen.querySelector('.btn-primary')!);
        expect(button.borderTopLeftRadius, region).to.equal(tokens['--seoul-learn-radius-control']);
        expect(button.minHeight, region).to.equal(tokens['--seoul-learn-density-control-height']);
        expect(getComputedStyle(specimen).boxShadow, region).not.to.equal('none');
        const surface = tokens['--seoul-learn-color-surface'];
        const rgb = `rgb(${[1, 3, 5].map((k) => parseInt(surface.slice(k, k + 2), 16)).join(', ')})`;
        expect(getComputedStyle(specimen).backgroundColor, region).to.equal(rgb);
      });
      await expect(gallery).to.be.accessible();
    });
  }

  it('the six-regions story puts every element in every region, following the outer locale and scheme', async () => {
    const outer = await fixture<SeoulLearnProvider>(
      html`<seoul-learn-provider locale="en" scheme="dark">${sixRegions('en')}</seoul-learn-provider>`,
    );
    const sections = [...outer.querySelectorAll('section')];
    expect(sections.map((s) => s.querySelector('h2')!.textContent!.trim())).to.deep.equal(
      REGIONS.map((r) => `${REGION_META[r].programName.en} · ${REGION_META[r].regionName.en}`),
    );
    for (const [i, region] of REGIONS.entries()) {
      const provider = sections[i]!.querySelector('seoul-learn-provider')!;
      expect(provider.getAttribute('region')).to.equal(region);
      expect(provider.hasAttribute('show-brand')).to.equal(true);
      const elements = [...provider.querySelectorAll('seoul-learn-course, seoul-learn-progress, seoul-learn-booking')];
      expect(elements.map((el) => el.localName)).to.deep.equal([
        'seoul-learn-course',
        'seoul-learn-progress',
        'seoul-learn-booking',
      ]);
      await Promise.all(elements.map((el) => (el as SeoulLearnProvider).updateComplete));
      for (const el of elements) {
        const primary = getComputedStyle(el).getPropertyValue('--seoul-learn-color-primary').trim();
        expect(primary, `${region} ${el.localName}`).to.equal(
          themeTokens(region, 'normal', 'dark')['--seoul-learn-color-primary'],
        );
      }
    }
  });
});
