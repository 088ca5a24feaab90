import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { REGIONS, REGION_META, themeTokens, type Region, type TokenName } from '../../src/themes/index.js';
import { BASE_TIER, MOBILE } from '../playground/sources.js';
import { CATEGORIES, catalogue, type Category, type Layer, type TokenInfo } from '../playground/token-model.js';

const TOKENS = catalogue(BASE_TIER);
const LAYERS: readonly Layer[] = ['normal', 'dark', 'high'];
const LAYER_LABEL: Record<Layer, string> = { normal: 'Light', dark: 'Dark', high: 'High contrast' };
const ARGS: Record<Layer, ['normal' | 'high', 'light' | 'dark']> = {
  normal: ['normal', 'light'],
  dark: ['normal', 'dark'],
  high: ['high', 'light'],
};
const short = (name: string) => name.replace('--seoul-learn-', '');
const value = (region: Region, layer: Layer, name: TokenName) => themeTokens(region, ...ARGS[layer])[name];

/**
 * Every token of one category with its value in every region and scheme, rendered: swatches, type
 * specimens, spacing and radius scales, elevation, motion. A value the same everywhere is shown
 * once; one that differs only by region once per region; otherwise per region and scheme.
 *
 * @tag sl-token-reference
 */
export class TokenReference extends LitElement {
  /** Which category to show: colour, scheme, type, space, radius, density, elevation, motion, focus, brand. */
  @property() category: Category = 'colour';

  /** Whether the motion samples are at their end position (toggling plays them). */
  @state() private played = false;

  static override styles = css`
    :host {
      display: block;
      color: #1e2124;
      font:
        14px/1.5 system-ui,
        'Pretendard GOV',
        sans-serif;
      margin-block: 8px 24px;
    }
    .wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: 13px;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 6px 8px;
      border-bottom: 1px solid #cdd1d5;
    }
    thead th {
      background: #f4f5f6;
    }
    th[scope='row'] {
      min-inline-size: 180px;
      font-weight: 400;
    }
    .desc {
      display: block;
      color: #464c53;
      font-size: 12px;
      max-inline-size: 280px;
    }
    .cell {
      display: grid;
      gap: 4px;
    }
    .v {
      display: flex;
      gap: 6px;
      align-items: center;
      white-space: nowrap;
    }
    .tag {
      color: #464c53;
      font-size: 11px;
      min-inline-size: 1.5em;
    }
    .swatch {
      inline-size: 24px;
      block-size: 24px;
      border: 1px solid #1e2124;
      border-radius: 4px;
      flex: none;
    }
    .bar {
      block-size: 12px;
      background: #256ef4;
      flex: none;
    }
    .box {
      inline-size: 40px;
      block-size: 40px;
      border: 2px solid #256ef4;
      background: #ecf2fe;
      flex: none;
    }
    .card {
      inline-size: 64px;
      block-size: 40px;
      background: #ffffff;
      border-radius: 6px;
      margin: 6px;
      flex: none;
    }
    .track {
      position: relative;
      inline-size: 96px;
      block-size: 12px;
      background: #f4f5f6;
      border-radius: 6px;
      flex: none;
    }
    .dot {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 12px;
      block-size: 12px;
      border-radius: 50%;
      background: #256ef4;
    }
    .played .dot {
      transform: translateX(84px);
    }
    @media (prefers-reduced-motion: reduce) {
      .dot {
        transition: none !important;
      }
    }
    button {
      font: inherit;
      min-block-size: 32px;
      padding: 2px 10px;
      border: 1px solid #0b50d0;
      border-radius: 4px;
      background: #ffffff;
      color: #0b50d0;
      margin-block-end: 8px;
    }
    :focus-visible {
      outline: 2px solid #0b50d0;
      outline-offset: 2px;
    }
  `;

  protected override render(): TemplateResult {
    const tokens = TOKENS.filter((t) => t.category === this.category);
    return html`${
        this.category === 'motion'
          ? html`<button
              type="button"
              aria-pressed=${this.played ? 'true' : 'false'}
              @click=${() => (this.played = !this.played)}
            >
              Play the motion samples
            </button>`
          : nothing
      }
      <div
        class="wrap ${this.played ? 'played' : ''}"
        tabindex="0"
        role="region"
        aria-label=${`${this.category} tokens`}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">Token</th>
              ${REGIONS.map((r) => html`<th scope="col">${REGION_META[r].programName.en} <code>${r}</code></th>`)}
            </tr>
          </thead>
          <tbody>
            ${tokens.map((t) => this.renderRow(t))}
          </tbody>
        </table>
      </div>`;
  }

  private renderRow(info: TokenInfo): TemplateResult {
    const all = REGIONS.flatMap((r) => LAYERS.map((l) => value(r, l, info.name)));
    const same = all.every((v) => v === all[0]);
    const locked = BASE_TIER.locked.has(info.name);
    return html`<tr>
      <th scope="row">
        <code>${short(info.name)}</code>
        ${info.description ? html`<span class="desc">${info.description}</span>` : nothing}
        ${
          locked
            ? html`<span class="desc">Under 768px (KRDS mobile scale): <code>${MOBILE[info.name]}</code></span>`
            : nothing
        }
      </th>
      ${
        same
          ? html`<td colspan=${REGIONS.length}>
              <div class="v">${this.sample(info, all[0]!)}<span class="tag">every region and scheme</span></div>
            </td>`
          : REGIONS.map((r) => {
              const values = LAYERS.map((l) => value(r, l, info.name));
              const one = values.every((v) => v === values[0]);
              return html`<td>
                <div class="cell">
                  ${
                    one
                      ? html`<div class="v">${this.sample(info, values[0]!)}</div>`
                      : LAYERS.map(
                          (l, i) =>
                            html`<div class="v">
                              <abbr class="tag" title=${LAYER_LABEL[l]}>${LAYER_LABEL[l][0]}</abbr>${this.sample(
                                info,
                                values[i]!,
                              )}
                            </div>`,
                        )
                  }
                </div>
              </td>`;
            })
      }
    </tr>`;
  }

  /** The value drawn the way a designer reads it, and written out. */
  private sample(info: TokenInfo, v: string): TemplateResult {
    const code = html`<code>${v}</code>`;
    const name = short(info.name);
    if (info.type === 'color' || name === 'scheme-canvas') {
      return html`<span class="swatch" style=${styleMap({ background: v })}></span>${code}`;
    }
    switch (this.category) {
      case 'type':
        if (name.startsWith('font-size')) {
          return html`<span style=${styleMap({ fontSize: v, lineHeight: '1.2' })}>가 Aa</span>${code}`;
        }
        if (name.startsWith('font-weight'))
          return html`<span style=${styleMap({ fontWeight: v })}>배움 Learn</span>${code}`;
        if (name === 'font-family') return html`<span style=${styleMap({ fontFamily: v })}>서울런 Seoul Learn</span>`;
        return html`<span
            style=${styleMap({
              lineHeight: v,
              fontSize: '12px',
              display: 'inline-block',
              maxInlineSize: '5em',
              whiteSpace: 'normal',
            })}
            >두 줄로 보는 줄 간격</span
          >${code}`;
      case 'space':
      case 'density':
        return html`<span class="bar" style=${styleMap({ inlineSize: v })}></span>${code}`;
      case 'radius':
      case 'brand':
        return html`<span class="box" style=${styleMap({ borderRadius: v })}></span>${code}`;
      case 'elevation':
        return html`<span class="card" style=${styleMap({ boxShadow: v })}></span
          ><code style="white-space: normal; max-inline-size: 160px">${v}</code>`;
      case 'motion': {
        const duration = name.includes('duration') ? v : '320ms';
        const easing = name.includes('easing') ? v : 'ease';
        return html`<span class="track"
            ><span class="dot" style=${styleMap({ transition: `transform ${duration} ${easing}` })}></span></span
          >${code}`;
      }
      case 'focus':
        return html`<span
            class="box"
            style=${styleMap({ outline: `${name === 'focus-ring-width' ? v : '2px'} solid #0b50d0`, outlineOffset: name === 'focus-ring-offset' ? v : '2px' })}
          ></span
          >${code}`;
      default:
        return code;
    }
  }
}

export { CATEGORIES };
