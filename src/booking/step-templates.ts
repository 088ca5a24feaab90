/**
 * The booking's frame, rendered from a view of the element's state: the step indicator, each
 * step's heading and actions, and a skeleton (or a retry) until the step's data and its content
 * have arrived. The content comes with the lazily loaded parts (`step-content.ts`), which load in
 * parallel with the first data; the heading stays put as it arrives, and so does focus on it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import type { RequestController } from '../core/request-controller.js';
import { progressOf, stepsOf, type FlowState } from './booking-flow.js';
import type { BookingMessages } from './booking.messages.js';
import type { HeadingLevel } from './booking.types.js';
import type { CalendarController } from './calendar-controller.js';
import type { ChoicesController } from './choices-controller.js';
import type { FlowController } from './flow-controller.js';
import type { MineController } from './mine-controller.js';
import { mainHeading } from './headings.js';
import type * as LazyParts from './lazy.js';
import type { AllMessages } from './summary-templates.js';

export type LazyModule = typeof LazyParts;
export type LoadKey = 'kinds' | 'consultants' | 'slots' | 'mine' | 'lazy' | 'send' | 'cancel';

/** What the templates read from the element, and the handlers they call. */
export interface StepView {
  readonly m: BookingMessages;
  readonly locale: Locale;
  readonly level: HeadingLevel;
  readonly flow: FlowState;
  readonly requests: RequestController<LoadKey>;
  readonly choices: ChoicesController;
  readonly calendar: CalendarController;
  readonly mine: MineController;
  /** The learner's moves through the flow. */
  readonly steps: FlowController;
  readonly lazy: LazyModule | undefined;
  readonly all: AllMessages | undefined;
  readonly now: () => Date;
  readonly startOver: () => void;
}

function loadingBlock(view: StepView, rows = 3): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <p class="visually-hidden">${view.m.loading}</p>
    ${Array.from({ length: rows }, () => html`<div class="bone" aria-hidden="true"></div>`)}
  </div>`;
}

/** The failure of the requests `keys`, with one Retry that asks for them all again. */
function errorBlock(view: StepView, keys: readonly LoadKey[]): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p>${view.m.loadFailed}</p>
    <button type="button" part="button" @click=${() => retry(view, keys)}>${view.m.retry}</button>
  </div>`;
}

function retry(view: StepView, keys: readonly LoadKey[]): void {
  for (const key of keys) void view.requests.retry(key);
  // The Retry button goes away with the error: keep focus in the element, on the step's heading.
  view.steps.focus();
}

/**
 * The content once both the lazily loaded parts and the data that `key` loads (`ready`) are
 * here; until then a skeleton, or the failure with a Retry that asks again for what failed.
 */
function content(
  view: StepView,
  key: LoadKey | undefined,
  ready: boolean,
  show: (lazy: LazyModule) => TemplateResult,
): TemplateResult {
  const failed = (['lazy', key] as const).filter((k): k is LoadKey => !!k && view.requests.failed(k));
  if (failed.length) return errorBlock(view, failed);
  // A refresh keeps what is shown (and any open dialog) until the new answer arrives.
  if (!view.lazy || !ready) return loadingBlock(view);
  return show(view.lazy);
}

const backButton = (view: StepView): TemplateResult =>
  html`<button type="button" part="button" class="back" @click=${view.steps.back}>${view.m.back}</button>`;

const actions = (view: StepView) => html`<div class="actions">${backButton(view)}</div>`;

function stepsNav({ m, flow }: StepView): TemplateResult {
  const steps = stepsOf(flow);
  const current = steps.indexOf(flow.step);
  return html`<nav aria-label=${m.stepsLabel}>
    <ol class="steps" part="steps">
      ${steps.map(
        (step, i) =>
          html`<li
            class=${i < current ? 'past' : i === current ? 'current' : ''}
            aria-current=${i === current ? 'step' : nothing}
          >
            <span class="step-number" aria-hidden="true">${i < current ? nothing : i + 1}</span>
            <span class="step-name">${m.step(step)}</span>${
              i < current ? html`<span class="visually-hidden">, ${m.completed}</span>` : nothing
            }
          </li>`,
      )}
    </ol>
  </nav>`;
}

/** The flow: step indicator, "step n of m", the taken-slot notice and the current step. */
export function flowTemplate(view: StepView): TemplateResult {
  const { m, flow } = view;
  const { index, count } = progressOf(flow);
  return html`<section class="flow" aria-label=${m.flowLabel}>
    ${stepsNav(view)}
    <p class="step-of">${m.stepOf(index, count)}</p>
    ${flow.slotTaken && view.all ? html`<div class="notice" role="alert" part="notice">${view.all.slotTaken}</div>` : nothing}
    ${stepTemplate(view)}
  </section>`;
}

/**
 * The date step. Its status line is always there, so that a screen reader speaks its message when it
 * comes. Its content shows with its code, the month's place a skeleton until the month arrives.
 */
function dateStep(view: StepView): TemplateResult {
  const empty = view.lazy?.monthStatus(view);
  return html`${mainHeading(view.level, view.m.dateHeading)}
    ${content(view, 'slots', true, (lazy) => lazy.whenContent(view))}
    <p class="month-status ${empty ? 'empty' : ''}" role="status">${empty ?? nothing}</p>
    ${actions(view)}`;
}

function stepTemplate(view: StepView): TemplateResult {
  const { m, level, choices } = view;
  switch (view.flow.step) {
    case 'kind':
      return html`${mainHeading(level, m.kindHeading)}
      ${content(view, 'kinds', !!choices.kinds, (lazy) => lazy.kindContent(view))}`;
    case 'consultant':
      return html`${mainHeading(level, m.consultantHeading)}
      ${content(view, 'consultants', !!choices.consultants, (lazy) => lazy.consultantContent(view))} ${actions(view)}`;
    case 'date':
      return dateStep(view);
    default:
      // Only the lazily loaded parts lead past the date step, so they are here.
      return content(view, undefined, true, (lazy) => lazy.laterStep(view, backButton(view)));
  }
}

/** "My bookings", with the cancel dialog. */
export function mineSection(view: StepView): TemplateResult {
  const { mine, requests } = view;
  return html`<section
    class="mine"
    aria-labelledby="mine-heading"
    aria-busy=${requests.loading('mine') ? 'true' : 'false'}
  >
    ${mainHeading(view.level, view.m.mineHeading, 'mine-heading')}
    ${content(view, 'mine', !!mine.bookings, (lazy) => lazy.mineContent(view))}
  </section>`;
}
