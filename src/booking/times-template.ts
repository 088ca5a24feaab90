/**
 * The date step's content: the month grid and, beside it on a wide element (below on a narrow
 * one), the free times of the chosen day under a heading that names the day.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDuration } from '../core/format.js';
import { calendar as calendarIcon, clock, infoCircle, user } from '../core/generated/icons.js';
import type { Locale } from '../core/i18n.js';
import { icon } from '../core/icons.js';
import type { Consultant, ConsultationKind, Slot } from '../data/types.js';
import { calendarTemplate, type CalendarProps } from './calendar-template.js';
import { modeName, text } from './flow-templates.js';
import { subHeading } from './headings.js';
import type { AllMessages } from './summary-templates.js';
import { dayName, kstDateTime, kstTime, localTime } from './time-labels.js';

export interface WhenProps extends CalendarProps {
  /** What is being booked, shown over the calendar (Cal.com's event details). */
  readonly kind: ConsultationKind | undefined;
  /** The chosen consultant, unless any will do. */
  readonly consultant: Consultant | undefined;
  /** The chosen day, when it is in the month shown. */
  readonly day: string | undefined;
  /** Its free slots; undefined while they load. */
  readonly slots: readonly Slot[] | undefined;
  readonly consultants: ReadonlyMap<string, Consultant>;
  /** The time chosen before, when the learner came back: shown as chosen. */
  readonly chosenSlot: string | undefined;
  readonly onSlot: (slot: Slot) => void;
  /**
   * Whether the first month has arrived. Until then the month's place holds a skeleton inside the
   * step's frame (what is booked, the hint, the times pane), so that the grid, when it comes, is
   * styled and laid out once, in a frame whose layout is already settled around it.
   */
  readonly arrived: boolean;
}

/** The visible KST time, and the browser's local time under it when its zone differs. */
export function timeLines(start: string, locale: Locale, m: AllMessages, withDate = false): TemplateResult {
  const local = localTime(start, locale);
  return html`<span class="kst">${withDate ? kstDateTime(start, locale) : kstTime(start, locale)}</span>${
      local ? html`<span class="local">${m.localTime(local)}</span>` : nothing
    }`;
}

function slotList(slots: readonly Slot[], props: WhenProps): TemplateResult {
  const { locale, m } = props;
  if (!slots.length) return html`<p class="empty">${m.daySlotsEmpty}</p>`;
  // The button's own text is its accessible name, so what is seen is what is heard (WCAG 2.5.3).
  return html`<ul class="slots" part="slot-list">
    ${slots.map((slot) => {
      const consultant = props.consultants.get(slot.consultantId);
      const local = localTime(slot.start, locale);
      return html`<li>
        <button
          type="button"
          class="slot"
          part="slot-button"
          aria-current=${slot.id === props.chosenSlot ? 'true' : nothing}
          @click=${() => props.onSlot(slot)}
        >
          <span class="kst"
            ><span class="visually-hidden">${formatDate(slot.start, locale)} </span>${kstTime(slot.start, locale)}</span
          >
          <span class="meta"
            >${formatDuration(slot.durationMin * 60, locale)},
            ${consultant ? html`${text(consultant.name, locale)}, ` : nothing}${modeName(slot.mode, m)},
            ${m.seatsLeft(slot.remaining)}</span
          >
          ${local ? html`<span class="local">${m.localTime(local)}</span>` : nothing}
        </button>
      </li>`;
    })}
  </ul>`;
}

export function whenTemplate(props: WhenProps): TemplateResult {
  const { m, day, kind, consultant, locale } = props;
  return html`${
      kind
        ? html`<p class="event">
            <strong>${text(kind.title, locale)}</strong>
            <span>${icon(clock)}${formatDuration(kind.durationMin * 60, locale)}</span>
            ${consultant ? html`<span>${icon(user)}${text(consultant.name, locale)}</span>` : nothing}
          </p>`
        : nothing
    }
    <p class="hint">${icon(infoCircle)} ${m.allTimesKst}</p>
    <div class="when">
      <div class="month-pane">
        ${
          props.arrived
            ? calendarTemplate(props)
            : html`<div class="bone month-bone" aria-busy="true">
                <span class="month-wait">${m.loading}</span>
              </div>`
        }
      </div>
      <div class="times">
        ${
          day
            ? html`${subHeading(props.headingLevel, m.timesOn(dayName(day, props.locale)), {
                id: 'times-heading',
                tabindex: '-1',
              })}
              ${
                props.slots
                  ? slotList(props.slots, props)
                  : html`<div class="bone" aria-busy="true"><span class="visually-hidden">${m.loading}</span></div>`
              }`
            : html`<p class="pick-first">${icon(calendarIcon)}${m.pickDayFirst}</p>`
        }
      </div>
    </div>`;
}
