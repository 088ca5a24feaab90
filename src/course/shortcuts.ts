import type { MediaRequest } from './media-state.js';

/** What a key press inside the player asks for: a media request, or the help dialog. */
export type ShortcutAction = MediaRequest | { readonly type: 'help' };

/** Seconds that ←/→ seek, and the volume step of ↑/↓. */
export const SEEK_STEP_SEC = 5;
export const VOLUME_STEP = 0.1;

const FORM_FIELD = /^(INPUT|SELECT|TEXTAREA)$/;

/**
 * Maps a key press inside the player to an action, or `undefined` to leave the key alone:
 * keys with Ctrl/Alt/Meta, keys typed into form fields (a slider handles its own arrows), and
 * Space or Enter on a button or link, which activate it.
 */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return undefined;
  const target = event.composedPath()[0];
  const tag = target instanceof HTMLElement ? target.tagName : '';
  if (FORM_FIELD.test(tag)) return undefined;
  if ((event.key === ' ' || event.key === 'Enter') && (tag === 'BUTTON' || tag === 'A')) return undefined;
  switch (event.key.length === 1 ? event.key.toLowerCase() : event.key) {
    case ' ':
    case 'k':
      return { type: 'toggle' };
    case 'ArrowLeft':
      return { type: 'seek-by', delta: -SEEK_STEP_SEC };
    case 'ArrowRight':
      return { type: 'seek-by', delta: SEEK_STEP_SEC };
    case 'ArrowUp':
      return { type: 'volume-by', delta: VOLUME_STEP };
    case 'ArrowDown':
      return { type: 'volume-by', delta: -VOLUME_STEP };
    case 'c':
      return { type: 'toggle-captions' };
    case 'f':
      return { type: 'fullscreen' };
    case 'm':
      return { type: 'toggle-mute' };
    case '?':
      return { type: 'help' };
    default:
      return undefined;
  }
}
