/**
 * Work done ahead while the browser is idle, so that it does not fall inside the learner's clicks:
 * the templates of the steps to come. The first rendering of a template costs milliseconds (Lit
 * parses its HTML once), which would otherwise fall inside the click on a consultant or a day.
 * What a person sees does not change; each template is rendered in an idle period of its own.
 */
import { render } from 'lit';
import type { Locale } from '../core/i18n.js';

const idle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 50);
};

/** The locales whose templates have been warmed. */
const warmedTemplates = new Set<Locale>();

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
  // Each template in an idle period of its own, asked for late: the view may have moved on.
  idle(() => inIdlePeriods(templates().map((template) => () => render(template, document.createElement('div')))));
}
