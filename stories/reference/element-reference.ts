import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import manifest from '../../custom-elements.json';
import '../../src/define.js';

interface Entry {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  cssParts?: Entry[];
  cssProperties?: Entry[];
}

function declaration(tag: string): Declaration | undefined {
  for (const module of (manifest as { modules?: { declarations?: Declaration[] }[] }).modules ?? []) {
    const found = module.declarations?.find((d) => d.tagName === tag);
    if (found) return found;
  }
  return undefined;
}

const EXAMPLES: Record<string, () => TemplateResult> = {
  'seoul-learn-course': () =>
    html`<seoul-learn-course course-id="elem-math-fractions" heading-level="3" show-brand></seoul-learn-course>`,
  'seoul-learn-progress': () => html`<seoul-learn-progress heading-level="3" show-brand></seoul-learn-progress>`,
  'seoul-learn-booking': () => html`<seoul-learn-booking heading-level="3" show-brand></seoul-learn-booking>`,
};

/**
 * One element's parts and custom properties (from custom-elements.json), with a live example:
 * pick a part to outline it through `::part()`, and type a value for any custom property to see it
 * applied to the example.
 *
 * @tag sl-element-reference
 */
export class ElementReference extends LitElement {
  /** The element to document, e.g. `seoul-learn-course`. */
  @property() tag = 'seoul-learn-course';

  @state() private outlined = '';
  @state() private values: Record<string, string> = {};
  private readonly sheet = new CSSStyleSheet();

  static override styles = css`
    :host {
      display: block;
      container-type: inline-size;
      color: #1e2124;
      font:
        14px/1.5 system-ui,
        'Pretendard GOV',
        sans-serif;
      margin-block: 8px 24px;
    }
    .grid {
      display: grid;
      grid-template-columns: minmax(280px, 400px) minmax(0, 1fr);
      gap: 16px;
      align-items: start;
    }
    @container (max-width: 900px) {
      .grid {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    h3 {
      margin: 12px 0 4px;
      font-size: 15px;
    }
    table {
      border-collapse: collapse;
      font-size: 13px;
      inline-size: 100%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 4px 6px;
      border-bottom: 1px solid #cdd1d5;
    }
    label {
      display: block;
    }
    input,
    select {
      font: inherit;
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 32px;
      border: 1px solid #6d7882;
      border-radius: 4px;
      padding: 2px 6px;
      background: #ffffff;
      color: inherit;
    }
    :focus-visible {
      outline: 2px solid #0b50d0;
      outline-offset: 2px;
    }
    .example {
      border: 1px dashed #6d7882;
      border-radius: 6px;
      padding: 12px;
    }
  `;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    return root;
  }

  protected override updated(): void {
    const decls = Object.entries(this.values)
      .filter(([, v]) => /^[\w#.%, ()+-]+$/.test(v.trim()))
      .map(([k, v]) => `${k}: ${v};`);
    // Part names and property names come from the manifest; values are checked above.
    this.sheet.replaceSync(
      `.example > ${this.tag} { ${decls.join(' ')} }` +
        (this.outlined
          ? ` .example > ${this.tag}::part(${this.outlined}) { outline: 3px dashed #c0136b; outline-offset: 2px; }`
          : ''),
    );
  }

  protected override render(): TemplateResult {
    const d = declaration(this.tag);
    if (!d) return html`<p>No ${this.tag} in custom-elements.json (run <code>npm run manifest</code>).</p>`;
    const parts = d.cssParts ?? [];
    const props = d.cssProperties ?? [];
    const id = (kind: string, name: string) => `${kind}-${name.replace(/^--/, '')}`;
    return html`<div class="grid">
      <div>
        <h3>Parts (${parts.length})</h3>
        <label for="part">Outline a part in the example</label>
        <select id="part" @change=${(e: Event) => (this.outlined = (e.target as HTMLSelectElement).value)}>
          <option value="">none</option>
          ${parts.map((p) => html`<option value=${p.name}>${p.name}</option>`)}
        </select>
        <table>
          <tbody>
            ${parts.map(
              (p) =>
                html`<tr>
                  <th scope="row"><code>${p.name}</code></th>
                  <td>${p.description ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <h3>Custom properties (${props.length})</h3>
        ${props.map(
          (p) =>
            html`<label for=${id('p', p.name)}><code>${p.name}</code></label>
              <input
                id=${id('p', p.name)}
                type="text"
                placeholder="unset"
                aria-describedby=${id('d', p.name)}
                @change=${(e: Event) => (this.values = { ...this.values, [p.name]: (e.target as HTMLInputElement).value })}
              />
              <p id=${id('d', p.name)} style="margin: 2px 0 8px; font-size: 12px; color: #464c53">
                ${p.description ?? ''}
              </p>`,
        )}
      </div>
      <div class="example" role="group" aria-label=${`Live example of ${this.tag}`}>
        ${EXAMPLES[this.tag]?.() ?? nothing}
      </div>
    </div>`;
  }
}
