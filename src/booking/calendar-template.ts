/** The date step's calendar (KRDS calendar pattern): an ARIA grid of one month, one focusable day at a time. */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { formatMonth, formatWeekday } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import { seoulInstant, seoulWeekday } from '../data/time.js';
import type { HolidayCalendar } from '../data/types.js';
import { pick } from '../core/i18n.js';
import type { AllMessages } from './summary-templates.js';
import { monthGrid } from './calendar-grid.js';
import { monthOf } from './calendar-math.js';
import type { HeadingLevel } from './booking.types.js';
import { subHeading } from './headings.js';
import { icon } from '../core/icons.js';
import { chevronLeft, chevronRight } from '../core/generated/icons.js';
import { dayName } from './time-labels.js';

export interface CalendarProps {
  readonly locale: Locale;
  readonly m: AllMessages;
  /** The level of the step's heading; the month caption goes one below. */
  readonly headingLevel: HeadingLevel;
  /** Any day of the month shown. */
  readonly focusDay: string;
  /** The grid's single tab stop (`0`) and the other days (`-1`), from its roving-tabindex controller. */
  readonly tabindex: (day: string) => 0 | -1;
  readonly selectedDay: string | undefined;
  /** Free slots per day; undefined while loading. */
  readonly counts: ReadonlyMap<string, number> | undefined;
  /** The public holidays of the month shown, from the data source; undefined while loading. */
  readonly holidays: HolidayCalendar | undefined;
  /** Today in Seoul, marked in the grid. */
  readonly today: string;
  /** The first day that can still have bookable slots (today plus the lead time). */
  readonly earliest: string;
  readonly onKey: (event: KeyboardEvent, day: string) => void;
  readonly onPick: (day: string) => void;
  readonly onMonth: (delta: number) => void;
}

/** Why a day cannot be chosen, or undefined when it has free slots. */
export function unavailableReason(day: string, props: CalendarProps): string | undefined {
  const { m, counts, locale } = props;
  if (!counts) return m.loading;
  if ((counts.get(day) ?? 0) > 0) return undefined;
  if (day < props.earliest) return m.pastDay;
  const holiday = props.holidays?.holidays.find((entry) => entry.date === day);
  if (holiday) return m.holiday(holiday.names.map((name) => pick(name, locale)).join(', '));
  const weekday = seoulWeekday(day);
  if (weekday === 0 || weekday === 6) return m.weekend;
  const year = Number(day.slice(0, 4));
  if (props.holidays?.unpublishedYears.includes(year)) return m.holidaysUnpublished(year);
  return m.noFreeSlots;
}

/** A row's cells: its days, and one cell spanning each run of places outside the month. */
function weekCells(week: readonly (string | null)[], props: CalendarProps): TemplateResult[] {
  const cells: TemplateResult[] = [];
  for (let i = 0; i < week.length;) {
    const day = week[i];
    if (day) {
      cells.push(dayCell(day, props));
      i += 1;
      continue;
    }
    let span = 1;
    while (week[i + span] === null) span += 1;
    cells.push(html`<td role="gridcell" class="pad" colspan=${span}></td>`);
    i += span;
  }
  return cells;
}

function dayCell(day: string, props: CalendarProps): TemplateResult {
  const count = props.counts?.get(day) ?? 0;
  const reason = unavailableReason(day, props);
  const selected = day === props.selectedDay;
  const today = day === props.today;
  const label = `${dayName(day, props.locale)}, ${today ? `${props.m.today}, ` : ''}${reason ?? props.m.freeSlots(count)}`;
  return html`<td role="gridcell" aria-selected=${selected ? 'true' : 'false'}>
    <button
      type="button"
      part="day"
      class=${classMap({ day: true, free: !reason, selected, today })}
      data-day=${day}
      tabindex=${props.tabindex(day)}
      aria-current=${today ? 'date' : nothing}
      aria-disabled=${reason ? 'true' : nothing}
      aria-label=${label}
      data-date=${Number(day.slice(8))}
      @click=${() => !reason && props.onPick(day)}
      @keydown=${(event: KeyboardEvent) => props.onKey(event, day)}
    ></button>
  </td>`;
}

/** The grid's columns, Sunday (0) to Saturday. */
const WEEK = [0, 1, 2, 3, 4, 5, 6];

export function calendarTemplate(props: CalendarProps): TemplateResult {
  const month = monthOf(props.focusDay);
  const caption = formatMonth(seoulInstant(month, 12), props.locale);
  return html`<div class="calendar" part="calendar">
    <div class="month-bar">
      <button type="button" class="nav" @click=${() => props.onMonth(-1)} aria-label=${props.m.prevMonth}>
        ${icon(chevronLeft)}
      </button>
      ${subHeading(props.headingLevel, caption, { id: 'month-caption', live: 'polite' })}
      <button type="button" class="nav" @click=${() => props.onMonth(1)} aria-label=${props.m.nextMonth}>
        ${icon(chevronRight)}
      </button>
    </div>
    <table
      role="grid"
      aria-labelledby="month-caption"
      aria-describedby="calendar-hint"
      aria-busy=${props.counts ? 'false' : 'true'}
    >
      <thead>
        <tr>
          ${WEEK.map((day) => {
            const long = formatWeekday(day, props.locale, true);
            return html`<th scope="col" abbr=${long} aria-label=${long}>${formatWeekday(day, props.locale)}</th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${monthGrid(month).map(
          (week) =>
            html`<tr>
              ${weekCells(week, props)}
            </tr>`,
        )}
      </tbody>
    </table>
    <p id="calendar-hint" class="hint">${props.m.calendarHint}</p>
  </div>`;
}
