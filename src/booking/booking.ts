import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SeoulLearnElement, baseStyles } from '../core/base-element.js';
import { createEvent } from '../core/events.js';
import { pick } from '../core/i18n.js';
import { checkedEnum, enumAttribute } from '../core/enum-attribute.js';
import { warnOnce } from '../core/warn.js';
import { addDays, seoulDateKey, seoulInstant } from '../data/time.js';
import {
  CONSULTATION_KINDS,
  type Booking,
  type Consultant,
  type ConsultationKind,
  type ConsultationKindId,
  type DataSource,
  type HolidayCalendar,
  type Slot,
} from '../data/types.js';
import { EMPTY_FORM, FORM_FIELDS, type ApplicantForm, type FormField } from './applicant-form.js';
import { bookingMessages, type BookingMessages } from './booking.messages.js';
import { bookingStyles } from './booking.styles.js';
import {
  BOOKING_STEPS,
  BOOKING_VIEWS,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_LEAD_TIME_HOURS,
  type BookingCancelledDetail,
  type BookingConfirmedDetail,
  type BookingRescheduledDetail,
  type BookingStep,
  type BookingView,
  type HeadingLevel,
  type SlotSelectedDetail,
} from './booking.types.js';
import { addMonths, monthOf, moveDay } from './calendar-math.js';
import { consultantList, kindList, slotList } from './flow-templates.js';
import { mainHeading, subHeading } from './headings.js';
import { headingLevel } from '../core/headings.js';
import type * as LazyParts from './lazy.js';
import type { AllMessages } from './summary-templates.js';
import { dayName, kstDateTime } from './time-labels.js';
import { randomHexId } from '../data/ids.js';

type LoadKey = 'kinds' | 'consultants' | 'slots' | 'mine' | 'lazy';
type LazyModule = typeof LazyParts;

const RESCHEDULE_STEPS: readonly BookingStep[] = ['date', 'time', 'review', 'done'];
const HOUR_MS = 3_600_000;
/** Where a host form's "please fill in" bubble points: the first control a keyboard reaches. */
const FIRST_CONTROL = 'button:not([disabled]):not([tabindex="-1"]),input,select,textarea,a[href]';

/** A fresh idempotency key: one per confirm attempt, reused only to retry that same attempt. */
const newKey = (): string => randomHexId();

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;

/**
 * Books a consultation (admissions consulting, mentoring or study counselling) in Korea Standard
 * Time: kind → consultant → date on an accessible calendar → time → applicant details with
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
 * @csspart base - The wrapper of everything the element shows.
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
 * @csspart booking - One booking in "my bookings".
 * @csspart dialog - The cancel confirmation dialog.
 *
 * @cssprop --seoul-learn-booking-max-width - Widest the element grows (default 720px).
 * @cssprop --seoul-learn-booking-day-size - Size of a calendar day button (default 44px).
 *
 * @fires {CustomEvent<SlotSelectedDetail>} seoul-learn-slot-selected - The learner chose a time. Detail: `SlotSelectedDetail` `{ slotId, kind, consultantId, start, durationMin }`.
 * @fires {CustomEvent<BookingConfirmedDetail>} seoul-learn-booking-confirmed - A booking was made. Detail: `BookingConfirmedDetail` `{ bookingId, slotId, kind, consultantId, start, durationMin, mode }`.
 * @fires {CustomEvent<BookingCancelledDetail>} seoul-learn-booking-cancelled - The learner cancelled a booking. Detail: `BookingCancelledDetail` `{ bookingId, slotId, start }`.
 * @fires {CustomEvent<BookingRescheduledDetail>} seoul-learn-booking-rescheduled - The learner moved a booking to a new time. Detail: `BookingRescheduledDetail` `{ bookingId, previousSlotId, slotId, start }`.
 */
export class SeoulLearnBooking extends SeoulLearnElement {
  static override styles = [baseStyles, bookingStyles];

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

  /** Slots that start sooner than this many hours from now are not offered. Default 24. */
  @property({ attribute: 'lead-time-hours', type: Number }) leadTimeHours: number = DEFAULT_LEAD_TIME_HOURS;

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

  @state() private step: BookingStep = 'kind';
  @state() private kinds?: ConsultationKind[];
  @state() private consultants?: Consultant[];
  @state() private kindId?: ConsultationKindId;
  @state() private consultantChoice = '';
  @state() private focusDay = '';
  @state() private monthSlots?: Slot[];
  @state() private monthHolidays?: HolidayCalendar;
  @state() private day?: string;
  @state() private chosenSlot?: Slot;
  @state() private applicant: ApplicantForm = EMPTY_FORM;
  @state() private errors: readonly FormField[] = [];
  @state() private sending = false;
  @state() private sendFailed = false;
  @state() private booking?: Booking;
  @state() private notice?: string;
  @state() private loading: ReadonlySet<LoadKey> = new Set();
  @state() private failed: ReadonlySet<LoadKey> = new Set();
  @state() private announcement = '';
  @state() private bookings?: Booking[];
  @state() private rescheduling?: Booking;
  @state() private cancelTarget?: Booking;
  @state() private cancelFailed = false;
  @state() private lazy?: LazyModule;

  private readonly internals = this.attachInternals();
  private readonly names = new Map<string, Consultant>();
  private source?: DataSource;
  private learner?: string;
  private generation = 0;
  private abort = new AbortController();
  private readonly requests = new Map<LoadKey, number>();
  private slotMonth = '';
  /** How many more months to look ahead for a first free day before the learner takes over. */
  private seekFree = 0;
  private consultantFromAttribute = false;
  private idempotencyKey?: string;
  private focusTarget?: string;
  private unsubscribe?: () => void;
  private dialogOpen = false;
  private confirmedId = '';

  /** The id of the booking last confirmed here, or an empty string. What a host form submits. */
  get value(): string {
    return this.confirmedId;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity: `valueMissing` while `required` and no booking is confirmed. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message a host form shows while the element is invalid, in the active locale. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether a host form validates this element. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** `true` when valid; otherwise fires `invalid` on the element and returns `false`. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and when invalid also shows the message at the element's first control. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
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

  private get level(): HeadingLevel {
    return headingLevel(this, this.headingLevel, DEFAULT_HEADING_LEVEL);
  }

  private get leadHours(): number {
    const hours = this.leadTimeHours;
    if (Number.isFinite(hours) && hours >= 0) return hours;
    warnOnce(
      this,
      `lead=${hours}`,
      `<${this.localName}> lead-time-hours must be a number of hours ≥ 0. Using ${DEFAULT_LEAD_TIME_HOURS}.`,
    );
    return DEFAULT_LEAD_TIME_HOURS;
  }

  /** The earliest instant a slot may start. */
  private get cutoff(): number {
    return this.now().getTime() + this.leadHours * HOUR_MS;
  }

  private get earliestDay(): string {
    return seoulDateKey(new Date(this.cutoff));
  }

  /** Bookable slots of the loaded month: room left, outside the lead time, not the slot being moved. */
  private get freeSlots(): Slot[] | undefined {
    const cutoff = this.cutoff;
    return this.monthSlots?.filter(
      (slot) => slot.remaining > 0 && Date.parse(slot.start) >= cutoff && slot.id !== this.rescheduling?.slotId,
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const source = this.settings.dataSource;
    const learner = this.settings.learnerId;
    if (
      source !== this.source ||
      learner !== this.learner ||
      changed.has('kind') ||
      changed.has('consultantId') ||
      changed.has('view')
    ) {
      if (source !== this.source) this.listen(source);
      // Another learner (or another back end) must never see what the previous one typed or booked.
      if (source !== this.source || learner !== this.learner) this.forget();
      this.source = source;
      this.learner = learner;
      this.restart();
    }
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
      if (this.viewMode === 'mine' && !this.rescheduling) this.load('mine');
      else if (this.step === 'date' || this.step === 'time') this.load('slots');
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.updateValidity();
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = undefined;
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.cancelTarget && !dialog.open) {
      dialog.showModal();
      this.dialogOpen = true;
    }
  }

  /** Re-run after every render: the message follows the locale, the anchor the step shown. */
  private updateValidity(): void {
    if (!this.required || this.confirmedId) {
      this.internals.setValidity({});
      return;
    }
    // While a step loads it has no control yet: its heading (focusable by script) stands in.
    const anchor =
      this.renderRoot.querySelector<HTMLElement>(FIRST_CONTROL) ??
      this.renderRoot.querySelector<HTMLElement>('.title') ??
      undefined;
    this.internals.setValidity({ valueMissing: true }, this.m.valueMissing, anchor);
  }

  /** A host form was reset: start over and drop what was typed. */
  formResetCallback(): void {
    this.forget();
    this.restart();
  }

  /** Drops the applicant's details, what was announced about them and the confirmed booking id. */
  private forget(): void {
    this.applicant = EMPTY_FORM;
    this.errors = [];
    this.announcement = '';
    this.confirmedId = '';
    this.internals.setFormValue(null);
  }

  private restart(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.generation += 1;
    this.idempotencyKey = undefined;
    this.dialogOpen = false;
    Object.assign(this, {
      step: 'kind',
      kinds: undefined,
      bookings: undefined,
      kindId: undefined,
      consultantChoice: '',
      consultants: undefined,
      monthSlots: undefined,
      day: undefined,
      chosenSlot: undefined,
      booking: undefined,
      notice: undefined,
      errors: [],
      sending: false,
      sendFailed: false,
      rescheduling: undefined,
      cancelTarget: undefined,
      loading: new Set(),
      failed: new Set(),
    });
    this.slotMonth = '';
    this.load('kinds');
    if (this.viewMode === 'mine') {
      this.ensureLazy();
      this.load('mine');
      this.load('consultants');
      return;
    }
    const kind = checkedEnum(this, 'kind', this.kind, CONSULTATION_KINDS, 'Starting at the first step.');
    if (!kind) return;
    this.kindId = kind;
    this.step = 'consultant';
    this.consultantFromAttribute = Boolean(this.consultantId);
    this.load('consultants');
    this.ensureLazy();
  }

  /** Loads one kind of data, ignoring answers that arrive after the data source or flow changed. */
  private async load(key: LoadKey): Promise<void> {
    const source = this.source;
    if (!source) return;
    const id = (this.requests.get(key) ?? 0) + 1;
    this.requests.set(key, id);
    const generation = this.generation;
    // The lazy module stays useful whatever the flow does meanwhile.
    const stale = () => key !== 'lazy' && (this.requests.get(key) !== id || this.generation !== generation);
    const signal = this.abort.signal;
    this.loading = new Set([...this.loading, key]);
    this.failed = new Set([...this.failed].filter((k) => k !== key));
    try {
      switch (key) {
        case 'lazy':
          this.lazy = await import('./lazy.js');
          break;
        case 'kinds': {
          const kinds = await source.listConsultationKinds({ signal });
          if (!stale()) this.kinds = kinds;
          break;
        }
        case 'consultants': {
          const list = await source.listConsultants(this.viewMode === 'mine' ? undefined : this.kindId, { signal });
          if (stale()) return;
          for (const consultant of list) this.names.set(consultant.id, consultant);
          this.consultants = list;
          this.applyConsultantAttribute(list);
          break;
        }
        case 'slots': {
          const month = this.slotMonth;
          // The month's holidays name the days without slots, or say that the year is not published yet.
          const [slots, holidays] = await Promise.all([
            source.listSlots(
              {
                kind: this.kindId as ConsultationKindId,
                ...(this.consultantChoice ? { consultantId: this.consultantChoice } : {}),
                from: seoulInstant(month, 0).toISOString(),
                to: seoulInstant(addMonths(month, 1), 0).toISOString(),
              },
              { signal },
            ),
            source.listHolidays(month, addDays(addMonths(month, 1), -1), { signal }),
          ]);
          if (stale()) return;
          this.monthHolidays = holidays;
          this.monthSlots = slots;
          this.seekFirstFreeDay();
          break;
        }
        case 'mine': {
          const bookings = await source.listBookings(this.settings.learnerId, { signal });
          if (!stale()) this.bookings = bookings;
          break;
        }
      }
    } catch {
      if (!stale()) this.failed = new Set([...this.failed, key]);
    } finally {
      if (!stale()) this.loading = new Set([...this.loading].filter((k) => k !== key));
    }
  }

  private applyConsultantAttribute(list: readonly Consultant[]): void {
    if (!this.consultantFromAttribute) return;
    this.consultantFromAttribute = false;
    const id = this.consultantId ?? '';
    if (list.some((consultant) => consultant.id === id)) {
      this.startCalendar(id, false);
      return;
    }
    warnOnce(
      this,
      `consultant-id=${id}`,
      `<${this.localName}> consultant-id="${id}" does not offer "${this.kindId}"; use one of ${list.map((c) => c.id).join(', ')}. Starting at the first step.`,
    );
    this.kindId = undefined;
    this.step = 'kind';
  }

  /** Starts loading the form, review and "my bookings" parts, ahead of need. */
  private ensureLazy(): void {
    if (!this.lazy && !this.loading.has('lazy')) this.load('lazy');
  }

  private go(step: BookingStep): void {
    this.step = step;
    this.focusTarget = '.title';
  }

  private announce(text: string): void {
    // A repeated message must still change the live region to be read again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private chooseKind = (kind: ConsultationKind): void => {
    this.kindId = kind.id;
    this.consultants = undefined;
    this.consultantFromAttribute = false;
    this.load('consultants');
    this.ensureLazy();
    this.go('consultant');
  };

  private chooseConsultant = (id: string): void => this.startCalendar(id, true);

  private startCalendar(consultantId: string, focus: boolean): void {
    this.consultantChoice = consultantId;
    this.day = undefined;
    this.chosenSlot = undefined;
    this.focusDay = this.earliestDay;
    this.seekFree = 2;
    this.loadMonth(monthOf(this.focusDay));
    if (focus) this.go('date');
    else this.step = 'date';
  }

  private loadMonth(month: string): void {
    this.slotMonth = month;
    this.monthSlots = undefined;
    this.monthHolidays = undefined;
    this.load('slots');
  }

  /** On first arrival, focus the first day with free times, looking ahead a month if needed. */
  private seekFirstFreeDay(): void {
    if (this.seekFree <= 0) return;
    this.seekFree -= 1;
    const first = this.freeSlots?.map((slot) => seoulDateKey(new Date(slot.start))).sort()[0];
    if (first) {
      this.seekFree = 0;
      this.focusDay = first;
    } else if (this.seekFree > 0) {
      this.focusDay = addMonths(this.slotMonth, 1);
      this.loadMonth(monthOf(this.focusDay));
    }
  }

  private moveCalendar(day: string, focus: boolean): void {
    this.seekFree = 0;
    this.focusDay = day;
    if (monthOf(day) !== this.slotMonth) this.loadMonth(monthOf(day));
    if (focus) this.focusTarget = `[data-day="${day}"]`;
  }

  private onDayKey = (event: KeyboardEvent, day: string): void => {
    const next = moveDay(day, event.key);
    if (!next) return;
    event.preventDefault();
    this.moveCalendar(next, true);
  };

  private onMonth = (delta: number): void => this.moveCalendar(addMonths(this.focusDay, delta), false);

  private pickDay = (day: string): void => {
    this.day = day;
    this.focusDay = day;
    this.notice = undefined;
    this.go('time');
  };

  private pickSlot = (slot: Slot): void => {
    this.chosenSlot = slot;
    this.notice = undefined;
    this.idempotencyKey = undefined;
    this.sendFailed = false;
    this.dispatchEvent(
      createEvent<SlotSelectedDetail>('seoul-learn-slot-selected', {
        slotId: slot.id,
        kind: slot.kind,
        consultantId: slot.consultantId,
        start: slot.start,
        durationMin: slot.durationMin,
      }),
    );
    this.go(this.rescheduling ? 'review' : 'details');
  };

  private onInput = (patch: Partial<ApplicantForm>): void => {
    this.applicant = { ...this.applicant, ...patch };
    this.idempotencyKey = undefined;
    // Messages already shown disappear as soon as their field is fixed; new ones wait for submit.
    if (this.errors.length && this.lazy)
      this.errors = this.lazy.invalidFields(this.applicant).filter((field) => this.errors.includes(field));
  };

  private onPhoneBlur = (field: 'phone' | 'guardianPhone'): void => {
    // Leaving the form (focus moves to the next step's heading) needs no rewrite: submit normalises.
    if (this.step !== 'details') return;
    const normalised = this.lazy?.normaliseKoreanMobile(this.applicant[field]);
    if (normalised && normalised !== this.applicant[field]) this.applicant = { ...this.applicant, [field]: normalised };
  };

  private onDetailsSubmit = (event: Event): void => {
    event.preventDefault();
    if (!this.lazy) return;
    this.showErrors(this.lazy.invalidFields(this.applicant));
    if (!this.errors.length) this.go('review');
  };

  private showErrors(errors: readonly FormField[]): void {
    this.errors = errors;
    if (!errors.length) return;
    if (this.all) this.announce(this.all.formInvalid(errors.length));
    this.focusTarget = `#${errors[0]}`;
  }

  private back = (): void => {
    const steps = this.rescheduling ? RESCHEDULE_STEPS : BOOKING_STEPS;
    const index = steps.indexOf(this.step);
    if (this.rescheduling && index <= 0) {
      this.closeReschedule();
      return;
    }
    const previous = steps[Math.max(0, index - 1)] as BookingStep;
    if (previous === 'date') this.focusDay = this.day ?? this.focusDay;
    this.go(previous);
  };

  private confirm = async (): Promise<void> => {
    const slot = this.chosenSlot;
    const source = this.source;
    const lazy = this.lazy;
    if (this.sending || !slot || !source || !lazy) return;
    this.sending = true;
    this.sendFailed = false;
    this.idempotencyKey ??= newKey();
    const key = this.idempotencyKey;
    const generation = this.generation;
    const moving = this.rescheduling;
    try {
      const booking = moving
        ? await source.rescheduleBooking(this.settings.learnerId, moving.id, slot.id, key)
        : await source.createBooking({
            slotId: slot.id,
            learnerId: this.settings.learnerId,
            applicant: lazy.toApplicant(this.applicant),
            idempotencyKey: key,
          });
      if (generation !== this.generation) return;
      this.booking = booking;
      this.idempotencyKey = undefined;
      this.confirmedId = booking.id;
      this.internals.setFormValue(booking.id);
      if (moving) {
        this.dispatchEvent(
          createEvent<BookingRescheduledDetail>('seoul-learn-booking-rescheduled', {
            bookingId: booking.id,
            previousSlotId: moving.slotId,
            slotId: booking.slotId,
            start: booking.start,
          }),
        );
      } else {
        // The data source has what it needs; the element forgets the personal data.
        this.applicant = EMPTY_FORM;
        this.dispatchEvent(
          createEvent<BookingConfirmedDetail>('seoul-learn-booking-confirmed', {
            bookingId: booking.id,
            slotId: booking.slotId,
            kind: booking.kind,
            consultantId: booking.consultantId,
            start: booking.start,
            durationMin: booking.durationMin,
            mode: booking.mode,
          }),
        );
      }
      this.go('done');
    } catch (error) {
      if (generation !== this.generation) return;
      this.failConfirm(error);
    } finally {
      if (generation === this.generation) this.sending = false;
    }
  };

  private failConfirm(error: unknown): void {
    const code = errorCode(error);
    if (code === 'slot-taken' || code === 'not-found') {
      this.idempotencyKey = undefined;
      this.chosenSlot = undefined;
      this.notice = this.m.slotTaken;
      this.loadMonth(this.slotMonth || monthOf(this.day ?? this.focusDay));
      this.go('time');
      return;
    }
    // The demo data names form fields (`phone`); an API names body paths (`applicant.phone`).
    const fields = (code === 'validation' ? ((error as { fields?: readonly string[] }).fields ?? []) : []).map(
      (field) => field.replace(/^applicant\./, ''),
    );
    const formFields = FORM_FIELDS.filter((field) => fields.includes(field));
    if (formFields.length && !this.rescheduling) {
      this.idempotencyKey = undefined;
      this.go('details');
      this.showErrors(formFields);
      return;
    }
    this.sendFailed = true;
    if (this.all) this.announce(this.all.sendFailed);
  }

  private retry(key: LoadKey): void {
    this.load(key);
    // The Retry button goes away with the error: keep focus in the element, on the step's heading.
    this.focusTarget = '.title';
  }

  private startOver = (): void => {
    this.restart();
    this.focusTarget = '.title';
  };

  private icsFor = (booking: Booking): void => {
    const { all: m, lazy, settings } = this;
    if (!m || !lazy) return;
    const locale = settings.locale;
    const kind = this.kinds?.find((k) => k.id === booking.kind);
    const kindTitle = kind ? pick(kind.title, locale) : booking.kind;
    const consultant = this.names.get(booking.consultantId);
    const description = [
      m.icsTime(kstDateTime(booking.start, locale)),
      consultant ? m.icsWith(pick(consultant.name, locale)) : '',
      `${m.bookingNumber}: ${booking.id}`,
      booking.onlineUrl ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    const location = booking.location ? pick(booking.location, locale) : booking.onlineUrl;
    const ics = lazy.bookingIcs(
      booking,
      { summary: m.icsSummary(kindTitle), description, ...(location ? { location } : {}) },
      this.now(),
    );
    lazy.downloadIcs(ics, `seoul-learn-${booking.id}.ics`);
  };

  private startReschedule = (booking: Booking): void => {
    this.rescheduling = booking;
    this.kindId = booking.kind;
    this.booking = undefined;
    this.startCalendar('', true);
  };

  private closeReschedule = (): void => {
    this.rescheduling = undefined;
    this.booking = undefined;
    this.step = 'kind';
    this.load('mine');
    this.focusTarget = '.title';
  };

  private askCancel = (booking: Booking): void => {
    this.cancelFailed = false;
    this.cancelTarget = booking;
  };

  /** Closes the cancel dialog from our own buttons. */
  private closeDialog = (): void => {
    this.dialogOpen = false;
    this.cancelTarget = undefined;
    this.renderRoot.querySelector('dialog')?.close();
  };

  /** The dialog closed by itself (Escape). The event comes a task late, so check it is still ours. */
  private onDialogClose = (event: Event): void => {
    if (this.dialogOpen && !(event.target as HTMLDialogElement).open) {
      this.dialogOpen = false;
      this.cancelTarget = undefined;
    }
  };

  private confirmCancel = async (): Promise<void> => {
    const target = this.cancelTarget;
    const source = this.source;
    if (!target || !source || this.sending) return;
    this.sending = true;
    this.cancelFailed = false;
    // The learner or data source may change while we wait: the answer then belongs to no one here.
    const generation = this.generation;
    try {
      const cancelled = await source.cancelBooking(this.settings.learnerId, target.id);
      if (generation !== this.generation) return;
      this.dispatchEvent(
        createEvent<BookingCancelledDetail>('seoul-learn-booking-cancelled', {
          bookingId: cancelled.id,
          slotId: cancelled.slotId,
          start: cancelled.start,
        }),
      );
      this.closeDialog();
      if (this.all) this.announce(this.all.cancelled);
      this.focusTarget = '.title';
      await this.load('mine');
    } catch {
      if (generation === this.generation) this.cancelFailed = true;
    } finally {
      if (generation === this.generation) this.sending = false;
    }
  };

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const locale = this.settings.locale;
    const mine = this.viewMode === 'mine' && !this.rescheduling;
    return html`<div part="base" class="booking" lang=${locale}>
      ${mine ? this.renderMine() : this.renderFlow()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private heading(text: string): TemplateResult {
    return mainHeading(this.level, text);
  }

  private loadingBlock(rows = 3): TemplateResult {
    return html`<div class="loading" aria-busy="true">
      <p class="visually-hidden">${this.m.loading}</p>
      ${Array.from({ length: rows }, () => html`<div class="bone" aria-hidden="true"></div>`)}
    </div>`;
  }

  private errorBlock(key: LoadKey): TemplateResult {
    return html`<div class="error" role="alert" part="error">
      <p>${this.m.loadFailed}</p>
      <button type="button" part="button" @click=${() => this.retry(key)}>${this.m.retry}</button>
    </div>`;
  }

  /** Loading, error or content for data that `key` loads. */
  private whenLoaded(key: LoadKey, ready: boolean, content: () => TemplateResult, rows = 3): TemplateResult {
    if (this.failed.has(key)) return this.errorBlock(key);
    // A refresh keeps what is shown (and any open dialog) until the new answer arrives.
    if (!ready) return this.loadingBlock(rows);
    return content();
  }

  private renderSteps(): TemplateResult {
    const steps = this.rescheduling ? RESCHEDULE_STEPS : BOOKING_STEPS;
    const current = steps.indexOf(this.step);
    return html`<nav aria-label=${this.m.stepsLabel}>
      <ol class="steps" part="steps">
        ${steps.map(
          (step, i) =>
            html`<li
              class=${i < current ? 'past' : i === current ? 'current' : ''}
              aria-current=${i === current ? 'step' : nothing}
            >
              <span class="step-number" aria-hidden="true">${i + 1}</span>
              <span class="step-name">${this.m.step(step)}</span>${
                i < current ? html`<span class="visually-hidden">, ${this.m.completed}</span>` : nothing
              }
            </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderFlow(): TemplateResult {
    const steps = this.rescheduling ? RESCHEDULE_STEPS : BOOKING_STEPS;
    return html`<section class="flow" aria-label=${this.m.flowLabel}>
      ${this.renderSteps()}
      <p class="step-of">${this.m.stepOf(steps.indexOf(this.step) + 1, steps.length)}</p>
      ${this.notice ? html`<div class="notice" role="alert" part="notice">${this.notice}</div>` : nothing}
      ${this.renderStep()}
    </section>`;
  }

  private backButton(): TemplateResult {
    return html`<button type="button" part="button" class="back" @click=${this.back}>${this.m.back}</button>`;
  }

  private renderStep(): TemplateResult {
    const { m } = this;
    const locale = this.settings.locale;
    switch (this.step) {
      case 'kind':
        return html`${this.heading(m.kindHeading)}
        ${this.whenLoaded('kinds', Boolean(this.kinds), () => kindList(this.kinds ?? [], locale, m, this.chooseKind))}`;
      case 'consultant':
        return html`${this.heading(m.consultantHeading)}
          ${this.whenLoaded('consultants', Boolean(this.consultants), () =>
            consultantList(this.consultants ?? [], locale, m, this.chooseConsultant),
          )}
          <div class="actions">${this.backButton()}</div>`;
      case 'date':
        return this.renderDate();
      case 'time':
        return this.renderTime();
      case 'details':
        return html`${this.heading(m.detailsHeading)}
          ${this.withLazy((lazy, all) =>
            lazy.detailsTemplate({
              m: all,
              form: this.applicant,
              errors: this.errors,
              onInput: this.onInput,
              onPhoneBlur: this.onPhoneBlur,
              onSubmit: this.onDetailsSubmit,
            }),
          )}
          <div class="actions">${this.backButton()}</div>`;
      case 'review':
        return this.renderReview();
      case 'done':
        return this.renderDone();
    }
  }

  private renderDate(): TemplateResult {
    const { m } = this;
    const free = this.freeSlots;
    const counts = free && !this.loading.has('slots') ? new Map<string, number>() : undefined;
    for (const slot of counts ? (free ?? []) : []) {
      const day = seoulDateKey(new Date(slot.start));
      counts?.set(day, (counts.get(day) ?? 0) + 1);
    }
    const year = Number(this.focusDay.slice(0, 4));
    const unpublished = this.monthHolidays?.unpublishedYears.includes(year) ? year : undefined;
    return html`${this.heading(m.dateHeading)}
      <p class="hint">${m.allTimesKst}</p>
      ${
        this.failed.has('slots')
          ? this.errorBlock('slots')
          : this.withLazy((lazy) =>
              lazy.calendarTemplate({
                locale: this.settings.locale,
                m,
                headingLevel: this.level,
                focusDay: this.focusDay,
                selectedDay: this.day,
                counts,
                holidays: this.monthHolidays,
                earliest: this.earliestDay,
                onKey: this.onDayKey,
                onPick: this.pickDay,
                onMonth: this.onMonth,
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
      <div class="actions">${this.backButton()}</div>`;
  }

  private renderTime(): TemplateResult {
    const { m } = this;
    const locale = this.settings.locale;
    const day = this.day ?? this.focusDay;
    return html`${this.heading(m.timeHeading)}
      <p class="chosen-day">${dayName(day, locale)}</p>
      <p class="hint">${m.allTimesKst}</p>
      ${this.whenLoaded('slots', Boolean(this.monthSlots), () =>
        slotList(
          (this.freeSlots ?? []).filter((slot) => seoulDateKey(new Date(slot.start)) === day),
          this.names,
          locale,
          m,
          this.pickSlot,
        ),
      )}
      <div class="actions">${this.backButton()}</div>`;
  }

  /** Renders with the lazily loaded parts, showing loading or a retry until they are here. */
  private withLazy(content: (lazy: LazyModule, all: AllMessages) => TemplateResult): TemplateResult {
    return this.whenLoaded('lazy', Boolean(this.lazy), () => content(this.lazy!, this.all!));
  }

  private summary(
    lazy: LazyModule,
    all: AllMessages,
    slot: Pick<Slot, 'start' | 'durationMin' | 'mode' | 'location' | 'consultantId'>,
  ): TemplateResult {
    return lazy.bookingSummary({
      m: all,
      locale: this.settings.locale,
      kind: this.kinds?.find((kind) => kind.id === this.kindId),
      consultant: this.names.get(slot.consultantId),
      slot,
    });
  }

  private renderReview(): TemplateResult {
    const { m } = this;
    const slot = this.chosenSlot;
    if (!slot) return html``;
    return html`${this.heading(this.rescheduling ? m.rescheduleReviewHeading : m.reviewHeading)}
    ${this.withLazy(
      (lazy, all) =>
        html`<dl class="review">
            ${this.summary(lazy, all, slot)} ${this.rescheduling ? nothing : lazy.applicantSummary(this.applicant, all)}
          </dl>
          ${this.sendFailed ? html`<div class="error" role="alert" part="error"><p>${all.sendFailed}</p></div>` : nothing}
          <div class="actions">
            ${this.backButton()}
            <button
              type="button"
              class="primary"
              part="button primary-button"
              ?disabled=${this.sending}
              @click=${this.confirm}
            >
              ${this.sending ? all.sending : this.rescheduling ? all.confirmReschedule : all.confirm}
            </button>
          </div>`,
    )}`;
  }

  private renderDone(): TemplateResult {
    const { m } = this;
    const booking = this.booking;
    if (!booking) return html``;
    return html`${this.heading(this.rescheduling ? m.rescheduledHeading : m.doneHeading)}
    ${this.withLazy(
      (lazy, all) =>
        html`<dl class="review">
            ${this.summary(lazy, all, booking)} ${lazy.bookingPlace(booking, this.settings.locale, all)}
            <dt>${all.bookingNumber}</dt>
            <dd class="booking-id">${booking.id}</dd>
          </dl>
          <div class="actions">
            <button type="button" part="button" @click=${() => this.icsFor(booking)}>${all.downloadIcs}</button>
            ${
              this.rescheduling
                ? html`<button type="button" part="button" @click=${this.closeReschedule}>${all.backToMine}</button>`
                : html`<button type="button" part="button" @click=${this.startOver}>${all.bookAnother}</button>`
            }
          </div>`,
    )}`;
  }

  private renderMine(): TemplateResult {
    const locale = this.settings.locale;
    const target = this.cancelTarget;
    return html`<section
      class="mine"
      aria-labelledby="mine-heading"
      aria-busy=${this.loading.has('mine') ? 'true' : 'false'}
    >
      ${mainHeading(this.level, this.m.mineHeading, 'mine-heading')}
      ${this.withLazy((lazy, all) =>
        this.whenLoaded(
          'mine',
          Boolean(this.bookings),
          () =>
            html`${lazy.mineTemplate({
                m: all,
                locale,
                headingLevel: this.level,
                bookings: this.bookings ?? [],
                kinds: new Map((this.kinds ?? []).map((kind) => [kind.id, kind])),
                consultants: this.names,
                now: this.now(),
                onIcs: this.icsFor,
                onCancel: this.askCancel,
                onReschedule: this.startReschedule,
              })}
              <dialog part="dialog" aria-labelledby="cancel-title" @close=${this.onDialogClose}>
                ${
                  target
                    ? html`${subHeading(this.level, all.cancelQuestion, { id: 'cancel-title' })}
                        <p>${kstDateTime(target.start, locale)}</p>
                        ${this.cancelFailed ? html`<p class="error" role="alert">${all.cancelFailed}</p>` : nothing}
                        <div class="actions">
                          <button type="button" part="button" @click=${this.closeDialog}>${all.cancelNo}</button>
                          <button
                            type="button"
                            part="button danger-button"
                            class="danger"
                            ?disabled=${this.sending}
                            @click=${this.confirmCancel}
                          >
                            ${all.cancelYes}
                          </button>
                        </div>`
                    : nothing
                }
              </dialog>`,
        ),
      )}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seoul-learn-slot-selected': CustomEvent<SlotSelectedDetail>;
    'seoul-learn-booking-confirmed': CustomEvent<BookingConfirmedDetail>;
    'seoul-learn-booking-cancelled': CustomEvent<BookingCancelledDetail>;
    'seoul-learn-booking-rescheduled': CustomEvent<BookingRescheduledDetail>;
  }
}
