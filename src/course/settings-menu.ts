import { css, html, nothing, type TemplateResult } from 'lit';
import { check } from '../core/generated/icons.js';
import { localize } from '../core/i18n.js';
import { icon } from '../core/icons.js';
import { CAPTION_SIZES, PLAYBACK_RATES } from './course.types.js';
import type { ControlsView } from './controls.js';

/*
 * The player's settings menu (speed, captions, caption size, picture in picture, shortcut help):
 * one ARIA menu with radio groups, loaded the first time someone opens it. Arrow keys, Home and
 * End move between items, Enter or Space chooses, Escape closes and returns to the settings
 * button, Tab leaves (and closes).
 */

const ITEMS = '.menu [role^="menuitem"]';

/** Focuses the menu's chosen (`first`) or last item. */
export function focusItem(root: ShadowRoot, which: 'first' | 'last'): void {
  const items = [...root.querySelectorAll<HTMLElement>(ITEMS)];
  const item = which === 'last' ? items.at(-1) : (items.find((it) => it.ariaChecked === 'true') ?? items[0]);
  item?.focus();
}

function onKeydown(view: ControlsView, event: KeyboardEvent): void {
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  const items = [...root.querySelectorAll<HTMLElement>(ITEMS)];
  const at = items.indexOf(root.activeElement as HTMLElement);
  const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (move !== undefined) items[(move + items.length) % items.length]?.focus();
  else if (event.key === 'Escape') void view.ui.closeMenu(true);
  else return;
  event.preventDefault();
  event.stopPropagation();
}

/** Leaving the menu (Tab, a click elsewhere) closes it, except for its own button, which toggles it. */
function onFocusout(view: ControlsView, event: FocusEvent): void {
  const next = event.relatedTarget as Element | null;
  if (!next?.closest('.menu, .settings-button')) void view.ui.closeMenu(false);
}

function radio(checked: boolean, label: unknown, choose: () => void, lang?: string): TemplateResult {
  return html`<button
    type="button"
    role="menuitemradio"
    tabindex="-1"
    aria-checked=${checked ? 'true' : 'false'}
    lang=${lang ?? nothing}
    @click=${choose}
  >
    ${icon(check)} ${label}
  </button>`;
}

function group(id: string, title: string, items: TemplateResult[]): TemplateResult {
  return html`<div role="group" aria-labelledby=${id}>
    <div class="menu-title" id=${id} role="presentation">${title}</div>
    ${items}
  </div>`;
}

/** The menu's items, beside the settings button. */
export function renderMenu(view: ControlsView): TemplateResult {
  const { state, lesson, locale, m, request, ui } = view;
  const then = (action: () => void) => () => {
    action();
    void ui.closeMenu(true);
  };
  const tracks = lesson.captions.filter((track) => state.captionLangs.includes(track.lang));
  return html`<div
    class="menu"
    id="player-menu"
    role="menu"
    aria-label=${m.settings}
    @keydown=${(event: KeyboardEvent) => onKeydown(view, event)}
    @focusout=${(event: FocusEvent) => onFocusout(view, event)}
  >
    ${group(
      'menu-rate',
      m.rate,
      PLAYBACK_RATES.map((rate) =>
        radio(
          rate === state.rate,
          `${rate}×`,
          then(() => request({ type: 'rate', rate })),
        ),
      ),
    )}
    ${
      lesson.captions.length
        ? html`${group('menu-captions', m.captions, [
            radio(
              !state.captionLang,
              m.captionsOff,
              then(() => request({ type: 'captions', lang: '' })),
            ),
            ...tracks.map((track) => {
              const label = localize(track.label, locale);
              return radio(
                track.lang === state.captionLang,
                label.value,
                then(() => request({ type: 'captions', lang: track.lang })),
                label.lang === locale ? undefined : label.lang,
              );
            }),
          ])}
          ${group(
            'menu-size',
            m.captionSize,
            CAPTION_SIZES.map((size) =>
              radio(
                size === ui.captionSize,
                m[size],
                then(() => ui.setCaptionSize(size)),
              ),
            ),
          )}`
        : nothing
    }
    ${
      view.canPip
        ? html`<button
            type="button"
            role="menuitemcheckbox"
            tabindex="-1"
            aria-checked=${state.pip ? 'true' : 'false'}
            @click=${then(() => request({ type: 'pip' }))}
          >
            ${icon(check)} ${m.pip}
          </button>`
        : nothing
    }
    ${
      view.shortcutsOn
        ? html`<button
            type="button"
            role="menuitem"
            tabindex="-1"
            @click=${async () => {
              // Closed first, so that the help dialog gives focus back to the settings button.
              await ui.closeMenu(true);
              view.onHelp();
            }}
          >
            ${m.shortcutsHelp}
          </button>`
        : nothing
    }
  </div>`;
}

/** The menu's look, adopted by the player once this module has loaded (see `PlayerUi`). */
export const menuStyles = css`
  .menu {
    position: absolute;
    inset-inline-end: var(--_s2);
    inset-block-end: 64px;
    max-block-size: calc(100% - 72px);
    overflow-y: auto;
    min-width: 13em;
    padding: var(--_s1);
    border: 1px solid transparent;
    border-radius: var(--_radius-lg);
    background: var(--_scrim);
    font-size: var(--seoul-learn-font-size-sm);
  }
  .menu-title {
    padding: var(--_s2) var(--_s3) var(--_s1);
    opacity: 0.8;
    font-weight: 700;
  }
  .menu [role^='menuitem'] {
    display: flex;
    align-items: center;
    gap: var(--_s2);
    width: 100%;
    min-height: 36px;
    padding: 0 var(--_s3);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu [role^='menuitem']:hover,
  .menu [role^='menuitem']:focus-visible {
    background: var(--_veil);
  }
  .menu [role^='menuitem']:focus-visible {
    outline-color: var(--_on-screen);
    outline-offset: -2px;
  }
  .menu [aria-checked='true'] {
    font-weight: 700;
  }
  /* The mark of the chosen item: an SVG, not a text glyph, so that it looks the same whatever
     fonts the learner's device has. */
  .menu [aria-checked] > .icon {
    flex: none;
    visibility: hidden;
  }
  .menu [aria-checked='true'] > .icon {
    visibility: visible;
  }
  @media (forced-colors: active) {
    .menu {
      background: Canvas;
    }
  }
`;
