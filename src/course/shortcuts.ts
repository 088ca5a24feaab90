import type { ReactiveControllerHost } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import type * as Help from './help.js';
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

/** What the help controller asks of the player. */
export interface HelpOptions {
  /** Whether character-key shortcuts are on (`shortcuts` attribute). */
  readonly enabled: () => boolean;
  /** Passes a shortcut's media request on to the media controller. */
  readonly request: (request: MediaRequest) => void;
}

/**
 * The player's keyboard shortcuts and their help dialog: a key press inside the player becomes a
 * media request or opens the dialog, and closing the dialog puts focus back where it was.
 */
export class HelpController {
  /** The help dialog's code and styles, loaded the first time it opens. */
  private readonly part: LazyPart<typeof Help>;
  private returnTo: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HelpOptions,
  ) {
    this.part = new LazyPart(
      host,
      () => import('./help.js'),
      (module) => module.helpStyles,
    );
  }

  /** The help dialog's module, once someone opened it. */
  get module(): typeof Help | undefined {
    return this.part.module;
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector('dialog.help');
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (!this.options.enabled() || this.dialog?.open) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'help') void this.open();
    else this.options.request(action);
  };

  /** Opens the help dialog (loading it the first time), remembering what had focus. */
  readonly open = async (): Promise<void> => {
    const active = this.host.shadowRoot?.activeElement;
    this.returnTo = active instanceof HTMLElement ? active : null;
    await this.part.ready();
    await this.host.updateComplete;
    this.dialog?.showModal();
  };

  readonly onClosed = (): void => {
    this.returnTo?.focus();
    this.returnTo = null;
  };
}
