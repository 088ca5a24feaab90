import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../core/announcer.js';
import { LazyPart } from '../core/lazy-part.js';
import { SeoulLearnElement, baseStyles } from '../core/base-element.js';
import { dataSourceOf } from '../core/data-source.js';
import { checkedEnum, enumAttribute } from '../core/enum-attribute.js';
import { FormControlController } from '../core/form-control.js';
import { headingLevel } from '../core/headings.js';
import { RequestController } from '../core/request-controller.js';
import { warnOnce } from '../core/warn.js';
import { CONSULTATION_KINDS, type ConsultationKindId, type DataSource } from '../data/types.js';
import * as Flow from './booking-flow.js';
import { bookingMessages, type BookingMessages } from './booking.messages.js';
import { bookingStyles, fillLazyStyles, lazySlot } from './booking.styles.js';
import {
  BOOKING_VIEWS,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_LEAD_TIME_HOURS,
  type BookingCancelledDetail,
  type BookingConfirmedDetail,
  type BookingRescheduledDetail,
  type BookingView,
  type HeadingLevel,
  type SlotSelectedDetail,
} from './booking.types.js';
import { CalendarController } from './calendar-controller.js';
import { ChoicesController } from './choices-controller.js';
import { FlowController } from './flow-controller.js';
import { MineController } from './mine-controller.js';
import { flowTemplate, mineSection, type LazyModule, type LoadKey, type StepView } from './step-templates.js';
import type { AllMessages } from './summary-templates.js';

/**
 * Books a consultation (admissions consulting, mentoring or study counselling) in Korea Standard
 * Time: kind → consultant → date and time (an accessible calendar with the day's times beside it) → applicant details with
 * explicit consent → review → confirmation with an `.ics` file. With `view="mine"` it lists the
 * learner's bookings to reschedule, cancel or add to a calendar.
 *
 * The applicant's personal data stays in the element's memory until confirmation and goes only
 * to the data source: never to storage, URLs, events or the console.
 *
 * The element is form-associated: inside a `<form>` its value (under its `name`) is the booking
 * id once a booking is confirmed. With `required`, the form cannot submit before that.
 * `heading-level` sets the level of its headings to fit the host page's outline.
 *
 * @summary Consultation booking and "my bookings", keyboard- and screen-reader-friendly, in KST.
 * @tag seoul-learn-booking
 *
 * @cssstate pending - From when the element is made until its first render, which runs in a task of its own; `seoul-learn.css` keeps the element's room in this state, as before it is defined.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart brand - The programme's name and mark, with `show-brand` (here or on the provider).
 * @csspart steps - The step indicator.
 * @csspart kind-list - The list of consultation kinds.
 * @csspart consultant-list - The list of consultants.
 * @csspart choice - A kind or consultant button.
 * @csspart calendar - The month calendar.
 * @csspart day - A day button in the calendar.
 * @csspart slot-list - The list of times on the chosen day.
 * @csspart slot-button - A time button.
 * @csspart form - The applicant form.
 * @csspart field-error - An inline validation message.
 * @csspart consent - The personal-data consent box.
 * @csspart button - Every action button.
 * @csspart primary-button - The main action of a step.
 * @csspart danger-button - A destructive action (cancel a booking).
 * @csspart notice - An alert such as "this time was just taken".
 * @csspart error - A loading or sending error with its retry button.
 * @csspart badge - A booking's status: an icon and a word.
 * @csspart booking - One booking in "my bookings".
 * @csspart dialog - The cancel confirmation dialog.
 *
 * @cssprop --seoul-learn-booking-max-width - Widest the element grows (default 720px).
 * @cssprop --seoul-learn-booking-day-size - Largest size of a calendar day button (default 48px; smaller when the width needs it).
 * @cssprop --seoul-learn-brand-mark - With `show-brand`: the mark's colour (default: the theme's primary).
 * @cssprop --seoul-learn-brand-on-mark - With `show-brand`: the mark's letter (default: the theme's on-primary).
 * @cssprop --seoul-learn-brand-surface - With `show-brand`: the strip's background (default: the theme's primary subtle).
 * @cssprop --seoul-learn-brand-on-surface - With `show-brand`: the programme name (default: the theme's on-primary-subtle).
 *
 * @fires {CustomEvent<SlotSelectedDetail>} seoul-learn-slot-selected - The learner chose a time. Detail: `SlotSelectedDetail` `{ slotId, kind, consultantId, start, durationMin }`.
 * @fires {CustomEvent<BookingConfirmedDetail>} seoul-learn-booking-confirmed - A booking was made. Detail: `BookingConfirmedDetail` `{ bookingId, slotId, kind, consultantId, start, durationMin, mode }`.
 * @fires {CustomEvent<BookingCancelledDetail>} seoul-learn-booking-cancelled - The learner cancelled a booking. Detail: `BookingCancelledDetail` `{ bookingId, slotId, start }`.
 * @fires {CustomEvent<BookingRescheduledDetail>} seoul-learn-booking-rescheduled - The learner moved a booking to a new time. Detail: `BookingRescheduledDetail` `{ bookingId, previousSlotId, slotId, start }`.
 */
export class SeoulLearnBooking extends SeoulLearnElement {
  static override styles = [baseStyles, bookingStyles, lazySlot];

  /** Lets the element take part in a host `<form>`. */
  static formAssociated = true;

  /**
   * Preselects the kind of consultation (`admissions`, `mentoring`, `study`) and skips the first
   * step. An unknown value warns once and starts at the first step.
   */
  @property() kind?: ConsultationKindId;

  /**
   * Preselects a consultant (with `kind`), skipping the consultant step. An id that does not
   * offer the kind warns once and starts at the first step.
   */
  @property({ attribute: 'consultant-id' }) consultantId?: string;

  /**
   * A longer lead time than the consultation kind's own, in hours: slots that start sooner are
   * not offered. Unset, the kind's lead time from the data (`leadTimeHours`, which the API
   * enforces) applies; a smaller value cannot shorten it.
   */
  @property({ attribute: 'lead-time-hours', type: Number }) leadTimeHours?: number;

  /** `book` (default): the booking flow. `mine`: the learner's own bookings. */
  @property() view: BookingView = 'book';

  /**
   * The level of the element's headings (2–6, default 2), so that they continue the host page's
   * outline: each step's heading is at this level and the headings inside it one below (at most
   * 6). An invalid value warns once and uses 2.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: HeadingLevel = DEFAULT_HEADING_LEVEL;

  /** The name under which a host `<form>` submits the booking id. */
  @property({ reflect: true }) name?: string;

  /**
   * A host `<form>` cannot be submitted until a booking has been confirmed here: until then the
   * element is invalid (`validity.valueMissing`) with a message in the active locale, and the
   * browser points the learner to the element's first control.
   */
  @property({ type: Boolean, reflect: true }) required = false;

  private readonly announcer = new Announcer(this);
  private readonly brand = new LazyPart(
    this,
    () => import('../core/brand.js'),
    (module) => module.brandStyles,
  );
  @state() private lazy?: LazyModule;

  private readonly requests = new RequestController<LoadKey>(this);
  private readonly formControl = new FormControlController(this, this.internals, {
    required: () => this.required,
    valueMissing: () => this.m.valueMissing,
    // While a step loads it has no control yet: its heading (focusable by script) stands in.
    fallbackAnchor: () => this.renderRoot.querySelector<HTMLElement>('.title'),
    reset: () => {
      this.forget();
      this.restart();
    },
  });
  private readonly choices = new ChoicesController(this, {
    requests: this.requests,
    source: () => this.source,
    preselected: (id) => (id === undefined ? this.flow.set(Flow.startFlow()) : this.flow.chooseConsultant(id, false)),
  });
  private readonly calendar = new CalendarController(this, {
    requests: this.requests,
    source: () => this.source,
    now: () => this.now(),
    leadHours: () => this.leadHours,
    query: () => this.flow.state,
    excluded: () => this.flow.state.moving?.slotId,
    days: () => this.renderRoot.querySelectorAll<HTMLElement>('[data-day]'),
  });
  private readonly flow: FlowController = new FlowController(this, {
    requests: this.requests,
    choices: this.choices,
    calendar: this.calendar,
    source: () => this.source,
    learnerId: () => this.settings.learnerId,
    announce: (text) => this.all && this.announcer.announce(text(this.all)),
    stepChanged: () => this.announcer.clear(),
    confirmed: (id) => (this.formControl.value = id),
    leave: () => this.mine.endReschedule(),
  });
  private readonly mine: MineController = new MineController(this, {
    requests: this.requests,
    source: () => this.source,
    learnerId: () => this.settings.learnerId,
    dialog: () => this.renderRoot.querySelector('dialog'),
    cancelled: () => {
      if (this.all) this.announcer.announce(this.all.cancelled);
      this.flow.focus();
    },
    reschedule: (booking) => this.flow.reschedule(booking),
  });
  private source?: DataSource;
  private learner?: string;
  private unsubscribe?: () => void;

  /** The id of the booking last confirmed here, or an empty string. What a host form submits. */
  get value(): string {
    return this.formControl.value;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formControl.internals.form;
  }

  /** The element's validity: `valueMissing` while `required` and no booking is confirmed. */
  get validity(): ValidityState {
    return this.formControl.internals.validity;
  }

  /** The message a host form shows while the element is invalid, in the active locale. */
  get validationMessage(): string {
    return this.formControl.internals.validationMessage;
  }

  /** Whether a host form validates this element. */
  get willValidate(): boolean {
    return this.formControl.internals.willValidate;
  }

  /** `true` when valid; otherwise fires `invalid` on the element and returns `false`. */
  checkValidity(): boolean {
    return this.formControl.internals.checkValidity();
  }

  /** Like `checkValidity()`, and when invalid also shows the message at the element's first control. */
  reportValidity(): boolean {
    return this.formControl.internals.reportValidity();
  }

  /** A host form was reset: start over and drop what was typed. */
  formResetCallback(): void {
    this.formControl.reset();
  }

  private get m(): BookingMessages {
    return bookingMessages(this.settings.locale);
  }

  /** Every string, once the lazily loaded parts have arrived. */
  private get all(): AllMessages | undefined {
    return this.lazy && { ...this.m, ...this.lazy.lazyMessages(this.settings.locale) };
  }

  private get viewMode(): BookingView {
    return enumAttribute(this, 'view', this.view, BOOKING_VIEWS, 'book');
  }

  /** The lead time in force: the chosen kind's, or the element's own when that is longer. */
  private get leadHours(): number {
    const kind = this.choices.kind(this.flow.state.kind)?.leadTimeHours ?? DEFAULT_LEAD_TIME_HOURS;
    const own = this.leadTimeHours;
    if (own === undefined || own === null) return kind;
    if (Number.isFinite(own) && own >= 0) return Math.max(kind, own);
    warnOnce(this, `lead=${own}`, `<${this.localName}> lead-time-hours must be a number of hours ≥ 0. Ignoring it.`);
    return kind;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const source = dataSourceOf(this.settings);
    const learner = this.settings.learnerId;
    const attributes = ['kind', 'consultantId', 'view'].some((name) => changed.has(name));
    if (source === this.source && learner === this.learner && !attributes) return;
    if (source !== this.source) this.listen(source);
    // Another learner (or another back end) must never see what the previous one typed or booked.
    if (source !== this.source || learner !== this.learner) this.forget();
    this.source = source;
    this.learner = learner;
    this.restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.source && !this.unsubscribe) this.listen(this.source);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Bookings made elsewhere (another element, another tab) refresh the list or the free times. */
  private listen(source: DataSource): void {
    this.unsubscribe?.();
    this.unsubscribe = source.subscribe((change) => {
      if (change.type !== 'booking' || change.learnerId !== this.settings.learnerId) return;
      const { mode, step } = this.flow.state;
      if (this.viewMode === 'mine' && mode !== 'reschedule') this.mine.load();
      else if (step === 'date') this.calendar.refresh();
    });
  }

  /** Drops the applicant's details, what was announced about them and the confirmed booking id. */
  private forget(): void {
    this.flow.details?.forget();
    this.announcer.clear();
    this.formControl.value = '';
  }

  private restart(): void {
    this.requests.cancel();
    this.flow.reset(Flow.startFlow());
    this.choices.reset();
    this.calendar.reset();
    this.mine.reset();
    // Every view's content comes with the lazy parts: they load in parallel with the first data.
    this.ensureLazy();
    this.choices.loadKinds();
    if (this.viewMode === 'mine') {
      this.mine.load();
      this.choices.loadConsultants();
      return;
    }
    const kind = checkedEnum(this, 'kind', this.kind, CONSULTATION_KINDS, 'Starting at the first step.');
    if (!kind) return;
    this.flow.set(Flow.startFlow(kind));
    this.choices.loadConsultants(kind, this.consultantId || undefined);
  }

  /** Starts loading the parts that paint the content, unless they are here or on their way. They outlive any flow. */
  private ensureLazy(): void {
    if (!this.lazy && !this.requests.loading('lazy'))
      void this.requests.run('lazy', () => this.loadParts(), {
        done: (lazy) => {
          fillLazyStyles(lazy.lazyStyles);
          this.flow.lazyArrived(lazy);
          this.mine.lazyArrived(lazy);
          this.lazy = lazy;
          lazy.warmUp(this.settings.locale, () => lazy.warmTemplates(this.stepView()));
        },
      });
  }

  /**
   * Loads the code that paints the steps' content (`lazy.js`). A subclass may wrap it, for
   * example to show what a learner sees when it cannot be loaded.
   */
  protected loadParts(): Promise<LazyModule> {
    return import('./lazy.js');
  }

  private stepView(): StepView {
    return {
      m: this.m,
      locale: this.settings.locale,
      level: headingLevel(this, this.headingLevel, DEFAULT_HEADING_LEVEL),
      flow: this.flow.state,
      steps: this.flow,
      requests: this.requests,
      choices: this.choices,
      calendar: this.calendar,
      mine: this.mine,
      lazy: this.lazy,
      all: this.all,
      now: () => this.now(),
      startOver: this.startOver,
    };
  }

  protected override render(): TemplateResult {
    const view = this.stepView();
    const mine = this.viewMode === 'mine' && this.flow.state.mode !== 'reschedule';
    const brand = this.settings.showBrand && this.brand.get()?.brand(this.settings);
    return html`<div part="base" class="booking" lang=${view.locale}>
      ${brand || nothing}${mine ? mineSection(view) : flowTemplate(view)} ${this.announcer.render()}
    </div>`;
  }

  private startOver = (): void => {
    this.restart();
    this.flow.focus();
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seoul-learn-slot-selected': CustomEvent<SlotSelectedDetail>;
    'seoul-learn-booking-confirmed': CustomEvent<BookingConfirmedDetail>;
    'seoul-learn-booking-cancelled': CustomEvent<BookingCancelledDetail>;
    'seoul-learn-booking-rescheduled': CustomEvent<BookingRescheduledDetail>;
  }
}
