import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../data/clock.js';
import type { DataSource } from '../data/types.js';
import type { Region, Scheme } from '../themes/index.js';
import { settingsContext } from './context.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';
import {
  DEFAULT_LEARNER_ID,
  DEFAULT_REGION,
  SETTING_VALUES,
  type Contrast,
  type ProviderSettings,
} from './settings.js';
import { checkedEnum } from './enum-attribute.js';

/** An element whose own attributes may override what a provider shares. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  region?: string | undefined;
  locale?: string | undefined;
  contrast?: string | undefined;
  scheme?: string | undefined;
  showBrand?: boolean | undefined;
  learnerId?: string | undefined;
  apiBase?: string | undefined;
  dataSource?: DataSource | undefined;
  clock?: Clock | undefined;
}

/**
 * Resolves the settings an element works with, in this order: the element's own attribute or
 * property → the nearest `<seoul-learn-provider>` → the default (Seoul, Korean, demo data).
 * It re-renders the host whenever the provider changes. An invalid attribute value is ignored
 * with one console warning that names the valid values.
 */
export class SettingsController implements ReactiveController {
  private provided: ProviderSettings | undefined;

  /** @param host The element whose settings these are. */
  constructor(readonly host: SettingsHost) {
    host.addController(this);
    new ContextConsumer(host, {
      context: settingsContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    // An element moved out of a provider themes itself again; one moved into a provider hears
    // from it through the context callback. A removed element does nothing until it is back.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A provider that no longer contains the element must not keep steering it.
    this.provided = undefined;
  }

  /** What the nearest provider ancestor shares, if there is one. */
  get inherited(): ProviderSettings | undefined {
    return this.provided;
  }

  /** Whether a provider ancestor supplies settings. */
  get hasProvider(): boolean {
    return this.provided !== undefined;
  }

  private own<K extends keyof typeof SETTING_VALUES>(name: K): (typeof SETTING_VALUES)[K][number] | undefined {
    const value = this.host[name];
    const fallback =
      this.provided?.[name] ?? (name === 'region' ? DEFAULT_REGION : name === 'locale' ? DEFAULT_LOCALE : 'auto');
    return checkedEnum<(typeof SETTING_VALUES)[K][number]>(
      this.host,
      name,
      value,
      SETTING_VALUES[name],
      `Using "${fallback}".`,
    );
  }

  get region(): Region {
    return this.own('region') ?? this.provided?.region ?? DEFAULT_REGION;
  }

  get locale(): Locale {
    return this.own('locale') ?? this.provided?.locale ?? DEFAULT_LOCALE;
  }

  /** `undefined` follows the user's `prefers-contrast` setting. */
  get contrast(): Contrast | undefined {
    return this.own('contrast') ?? this.provided?.contrast;
  }

  /** `undefined` follows the user's `prefers-color-scheme` setting. */
  get scheme(): Scheme | undefined {
    return this.own('scheme') ?? this.provided?.scheme;
  }

  /** Whether to show the brand strip: the element's own `show-brand`, or its provider's. */
  get showBrand(): boolean {
    return Boolean(this.host.showBrand || this.provided?.showBrand);
  }

  /** Whether the element itself chooses a region, contrast or scheme different from what it inherits. */
  get overridesTheme(): boolean {
    return (['region', 'contrast', 'scheme'] as const).some((name) => this.own(name) !== undefined);
  }

  /** The element's own clock, else the provider's, else the system clock. */
  get clock(): Clock {
    return this.host.clock ?? this.provided?.clock ?? systemClock;
  }

  get learnerId(): string {
    return this.host.learnerId || this.provided?.learnerId || DEFAULT_LEARNER_ID;
  }
}
