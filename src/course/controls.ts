import { html, nothing, type TemplateResult } from 'lit';
import { formatClock } from '../core/clock-format.js';
import { icon } from '../core/icons.js';
import {
  handLoveYou,
  maximize,
  minimize,
  playerPause,
  playerPlay,
  playerPlayFilled,
  adjustmentsHorizontal,
  volume,
  volume3,
} from '../core/generated/icons.js';
import { localize, type Locale } from '../core/i18n.js';
import type { Lesson } from '../data/types.js';
import { cssVars } from './css-vars.js';
import type { MediaRequest, MediaState } from './media-state.js';
import type { CourseMessages } from './messages.js';
import type { PlayerUi } from './player-ui.js';

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

/** The chapter playing at `time`, by its title. */
function chapterAt(lesson: Lesson, time: number, locale: Locale): string | undefined {
  const mark = lesson.chapterMarks.findLast((chapterMark) => chapterMark.time <= time);
  return mark && localize(mark.title, locale).value;
}

/** The big play button over a paused video; clicking the picture itself also plays and pauses. */
export function renderBigPlay(view: ControlsView): TemplateResult {
  const { state, request } = view;
  return html`<div class="surface" aria-hidden="true" @click=${() => request({ type: 'toggle' })}>
    ${state.paused && !state.waiting ? html`<span class="big-play">${icon(playerPlayFilled)}</span>` : nothing}
  </div>`;
}

/** Arrow keys move 5 s and Page keys a tenth of the lesson (a native range moves one 0.1 s step). */
function seekKeys(view: ControlsView, duration: number, event: KeyboardEvent): void {
  const step = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -0.1, PageUp: 0.1 }[event.key];
  if (step === undefined) return;
  event.preventDefault();
  view.request({ type: 'seek-by', delta: Number.isInteger(step) ? step : step * duration });
}

function renderSeek(view: ControlsView, duration: number, valueText: string): TemplateResult {
  const { state, lesson, locale, m, ui, request } = view;
  const shown = ui.hoverTime ?? state.currentTime;
  const chapter = chapterAt(lesson, shown, locale);
  const onPointer = (event: PointerEvent) => {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    ui.hover(Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width)) * duration);
  };
  return html`<div
    class="seek ${ui.hoverTime === undefined ? '' : 'hovering'}"
    @pointermove=${onPointer}
    @pointerleave=${() => ui.hover(undefined)}
  >
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
    <span class="preview" aria-hidden="true" ${cssVars({ '--_at': percent(shown, duration) })}
      >${chapter ? html`<span>${chapter}</span>` : nothing}${formatClock(shown)}</span
    >
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
      @keydown=${(event: KeyboardEvent) => seekKeys(view, duration, event)}
      @input=${(event: Event) => request({ type: 'seek', time: Number((event.target as HTMLInputElement).value) })}
    />
  </div>`;
}

/**
 * The player's controls, over the bottom of the video. They hold no state: every value comes
 * from the media controller's state and every change goes back to it as a request.
 */
export function renderControls(view: ControlsView): TemplateResult {
  const { state, lesson, locale, m, request, ui } = view;
  const duration = state.duration || lesson.durationSec;
  const chapter = chapterAt(lesson, state.currentTime, locale);
  const valueText = `${m.seekText(formatClock(state.currentTime), formatClock(duration))}${chapter ? `, ${chapter}` : ''}`;
  const level = state.muted ? 0 : state.volume;
  const toggleMenu = (event: MouseEvent | KeyboardEvent) => {
    if (event instanceof KeyboardEvent && event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (ui.menuOpen) void ui.closeMenu(true);
    else void ui.openMenu(event instanceof KeyboardEvent && event.key === 'ArrowUp' ? 'last' : 'first');
  };
  return html`<div class="controls" part="controls" role="group" aria-label=${m.controls}>
    ${renderSeek(view, duration, valueText)}
    <div class="bar">
      <button class="control play" type="button" ?disabled=${state.error} @click=${() => request({ type: 'toggle' })}>
        ${icon(state.paused ? playerPlay : playerPause)}<span class="visually-hidden"
          >${state.paused ? m.play : m.pause}</span
        >
      </button>
      <span class="time"
        >${formatClock(state.currentTime)}<span class="duration"> / ${formatClock(duration)}</span></span
      >
      <span class="volume-group">
        <button
          class="control mute"
          type="button"
          aria-pressed=${state.muted ? 'true' : 'false'}
          @click=${() => request({ type: 'toggle-mute' })}
        >
          ${icon(state.muted ? volume3 : volume)}<span class="visually-hidden">${m.mute}</span>
        </button>
        <input
          class="volume"
          type="range"
          min="0"
          max="1"
          step="0.05"
          .value=${String(level)}
          aria-label=${m.volume}
          aria-valuetext=${`${Math.round(level * 100)}%`}
          @input=${(event: Event) => request({ type: 'volume', value: Number((event.target as HTMLInputElement).value) })}
        />
      </span>
      <span class="spacer"></span>
      ${
        lesson.signLanguage?.length
          ? html`<button
              class="control"
              type="button"
              aria-pressed=${ui.signOn ? 'true' : 'false'}
              @click=${ui.toggleSign}
            >
              ${icon(handLoveYou)}<span class="visually-hidden">${m.sign}</span>
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
        ${icon(adjustmentsHorizontal)}<span class="visually-hidden">${m.settings}</span>
      </button>
      <button class="control" type="button" @click=${() => request({ type: 'fullscreen' })}>
        ${icon(state.fullscreen ? minimize : maximize)}<span class="visually-hidden"
          >${state.fullscreen ? m.exitFullscreen : m.fullscreen}</span
        >
      </button>
    </div>
  </div>`;
}
