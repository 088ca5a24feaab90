import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatClock } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import type { Lesson } from '../data/types.js';
import { cssVars } from './css-vars.js';
import { CAPTION_SIZES, PLAYBACK_RATES, type CaptionSize } from './course.types.js';
import type { MediaRequest, MediaState } from './media-state.js';
import type { CourseMessages } from './messages.js';

const ICONS = {
  play: svg`<path d="M8 5v14l11-7z" />`,
  pause: svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z" />`,
  volume: svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z" />`,
  muted: svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z" />`,
  fullscreen: svg`<path d="M5 5h5v2H7v3H5zm9 0h5v5h-2V7h-3zM5 14h2v3h3v2H5zm12 0h2v5h-5v-2h3z" />`,
  pip: svg`<path d="M3 5h18v14H3zm2 2v10h14V7zm6 5h7v4h-7z" />`,
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
  readonly captionSize: CaptionSize;
  readonly signOn: boolean;
  readonly shortcutsOn: boolean;
  readonly request: (request: MediaRequest) => void;
  readonly onCaptionSize: (size: CaptionSize) => void;
  readonly onSign: () => void;
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
  const { state, lesson, locale, m, request } = view;
  const duration = state.duration || lesson.durationSec;
  const mark = [...lesson.chapterMarks].reverse().find((chapterMark) => chapterMark.time <= state.currentTime);
  const valueText = `${m.seekText(formatClock(state.currentTime), formatClock(duration))}${mark ? `, ${localize(mark.title, locale).value}` : ''}`;
  const select = (handler: (value: string) => void) => (event: Event) =>
    handler((event.target as HTMLSelectElement).value);
  const canPip = 'pictureInPictureEnabled' in document && document.pictureInPictureEnabled;
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
      <span class="time">${formatClock(state.currentTime)} / ${formatClock(duration)}</span>
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
      <label class="field">
        <span class="field-label">${m.rate}</span>
        <select @change=${select((value) => request({ type: 'rate', rate: Number(value) }))}>
          ${PLAYBACK_RATES.map(
            (rate) => html`<option value=${rate} ?selected=${rate === state.rate}>${rate}×</option>`,
          )}
        </select>
      </label>
      ${
        lesson.captions.length
          ? html`<label class="field">
                <span class="field-label">${m.captions}</span>
                <select @change=${select((lang) => request({ type: 'captions', lang }))}>
                  <option value="" ?selected=${!state.captionLang}>${m.captionsOff}</option>
                  ${lesson.captions
                    .filter((track) => state.captionLangs.includes(track.lang))
                    .map((track) => {
                      const label = localize(track.label, locale);
                      return html`<option
                        value=${track.lang}
                        ?selected=${track.lang === state.captionLang}
                        lang=${label.lang === locale ? nothing : label.lang}
                      >
                        ${label.value}
                      </option>`;
                    })}
                </select>
              </label>
              <label class="field">
                <span class="field-label">${m.captionSize}</span>
                <select @change=${select((size) => view.onCaptionSize(size as CaptionSize))}>
                  ${CAPTION_SIZES.map(
                    (size) => html`<option value=${size} ?selected=${size === view.captionSize}>${m[size]}</option>`,
                  )}
                </select>
              </label>`
          : nothing
      }
      ${
        lesson.signLanguage?.length
          ? html`<button
              class="control text"
              type="button"
              aria-pressed=${view.signOn ? 'true' : 'false'}
              @click=${view.onSign}
            >
              ${m.sign}
            </button>`
          : nothing
      }
      ${
        canPip
          ? html`<button
              class="control"
              type="button"
              aria-pressed=${state.pip ? 'true' : 'false'}
              @click=${() => request({ type: 'pip' })}
            >
              ${icon('pip')}<span class="visually-hidden">${m.pip}</span>
            </button>`
          : nothing
      }
      <button class="control" type="button" @click=${() => request({ type: 'fullscreen' })}>
        ${icon('fullscreen')}<span class="visually-hidden">${state.fullscreen ? m.exitFullscreen : m.fullscreen}</span>
      </button>
      ${
        view.shortcutsOn
          ? html`<button class="control text" type="button" aria-haspopup="dialog" @click=${view.onHelp}>
              <span aria-hidden="true">?</span><span class="visually-hidden">${m.shortcutsHelp}</span>
            </button>`
          : nothing
      }
    </div>
  </div>`;
}
