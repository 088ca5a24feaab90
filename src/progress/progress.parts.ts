/** Small template pieces shared by the learner and cohort views. */
import { html, nothing, noChange, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { localize, type Locale } from '../core/i18n.js';
import type { LocalizedText } from '../data/types.js';

/** Content text in the active locale, marked `lang="ko"` when it fell back to Korean. */
export function text(value: LocalizedText, locale: Locale): TemplateResult {
  const { value: shown, lang } = localize(value, locale);
  return html`<span lang=${lang === locale ? nothing : lang}>${shown}</span>`;
}

/**
 * Sets a meter's fill width through CSSOM (`style.setProperty`): a `style` attribute in the
 * template would be blocked on pages with `style-src 'self'`.
 */
class FillDirective extends Directive {
  // The parameter only types the directive's argument; update() does the work.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_share: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [share]: [number]): unknown {
    (part.element as HTMLElement).style.setProperty('inline-size', `${share * 100}%`);
    return noChange;
  }
}
export const fill = directive(FillDirective);

/**
 * A progress bar (`role="progressbar"`) with its accessible name and the same figures as visible
 * text beside it. Drawn with a filled box rather than `<progress>`, whose fill no forced-colours
 * rule can reach.
 */
export function bar(value: number, max: number, labelId: string, valueText: string): TemplateResult {
  const top = Math.max(1, max);
  const now = Math.min(Math.max(0, value), top);
  return html`<div
    class="meter"
    part="bar"
    role="progressbar"
    aria-labelledby=${labelId}
    aria-valuemin="0"
    aria-valuemax=${top}
    aria-valuenow=${now}
    aria-valuetext=${valueText}
  >
    <div class="fill" ${fill(now / top)}></div>
  </div>`;
}
