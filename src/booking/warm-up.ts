/**
 * Renders, while the browser is idle, the templates of the steps to come: the first rendering of a
 * template costs milliseconds (Lit parses its HTML once), which would otherwise fall inside the
 * learner's click on a consultant or a day. In a browser whose clock is not Seoul's, it first makes
 * the formatter of the browser's own time, which the times show beside KST: the first `Intl`
 * formatter of a page costs tens of milliseconds (the elements' own formats need none, see
 * core/format.ts). What a person sees does not change; each piece runs in an idle period of its own.
 */
import { render } from 'lit';
import type { Locale } from '../core/i18n.js';
import { localTime } from './time-labels.js';

const idle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 50);
};

const warmed = new Set<Locale>();

/**
 * Formats the browser's own time once in `locale` (nothing where it is Seoul's), then renders
 * `templates` into an element that is never attached, a piece per idle period.
 */
export function warmUp(locale: Locale, now: Date, templates: () => readonly unknown[]): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const instant = now.toISOString();
  const steps: Array<() => unknown> = [
    () => localTime(instant, locale),
    // Then each template in an idle period of its own (asked for late: the view may have moved on).
    () => steps.push(...templates().map((template) => () => render(template, document.createElement('div')))),
  ];
  const next = (): void => {
    steps.shift()?.();
    if (steps.length) idle(next);
  };
  idle(next);
}
