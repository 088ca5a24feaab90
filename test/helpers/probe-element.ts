import { html } from 'lit';
import { SeoulLearnElement } from '../../src/core/base-element.js';
import { defineOnce } from '../../src/core/define.js';

/** A minimal element on the shared base, used to observe what settings an element resolves. */
export class SettingsProbe extends SeoulLearnElement {
  renders = 0;

  get resolved() {
    return this.settings;
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
