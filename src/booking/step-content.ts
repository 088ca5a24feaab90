/**
 * What each step shows under its heading, from the element's view: the kinds and consultants to
 * choose from, the calendar with the day's times, and the later steps (applicant form, review,
 * confirmation, "my bookings"). It comes with the lazily loaded parts; the frame around it, with
 * the headings, the skeleton and the retry, is in `step-templates.ts`.
 */
import { html, type TemplateResult } from 'lit';
import { seoulDateKey } from '../data/time.js';
import type { Booking, Slot } from '../data/types.js';
import { downloadBookingIcs } from './booking-ics.js';
import { detailsTemplate } from './details-template.js';
import { consultantList, kindList } from './flow-templates.js';
import { mainHeading } from './headings.js';
import { mineTemplate } from './mine-template.js';
import { doneTemplate, reviewTemplate } from './outcome-templates.js';
import type { StepView } from './step-templates.js';
import type { AllMessages } from './summary-templates.js';
import { whenTemplate, type WhenProps } from './times-template.js';

/** Every string: content shows only once the lazily loaded parts, with their strings, are here. */
const all = (view: StepView): AllMessages => view.all!;

/** Offers `booking` as an `.ics` file. */
const ics = (view: StepView) => (booking: Booking) =>
  downloadBookingIcs(booking, {
    m: all(view),
    locale: view.locale,
    kinds: view.choices.kinds,
    consultants: view.choices.names,
    now: view.now(),
  });

export const kindContent = (view: StepView): TemplateResult =>
  kindList(view.choices.kinds ?? [], view.locale, all(view), view.steps.chooseKind);

export const consultantContent = (view: StepView): TemplateResult =>
  consultantList(view.choices.consultants ?? [], view.locale, all(view), view.steps.chooseConsultant);

/** The calendar and, beside it (or below on a narrow element), the times of the chosen day. */
export function whenContent(view: StepView): TemplateResult {
  const { calendar, flow } = view;
  // The times of a day in another month than the one shown are not loaded: choose again there.
  const day = flow.day?.slice(0, 7) === calendar.focusDay.slice(0, 7) ? flow.day : undefined;
  return whenTemplate({
    locale: view.locale,
    m: all(view),
    kind: view.choices.kind(flow.kind),
    consultant: view.choices.names.get(flow.consultant),
    headingLevel: view.level,
    focusDay: calendar.focusDay,
    today: calendar.today,
    tabindex: (key) => calendar.focus.tabindex(key),
    selectedDay: flow.day,
    counts: calendar.counts,
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
    arrived: calendar.arrived,
  });
}

/** What the month's status line says once the month has loaded: no free times, or no holidays yet. */
export function monthStatus(view: StepView): string | undefined {
  const { calendar } = view;
  const counts = calendar.counts;
  const year = Number(calendar.focusDay.slice(0, 4));
  const unpublished = calendar.holidays?.unpublishedYears.includes(year) ? year : undefined;
  if (counts && unpublished) return all(view).holidaysUnpublished(unpublished);
  return counts && counts.size === 0 ? all(view).monthEmpty : undefined;
}

/** The applicant form, review or confirmation, each with its heading. */
export function laterStep(view: StepView, back: TemplateResult): TemplateResult {
  const { flow } = view;
  const m = all(view);
  const moving = flow.mode === 'reschedule';
  if (flow.step === 'details') {
    const details = view.steps.details!;
    return html`${mainHeading(view.level, m.detailsHeading)}
    ${detailsTemplate({
      m,
      form: details.form,
      errors: details.errors,
      onInput: details.onInput,
      onPhoneBlur: details.onPhoneBlur,
      onSubmit: view.steps.submitDetails,
      back,
    })}`;
  }
  const done = flow.step === 'done';
  const heading = done
    ? moving
      ? m.rescheduledHeading
      : m.doneHeading
    : moving
      ? m.rescheduleReviewHeading
      : m.reviewHeading;
  return (done ? doneTemplate : reviewTemplate)({
    m,
    title: mainHeading(view.level, heading),
    locale: view.locale,
    flow,
    kind: view.choices.kind(flow.kind),
    consultants: view.choices.names,
    applicant: view.steps.details!.form,
    sending: view.requests.loading('send'),
    sendFailed: view.requests.failed('send'),
    back,
    onConfirm: view.steps.sender!.confirm,
    onIcs: ics(view),
    onStartOver: view.startOver,
    onEndReschedule: view.mine.endReschedule,
  });
}

/** The learner's bookings, upcoming and past, with the cancel dialog. */
export function mineContent(view: StepView): TemplateResult {
  const { mine, requests, choices } = view;
  const cancel = mine.cancel!;
  return mineTemplate({
    m: all(view),
    locale: view.locale,
    headingLevel: view.level,
    bookings: mine.bookings ?? [],
    kinds: new Map((choices.kinds ?? []).map((kind) => [kind.id, kind])),
    consultants: choices.names,
    now: view.now(),
    onIcs: ics(view),
    onCancel: cancel.askCancel,
    onReschedule: mine.startReschedule,
    cancelTarget: cancel.target,
    cancelling: requests.loading('cancel'),
    cancelFailed: requests.failed('cancel'),
    onCancelNo: cancel.closeDialog,
    onCancelYes: cancel.confirmCancel,
    onDialogClose: cancel.onDialogClose,
  });
}

/**
 * The date step's and the form's content for a made-up day with one free time: rendered once,
 * away from the page, while the browser is idle, so that the templates are prepared before the
 * learner's click needs them.
 */
export function warmTemplates(view: StepView): TemplateResult[] {
  const now = view.now();
  const today = seoulDateKey(now);
  const slot: Slot = {
    id: 'warm-up',
    kind: view.choices.kinds?.[0]?.id ?? 'mentoring',
    consultantId: '',
    start: now.toISOString(),
    durationMin: 30,
    mode: 'online',
    capacity: 1,
    remaining: 1,
  };
  const noop = (): void => undefined;
  const details = view.steps.details;
  const when: WhenProps = {
    locale: view.locale,
    m: all(view),
    kind: view.choices.kinds?.[0],
    consultant: undefined,
    headingLevel: view.level,
    focusDay: today,
    today,
    tabindex: () => -1,
    selectedDay: today,
    counts: new Map([[today, 1]]),
    holidays: { holidays: [], unpublishedYears: [] },
    earliest: today,
    onKey: noop,
    onPick: noop,
    onMonth: noop,
    day: today,
    slots: [slot],
    consultants: new Map(),
    chosenSlot: undefined,
    onSlot: noop,
    arrived: true,
  };
  return [
    // The step's frame with the month's skeleton (shown at the click), then with the month.
    whenTemplate({ ...when, arrived: false }),
    whenTemplate(when),
    ...(details
      ? [
          detailsTemplate({
            m: all(view),
            form: details.form,
            errors: [],
            onInput: noop,
            onPhoneBlur: noop,
            onSubmit: noop,
            back: html``,
          }),
        ]
      : []),
  ];
}
