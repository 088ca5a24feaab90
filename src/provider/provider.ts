import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SeoulLearnElement } from '../core/base-element.js';
import { settingsContext } from '../core/context.js';
import type { ProviderSettings, TokenCallback } from '../core/settings.js';
import type { Region } from '../themes/index.js';
import { providerStyles } from './provider.styles.js';
import type { TokenDocument } from './token-document.js';

const same = (a: ProviderSettings, b: ProviderSettings): boolean =>
  (Object.keys(a) as (keyof ProviderSettings)[]).every((key) => a[key] === b[key]);

/**
 * Shares settings with every Seoul Learn element inside it and applies the region theme, as
 * CSS custom properties on itself that everything inside inherits. An attribute set on an element
 * overrides the provider; a provider inside another provider inherits what it does not set.
 *
 * Override any theme token from the host page's CSS on the provider itself, e.g.
 * `seoul-learn-provider { --seoul-learn-color-primary: #0b5d3b; }`.
 *
 * The provider draws nothing of its own, so it has no parts and fires no events: what it
 * shares reaches the elements through context, and changes to its attributes re-render them.
 *
 * `scheme` (`light`/`dark`, unset: `prefers-color-scheme`) and `show-brand` (every element inside
 * shows the programme's brand strip) are shared the same way.
 *
 * A region the package does not ship comes as a token document in `tokens`: a parsed token file,
 * or the URL of one (same origin). It themes everything inside, after the checks the build makes
 * (one console warning per colour pair below WCAG AA); a document that cannot be used leaves
 * `region` (Seoul by default) with a warning. The code that reads documents loads only when one is set.
 *
 * @summary Shared region, language, contrast, scheme, learner and data for the elements inside it.
 * @tag seoul-learn-provider
 * @slot - The page content that holds Seoul Learn elements.
 */
export class SeoulLearnProvider extends SeoulLearnElement {
  static override styles = providerStyles;

  /**
   * Base URL of a Seoul Learn API, e.g. `https://api.example.kr/seoul-learn/v1`. Unset: the
   * elements use an enclosing provider's, else the built-in demo data.
   */
  @property({ attribute: 'api-base' }) override apiBase?: string;

  /**
   * Async callback that returns a bearer token for the API. A property only, never an
   * attribute, so that tokens never appear in the page's markup.
   */
  @property({ attribute: false }) getToken?: TokenCallback;

  /**
   * A theme for a region the package does not ship. As a property, a token document of the same
   * shape as `themes/tokens/regions/<id>.json` (DTCG `$value`/`$type`, names in
   * `$extensions["kr.seoul-learn"]`, optional `dark` and `high-contrast` layers there). As an
   * attribute (or a string), the URL of such a JSON file, or of a CSS file of `--seoul-learn-*`
   * declarations (such as a region stylesheet that the build writes to dist/themes), on this
   * page's origin only (others are refused), fetched with the page's own credentials only.
   */
  @property() tokens?: TokenDocument | string;

  /**
   * The region a loaded token document was registered as; set by ./token-document.js.
   * @internal
   */
  documentRegion?: Region;

  private readonly context = new ContextProvider(this, { context: settingsContext });

  protected override get appliesOwnTheme(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('tokens')) void import('./token-document.js').then((m) => m.default(this));
  }

  /**
   * Shares the settings as soon as the provider is in the page: the elements inside connect after
   * it and start reading their data at once, from the provider's data source and learner.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    this.share();
  }

  /**
   * Shares the settings at once, before this provider waits for its region's theme: the elements
   * inside then wait for the same theme instead of painting in the default one meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.share();
    return super.scheduleUpdate();
  }

  private share(): void {
    const s = this.settings;
    const up = s.inherited;
    const next: ProviderSettings = {
      region: this.documentRegion ?? s.region,
      locale: s.locale,
      contrast: s.contrast,
      scheme: s.scheme,
      showBrand: s.showBrand,
      // What an enclosing provider shares, for the settings this one leaves unset.
      apiBase: this.apiBase || up?.apiBase,
      learnerId: this.learnerId || up?.learnerId,
      // A provider that names its own API does not hand on an enclosing provider's data source.
      dataSource: this.dataSource ?? (this.apiBase ? undefined : up?.dataSource),
      getToken: this.getToken ?? up?.getToken,
      clock: this.clock ?? up?.clock,
    };
    const current = this.context.value;
    if (!current || !same(current, next)) this.context.setValue(next);
  }

  /** Renders its slot with the page's first render: its children show through it. */
  protected static override readonly rendersAtOnce = true;

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
