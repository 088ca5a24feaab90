import { css, html, type TemplateResult } from 'lit';
import { heading, type HeadingLevel } from '../core/headings.js';
import { defineMessages, type Locale } from '../core/i18n.js';
import type { CourseMessages } from './messages.js';

/*
 * The keyboard shortcuts' help dialog, loaded the first time someone asks for it (the ? key or
 * the settings menu).
 */

const helpMessages = defineMessages({
  ko: {
    keyPlay: '재생 / 일시정지',
    keySeek: '5초 뒤로 / 앞으로',
    keyVolume: '음량 크게 / 작게',
    keyCaptions: '자막 켜기 / 끄기',
    keyFullscreen: '전체 화면',
    keyMute: '음소거',
    keyHelp: '이 도움말',
    shortcutsNote: '단축키는 플레이어 안에 초점이 있을 때만 동작합니다.',
  },
  en: {
    keyPlay: 'Play / pause',
    keySeek: 'Back / forward 5 seconds',
    keyVolume: 'Volume up / down',
    keyCaptions: 'Captions on / off',
    keyFullscreen: 'Full screen',
    keyMute: 'Mute',
    keyHelp: 'This help',
    shortcutsNote: 'Shortcuts work only while focus is inside the player.',
  },
});

/** The keyboard shortcuts, in a modal dialog. */
export function renderHelp(
  course: CourseMessages,
  locale: Locale,
  level: HeadingLevel,
  onClose: () => void,
): TemplateResult {
  const m = { ...course, ...helpMessages(locale) };
  const rows: readonly (readonly [string, string])[] = [
    ['Space, K', m.keyPlay],
    ['← →', m.keySeek],
    ['↑ ↓', m.keyVolume],
    ['C', m.keyCaptions],
    ['F', m.keyFullscreen],
    ['M', m.keyMute],
    ['?', m.keyHelp],
  ];
  return html`<dialog class="help" aria-labelledby="help-title" @close=${onClose}>
    ${heading(level, 'panel-title', m.shortcutsHelp, { id: 'help-title' })}
    <p>${m.shortcutsNote}</p>
    <dl class="keys">
      ${rows.map(
        ([keys, what]) =>
          html`<div>
            <dt><kbd>${keys}</kbd></dt>
            <dd>${what}</dd>
          </div>`,
      )}
    </dl>
    <form method="dialog"><button class="button" type="submit">${m.close}</button></form>
  </dialog>`;
}

/** The dialog's look; the player adopts it with the module. */
export const helpStyles = css`
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface);
    color: var(--seoul-learn-color-on-surface);
    padding: var(--_s4);
    max-width: min(90vw, 28em);
  }
  .keys {
    display: grid;
    gap: var(--_s1);
    margin: var(--_s3) 0;
  }
  .keys div {
    display: grid;
    grid-template-columns: 8em 1fr;
  }
  .keys dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    font-weight: var(--seoul-learn-font-weight-bold);
  }
`;
