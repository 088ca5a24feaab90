import { html } from 'lit';
import { SeoulLearnElement } from '../../src/core/base-element.js';
import { dataSourceOf } from '../../src/core/data-source.js';
import { defineOnce } from '../../src/core/define.js';
import type { SettingsController } from '../../src/core/settings-controller.js';
import type { DataSource } from '../../src/data/types.js';

/** A minimal element on the shared base, used to observe what settings an element resolves. */
export class SettingsProbe extends SeoulLearnElement {
  renders = 0;

  /** The resolved settings, with the data source the element would load from. */
  get resolved(): SettingsController & { readonly dataSource: DataSource } {
    const settings = this.settings;
    return Object.defineProperty(Object.create(settings), 'dataSource', { get: () => dataSourceOf(settings) });
  }

  protected override render() {
    this.renders += 1;
    const { region, locale, learnerId } = this.settings;
    return html`<p lang=${locale}>${region} ${locale} ${learnerId}</p>`;
  }
}
defineOnce('sl-settings-probe', SettingsProbe);

declare global {
  interface HTMLElementTagNameMap {
    'sl-settings-probe': SettingsProbe;
  }
}

/** The value a custom property computes to on an element, trimmed. */
export function computedToken(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim().toLowerCase();
}
