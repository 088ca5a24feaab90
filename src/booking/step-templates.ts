/**
 * The booking flow's frame and its first steps (kind, consultant, date, time), rendered from a
 * view of the element's state. The later steps come with the lazily loaded parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import type { RequestController } from '../core/request-controller.js';
import type { Consultant, ConsultationKind, Slot } from '../data/types.js';
import { progressOf, stepsOf, type FlowState } from './booking-flow.js';
import type { BookingMessages } from './booking.messages.js';
import type { HeadingLevel } from './booking.types.js';
import type { CalendarController } from './calendar-controller.js';
import { consultantList, kindList, slotList } from './flow-templates.js';
import { mainHeading } from './headings.js';
import type * as LazyParts from './lazy.js';
import type { AllMessages } from './summary-templates.js';
import { dayName } from './time-labels.js';

export type LazyModule = typeof LazyParts;
export type LoadKey = 'kinds' | 'consultants' | 'slots' | 'mine' | 'lazy' | 'send' | 'cancel';

/** What the templates read from the element, and the handlers they call. */
export interface StepView {
  readonly m: BookingMessages;
  readonly locale: Locale;
  readonly level: HeadingLevel;
  readonly flow: FlowState;
  readonly requests: RequestController<LoadKey>;
  readonly kinds: readonly ConsultationKind[] | undefined;
  readonly consultants: readonly Consultant[] | undefined;
  readonly names: ReadonlyMap<string, Consultant>;
  readonly calendar: CalendarController;
  readonly lazy: LazyModule | undefined;
  readonly all: AllMessages | undefined;
  readonly retry: (key: LoadKey) => void;
  readonly back: () => void;
  readonly chooseKind: (kind: ConsultationKind) => void;
  readonly chooseConsultant: (id: string) => void;
  readonly pickDay: (day: string) => void;
  readonly pickSlot: (slot: Slot) => void;
}

function loadingBlock(view: StepView, rows = 3): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <p class="visually-hidden">${view.m.loading}</p>
    ${Array.from({ length: rows }, () => html`<div class="bone" aria-hidden="true"></div>`)}
  </div>`;
}

export function errorBlock(view: StepView, key: LoadKey): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p>${view.m.loadFailed}</p>
    <button type="button" part="button" @click=${() => view.retry(key)}>${view.m.retry}</button>
  </div>`;
}

/** Loading, error or content for data that `key` loads. */
export function whenLoaded(
  view: StepView,
  key: LoadKey,
  ready: boolean,
  content: () => TemplateResult,
): TemplateResult {
  if (view.requests.failed(key)) return errorBlock(view, key);
  // A refresh keeps what is shown (and any open dialog) until the new answer arrives.
  if (!ready) return loadingBlock(view);
  return content();
}

/** Renders with the lazily loaded parts, showing loading or a retry until they are here. */
export const withLazy = (
  view: StepView,
  content: (lazy: LazyModule, all: AllMessages) => TemplateResult,
): TemplateResult => whenLoaded(view, 'lazy', Boolean(view.lazy), () => content(view.lazy!, view.all!));

export const backButton = (view: StepView): TemplateResult =>
  html`<button type="button" part="button" class="back" @click=${view.back}>${view.m.back}</button>`;

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
            <span class="step-number" aria-hidden="true">${i + 1}</span>
            <span class="step-name">${m.step(step)}</span>${
              i < current ? html`<span class="visually-hidden">, ${m.completed}</span>` : nothing
            }
          </li>`,
      )}
    </ol>
  </nav>`;
}

/** The flow: step indicator, "step n of m", the taken-slot notice and the current step. */
export function flowTemplate(view: StepView, step: TemplateResult): TemplateResult {
  const { m, flow } = view;
  const { index, count } = progressOf(flow);
  return html`<section class="flow" aria-label=${m.flowLabel}>
    ${stepsNav(view)}
    <p class="step-of">${m.stepOf(index, count)}</p>
    ${flow.slotTaken ? html`<div class="notice" role="alert" part="notice">${m.slotTaken}</div>` : nothing} ${step}
  </section>`;
}

export const kindStep = (view: StepView): TemplateResult =>
  html`${mainHeading(view.level, view.m.kindHeading)}
  ${whenLoaded(view, 'kinds', Boolean(view.kinds), () =>
    kindList(view.kinds ?? [], view.locale, view.m, view.chooseKind),
  )}`;

export const consultantStep = (view: StepView): TemplateResult =>
  html`${mainHeading(view.level, view.m.consultantHeading)}
  ${whenLoaded(view, 'consultants', Boolean(view.consultants), () =>
    consultantList(view.consultants ?? [], view.locale, view.m, view.chooseConsultant),
  )}
  ${actions(view)}`;

export function dateStep(view: StepView): TemplateResult {
  const { m, calendar } = view;
  const counts = calendar.counts;
  const year = Number(calendar.focusDay.slice(0, 4));
  const unpublished = calendar.holidays?.unpublishedYears.includes(year) ? year : undefined;
  return html`${mainHeading(view.level, m.dateHeading)}
    <p class="hint">${m.allTimesKst}</p>
    ${
      view.requests.failed('slots')
        ? errorBlock(view, 'slots')
        : withLazy(view, (lazy) =>
            lazy.calendarTemplate({
              locale: view.locale,
              m,
              headingLevel: view.level,
              focusDay: calendar.focusDay,
              selectedDay: view.flow.day,
              counts,
              holidays: calendar.holidays,
              earliest: calendar.earliestDay,
              onKey: calendar.focus.onKeydown,
              onPick: view.pickDay,
              onMonth: calendar.showMonth,
            }),
          )
    }
    ${
      counts && unpublished
        ? html`<p class="empty" role="status">${m.holidaysUnpublished(unpublished)}</p>`
        : counts && counts.size === 0
          ? html`<p class="empty" role="status">${m.monthEmpty}</p>`
          : nothing
    }
    ${actions(view)}`;
}

export function timeStep(view: StepView): TemplateResult {
  const { m, locale, calendar } = view;
  const day = view.flow.day ?? calendar.focusDay;
  return html`${mainHeading(view.level, m.timeHeading)}
    <p class="chosen-day">${dayName(day, locale)}</p>
    <p class="hint">${m.allTimesKst}</p>
    ${whenLoaded(view, 'slots', Boolean(calendar.slots), () =>
      slotList(calendar.freeOn(day), view.names, locale, m, view.pickSlot),
    )}
    ${actions(view)}`;
}
