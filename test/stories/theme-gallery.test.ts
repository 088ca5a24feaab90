import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/provider.define.js';
import '../../stories/theme-gallery/theme-gallery.define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import type { ThemeGallery } from '../../stories/theme-gallery/theme-gallery.js';
import { CONTRAST_PAIRS, REGIONS } from '../../src/themes/index.js';

async function renderGallery(locale: string, contrast: string): Promise<ThemeGallery> {
  const provider = await fixture<SeoulLearnProvider>(html`
    <seoul-learn-provider locale=${locale} contrast=${contrast}
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
});
