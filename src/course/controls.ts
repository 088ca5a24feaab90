import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatClock } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import type { Lesson } from '../data/types.js';
import { cssVars } from './css-vars.js';
import type { MediaRequest, MediaState } from './media-state.js';
import type { CourseMessages } from './messages.js';
import type { PlayerUi } from './player-ui.js';
import { adjustmentsHorizontal } from '../core/generated/icons.js';

const ICONS = {
  play: svg`<path d="M8 5v14l11-7z" />`,
  pause: svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z" />`,
  volume: svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z" />`,
  muted: svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z" />`,
  fullscreen: svg`<path d="M5 5h5v2H7v3H5zm9 0h5v5h-2V7h-3zM5 14h2v3h3v2H5zm12 0h2v5h-5v-2h3z" />`,
  // Tabler's stroked icon (from @tabler/icons, like the rest of the library's icons).
  settings: svg`<path
    d=${adjustmentsHorizontal.d}
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  />`,
} as const;

const icon = (name: keyof typeof ICONS): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${ICONS[name] as SVGTemplateResult}
  </svg>`;

/** What the controls template needs: the controller's state, and where to send requests. */
export interface ControlsView {
  readonly state: MediaState;
  readonly lesson: Lesson;
  readonly locale: Locale;
  readonly m: CourseMessages;
  readonly ui: PlayerUi;
  readonly shortcutsOn: boolean;
  readonly canPip: boolean;
  readonly request: (request: MediaRequest) => void;
  readonly onHelp: () => void;
}

const percent = (value: number, total: number): string => `${total > 0 ? Math.min(100, (value / total) * 100) : 0}%`;

/** Arrow keys move 5 s and Page keys a tenth of the lesson (a native range moves one 0.1 s step). */
function seekKeys(request: ControlsView['request'], duration: number, event: KeyboardEvent): void {
  const step = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -0.1, PageUp: 0.1 }[event.key];
  if (step === undefined) return;
  event.preventDefault();
  request({ type: 'seek-by', delta: Number.isInteger(step) ? step : step * duration });
}

/**
 * The player's controls. They hold no state: every value comes from the media controller's
 * state and every change goes back to it as a request.
 */
export function renderControls(view: ControlsView): TemplateResult {
  const { state, lesson, locale, m, request, ui } = view;
  const duration = state.duration || lesson.durationSec;
  const mark = [...lesson.chapterMarks].reverse().find((chapterMark) => chapterMark.time <= state.currentTime);
  const valueText = `${m.seekText(formatClock(state.currentTime), formatClock(duration))}${mark ? `, ${localize(mark.title, locale).value}` : ''}`;
  const toggleMenu = (event: MouseEvent | KeyboardEvent) => {
    if (event instanceof KeyboardEvent && event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (ui.menuOpen) void ui.closeMenu(true);
    else void ui.openMenu(event instanceof KeyboardEvent && event.key === 'ArrowUp' ? 'last' : 'first');
  };
  return html`<div class="controls" part="controls" role="group" aria-label=${m.controls}>
    <div class="seek">
      <div class="seek-track" aria-hidden="true">
        <div class="buffered" ${cssVars({ '--_to': percent(state.bufferedEnd, duration) })}></div>
        <div class="played" ${cssVars({ '--_to': percent(state.currentTime, duration) })}></div>
        ${lesson.chapterMarks
          .filter((chapterMark) => chapterMark.time > 0)
          .map(
            (chapterMark) =>
              html`<span class="chapter-mark" ${cssVars({ '--_at': percent(chapterMark.time, duration) })}></span>`,
          )}
      </div>
      <span class="handle" aria-hidden="true" ${cssVars({ '--_to': percent(state.currentTime, duration) })}></span>
      <input
        class="seek-input"
        type="range"
        min="0"
        max=${duration}
        step="0.1"
        .value=${String(state.currentTime)}
        aria-label=${m.seek}
        aria-valuetext=${valueText}
        ?disabled=${state.error}
        @keydown=${(event: KeyboardEvent) => seekKeys(request, duration, event)}
        @input=${(event: Event) => request({ type: 'seek', time: Number((event.target as HTMLInputElement).value) })}
      />
    </div>
    <div class="bar">
      <button class="control play" type="button" ?disabled=${state.error} @click=${() => request({ type: 'toggle' })}>
        ${icon(state.paused ? 'play' : 'pause')}<span class="visually-hidden">${state.paused ? m.play : m.pause}</span>
      </button>
      <span class="time"
        >${formatClock(state.currentTime)}<span class="duration"> / ${formatClock(duration)}</span></span
      >
      <button
        class="control mute"
        type="button"
        aria-pressed=${state.muted ? 'true' : 'false'}
        @click=${() => request({ type: 'toggle-mute' })}
      >
        ${icon(state.muted ? 'muted' : 'volume')}<span class="visually-hidden">${m.mute}</span>
      </button>
      <input
        class="volume"
        type="range"
        min="0"
        max="1"
        step="0.05"
        .value=${String(state.muted ? 0 : state.volume)}
        aria-label=${m.volume}
        aria-valuetext=${`${Math.round((state.muted ? 0 : state.volume) * 100)}%`}
        @input=${(event: Event) => request({ type: 'volume', value: Number((event.target as HTMLInputElement).value) })}
      />
      <span class="spacer"></span>
      ${
        lesson.signLanguage?.length
          ? html`<button
              class="control text"
              type="button"
              aria-pressed=${view.ui.signOn ? 'true' : 'false'}
              @click=${view.ui.toggleSign}
            >
              <span aria-hidden="true">${m.signShort}</span><span class="visually-hidden">${m.sign}</span>
            </button>`
          : nothing
      }
      <button
        class="control settings-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${ui.menuOpen ? 'true' : 'false'}
        aria-controls=${ui.menuOpen ? 'player-menu' : nothing}
        @click=${toggleMenu}
        @keydown=${toggleMenu}
      >
        ${icon('settings')}<span class="visually-hidden">${m.settings}</span>
      </button>
      <button class="control" type="button" @click=${() => request({ type: 'fullscreen' })}>
        ${icon('fullscreen')}<span class="visually-hidden">${state.fullscreen ? m.exitFullscreen : m.fullscreen}</span>
      </button>
    </div>
  </div>`;
}
