import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { SeoulLearnElement, baseStyles } from '../../src/core/base-element.js';
import { brand, brandStyles } from '../../src/core/brand.js';
import { defineOnce } from '../../src/core/define.js';
import '../../src/provider/provider.define.js';
import '../../src/progress/progress.define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import { CONTRAST_PAIRS, contrastRatio, themeTokens } from '../../src/themes/index.js';
import { computedToken } from '../helpers/probe-element.js';
import { demoSource, settled } from '../progress/helpers.js';
import { captureWarnings } from '../helpers/warnings.js';

/** An element that shows its resolved region and the brand strip, as the shipped elements do. */
class DocumentProbe extends SeoulLearnElement {
  static override styles = [baseStyles, brandStyles];
  protected override render(): TemplateResult {
    return litHtml`${brand(this.settings)}<p>${this.settings.region}</p>`;
  }
}
defineOnce('sl-document-probe', DocumentProbe);

declare global {
  interface HTMLElementTagNameMap {
    'sl-document-probe': DocumentProbe;
  }
}

const PRIMARY = '--seoul-learn-color-primary';
const SUWON_URL = '/test/provider/fixtures/suwon.json';
const SUWON_CSS = '/test/provider/fixtures/suwon.css';

/** The fixture document, parsed, as a page would hand it to the `tokens` property. */
async function suwon(): Promise<Record<string, unknown>> {
  return (await fetch(SUWON_URL)).json() as Promise<Record<string, unknown>>;
}

/** A same-origin URL for `text` (blob URLs have the page's origin). */
function blobUrl(text: string, type: string): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** Waits until the provider's document has loaded (or failed): its theme, or its fallback, is in place. */
async function loaded(provider: SeoulLearnProvider, done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await provider.updateComplete;
  }
  await provider.updateComplete;
  expect(done(), 'the document was never applied').to.equal(true);
}

async function render(template: TemplateResult): Promise<{ provider: SeoulLearnProvider; probe: DocumentProbe }> {
  const provider = await fixture<SeoulLearnProvider>(template);
  return { provider, probe: provider.querySelector('sl-document-probe')! };
}

describe('<seoul-learn-provider> token documents', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('themes everything inside from a document set as a property, without a warning', async () => {
    const { provider, probe } = await render(html`
      <seoul-learn-provider locale="en" show-brand scheme="light" .tokens=${await suwon()}>
        <sl-document-probe></sl-document-probe>
      </seoul-learn-provider>
    `);
    await loaded(provider, () => provider.documentRegion !== undefined);
    await probe.updateComplete;
    expect(computedToken(provider, PRIMARY)).to.equal('#8c2f39');
    expect(computedToken(probe, PRIMARY), 'inherited').to.equal('#8c2f39');
    // DTCG 2025 dimension objects, and references to other tokens, resolve as in the build.
    expect(computedToken(probe, '--seoul-learn-radius-control')).to.equal('4px');
    expect(computedToken(probe, '--seoul-learn-elevation-card')).to.equal('0px 2px 0px 0px #8c2f39');
    // Everything the document leaves alone is the base theme's.
    expect(computedToken(probe, '--seoul-learn-color-surface')).to.equal(
      themeTokens('seoul', 'normal')['--seoul-learn-color-surface'],
    );
    expect(probe.shadowRoot!.querySelector('[part="brand"]')!.textContent).to.contain('Suwon Learn');
    // The document's id, or `suwon~<n>` if a built-in region already has it.
    expect(probe.shadowRoot!.querySelector('p')!.textContent).to.match(/^suwon(~\d+)?$/);
    expect(warnings.messages).to.deep.equal([]);
    await expect(probe).to.be.accessible();
  });

  it("applies the document's dark and high-contrast layers, also to an element that chooses its own", async () => {
    const { provider, probe } = await render(html`
      <seoul-learn-provider scheme="dark" .tokens=${await suwon()}>
        <sl-document-probe contrast="high"></sl-document-probe>
      </seoul-learn-provider>
    `);
    await loaded(provider, () => provider.documentRegion !== undefined);
    await probe.updateComplete;
    expect(computedToken(provider, PRIMARY)).to.equal('#f28b95');
    expect(computedToken(provider, '--seoul-learn-color-surface')).to.equal(
      themeTokens('seoul', 'normal', 'dark')['--seoul-learn-color-surface'],
    );
    // High contrast: KRDS's high-contrast base, then the document's own high-contrast colours.
    expect(computedToken(probe, PRIMARY)).to.equal('#6e242c');
    expect(computedToken(probe, '--seoul-learn-focus-ring-width')).to.equal(
      themeTokens('seoul', 'high')['--seoul-learn-focus-ring-width'],
    );
    provider.contrast = 'high';
    await provider.updateComplete;
    expect(computedToken(provider, PRIMARY)).to.equal('#6e242c');
  });

  it('fetches a same-origin JSON document from the attribute, with same-origin credentials', async () => {
    const original = window.fetch;
    const requests: RequestInit[] = [];
    window.fetch = (input, init) => {
      requests.push(init ?? {});
      return original(input, init);
    };
    try {
      const { provider, probe } = await render(html`
        <seoul-learn-provider tokens=${SUWON_URL}><sl-document-probe></sl-document-probe></seoul-learn-provider>
      `);
      await loaded(provider, () => provider.documentRegion !== undefined);
      await probe.updateComplete;
      expect(computedToken(probe, PRIMARY)).to.equal('#8c2f39');
      expect(requests.map((r) => r.credentials)).to.deep.equal(['same-origin']);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('reads a CSS document: light, dark and high-contrast rules, media blocks skipped', async () => {
    const { provider, probe } = await render(html`
      <seoul-learn-provider scheme="light" tokens=${SUWON_CSS}
        ><sl-document-probe></sl-document-probe
      ></seoul-learn-provider>
    `);
    await loaded(provider, () => provider.documentRegion !== undefined);
    expect(computedToken(probe, PRIMARY)).to.equal('#8c2f39');
    expect(computedToken(probe, '--seoul-learn-radius-card')).to.equal('6px');
    provider.scheme = 'dark';
    await provider.updateComplete;
    expect(computedToken(probe, PRIMARY)).to.equal('#f28b95');
    provider.contrast = 'high';
    await provider.updateComplete;
    expect(computedToken(probe, PRIMARY)).to.equal('#6e242c');
  });

  it("reads a built region stylesheet back into the same theme as the package's own", async () => {
    const { provider } = await render(
      html`<seoul-learn-provider tokens="/dist/themes/gimpo.css"></seoul-learn-provider>`,
    );
    await loaded(provider, () => provider.documentRegion !== undefined);
    for (const [contrast, scheme] of [
      ['normal', 'light'],
      ['normal', 'dark'],
      ['high', 'light'],
    ] as const) {
      provider.contrast = contrast;
      provider.scheme = scheme;
      await provider.updateComplete;
      const expected = themeTokens('gimpo', contrast, scheme);
      for (const name of Object.keys(expected) as (keyof typeof expected)[]) {
        if (name === '--seoul-learn-font-family') continue; // the computed value re-quotes it
        expect(computedToken(provider, name), `${contrast} ${scheme} ${name}`).to.equal(expected[name].toLowerCase());
      }
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('refuses a cross-origin URL with one warning, without fetching it', async () => {
    const original = window.fetch;
    let fetched = 0;
    window.fetch = (...args) => {
      fetched++;
      return original(...args);
    };
    try {
      const { provider, probe } = await render(html`
        <seoul-learn-provider tokens="https://themes.example.com/suwon.json">
          <sl-document-probe></sl-document-probe>
        </seoul-learn-provider>
      `);
      await loaded(provider, () => warnings.messages.length > 0);
      await probe.updateComplete;
      expect(fetched).to.equal(0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('https://themes.example.com is not this page');
      expect(warnings.messages[0]).to.contain('Using the "seoul" theme.');
      expect(computedToken(probe, PRIMARY)).to.equal(themeTokens('seoul', 'normal')[PRIMARY]);
      expect(probe.shadowRoot!.querySelector('p')!.textContent).to.equal('seoul');
    } finally {
      window.fetch = original;
    }
  });

  describe('a malformed document falls back to the region, with one warning that says why', () => {
    const cases: [string, () => Promise<unknown>, RegExp][] = [
      [
        'bad JSON',
        async () => blobUrl('{ "color": { "primary": { "$value": "#fff" }, } }', 'application/json'),
        /not valid JSON/,
      ],
      [
        'an unknown token',
        async () => ({ ...(await suwon()), color: { primry: { $type: 'color', $value: '#8c2f39' } } }),
        /tokens: color\.primry: unknown token/,
      ],
      [
        'a value that could break out of its declaration',
        async () => ({
          ...(await suwon()),
          radius: { card: { $type: 'dimension', $value: '1px;} * { display: none' } },
        }),
        /radius\.card: "1px;\} \* \{ display: none" is not a plain CSS value/,
      ],
      [
        'a missing programme name',
        async () => ({ color: { primary: { $type: 'color', $value: '#8c2f39' } } }),
        /programName: missing/,
      ],
      [
        'a reference to a KRDS primitive',
        async () => ({ ...(await suwon()), color: { primary: { $type: 'color', $value: '{krds.color.primary.50}' } } }),
        /color\.primary: \{krds\.color\.primary\.50\} is a KRDS primitive/,
      ],
      [
        'an @import in CSS',
        async () =>
          blobUrl(
            "@import url('https://example.com/x.css');\n:root { --seoul-learn-color-primary: #8c2f39; }",
            'text/css',
          ),
        /@import: only @media blocks may appear/,
      ],
      [
        'a declaration other than a theme token in CSS',
        async () =>
          blobUrl(
            ':root { --seoul-learn-color-primary: #8c2f39; background: url(https://example.com/p.gif); }',
            'text/css',
          ),
        /only --seoul-learn-\* declarations may appear/,
      ],
      ['a missing file', async () => '/test/provider/fixtures/missing.json', /HTTP 404/],
    ];
    for (const [what, make, reason] of cases) {
      it(what, async () => {
        const tokens = await make();
        const { provider, probe } = await render(html`
          <seoul-learn-provider .tokens=${tokens}><sl-document-probe></sl-document-probe></seoul-learn-provider>
        `);
        await loaded(provider, () => warnings.messages.length > 0);
        await probe.updateComplete;
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.match(reason);
        expect(warnings.messages[0]).to.match(/^\[seoul-learn\] <seoul-learn-provider> tokens/);
        expect(warnings.messages[0]).to.contain('Using the "seoul" theme.');
        expect(provider.documentRegion).to.equal(undefined);
        expect(computedToken(probe, PRIMARY)).to.equal(themeTokens('seoul', 'normal')[PRIMARY]);
      });
    }
  });

  it('warns once per colour pair below AA, with its ratio, and still applies the document', async () => {
    const doc = await suwon();
    (doc.color as Record<string, unknown>).accent = { $value: '#f0a0a0' };
    const { provider } = await render(html`<seoul-learn-provider .tokens=${doc}></seoul-learn-provider>`);
    await loaded(provider, () => provider.documentRegion !== undefined);
    // What the pairs should give, from the colours the provider actually computes in each mode.
    const expected: string[] = [];
    for (const [contrast, scheme, mode] of [
      ['normal', 'light', 'light'],
      ['high', 'light', 'high contrast'],
      ['normal', 'dark', 'dark'],
    ] as const) {
      provider.contrast = contrast;
      provider.scheme = scheme;
      await provider.updateComplete;
      for (const { fg, bg, kind } of CONTRAST_PAIRS) {
        const ratio = contrastRatio(computedToken(provider, fg), computedToken(provider, bg));
        if (ratio < (kind === 'text' ? 4.5 : 3)) expected.push(`(${mode}): ${fg.slice(14).replace('-', '.')}`);
      }
    }
    expect(expected, 'the accent fails three pairs in light only').to.have.length(3);
    expect(warnings.messages).to.have.length(expected.length);
    expected.forEach((start, i) => expect(warnings.messages[i]).to.contain(start));
    expect(warnings.messages[0]).to.contain(
      'color.on-accent #ffffff on color.accent #f0a0a0 is 2.05:1; text needs 4.5:1.',
    );
    provider.locale = 'en';
    await provider.updateComplete;
    expect(warnings.messages, 'no repeat on re-render').to.have.length(3);
    provider.contrast = 'normal';
    provider.scheme = 'light';
    await provider.updateComplete;
    expect(computedToken(provider, '--seoul-learn-color-accent')).to.equal('#f0a0a0');
  });

  it('a newer document replaces the last, and removing it brings the region back', async () => {
    const { provider, probe } = await render(html`
      <seoul-learn-provider region="gimpo" .tokens=${await suwon()}
        ><sl-document-probe></sl-document-probe
      ></seoul-learn-provider>
    `);
    await loaded(provider, () => provider.documentRegion !== undefined);
    expect(computedToken(probe, PRIMARY)).to.equal('#8c2f39');
    const other = await suwon();
    (other.color as Record<string, unknown>).primary = { $value: '#7a2932' };
    provider.tokens = other;
    await loaded(provider, () => computedToken(probe, PRIMARY) === '#7a2932');
    expect(provider.documentRegion, 'a different theme under the same id').to.match(/^suwon~\d+$/);
    provider.tokens = undefined;
    await loaded(provider, () => provider.documentRegion === undefined);
    await probe.updateComplete;
    expect(computedToken(probe, PRIMARY)).to.equal(themeTokens('gimpo', 'normal')[PRIMARY]);
    expect(probe.shadowRoot!.querySelector('p')!.textContent).to.equal('gimpo');
  });

  it('themes a shipped element accessibly (axe, colour contrast included)', async () => {
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider scheme="light" .tokens=${await suwon()}>
        <seoul-learn-progress .dataSource=${demoSource()}></seoul-learn-progress>
      </seoul-learn-provider>
    `);
    await loaded(provider, () => provider.documentRegion !== undefined);
    const progress = provider.querySelector<SeoulLearnProgress>('seoul-learn-progress')!;
    await settled(progress);
    expect(computedToken(progress, PRIMARY)).to.equal('#8c2f39');
    await expect(progress).to.be.accessible();
    expect(warnings.messages).to.deep.equal([]);
  });
});
