import { css, html, nothing, type TemplateResult } from 'lit';
import { defineMessages, localize, type Locale } from '../core/i18n.js';
import type { Lesson } from '../data/types.js';
import type { CourseMessages } from './messages.js';

/*
 * The card of a lecture hosted by a private provider: loaded by courses that have such a lecture,
 * as soon as the course is known, so that it is there before the learner opens one.
 */

const externalMessages = defineMessages({
  ko: {
    externalNote: (provider: string) => `이 강의는 ${provider}에서 제공합니다. 다 본 뒤 수강 완료로 표시해 주세요.`,
    openExternal: (provider: string) => `${provider}에서 강의 보기`,
    markDone: '수강 완료로 표시',
  },
  en: {
    externalNote: (provider: string) =>
      `This lecture is hosted by ${provider}. Mark it as done once you have watched it.`,
    openExternal: (provider: string) => `Watch on ${provider}`,
    markDone: 'Mark as done',
  },
});

/** A lecture hosted by a private provider: a card that links out, and a way to mark it done. */
export function renderExternal(
  lesson: Lesson,
  done: boolean,
  locale: Locale,
  course: CourseMessages,
  on: { readonly onOpen: () => void; readonly onDone: () => void },
): TemplateResult | typeof nothing {
  const external = lesson.external;
  if (!external) return nothing;
  const m = { ...course, ...externalMessages(locale) };
  const provider = localize(external.provider, locale);
  return html`<div class="external-card">
    <p class="provider" lang=${provider.lang === locale ? nothing : provider.lang}>${provider.value}</p>
    <p>${m.externalNote(provider.value)}</p>
    <div class="actions">
      <a
        class="button primary"
        href=${external.href}
        target="_blank"
        rel="noopener noreferrer"
        @click=${on.onOpen}
        @auxclick=${(event: MouseEvent) => event.button === 1 && on.onOpen()}
      >
        ${m.openExternal(provider.value)} <span aria-hidden="true">↗</span>
        <span class="visually-hidden">${m.newTab}</span>
      </a>
      ${
        done
          ? html`<span class="done-badge"><span aria-hidden="true">✓</span> ${m.completed}</span>`
          : html`<button type="button" class="button" @click=${on.onDone}>${m.markDone}</button>`
      }
    </div>
  </div>`;
}

/** The card's look; the player adopts it with the module. */
export const externalStyles = css`
  .external-card {
    display: grid;
    gap: var(--_s3);
    padding: var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface-alt);
    aspect-ratio: 16 / 9;
    align-content: center;
  }
  @container (max-width: 479px) {
    /* A narrow card grows with its text instead of widening the page. */
    .external-card {
      aspect-ratio: auto;
    }
  }
  .provider {
    font-weight: var(--seoul-learn-font-weight-bold);
    font-size: var(--seoul-learn-font-size-lg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    align-items: center;
  }
  .done-badge {
    color: var(--seoul-learn-color-success);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
`;
