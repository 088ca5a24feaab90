/** Templates of the first booking steps (kind, consultant) and their shared pieces. They only render; the element owns state. */
import { html, type TemplateResult } from 'lit';
import { localize, type Locale } from '../core/i18n.js';
import type { Consultant, ConsultationKind, LocalizedText, MeetingMode } from '../data/types.js';
import { formatDuration } from '../core/format.js';
import type { AllMessages } from './summary-templates.js';

/** Text from content data, marked `lang="ko"` when the English translation is missing. */
export function text(value: LocalizedText, locale: Locale): TemplateResult {
  const { value: shown, lang } = localize(value, locale);
  return lang === locale ? html`${shown}` : html`<span lang=${lang}>${shown}</span>`;
}

export const modeName = (mode: MeetingMode, m: AllMessages): string => (mode === 'online' ? m.online : m.inPerson);

export function kindList(
  kinds: readonly ConsultationKind[],
  locale: Locale,
  m: AllMessages,
  onChoose: (kind: ConsultationKind) => void,
): TemplateResult {
  if (!kinds.length) return html`<p class="empty">${m.noKinds}</p>`;
  return html`<ul class="choices" part="kind-list">
    ${kinds.map(
      (kind) =>
        html`<li class="card">
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
  m: AllMessages,
  onChoose: (id: string) => void,
): TemplateResult {
  return html`<ul class="choices" part="consultant-list">
    <li class="card">
      <button type="button" class="choice" part="choice" @click=${() => onChoose('')}>
        <strong>${m.anyConsultant}</strong>
      </button>
    </li>
    ${consultants.map(
      (consultant) =>
        html`<li class="card">
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
