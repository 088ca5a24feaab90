/**
 * The booking flow's frame and its first steps (kind, consultant, date, time), rendered from a
 * view of the element's state. The later steps come with the lazily loaded parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import type { RequestController } from '../core/request-controller.js';
import type { Booking } from '../data/types.js';
import { progressOf, stepsOf, type FlowState } from './booking-flow.js';
import type { BookingMessages } from './booking.messages.js';
import type { HeadingLevel } from './booking.types.js';
import type { CalendarController } from './calendar-controller.js';
import type { ChoicesController } from './choices-controller.js';
import type { FlowController } from './flow-controller.js';
import type { MineController } from './mine-controller.js';
import { consultantList, kindList } from './flow-templates.js';
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

function errorBlock(view: StepView, key: LoadKey): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p>${view.m.loadFailed}</p>
    <button type="button" part="button" @click=${() => retry(view, key)}>${view.m.retry}</button>
  </div>`;
}

function retry(view: StepView, key: LoadKey): void {
  void view.requests.retry(key);
  // The Retry button goes away with the error: keep focus in the element, on the step's heading.
  view.steps.focus();
}

/** Offers `booking` as an `.ics` file. */
const ics = (view: StepView) => (booking: Booking) =>
  view.lazy!.downloadBookingIcs(booking, {
    m: view.all!,
    locale: view.locale,
    kinds: view.choices.kinds,
    consultants: view.choices.names,
    now: view.now(),
  });

/** Loading, error or content for data that `key` loads. */
function whenLoaded(view: StepView, key: LoadKey, ready: boolean, content: () => TemplateResult): TemplateResult {
  if (view.requests.failed(key)) return errorBlock(view, key);
  // A refresh keeps what is shown (and any open dialog) until the new answer arrives.
  if (!ready) return loadingBlock(view);
  return content();
}

/** Renders with the lazily loaded parts, showing loading or a retry until they are here. */
const withLazy = (view: StepView, content: (lazy: LazyModule, all: AllMessages) => TemplateResult): TemplateResult =>
  whenLoaded(view, 'lazy', Boolean(view.lazy), () => content(view.lazy!, view.all!));

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

const kindStep = (view: StepView): TemplateResult =>
  html`${mainHeading(view.level, view.m.kindHeading)}
  ${whenLoaded(view, 'kinds', Boolean(view.choices.kinds), () =>
    kindList(view.choices.kinds ?? [], view.locale, view.m, view.steps.chooseKind),
  )}`;

const consultantStep = (view: StepView): TemplateResult =>
  html`${mainHeading(view.level, view.m.consultantHeading)}
  ${whenLoaded(view, 'consultants', Boolean(view.choices.consultants), () =>
    consultantList(view.choices.consultants ?? [], view.locale, view.m, view.steps.chooseConsultant),
  )}
  ${actions(view)}`;

/** The calendar and, beside it (or below on a narrow element), the times of the chosen day. */
function dateStep(view: StepView): TemplateResult {
  const { m, calendar, flow } = view;
  const counts = calendar.counts;
  const year = Number(calendar.focusDay.slice(0, 4));
  const unpublished = calendar.holidays?.unpublishedYears.includes(year) ? year : undefined;
  // The times of a day in another month than the one shown are not loaded: choose again there.
  const day = flow.day?.slice(0, 7) === calendar.focusDay.slice(0, 7) ? flow.day : undefined;
  // The region is always there, so that a screen reader speaks its message when it comes.
  const empty =
    counts && unpublished
      ? view.all?.holidaysUnpublished(unpublished)
      : counts && counts.size === 0
        ? view.all?.monthEmpty
        : undefined;
  return html`${mainHeading(view.level, m.dateHeading)}
    ${
      view.requests.failed('slots')
        ? errorBlock(view, 'slots')
        : withLazy(view, (lazy, all) =>
            lazy.whenTemplate({
              locale: view.locale,
              m: all,
              kind: view.choices.kind(flow.kind),
              consultant: view.choices.names.get(flow.consultant),
              headingLevel: view.level,
              focusDay: calendar.focusDay,
              today: calendar.today,
              tabindex: (key) => calendar.focus.tabindex(key),
              selectedDay: flow.day,
              counts,
              holidays: calendar.holidays,
              earliest: calendar.earliestDay,
              onKey: calendar.focus.onKeydown,
              onPick: view.steps.pickDay,
              onMonth: calendar.showMonth,
              day,
              slots: day && calendar.slots ? calendar.freeOn(day) : undefined,
              consultants: view.choices.names,
              chosenSlot: flow.slot?.id,
              onSlot: view.steps.pickSlot,
            }),
          )
    }
    <p class="month-status ${empty ? 'empty' : ''}" role="status">${empty ?? nothing}</p>
    ${actions(view)}`;
}

const detailsStep = (view: StepView): TemplateResult =>
  html`${mainHeading(view.level, view.m.detailsHeading)}
  ${withLazy(view, (lazy, all) => {
    const details = view.steps.details!;
    return lazy.detailsTemplate({
      m: all,
      form: details.form,
      errors: details.errors,
      onInput: details.onInput,
      onPhoneBlur: details.onPhoneBlur,
      onSubmit: view.steps.submitDetails,
      back: backButton(view),
    });
  })}`;

/** The review or confirmation step, once it has its slot or booking. */
function outcomeStep(view: StepView, heading: string, done: boolean): TemplateResult {
  return html`${withLazy(view, (lazy, all) =>
    (done ? lazy.doneTemplate : lazy.reviewTemplate)({
      m: all,
      title: mainHeading(view.level, heading),
      locale: view.locale,
      flow: view.flow,
      kind: view.choices.kind(view.flow.kind),
      consultants: view.choices.names,
      applicant: view.steps.details!.form,
      sending: view.requests.loading('send'),
      sendFailed: view.requests.failed('send'),
      back: backButton(view),
      onConfirm: view.steps.sender!.confirm,
      onIcs: ics(view),
      onStartOver: view.startOver,
      onEndReschedule: view.mine.endReschedule,
    }),
  )}`;
}

function stepTemplate(view: StepView): TemplateResult {
  const { m, flow } = view;
  const moving = flow.mode === 'reschedule';
  switch (flow.step) {
    case 'kind':
      return kindStep(view);
    case 'consultant':
      return consultantStep(view);
    case 'date':
      return dateStep(view);
    case 'details':
      return detailsStep(view);
    case 'review':
      return flow.slot ? outcomeStep(view, moving ? m.rescheduleReviewHeading : m.reviewHeading, false) : html``;
    case 'done':
      return flow.booking ? outcomeStep(view, moving ? m.rescheduledHeading : m.doneHeading, true) : html``;
  }
}

/** "My bookings", with the cancel dialog. */
export function mineSection(view: StepView): TemplateResult {
  const { mine, requests, choices } = view;
  return html`<section
    class="mine"
    aria-labelledby="mine-heading"
    aria-busy=${requests.loading('mine') ? 'true' : 'false'}
  >
    ${mainHeading(view.level, view.m.mineHeading, 'mine-heading')}
    ${withLazy(view, (lazy, all) =>
      whenLoaded(view, 'mine', Boolean(mine.bookings), () =>
        lazy.mineTemplate({
          m: all,
          locale: view.locale,
          headingLevel: view.level,
          bookings: mine.bookings ?? [],
          kinds: new Map((choices.kinds ?? []).map((kind) => [kind.id, kind])),
          consultants: choices.names,
          now: view.now(),
          onIcs: ics(view),
          onCancel: mine.askCancel,
          onReschedule: mine.startReschedule,
          cancelTarget: mine.target,
          cancelling: requests.loading('cancel'),
          cancelFailed: requests.failed('cancel'),
          onCancelNo: mine.closeDialog,
          onCancelYes: mine.confirmCancel,
          onDialogClose: mine.onDialogClose,
        }),
      ),
    )}
  </section>`;
}
