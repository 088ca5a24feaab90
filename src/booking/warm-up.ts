/**
 * Makes, while the browser is idle, the date and time formatters that the date and time steps
 * need: the first use of an `Intl` formatter costs milliseconds (tens at a slow phone's pace), which
 * would otherwise fall inside the learner's click on a consultant or a day, and so does the first
 * rendering of a template (Lit parses its HTML once). What a person sees does not change; each
 * piece runs in an idle period of its own.
 */
import { render } from 'lit';
import { formatDate, formatDuration } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import { labels } from './calendar-template.js';
import { kstTime, localTime } from './time-labels.js';

const idle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 50);
};

const warmed = new Set<Locale>();

/**
 * Formats a date, a time and a duration once in `locale`, then renders `templates` into an element
 * that is never attached, a piece per idle period.
 */
export function warmUp(locale: Locale, now: Date, templates: () => readonly unknown[]): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const instant = now.toISOString();
  const steps: Array<() => unknown> = [
    () => labels(locale),
    () => formatDate(now, locale),
    () => kstTime(instant, locale),
    () => localTime(instant, locale),
    () => formatDuration(1800, locale),
    // Then each template in an idle period of its own (asked for late: the view may have moved on).
    () => steps.push(...templates().map((template) => () => render(template, document.createElement('div')))),
  ];
  const next = (): void => {
    steps.shift()?.();
    if (steps.length) idle(next);
  };
  idle(next);
}
