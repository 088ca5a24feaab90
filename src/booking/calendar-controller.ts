/**
 * The date and time steps' data: the month shown with its free slots and public holidays, the day
 * holding the grid's tab stop, the first free day on arrival, and the cut-off the lead time sets.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RequestController } from '../core/request-controller.js';
import { RovingTabindexController } from '../core/roving-tabindex.js';
import { addDays, seoulDateKey, seoulInstant } from '../data/time.js';
import type { ConsultationKindId, DataSource, HolidayCalendar, Slot } from '../data/types.js';
import { addMonths, monthOf, moveDay } from './calendar-math.js';

const HOUR_MS = 3_600_000;

export interface CalendarOptions {
  readonly requests: RequestController<'slots'>;
  readonly source: () => DataSource | undefined;
  readonly now: () => Date;
  readonly leadHours: () => number;
  /** Whose slots: the kind, and a consultant's id or `''` for any. */
  readonly query: () => { readonly kind?: ConsultationKindId; readonly consultant: string };
  /** A slot never offered (the one being moved). */
  readonly excluded: () => string | undefined;
  /** The rendered day buttons (`data-day`). */
  readonly days: () => Iterable<HTMLElement>;
}

const dayOf = (slot: Slot): string => seoulDateKey(new Date(slot.start));

export class CalendarController implements ReactiveController {
  /** The grid's tab stop: the focused day, in the month shown. */
  readonly focus: RovingTabindexController<string>;
  slots?: Slot[];
  holidays?: HolidayCalendar;
  /** Free slots per day, once the month has loaded (computed before each render). */
  counts?: Map<string, number>;
  /**
   * Whether a month has arrived since the calendar opened: until then the step shows a skeleton,
   * so that the grid is built and laid out once, with its free days, not twice.
   */
  arrived = false;
  private month = '';
  /** How many more months to look ahead for a first free day before the learner takes over. */
  private seekFree = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: CalendarOptions,
  ) {
    host.addController(this);
    this.focus = new RovingTabindexController<string>(host, {
      items: options.days,
      keyOf: (item) => item.dataset.day ?? '',
      move: (from, key) => moveDay(from, key),
      moved: (day) => this.show(day),
    });
  }

  get focusDay(): string {
    return this.focus.active ?? '';
  }

  /** The earliest instant a slot may start. */
  get cutoff(): number {
    return this.options.now().getTime() + this.options.leadHours() * HOUR_MS;
  }

  /** Today in Seoul. */
  get today(): string {
    return seoulDateKey(this.options.now());
  }

  get earliestDay(): string {
    return seoulDateKey(new Date(this.cutoff));
  }

  /** Bookable slots of the loaded month: room left, outside the lead time, not the slot being moved. */
  get freeSlots(): Slot[] | undefined {
    const cutoff = this.cutoff;
    const excluded = this.options.excluded();
    return this.slots?.filter((slot) => slot.remaining > 0 && Date.parse(slot.start) >= cutoff && slot.id !== excluded);
  }

  hostUpdate(): void {
    const free = this.freeSlots;
    this.counts = undefined;
    if (!free || this.options.requests.loading('slots')) return;
    this.counts = new Map();
    for (const slot of free) this.counts.set(dayOf(slot), (this.counts.get(dayOf(slot)) ?? 0) + 1);
  }

  /** The free slots of `day`. */
  freeOn(day: string): Slot[] {
    return (this.freeSlots ?? []).filter((slot) => dayOf(slot) === day);
  }

  /** Opens on the first day a slot may be booked, then on the first free day within two months. */
  start(): void {
    this.arrived = false;
    this.seekFree = 2;
    this.focus.activate(this.earliestDay);
    this.load(monthOf(this.focusDay));
  }

  /** Shows `day` (and its month), as the learner moved there. */
  show(day: string, focus = false): void {
    this.seekFree = 0;
    this.focus.activate(day, focus);
    if (monthOf(day) !== this.month) this.load(monthOf(day));
  }

  /** Shows the month `delta` months away from the one shown. */
  readonly showMonth = (delta: number): void => this.show(addMonths(this.focusDay, delta));

  /** Asks again for the month shown, keeping what is shown until the answer (a retry, a change elsewhere). */
  refresh(): void {
    this.request();
  }

  /** Loads the month shown afresh (its slots changed under a booking attempt). */
  reload(): void {
    this.load(this.month || monthOf(this.focusDay));
  }

  /** Forgets the month (a new flow). */
  reset(): void {
    this.arrived = false;
    this.month = '';
    this.slots = undefined;
    this.holidays = undefined;
  }

  private load(month: string): void {
    this.month = month;
    this.slots = undefined;
    this.holidays = undefined;
    this.request();
  }

  private request(): void {
    const month = this.month;
    const source = this.options.source();
    if (!source) return;
    const { kind, consultant } = this.options.query();
    const to = addMonths(month, 1);
    void this.options.requests.run(
      'slots',
      (signal) =>
        // The month's holidays name the days without slots, or say that the year is not published yet.
        Promise.all([
          source.listSlots(
            {
              kind: kind as ConsultationKindId,
              ...(consultant ? { consultantId: consultant } : {}),
              from: seoulInstant(month, 0).toISOString(),
              to: seoulInstant(to, 0).toISOString(),
            },
            { signal },
          ),
          source.listHolidays(month, addDays(to, -1), { signal }),
        ]),
      {
        done: ([slots, holidays]) => {
          this.slots = slots;
          this.holidays = holidays;
          this.arrived = true;
          this.seekFirstFreeDay();
        },
      },
    );
  }

  /** On first arrival, focus the first day with free times, looking ahead a month if needed. */
  private seekFirstFreeDay(): void {
    if (this.seekFree <= 0) return;
    this.seekFree -= 1;
    const first = this.freeSlots?.map(dayOf).sort()[0];
    if (first) {
      this.seekFree = 0;
      this.focus.activate(first);
    } else if (this.seekFree > 0) {
      this.focus.activate(addMonths(this.month, 1));
      this.load(monthOf(this.focusDay));
    }
  }
}
