import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { SeoulLearnElement, baseStyles } from '../../src/core/base-element.js';
import { brand, brandStyles } from '../../src/core/brand.js';
import { defineMessages } from '../../src/core/i18n.js';
import { formatNumber } from '../../src/core/format.js';
import {
  CONTRAST_PAIRS,
  REGIONS,
  REGION_META,
  contrastRatio,
  themeTokens,
  type Region,
  type TokenName,
} from '../../src/themes/index.js';

const messages = defineMessages({
  ko: {
    title: '지역별 테마 토큰',
    intro: '모든 지역 테마의 색상, 대비율, 글자 크기입니다. 대비율은 WCAG 2.2 AA 기준으로 검사합니다.',
    colours: '색상',
    contrast: '대비율',
    type: '글자 크기',
    foreground: '전경',
    background: '배경',
    sample: '보기',
    ratio: '대비율',
    required: '기준',
    result: '결과',
    pass: '통과',
    fail: '미달',
    text: '글자',
    ui: '구성 요소',
    logo: (program: string) => `${program} 로고`,
    sampleText: '가나다 Aa 123',
    specimen: '견본',
    specimenTitle: '중학 수학 · 일차방정식',
    specimenBody: '다음 강의를 이어서 들어 보세요. 지난주보다 40분 더 공부했어요.',
    primary: '이어서 학습하기',
    secondary: '강의 목록',
    field: '이름',
    chip: '진행 중',
  },
  en: {
    title: 'Region theme tokens',
    intro: "Every region theme's colours, contrast ratios and type scale, checked against WCAG 2.2 AA.",
    colours: 'Colours',
    contrast: 'Contrast',
    type: 'Type scale',
    foreground: 'Foreground',
    background: 'Background',
    sample: 'Sample',
    ratio: 'Ratio',
    required: 'Required',
    result: 'Result',
    pass: 'Pass',
    fail: 'Fail',
    text: 'text',
    ui: 'UI',
    logo: (program: string) => `${program} logo`,
    sampleText: '가나다 Aa 123',
    specimen: 'Specimen',
    specimenTitle: 'Middle school maths · Linear equations',
    specimenBody: 'Pick up the next lesson. You studied 40 minutes more than last week.',
    primary: 'Continue learning',
    secondary: 'All lessons',
    field: 'Name',
    chip: 'In progress',
  },
});

const FONT_SIZES = ['xs', 'sm', 'md', 'lg', 'xl', '2xl'] as const;

/** A region's mark, when it ships one (`REGION_META[region].logo`); else its programme name stands alone. */
const logoUrl = (region: string): string => new URL(`../../themes/logos/${region}.svg`, import.meta.url).href;
const short = (name: string) => name.replace('--seoul-learn-', '');

/**
 * For designers: every region's colour tokens with their values, the contrast ratio of every
 * foreground/background pair the themes promise, and the type scale.
 *
 * @tag sl-theme-gallery
 */
export class ThemeGallery extends SeoulLearnElement {
  static override styles = [
    baseStyles,
    brandStyles,
    css`
      /* The specimen reads the region's tokens, set on it as custom properties. */
      .specimen {
        --_surface: var(--seoul-learn-color-surface);
        display: grid;
        gap: var(--seoul-learn-density-gap);
        max-width: 520px;
        padding: var(--seoul-learn-density-card-padding);
        border-radius: var(--seoul-learn-radius-card);
        box-shadow: var(--seoul-learn-elevation-card);
        background: var(--_surface);
        color: var(--seoul-learn-color-on-surface);
        font-family: var(--seoul-learn-font-family);
      }
      .specimen .brand {
        margin: calc(-1 * var(--seoul-learn-density-card-padding)) calc(-1 * var(--seoul-learn-density-card-padding)) 0;
      }
      .specimen-title {
        margin: 0;
        font-size: var(--seoul-learn-font-size-heading-small);
        font-weight: var(--seoul-learn-font-weight-heading);
        line-height: var(--seoul-learn-line-height-heading);
      }
      .specimen p {
        margin: 0;
        color: var(--seoul-learn-color-on-surface-muted);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--seoul-learn-density-gap);
        align-items: center;
      }
      .btn,
      .field {
        min-height: var(--seoul-learn-density-control-height);
        padding: 0 var(--seoul-learn-density-control-padding);
        border-radius: var(--seoul-learn-radius-control);
        font: inherit;
      }
      .btn {
        font-weight: var(--seoul-learn-font-weight-bold);
        border: 1px solid var(--seoul-learn-color-primary);
        transition: background-color var(--seoul-learn-motion-duration-fast) var(--seoul-learn-motion-easing-standard);
      }
      .btn-primary {
        background: var(--seoul-learn-color-primary);
        color: var(--seoul-learn-color-on-primary);
      }
      .btn-primary:hover {
        background: var(--seoul-learn-color-primary-hover);
      }
      .btn-secondary {
        background: var(--_surface);
        color: var(--seoul-learn-color-primary);
      }
      .field {
        border: 1px solid var(--seoul-learn-color-border);
        background: var(--_surface);
        color: var(--seoul-learn-color-on-surface);
        width: 12em;
      }
      .tag {
        padding: 2px 10px;
        border-radius: var(--seoul-learn-radius-control);
        background: var(--seoul-learn-color-primary-subtle);
        color: var(--seoul-learn-color-on-primary-subtle);
        font-size: var(--seoul-learn-font-size-sm);
        font-weight: var(--seoul-learn-font-weight-bold);
        justify-self: start;
      }
      .bar {
        height: 8px;
        border-radius: var(--seoul-learn-radius-pill);
        background: var(--seoul-learn-color-surface-alt);
        border: 1px solid var(--seoul-learn-color-border);
        overflow: hidden;
      }
      .bar > span {
        display: block;
        width: 64%;
        height: 100%;
        background: var(--seoul-learn-color-accent);
      }
      @media (forced-colors: active) {
        .bar > span {
          background: Highlight;
        }
      }
      h2 {
        font-size: 1.75em;
        margin: 0 0 8px;
      }
      .regions {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 24px;
      }
      section {
        border: 1px solid var(--seoul-learn-color-border);
        border-radius: 12px;
        padding: 20px;
        background: var(--seoul-learn-color-surface);
      }
      header {
        display: flex;
        gap: 12px;
        align-items: center;
      }
      h3 {
        margin: 0;
        font-size: 1.375em;
      }
      h4 {
        margin: 20px 0 8px;
        font-size: 1.125em;
      }
      .swatches {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
        gap: 8px;
        padding: 0;
        margin: 0;
        list-style: none;
      }
      .swatches li {
        display: flex;
        gap: 8px;
        align-items: center;
        font-size: 0.875em;
      }
      .chip {
        flex: none;
        width: 32px;
        height: 32px;
        border-radius: 6px;
        border: 1px solid #1e2124;
      }
      code {
        font-size: 0.9em;
      }
      /* Scrolls on its own at 320px instead of widening the page. */
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.875em;
      }
      th,
      td {
        text-align: start;
        padding: 6px 8px;
        border-bottom: 1px solid var(--seoul-learn-color-divider);
      }
      .sample {
        display: inline-block;
        padding: 4px 8px;
        border-radius: 4px;
      }
      .ui-sample {
        display: inline-block;
        width: 48px;
        height: 24px;
        border-radius: 4px;
        border-width: 3px;
        border-style: solid;
      }
      .fail {
        font-weight: 700;
        text-decoration: underline;
      }
    `,
  ];

  /** Show only the region the provider (Storybook's toolbar) chose, instead of every region. */
  @property({ type: Boolean, attribute: 'current-only' }) currentOnly = false;

  protected override render(): TemplateResult {
    const locale = this.settings.locale;
    const t = messages(locale);
    // The toolbar's region comes first (or alone); scheme and contrast come from it too.
    const current = this.settings.region;
    const regions = this.currentOnly ? [current] : [current, ...REGIONS.filter((r) => r !== current)];
    return html`<div lang=${locale}>
      <h2>${t.title}</h2>
      <p>${t.intro}</p>
      <div class="regions">${regions.map((region) => this.renderRegion(region))}</div>
    </div>`;
  }

  /** A card, buttons, a field and a bar in the region's tokens: shape, density, type and elevation. */
  private renderSpecimen(region: Region, tokens: Readonly<Record<TokenName, string>>): TemplateResult {
    const locale = this.settings.locale;
    const t = messages(locale);
    return html`<div class="specimen" lang=${locale} style=${styleMap({ ...tokens })}>
      ${brand({ region, locale, showBrand: true })}
      <span class="tag">${t.chip}</span>
      <p class="specimen-title">${t.specimenTitle}</p>
      <p>${t.specimenBody}</p>
      <div class="bar" role="presentation"><span></span></div>
      <div class="actions">
        <button type="button" class="btn btn-primary">${t.primary}</button>
        <button type="button" class="btn btn-secondary">${t.secondary}</button>
        <input class="field" aria-label=${t.field} placeholder=${t.field} />
      </div>
    </div>`;
  }

  private renderRegion(region: Region): TemplateResult {
    const locale = this.settings.locale;
    const t = messages(locale);
    const mode = this.settings.contrast === 'high' ? 'high' : 'normal';
    const tokens = themeTokens(region, mode, this.settings.scheme ?? 'light');
    const meta = REGION_META[region];
    const colours = (Object.keys(tokens) as TokenName[]).filter((name) => name.startsWith('--seoul-learn-color-'));
    const headingId = `region-${region}`;
    return html`<section aria-labelledby=${headingId}>
      <header>
        ${
          meta.logo
            ? html`<img src=${logoUrl(region)} alt=${t.logo(meta.programName[locale])} width="40" height="40" />`
            : nothing
        }
        <h3 id=${headingId}>${meta.programName[locale]} · ${meta.regionName[locale]}</h3>
      </header>
      <h4>${t.specimen}</h4>
      ${this.renderSpecimen(region, tokens)}
      <h4>${t.colours}</h4>
      <ul class="swatches">
        ${colours.map(
          (name) =>
            html`<li>
              <span class="chip" style=${styleMap({ background: tokens[name] })}></span>
              <span><code>${short(name)}</code><br /><code>${tokens[name]}</code></span>
            </li>`,
        )}
      </ul>
      <h4>${t.contrast}</h4>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${`${t.contrast} · ${meta.programName[locale]}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">${t.foreground}</th>
              <th scope="col">${t.background}</th>
              <th scope="col">${t.sample}</th>
              <th scope="col">${t.ratio}</th>
              <th scope="col">${t.required}</th>
              <th scope="col">${t.result}</th>
            </tr>
          </thead>
          <tbody>
            ${CONTRAST_PAIRS.map((pair) => {
              const ratio = contrastRatio(tokens[pair.fg], tokens[pair.bg]);
              const required = pair.kind === 'text' ? 4.5 : 3;
              const ok = ratio >= required;
              const sample =
                pair.kind === 'text'
                  ? html`<span class="sample" style=${styleMap({ color: tokens[pair.fg], background: tokens[pair.bg] })}
                      >${t.sampleText}</span
                    >`
                  : html`<span
                      class="ui-sample"
                      role="img"
                      aria-label=${`${short(pair.fg)} / ${short(pair.bg)}`}
                      style=${styleMap({ borderColor: tokens[pair.fg], background: tokens[pair.bg] })}
                    ></span>`;
              return html`<tr>
                <td><code>${short(pair.fg)}</code></td>
                <td><code>${short(pair.bg)}</code></td>
                <td>${sample}</td>
                <td>${formatNumber(ratio, locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 })}:1</td>
                <td>${required}:1 (${pair.kind === 'text' ? t.text : t.ui})</td>
                <td class=${ok ? '' : 'fail'}>${ok ? `✓ ${t.pass}` : `✗ ${t.fail}`}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <h4>${t.type}</h4>
      ${FONT_SIZES.map(
        (size) =>
          html`<p
            style=${styleMap({ fontSize: tokens[`--seoul-learn-font-size-${size}` as TokenName], margin: '4px 0' })}
          >
            <code>font-size-${size}</code> 배움은 계속됩니다 · Learning goes on
          </p>`,
      )}
    </section>`;
  }
}
