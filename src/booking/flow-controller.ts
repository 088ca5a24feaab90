/**
 * Runs the pure step machine (`booking-flow.ts`) for the element: each learner action moves the
 * flow and starts what the next step needs (consultants, the calendar), focus moves to the new
 * step's heading after the update, and the details and confirm controllers report back into the
 * flow.
 */
import type { ReactiveElement } from 'lit';
import { createEvent } from '../core/events.js';
import { focusAfterUpdate } from '../core/focus.js';
import type { RequestController } from '../core/request-controller.js';
import type { Booking, ConsultationKind, DataSource, Slot } from '../data/types.js';
import * as Flow from './booking-flow.js';
import type { SlotSelectedDetail } from './booking.types.js';
import type { CalendarController } from './calendar-controller.js';
import type { ChoicesController } from './choices-controller.js';
import type { ConfirmController } from './confirm-controller.js';
import type { DetailsController } from './details-controller.js';
import type { LazyModule, LoadKey } from './step-templates.js';
import type { AllMessages } from './summary-templates.js';

export interface FlowOptions {
  readonly requests: RequestController<LoadKey>;
  readonly choices: ChoicesController;
  readonly calendar: CalendarController;
  readonly source: () => DataSource | undefined;
  readonly learnerId: () => string;
  /** Says `text(messages)` in the live region, once every string is loaded. */
  readonly announce: (text: (m: AllMessages) => string) => void;
  /** The flow moved to another step: what was said about the last one no longer holds. */
  readonly stepChanged: () => void;
  readonly confirmed: (bookingId: string) => void;
  /** Going back from a move's first step leaves the move. */
  readonly leave: () => void;
}

export type FlowHost = ReactiveElement;

export class FlowController {
  state: Flow.FlowState = Flow.startFlow();
  /** The applicant's details and the confirm request arrive with the lazily loaded parts. */
  details?: DetailsController;
  sender?: ConfirmController;

  constructor(
    private readonly host: FlowHost,
    private readonly options: FlowOptions,
  ) {}

  /** Moves focus to `selector` (the step's heading) once the next update has rendered. */
  focus(selector = '.title'): void {
    // Let go of the control that moved the flow while nothing needs laying out: the update may
    // remove it, and removing the focused element makes the browser lay out the new step there.
    ((this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null)?.blur();
    this.host.requestUpdate();
    void focusAfterUpdate(this.host, selector);
  }

  /** Sets the flow without moving focus (a start, a preselection). */
  set(state: Flow.FlowState): void {
    if (state.step !== this.state.step) this.options.stepChanged();
    this.state = state;
    this.host.requestUpdate();
  }

  go(state: Flow.FlowState): void {
    this.set(state);
    this.focus();
  }

  /** A new flow: nothing chosen, nothing to send. */
  reset(state: Flow.FlowState): void {
    this.sender?.reset();
    this.details?.show([]);
    this.set(state);
  }

  readonly chooseKind = (kind: ConsultationKind): void => {
    this.go(Flow.chooseKind(this.state, kind.id));
    this.options.choices.loadConsultants(kind.id);
  };

  /** A consultant (or `''` for any) was chosen, by the learner (`focus`) or by `consultant-id`. */
  readonly chooseConsultant = (id: string, focus = true): void => {
    const next = Flow.chooseConsultant(this.state, id);
    if (focus) this.go(next);
    else this.set(next);
    this.options.calendar.start();
  };

  /** A day was chosen: its times show beside the calendar, and focus goes to their heading. */
  readonly pickDay = (day: string): void => {
    this.options.calendar.focus.activate(day);
    this.set(Flow.pickDay(this.state, day));
    this.focus('#times-heading');
  };

  readonly pickSlot = (slot: Slot): void => {
    this.sender?.reset();
    this.options.requests.clear('send');
    this.host.dispatchEvent(
      createEvent<SlotSelectedDetail>('seoul-learn-slot-selected', {
        slotId: slot.id,
        kind: slot.kind,
        consultantId: slot.consultantId,
        start: slot.start,
        durationMin: slot.durationMin,
      }),
    );
    this.go(Flow.pickSlot(this.state, slot));
  };

  readonly submitDetails = (event: Event): void => {
    event.preventDefault();
    if (this.details?.submit()) this.go(Flow.submitDetails(this.state, this.details.errors));
  };

  /** Starts moving `booking` to another time, or (`undefined`) comes back from a move. */
  reschedule(booking: Booking | undefined): void {
    this.set(booking ? Flow.startReschedule(booking) : Flow.startFlow());
    if (booking) this.options.calendar.start();
    this.focus();
  }

  readonly back = (): void => {
    const previous = Flow.back(this.state);
    if (!previous) return this.options.leave();
    if (previous.step === 'date' && this.state.day) this.options.calendar.focus.activate(this.state.day);
    this.go(previous);
  };

  /** Wires the details and confirm controllers, which come with the lazy parts, into the flow. */
  lazyArrived(lazy: LazyModule): void {
    ({ details: this.details, sender: this.sender } = lazy.laterControllers(this.host, this, this.options));
  }
}
