/** Templates of the booking steps other than the calendar and the form. They only render; the element owns state. */
import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Locale } from '../core/i18n.js';
import type { Consultant, ConsultationKind, LocalizedText, MeetingMode, Slot } from '../data/types.js';
import type { BookingMessages } from './booking.messages.js';
import { kstDateTime, kstTime, localTime } from './time-labels.js';
import { formatDate, formatDuration } from '../core/format.js';

/** Text from content data, marked `lang="ko"` when the English translation is missing. */
export function text(value: LocalizedText, locale: Locale): TemplateResult {
  const { value: shown, lang } = localize(value, locale);
  return lang === locale ? html`${shown}` : html`<span lang=${lang}>${shown}</span>`;
}

export const modeName = (mode: MeetingMode, m: BookingMessages): string => (mode === 'online' ? m.online : m.inPerson);

export function kindList(
  kinds: readonly ConsultationKind[],
  locale: Locale,
  m: BookingMessages,
  onChoose: (kind: ConsultationKind) => void,
): TemplateResult {
  if (!kinds.length) return html`<p class="empty">${m.noKinds}</p>`;
  return html`<ul class="choices" part="kind-list">
    ${kinds.map(
      (kind) =>
        html`<li>
          <button
            type="button"
            class="choice"
            part="choice"
            aria-describedby="kind-${kind.id}"
            @click=${() => onChoose(kind)}
          >
            <strong>${text(kind.title, locale)}</strong>
            <span class="meta"
              >${formatDuration(kind.durationMin * 60, locale)} ·
              ${kind.modes.map((mode) => modeName(mode, m)).join(', ')}</span
            >
          </button>
          <p class="description" id="kind-${kind.id}">${text(kind.description, locale)}</p>
        </li>`,
    )}
  </ul>`;
}

export function consultantList(
  consultants: readonly Consultant[],
  locale: Locale,
  m: BookingMessages,
  onChoose: (id: string) => void,
): TemplateResult {
  return html`<ul class="choices" part="consultant-list">
    <li>
      <button type="button" class="choice" part="choice" @click=${() => onChoose('')}>
        <strong>${m.anyConsultant}</strong>
      </button>
    </li>
    ${consultants.map(
      (consultant) =>
        html`<li>
          <button
            type="button"
            class="choice"
            part="choice"
            aria-describedby="bio-${consultant.id}"
            @click=${() => onChoose(consultant.id)}
          >
            <strong>${text(consultant.name, locale)}</strong>
            <span class="meta">${text(consultant.affiliation, locale)}</span>
          </button>
          <p class="description" id="bio-${consultant.id}">${text(consultant.bio, locale)}</p>
        </li>`,
    )}
  </ul>`;
}

/** The visible KST time, and the browser's local time under it when its zone differs. */
export function timeLines(start: string, locale: Locale, m: BookingMessages, withDate = false): TemplateResult {
  const local = localTime(start, locale);
  return html`<span class="kst">${withDate ? kstDateTime(start, locale) : kstTime(start, locale)}</span>${
      local ? html`<span class="local">${m.localTime(local)}</span>` : nothing
    }`;
}

export function slotList(
  slots: readonly Slot[],
  consultants: ReadonlyMap<string, Consultant>,
  locale: Locale,
  m: BookingMessages,
  onChoose: (slot: Slot) => void,
): TemplateResult {
  if (!slots.length) return html`<p class="empty">${m.daySlotsEmpty}</p>`;
  // The button's own text is its accessible name, so what is seen is what is heard (WCAG 2.5.3).
  return html`<ul class="slots" part="slot-list">
    ${slots.map((slot) => {
      const consultant = consultants.get(slot.consultantId);
      const local = localTime(slot.start, locale);
      return html`<li>
        <button type="button" class="slot" part="slot-button" @click=${() => onChoose(slot)}>
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
