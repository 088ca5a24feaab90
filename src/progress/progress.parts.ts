/** Small template pieces shared by the learner and cohort views. */
import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Locale } from '../core/i18n.js';
import type { LocalizedText } from '../data/types.js';

/** Content text in the active locale, marked `lang="ko"` when it fell back to Korean. */
export function text(value: LocalizedText, locale: Locale): TemplateResult {
  const { value: shown, lang } = localize(value, locale);
  return html`<span lang=${lang === locale ? nothing : lang}>${shown}</span>`;
}

/** A `<progress>` with its accessible name and the same figures as visible text beside it. */
export function bar(value: number, max: number, labelId: string, valueText: string): TemplateResult {
  return html`<progress
    part="bar"
    max=${Math.max(1, max)}
    .value=${Math.min(value, Math.max(1, max))}
    aria-labelledby=${labelId}
    aria-valuetext=${valueText}
  ></progress>`;
}
