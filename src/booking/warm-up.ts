/**
 * Work done ahead while the browser is idle, so that it does not fall inside the learner's clicks:
 * - the templates of the steps to come: the first rendering of a template costs milliseconds (Lit
 *   parses its HTML once), which would otherwise fall inside the click on a consultant or a day;
 * - in a browser whose clock is not Seoul's, the formatter of the browser's own time, which the
 *   times show beside KST. The first `Intl` formatter of a page costs tens of milliseconds (the
 *   elements' own formats need none, see core/format.ts), so it is made only once the learner has
 *   started to use the booking (or the booking opens past its first step), not while the page loads.
 * What a person sees does not change; each piece runs in an idle period of its own.
 */
import { render } from 'lit';
import type { Locale } from '../core/i18n.js';
import { localTime, sketched } from './time-labels.js';

const idle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 50);
};

/** The locales whose templates, and whose local time, have been warmed. */
const warmedTemplates = new Set<Locale>();
const warmedTimes = new Set<Locale>();

/** Runs `steps` in order, one per idle period; a step may add more. */
function inIdlePeriods(steps: Array<() => unknown>): void {
  const next = (): void => {
    steps.shift()?.();
    if (steps.length) idle(next);
  };
  idle(next);
}

/** Renders `templates` into an element that is never attached, a piece per idle period; once per locale. */
export function warmUp(locale: Locale, templates: () => readonly unknown[]): void {
  if (warmedTemplates.has(locale)) return;
  warmedTemplates.add(locale);
  // Each template in an idle period of its own, asked for late: the view may have moved on. The
  // local time in them is a stand-in: its formatter waits for the learner (warmLocalTime).
  inIdlePeriods([
    () => inIdlePeriods(sketched(templates).map((template) => () => render(template, document.createElement('div')))),
  ]);
}

/** Formats the browser's own time once in `locale`, in an idle period (nothing where it is Seoul's). */
export function warmLocalTime(locale: Locale, now: Date): void {
  if (warmedTimes.has(locale)) return;
  warmedTimes.add(locale);
  const instant = now.toISOString();
  inIdlePeriods([() => localTime(instant, locale)]);
}
