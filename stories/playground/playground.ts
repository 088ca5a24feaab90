import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/define.js';
import { CONTRAST_PAIRS, REGIONS, REGION_META, contrastRatio, type TokenName } from '../../src/themes/index.js';
import { nearestPassing, opaqueHex, type Requirement } from './colour.js';
import { BASE_TIER, COMPONENT_PROPERTIES, MOBILE, REGION_FILES } from './sources.js';
import {
  CATEGORIES,
  LAYERS,
  catalogue,
  documentProblems,
  fileName,
  fileText,
  flatten,
  invalidReason,
  namesOf,
  parseFileName,
  regionCss,
  resolveRegion,
  withNames,
  withToken,
  type Category,
  type Layer,
  type RegionNames,
  type TokenDoc,
  type TokenInfo,
} from './token-model.js';

const TOKENS = catalogue(BASE_TIER);
const BY_NAME = new Map(TOKENS.map((t) => [t.name, t]));
const short = (name: string) => name.replace('--seoul-learn-', '');

const LAYER_LABEL: Record<Layer, string> = { normal: 'Light', dark: 'Dark', high: 'High contrast' };
const CATEGORY_LABEL: Record<Category, string> = {
  colour: 'Colour',
  scheme: 'Scheme',
  type: 'Type',
  space: 'Space',
  radius: 'Radius',
  density: 'Density',
  elevation: 'Elevation',
  motion: 'Motion',
  focus: 'Focus',
  brand: 'Brand',
};
/** Where to start a new region from: a shipped (or dropped-in) region's files, or the KRDS base alone. */
const BASE_ONLY = '';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Docs = Record<Layer, TokenDoc>;

const STORE = 'seoul-learn-theme-playground';
interface Saved {
  regionId: string;
  names: RegionNames;
  docs: Docs;
  component: Record<string, string>;
}

interface PairResult {
  readonly fg: TokenName;
  readonly bg: TokenName;
  readonly kind: 'text' | 'ui';
  readonly min: number;
  readonly ratio: number | undefined;
  readonly ok: boolean;
  /** The nearest passing colour for the foreground (or, failing that, the background). */
  readonly fix?: { readonly token: TokenName; readonly value: string };
}

const emptyDocs = (): Docs => ({ normal: {}, dark: {}, high: {} });

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The theme playground: every element in a region's theme beside a token editor. Edits go into the
 * region's token files (light, dark, high contrast) in the format of themes/tokens/regions, are
 * resolved as the build resolves them and applied live through a constructable stylesheet; every
 * contrast pair is re-checked as you type, and a failing colour offers the nearest one that passes.
 *
 * @tag sl-theme-playground
 */
export class ThemePlayground extends LitElement {
  /** The region to start from (a file in themes/tokens/regions), `''` for the KRDS base alone. */
  @property() region = 'seoul';

  /** The scheme shown and edited: `normal` (light), `dark` or `high`. */
  @property() layer: Layer = 'normal';

  @state() private regionId = 'seoul';
  @state() private names: RegionNames = { regionName: { ko: '', en: '' }, programName: { ko: '', en: '' } };
  @state() private docs: Docs = emptyDocs();
  @state() private component: Record<string, string> = {};
  @state() private filter = '';
  @state() private status = '';
  @state() private errors: Partial<Record<string, string>> = {};
  private edited = false;
  private readonly sheet = new CSSStyleSheet();

  static override styles = css`
    /* Laid out by its own width, so the toolbar's viewport presets apply in the iframe view too. */
    :host {
      display: block;
      container-type: inline-size;
      color: #1e2124;
      background: #ffffff;
      font:
        14px/1.5 system-ui,
        'Pretendard GOV',
        sans-serif;
      color-scheme: light;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(360px, 440px) minmax(0, 1fr);
      gap: 24px;
      padding: 16px;
      align-items: start;
    }
    /* Wide screens: the editor and the preview scroll on their own, so the contrast checks stay
       in view while you edit. */
    @container (min-width: 901px) {
      .layout {
        block-size: 100vh;
        box-sizing: border-box;
      }
      .layout > section {
        max-block-size: 100%;
        overflow: auto;
        padding-inline-end: 4px;
      }
    }
    @container (max-width: 900px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    h2 {
      font-size: 20px;
      margin: 0 0 8px;
    }
    h3 {
      font-size: 16px;
      margin: 20px 0 6px;
    }
    p {
      margin: 0 0 8px;
    }
    fieldset {
      border: 1px solid #6d7882;
      border-radius: 6px;
      margin: 0 0 12px;
      padding: 8px 12px 12px;
    }
    legend {
      font-weight: 700;
      padding: 0 4px;
    }
    label {
      display: block;
    }
    input,
    select,
    button,
    textarea {
      font: inherit;
      color: inherit;
    }
    input[type='text'],
    input[type='search'],
    textarea,
    select {
      box-sizing: border-box;
      min-height: 32px;
      padding: 2px 6px;
      border: 1px solid #6d7882;
      border-radius: 4px;
      background: #ffffff;
      width: 100%;
    }
    input[type='color'] {
      inline-size: 36px;
      block-size: 32px;
      padding: 0 2px;
      border: 1px solid #6d7882;
      border-radius: 4px;
      background: #ffffff;
      flex: none;
    }
    button {
      min-height: 32px;
      padding: 2px 10px;
      border: 1px solid #0b50d0;
      border-radius: 4px;
      background: #ffffff;
      color: #0b50d0;
      cursor: pointer;
    }
    button.primary {
      background: #0b50d0;
      color: #ffffff;
    }
    :focus-visible {
      outline: 2px solid #0b50d0;
      outline-offset: 2px;
    }
    .names {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 8px;
    }
    .schemes {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .schemes label {
      display: inline-flex;
      gap: 4px;
      align-items: center;
    }
    .hint {
      color: #464c53;
      font-size: 13px;
    }
    details {
      border-top: 1px solid #cdd1d5;
    }
    summary {
      padding: 6px 0;
      font-weight: 700;
      cursor: pointer;
    }
    .token {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 2px 8px;
      padding: 6px 0;
      border-top: 1px dashed #cdd1d5;
    }
    .token label code {
      font-size: 12.5px;
    }
    .token .set {
      color: #083891;
      font-size: 12px;
      font-weight: 700;
    }
    .controls {
      grid-column: 1 / -1;
      display: flex;
      gap: 6px;
      align-items: center;
    }
    .error {
      grid-column: 1 / -1;
      color: #bd2c0f;
      font-size: 13px;
    }
    [aria-invalid='true'] {
      border-color: #bd2c0f;
      border-width: 2px;
    }
    .swatches {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(92px, 1fr));
      gap: 4px;
      list-style: none;
      padding: 0;
      margin: 0;
      font-size: 12px;
    }
    .swatches span {
      display: inline-block;
      inline-size: 14px;
      block-size: 14px;
      border: 1px solid #1e2124;
      vertical-align: middle;
      margin-inline-end: 4px;
    }
    .checks {
      max-block-size: 340px;
      overflow: auto;
      border: 1px solid #6d7882;
      border-radius: 6px;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: 13px;
    }
    th,
    td {
      text-align: start;
      padding: 4px 8px;
      border-bottom: 1px solid #cdd1d5;
    }
    thead th {
      position: sticky;
      top: 0;
      background: #f4f5f6;
    }
    .sample {
      display: inline-block;
      padding: 1px 6px;
      border-radius: 3px;
      border: 3px solid transparent;
    }
    /* The sample shows the pair as it is, failing or not: generated content, so that checkers
       report the ratio in the table rather than the sample itself. */
    .text-sample::before {
      content: '가 Aa';
    }
    .fix-swatch {
      display: inline-block;
      inline-size: 12px;
      block-size: 12px;
      margin-inline-end: 6px;
      border: 1px solid #ffffff;
      vertical-align: -1px;
    }
    .fail {
      color: #bd2c0f;
      font-weight: 700;
    }
    .pass {
      color: #267337;
    }
    .summary {
      display: flex;
      gap: 16px;
      flex-wrap: wrap;
      margin-bottom: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .preview seoul-learn-provider {
      display: block;
      padding: 16px;
      border: 1px solid #6d7882;
      border-radius: 6px;
    }
    .stack {
      display: grid;
      gap: 16px;
    }
    pre {
      max-block-size: 240px;
      overflow: auto;
      background: #f4f5f6;
      padding: 8px;
      font-size: 12px;
    }
  `;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Edits survive a reload (and Storybook's hot updates) for the rest of the browser session.
    const saved = sessionStorage.getItem(STORE);
    if (!saved || this.edited) return;
    try {
      const { regionId, names, docs, component } = JSON.parse(saved) as Saved;
      Object.assign(this, { regionId, names, docs, component, edited: true });
      this.status = 'Restored your edits from this browser session (Start over discards them).';
    } catch {
      sessionStorage.removeItem(STORE);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The toolbar's region picks where to start until the first edit; after that, edits are kept.
    if (changed.has('region') && !this.edited) this.start(this.region);
    if (!LAYERS.includes(this.layer)) this.layer = 'normal';
  }

  /** Starts over from a region's files (or the base alone), named after it. */
  start(region: string): void {
    const files = REGION_FILES[region];
    this.docs = files ? structuredClone(files) : emptyDocs();
    this.regionId = files ? region : 'new-region';
    this.names = (files && namesOf(files.normal)) ?? {
      regionName: { ko: '새 지역', en: 'New region' },
      programName: { ko: '새런', en: 'New Learn' },
    };
    this.errors = {};
    this.edited = false;
  }

  /** Every public token of each scheme, as the build would resolve the current files. */
  resolved(): Record<Layer, Record<TokenName, string>> {
    const docs = this.exportDocs();
    return {
      normal: resolveRegion(BASE_TIER, docs, 'normal'),
      dark: resolveRegion(BASE_TIER, docs, 'dark'),
      high: resolveRegion(BASE_TIER, docs, 'high'),
    };
  }

  /** The three files with the current names, as they would be written. */
  exportDocs(): Docs {
    return { ...this.docs, normal: withNames(this.docs.normal, this.names) };
  }

  /** The export: the region's token files (those with tokens; always `<id>.json`) and its CSS. */
  exportFiles(): Record<string, string> {
    const docs = this.exportDocs();
    const out: Record<string, string> = {};
    for (const layer of LAYERS) {
      if (layer === 'normal' || flatten(docs[layer]).size) {
        out[fileName(this.regionId, layer)] = fileText(docs[layer]);
      }
    }
    out[`${this.regionId}.css`] = this.css();
    return out;
  }

  private css(): string {
    const component = Object.entries(this.component).filter(([, v]) => v.trim());
    const base = regionCss(this.regionId, this.resolved(), MOBILE);
    if (!component.length) return base;
    return `${base}
/* Element custom properties (not theme tokens: set them on any ancestor of the elements). */
.seoul-learn-theme-${this.regionId} {
${component.map(([k, v]) => `  ${k}: ${v};`).join('\n')}
}
`;
  }

  /**
   * Loads region files to preview them: `<id>.json`, `<id>.dark.json`, `<id>.high-contrast.json`
   * (a file whose name does not say its scheme is read as the light one). Layers that no file
   * gives start empty. Returns the problems found; the files load if there are none.
   */
  async importFiles(files: readonly File[]): Promise<string[]> {
    const docs = emptyDocs();
    const problems: string[] = [];
    let id: string | undefined;
    for (const file of files) {
      const parsed = parseFileName(file.name);
      let doc: unknown;
      try {
        doc = JSON.parse(await file.text());
      } catch (err) {
        problems.push(`${file.name}: not JSON (${(err as Error).message})`);
        continue;
      }
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        problems.push(`${file.name}: not a token document`);
        continue;
      }
      problems.push(...documentProblems(BASE_TIER, doc as TokenDoc).map((p) => `${file.name}: ${p}`));
      docs[parsed?.layer ?? 'normal'] = doc as TokenDoc;
      id ??= parsed?.id;
    }
    if (!problems.length) {
      try {
        for (const layer of LAYERS) resolveRegion(BASE_TIER, docs, layer);
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    if (problems.length) {
      this.status = `Not loaded: ${problems.join('; ')}`;
      return problems;
    }
    this.docs = docs;
    if (id) this.regionId = id;
    this.names = namesOf(docs.normal) ?? this.names;
    this.errors = {};
    this.edited = true;
    this.status = `Loaded ${files.map((f) => f.name).join(', ')}.`;
    return [];
  }

  /** Sets a token in the file of the scheme being edited; `undefined` removes it from that file. */
  setToken(name: TokenName, value: string | undefined): boolean {
    const info = BY_NAME.get(name);
    if (!info || BASE_TIER.locked.has(name)) return false;
    const reason = value === undefined ? undefined : invalidReason(value, info.type);
    if (reason) {
      this.errors = { ...this.errors, [name]: reason };
      return false;
    }
    const errors = { ...this.errors };
    delete errors[name];
    this.errors = errors;
    const next = withToken(this.docs[this.layer], info, value);
    const docs = { ...this.docs, [this.layer]: next };
    try {
      resolveRegion(BASE_TIER, docs, this.layer);
    } catch (err) {
      this.errors = { ...this.errors, [name]: (err as Error).message };
      return false;
    }
    this.docs = docs;
    this.edited = true;
    return true;
  }

  /** Contrast of every pair in one scheme, with the nearest passing colour for those that fail. */
  checks(tokens: Record<TokenName, string>): PairResult[] {
    const requirements = (token: TokenName): Requirement[] =>
      CONTRAST_PAIRS.flatMap((p) => {
        const other = p.fg === token ? p.bg : p.bg === token ? p.fg : undefined;
        const hex = other && opaqueHex(tokens[other]);
        return hex ? [{ bg: hex, min: p.kind === 'text' ? 4.5 : 3 }] : [];
      });
    return CONTRAST_PAIRS.map(({ fg, bg, kind }) => {
      const min = kind === 'text' ? 4.5 : 3;
      const a = opaqueHex(tokens[fg]);
      const b = opaqueHex(tokens[bg]);
      const ratio = a && b ? contrastRatio(a, b) : undefined;
      const ok = ratio !== undefined && ratio >= min;
      if (ok || !a || !b) return { fg, bg, kind, min, ratio, ok };
      const fgFix = nearestPassing(a, requirements(fg));
      const fix = fgFix
        ? { token: fg, value: fgFix }
        : (() => {
            const bgFix = nearestPassing(b, requirements(bg));
            return bgFix ? { token: bg, value: bgFix } : undefined;
          })();
      return { fg, bg, kind, min, ratio, ok, ...(fix ? { fix } : {}) };
    });
  }

  protected override updated(): void {
    if (this.edited) {
      const saved: Saved = { regionId: this.regionId, names: this.names, docs: this.docs, component: this.component };
      sessionStorage.setItem(STORE, JSON.stringify(saved));
    } else {
      sessionStorage.removeItem(STORE);
    }
    const tokens = this.resolved()[this.layer];
    const component = Object.entries(this.component).filter(([, v]) => v.trim() && !invalidReason(v, undefined));
    const decls = [...Object.entries(tokens).filter(([name]) => !BASE_TIER.locked.has(name)), ...component].map(
      ([k, v]) => `${k}: ${v};`,
    );
    // Rules in this shadow root beat the provider's own :host theme, so these values win.
    this.sheet.replaceSync(`.preview seoul-learn-provider { ${decls.join(' ')} }`);
  }

  private brand?: { key: string; doc: Record<string, unknown> | undefined };

  /**
   * For a region the package does not ship, a token document with its id and names only, so that
   * the preview's brand strips show the new programme's name, as a partner's page would. The
   * tokens themselves come from this element's stylesheet (see `updated`), which beats the
   * provider's theme. The same object while the names stay the same: a new one makes the provider
   * read it again.
   */
  private brandDocument(): Record<string, unknown> | undefined {
    const { regionId, names } = this;
    const key = JSON.stringify([regionId, names]);
    if (this.brand?.key !== key) {
      const named = names.programName.ko.trim() && names.programName.en.trim();
      const doc =
        ID.test(regionId) && named && !(REGIONS as readonly string[]).includes(regionId)
          ? { $extensions: { 'kr.seoul-learn': { id: regionId, ...names } } }
          : undefined;
      this.brand = { key, doc };
    }
    return this.brand.doc;
  }

  protected override render(): TemplateResult {
    const all = this.resolved();
    const tokens = all[this.layer];
    const results = this.checks(tokens);
    const providerRegion = (REGIONS as readonly string[]).includes(this.region) ? this.region : 'seoul';
    return html`<div class="layout">
      <section class="editor" aria-labelledby="editor-title">
        <h2 id="editor-title">Theme playground</h2>
        <p class="hint">
          Edits go into <code>${fileName(this.regionId, this.layer)}</code>, in the format of
          <code>themes/tokens/regions/</code>. Export the files and drop them there to ship the region.
        </p>
        <p class="hint">
          As in the build, a light value also applies in dark and high contrast unless their own file sets the token:
          check all three schemes before you export.
        </p>
        ${this.renderSetup()} ${this.renderSchemes()}
        <label for="filter">Filter tokens</label>
        <input
          id="filter"
          type="search"
          .value=${this.filter}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
        />
        <h3>Semantic tier <span class="hint">(theme tokens, in the region files)</span></h3>
        ${CATEGORIES.map((category) => this.renderCategory(category, tokens))}
        <h3>Component tier <span class="hint">(element custom properties; CSS export only)</span></h3>
        ${this.renderComponent()}
        <h3>Base tier <span class="hint">(KRDS palette, read only: suggested in every colour field)</span></h3>
        ${this.renderPalette()} ${this.renderExport()}
      </section>
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">${this.names.programName.en || this.regionId} · ${LAYER_LABEL[this.layer]}</h2>
        ${this.renderChecks(results, all)}
        <h3>Elements</h3>
        <seoul-learn-provider
          region=${providerRegion}
          .tokens=${this.brandDocument()}
          contrast=${this.layer === 'high' ? 'high' : 'normal'}
          scheme=${this.layer === 'dark' ? 'dark' : 'light'}
          show-brand
        >
          <div class="stack">
            <seoul-learn-course course-id="elem-math-fractions" heading-level="3"></seoul-learn-course>
            <seoul-learn-progress heading-level="3"></seoul-learn-progress>
            <seoul-learn-booking heading-level="3"></seoul-learn-booking>
          </div>
        </seoul-learn-provider>
      </section>
    </div>`;
  }

  private renderSetup(): TemplateResult {
    const regions = Object.keys(REGION_FILES).sort(
      (a, b) =>
        ((REGIONS as readonly string[]).indexOf(a) + 1 || 99) - ((REGIONS as readonly string[]).indexOf(b) + 1 || 99),
    );
    const name = (kind: keyof RegionNames, lang: 'ko' | 'en', label: string) =>
      html`<label
        >${label}
        <input
          type="text"
          .value=${this.names[kind][lang]}
          @input=${(e: Event) => {
            const value = (e.target as HTMLInputElement).value;
            this.names = { ...this.names, [kind]: { ...this.names[kind], [lang]: value } };
            this.edited = true;
          }}
      /></label>`;
    const idValid = ID.test(this.regionId);
    return html`<fieldset>
      <legend>Region</legend>
      <label for="start">Start from</label>
      <div class="actions">
        <select id="start" style="flex: 1">
          ${regions.map(
            (r) =>
              html`<option value=${r} ?selected=${r === this.region}>
                ${(REGION_META as Record<string, RegionNames>)[r]?.programName.en ?? r} (${r})
              </option>`,
          )}
          <option value=${BASE_ONLY} ?selected=${this.region === BASE_ONLY}>KRDS base only (a blank region)</option>
        </select>
        <button
          type="button"
          @click=${() => {
            const select = this.shadowRoot!.getElementById('start') as HTMLSelectElement;
            this.region = select.value;
            this.start(select.value);
            this.status = `Started from ${select.value || 'the KRDS base'}.`;
          }}
        >
          Start over
        </button>
      </div>
      <label for="region-id">Region id (file name)</label>
      <input
        id="region-id"
        type="text"
        .value=${this.regionId}
        aria-invalid=${idValid ? 'false' : 'true'}
        aria-describedby="region-id-hint"
        @input=${(e: Event) => {
          this.regionId = (e.target as HTMLInputElement).value.trim();
          this.edited = true;
        }}
      />
      <span id="region-id-hint" class=${idValid ? 'hint' : 'error'}
        >${idValid ? 'kebab-case, e.g. suwon' : 'Use lower-case letters, digits and hyphens (e.g. suwon).'}</span
      >
      <label for="description">Design intent (the file's <code>$description</code>)</label>
      <textarea
        id="description"
        rows="3"
        .value=${typeof this.docs.normal.$description === 'string' ? this.docs.normal.$description : ''}
        @change=${(e: Event) => {
          const value = (e.target as HTMLTextAreaElement).value.trim();
          if (/[{}]/.test(value)) {
            // Style Dictionary would read {…} as a token reference.
            this.status = 'The design intent may not contain { or }.';
            return;
          }
          const rest = { ...this.docs.normal };
          delete rest.$description;
          this.docs = { ...this.docs, normal: value ? { $description: value, ...rest } : rest };
          this.edited = true;
        }}
      ></textarea>
      <div class="names">
        ${name('programName', 'ko', 'Programme name (Korean)')} ${name('programName', 'en', 'Programme name (English)')}
        ${name('regionName', 'ko', 'Region name (Korean)')} ${name('regionName', 'en', 'Region name (English)')}
      </div>
    </fieldset>`;
  }

  private renderSchemes(): TemplateResult {
    return html`<fieldset>
      <legend>Scheme shown and edited</legend>
      <div class="schemes">
        ${LAYERS.map(
          (layer) =>
            html`<label
              ><input
                type="radio"
                name="layer"
                .value=${layer}
                .checked=${this.layer === layer}
                @change=${() => (this.layer = layer)}
              />${LAYER_LABEL[layer]}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  private renderCategory(category: Category, tokens: Record<TokenName, string>): TemplateResult | typeof nothing {
    const filter = this.filter.trim().toLowerCase();
    const list = TOKENS.filter(
      (t) =>
        t.category === category &&
        (!filter || t.name.includes(filter) || tokens[t.name].toLowerCase().includes(filter)),
    );
    if (!list.length) return nothing;
    const own = flatten(this.docs[this.layer]);
    const set = list.filter((t) => own.has(t.path.join('.'))).length;
    return html`<details ?open=${category === 'colour' || !!filter}>
      <summary>${CATEGORY_LABEL[category]} (${list.length}${set ? `, ${set} set in this file` : ''})</summary>
      ${list.map((t) => this.renderToken(t, tokens[t.name], own.has(t.path.join('.'))))}
    </details>`;
  }

  private renderToken(info: TokenInfo, value: string, set: boolean): TemplateResult {
    const id = `t-${short(info.name)}`;
    const error = this.errors[info.name];
    const locked = BASE_TIER.locked.has(info.name);
    const hex = info.type === 'color' ? opaqueHex(value) : undefined;
    const commit = (e: Event) => this.setToken(info.name, (e.target as HTMLInputElement).value);
    return html`<div class="token">
      <label for=${id}><code>${short(info.name)}</code></label>
      ${set ? html`<span class="set">set in ${fileName(this.regionId, this.layer)}</span>` : html`<span></span>`}
      <div class="controls">
        ${
          hex
            ? html`<input
                type="color"
                list="krds-palette"
                aria-label=${`${short(info.name)} colour picker`}
                .value=${hex}
                @input=${commit}
              />`
            : nothing
        }
        <input
          id=${id}
          type="text"
          .value=${value}
          ?readonly=${locked}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error || locked ? `${id}-msg` : nothing}
          @change=${commit}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && commit(e)}
        />
        ${
          set
            ? html`<button
                type="button"
                aria-label=${`Reset ${short(info.name)} (remove it from ${fileName(this.regionId, this.layer)})`}
                @click=${() => this.setToken(info.name, undefined)}
              >
                Reset
              </button>`
            : nothing
        }
      </div>
      ${
        error
          ? html`<span class="error" id=${`${id}-msg`}>${error}</span>`
          : locked
            ? html`<span class="hint error" id=${`${id}-msg`} style="color: #464c53"
                >Set by KRDS's type scale (mobile under 768px); a region file may not change it.</span
              >`
            : nothing
      }
    </div>`;
  }

  private renderComponent(): TemplateResult {
    return html`<details>
      <summary>Element custom properties (${COMPONENT_PROPERTIES.length})</summary>
      ${COMPONENT_PROPERTIES.map(({ name, description, elements }) => {
        const id = `c-${short(name)}`;
        const value = this.component[name] ?? '';
        const error = value.trim() ? invalidReason(value, undefined) : undefined;
        return html`<div class="token">
          <label for=${id}><code>${short(name)}</code></label
          ><span class="hint">${elements.join(', ')}</span>
          <div class="controls">
            <input
              id=${id}
              type="text"
              placeholder="unset"
              .value=${value}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${`${id}-msg`}
              @change=${(e: Event) => {
                this.component = { ...this.component, [name]: (e.target as HTMLInputElement).value };
              }}
            />
          </div>
          <span class=${error ? 'error' : 'hint'} id=${`${id}-msg`} style="grid-column: 1 / -1"
            >${error ?? description}</span
          >
        </div>`;
      })}
    </details>`;
  }

  private renderPalette(): TemplateResult {
    return html`<datalist id="krds-palette">
        ${Object.entries(BASE_TIER.palette).map(([name, hex]) => html`<option value=${hex}>${name}</option>`)}
      </datalist>
      <details>
        <summary>KRDS palette (${Object.keys(BASE_TIER.palette).length})</summary>
        <ul class="swatches">
          ${Object.entries(BASE_TIER.palette).map(
            ([name, hex]) => html`<li><span style=${styleMap({ background: hex })}></span>${name}<br />${hex}</li>`,
          )}
        </ul>
      </details>`;
  }

  private renderChecks(results: PairResult[], all: Record<Layer, Record<TokenName, string>>): TemplateResult {
    const failing = (layer: Layer) => this.checks(all[layer]).filter((r) => !r.ok).length;
    const sorted = [...results].sort((a, b) => Number(a.ok) - Number(b.ok));
    return html`<h3>Contrast (${CONTRAST_PAIRS.length} pairs; text 4.5:1, UI 3:1)</h3>
      <div class="summary" role="status">
        ${LAYERS.map((layer) => {
          const n = failing(layer);
          return html`<span class=${n ? 'fail' : 'pass'}
            >${n ? '✗' : '✓'} ${LAYER_LABEL[layer]}:
            ${n ? `${n} failing` : 'all pass'}${layer === 'high' ? '' : ';'}</span
          >`;
        })}
      </div>
      <div class="checks" tabindex="0" role="region" aria-label=${`Contrast checks, ${LAYER_LABEL[this.layer]}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Sample</th>
              <th scope="col">Ratio</th>
              <th scope="col">Result</th>
              <th scope="col">Fix</th>
            </tr>
          </thead>
          <tbody>
            ${sorted.map((r) => this.renderCheck(r, all[this.layer]))}
          </tbody>
        </table>
      </div>`;
  }

  private renderCheck(r: PairResult, tokens: Record<TokenName, string>): TemplateResult {
    const sample =
      r.kind === 'text'
        ? styleMap({ color: tokens[r.fg], background: tokens[r.bg] })
        : styleMap({ borderColor: tokens[r.fg], background: tokens[r.bg], color: tokens[r.bg] });
    const ratio = r.ratio === undefined ? 'n/a' : `${r.ratio.toFixed(2)}:1`;
    return html`<tr>
      <td><code>${short(r.fg)}</code> on <code>${short(r.bg)}</code> (${r.kind === 'text' ? 'text' : 'UI'})</td>
      <td>
        ${
          r.kind === 'text'
            ? html`<span class="sample text-sample" style=${sample} aria-hidden="true"></span>`
            : html`<span class="sample" style=${sample} aria-hidden="true">&nbsp;&nbsp;&nbsp;</span>`
        }
      </td>
      <td>${ratio}</td>
      <td class=${r.ok ? 'pass' : 'fail'}>${r.ok ? '✓ pass' : `✗ fail (needs ${r.min}:1)`}</td>
      <td>
        ${
          r.fix
            ? html`<button
                type="button"
                class="primary"
                aria-label=${`Use ${r.fix.value} for ${short(r.fix.token)}`}
                @click=${() => {
                  if (r.fix && this.setToken(r.fix.token, r.fix.value)) {
                    this.status = `${short(r.fix.token)} is now ${r.fix.value}.`;
                  }
                }}
              >
                <span class="fix-swatch" style=${styleMap({ background: r.fix.value })}></span>Use ${r.fix.value}
              </button>`
            : r.ok
              ? ''
              : r.ratio === undefined
                ? 'needs opaque hex colours'
                : 'no colour of this hue passes'
        }
      </td>
    </tr>`;
  }

  private renderExport(): TemplateResult {
    const files = ID.test(this.regionId) ? this.exportFiles() : {};
    return html`<h3>Export and import</h3>
      <div class="actions">
        ${Object.entries(files).map(
          ([name, text]) =>
            html`<button
              type="button"
              @click=${() => download(name, text, name.endsWith('.css') ? 'text/css' : 'application/json')}
            >
              Download ${name}
            </button>`,
        )}
      </div>
      ${ID.test(this.regionId) ? nothing : html`<p class="error">Give the region a valid id to export it.</p>`}
      <p>
        <label for="import"
          >Import token files (<code>&lt;id&gt;.json</code>, <code>.dark.json</code>,
          <code>.high-contrast.json</code>)</label
        >
        <input
          id="import"
          type="file"
          accept=".json,application/json"
          multiple
          @change=${async (e: Event) => {
            const input = e.target as HTMLInputElement;
            await this.importFiles([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </p>
      <p role="status" class="hint">${this.status}</p>
      ${Object.entries(files).map(
        ([name, text]) =>
          html`<details>
            <summary>${name}</summary>
            <pre tabindex="0" aria-label=${name}>${text}</pre>
          </details>`,
      )}`;
  }
}
