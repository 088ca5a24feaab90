import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SeoulLearnElement } from '../core/base-element.js';
import { settingsContext } from '../core/context.js';
import type { ProviderSettings, TokenCallback } from '../core/settings.js';
import { providerStyles } from './provider.styles.js';

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

  private readonly context = new ContextProvider(this, { context: settingsContext });

  protected override get appliesOwnTheme(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const next: ProviderSettings = {
      region: this.settings.region,
      locale: this.settings.locale,
      contrast: this.settings.contrast,
      scheme: this.settings.scheme,
      showBrand: this.settings.showBrand,
      apiBase: this.apiBase || this.settingsFromAncestor('apiBase'),
      learnerId: this.learnerId || this.settingsFromAncestor('learnerId'),
      // A provider that names its own API does not hand on an enclosing provider's data source.
      dataSource: this.dataSource ?? (this.apiBase ? undefined : this.settingsFromAncestor('dataSource')),
      getToken: this.getToken ?? this.settingsFromAncestor('getToken'),
      clock: this.clock ?? this.settingsFromAncestor('clock'),
    };
    const current = this.context.value;
    if (!current || !same(current, next)) this.context.setValue(next);
  }

  /** What an enclosing provider shares, for the settings this one leaves unset. */
  private settingsFromAncestor<K extends 'apiBase' | 'learnerId' | 'dataSource' | 'getToken' | 'clock'>(
    key: K,
  ): ProviderSettings[K] | undefined {
    return this.settings.inherited?.[key];
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
