import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { HeadingLevel } from '../core/headings.js';
import { localize } from '../core/i18n.js';
import type { CaptionTrack } from '../data/types.js';
import { renderBigPlay, renderControls, type ControlsView } from './controls.js';
import type * as Help from './help.js';

/** What the player template needs on top of the controls. */
export interface PlayerView extends ControlsView {
  /** Changes whenever the lesson needs a fresh `<video>` (another lesson, or a retry). */
  readonly mediaKey: number;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onTrackError: (track: CaptionTrack) => void;
  readonly onRetry: () => void;
  readonly onHelpClosed: () => void;
  /** The help dialog's code, once someone opened it. */
  readonly help: typeof Help | undefined;
  /** The level of the shortcut help's title. */
  readonly panelLevel: HeadingLevel;
}

/** Where focus goes in a lesson that just opened or started over: its play button, or its link out. */
export const PLAYER_START = '.control.play, .external-card .button';

/**
 * The player region: the native video with its caption tracks, the sign-language video beside it,
 * the buffering and error overlays, the controls and the shortcut help. Key presses inside it are
 * the player's shortcuts.
 */
export function renderPlayer(view: PlayerView): TemplateResult {
  const { lesson, locale, m, state } = view;
  const { ui } = view;
  const sign = ui.signOn && lesson.signLanguage?.length;
  const key = `${lesson.id}#${view.mediaKey}`;
  // Caption files from another origin (an API's media server) load only in CORS mode.
  const cors = lesson.captions.some((track) => new URL(track.src, document.baseURI).origin !== location.origin);
  // Controls rest while the video plays and nobody uses them (CSS keeps them while focused).
  const resting = ui.idle && !state.paused && !ui.menuOpen;
  return html`<section
    class="player"
    part="player"
    aria-label=${m.player}
    @keydown=${(event: KeyboardEvent) => {
      ui.wake();
      view.onKeydown(event);
    }}
    @pointermove=${ui.wake}
    @pointerdown=${ui.wake}
    @focusin=${ui.wake}
  >
    <div class="stage ${resting ? 'idle' : ''}">
      <div class="screen ${sign ? 'with-sign' : ''}">
        ${keyed(
          key,
          html`<video
            class="main cues-${ui.captionSize}"
            preload="metadata"
            poster=${lesson.poster ?? nothing}
            playsinline
            crossorigin=${cors ? 'anonymous' : nothing}
          >
            ${lesson.captions.map(
              (track) =>
                html`<track
                  kind=${track.kind}
                  srclang=${track.lang}
                  label=${localize(track.label, locale).value}
                  src=${track.src}
                  @error=${() => view.onTrackError(track)}
                />`,
            )}
          </video>`,
        )}
        ${sign ? keyed(key, html`<video class="sign" muted playsinline aria-label=${m.signVideo}></video>`) : nothing}
        ${renderBigPlay(view)}
        ${
          state.waiting && !state.error
            ? html`<div class="overlay">
                <span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${m.buffering}</span>
              </div>`
            : nothing
        }
        ${
          state.error
            ? html`<div class="overlay error" role="alert">
                <p>${m.mediaError}</p>
                <button class="button" type="button" @click=${view.onRetry}>${m.retry}</button>
              </div>`
            : nothing
        }
      </div>
      ${renderControls(view)} ${ui.menuOpen && ui.menu ? ui.menu.renderMenu(view) : nothing}
      ${view.help?.renderHelp(m, locale, view.panelLevel, view.onHelpClosed) ?? nothing}
    </div>
  </section>`;
}
