import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import type { CaptionSize } from './course.types.js';
import type * as SettingsMenu from './settings-menu.js';

/** How long the controls stay after the last pointer or key activity while a video plays. */
export const IDLE_MS = 3000;

/**
 * What the player shows around the video that is not media state: the caption size, the sign
 * language video, whether the controls are resting (hidden while playing with nobody using
 * them), the seek bar's preview under the pointer, and the settings menu, whose code loads the
 * first time someone opens it.
 */
export class PlayerUi implements ReactiveController {
  captionSize: CaptionSize = 'medium';
  signOn = false;
  /** No pointer or key activity for {@link IDLE_MS}: the controls may rest (CSS keeps them while paused or focused). */
  idle = false;
  /** The seek bar position under the pointer, in seconds. */
  hoverTime: number | undefined;
  menuOpen = false;
  private readonly menuPart: LazyPart<typeof SettingsMenu>;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.menuPart = new LazyPart(
      host,
      () => import('./settings-menu.js'),
      (module) => module.menuStyles,
    );
  }

  /** The settings menu's module, once someone opened it. */
  get menu(): typeof SettingsMenu | undefined {
    return this.menuPart.module;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.menuOpen = false;
  }

  private set(change: Partial<Pick<PlayerUi, 'idle' | 'hoverTime' | 'menuOpen' | 'signOn' | 'captionSize'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  /** Pointer or key activity inside the player: controls show, and rest again after {@link IDLE_MS}. */
  readonly wake = (): void => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set({ idle: true }), IDLE_MS);
    if (this.idle) this.set({ idle: false });
  };

  readonly hover = (time: number | undefined): void => {
    if (time !== this.hoverTime) this.set({ hoverTime: time });
  };

  readonly toggleSign = (): void => this.set({ signOn: !this.signOn });

  readonly setCaptionSize = (size: CaptionSize): void => this.set({ captionSize: size });

  /** Opens the settings menu (loading its code the first time) with focus on its chosen or last item. */
  async openMenu(focus: 'first' | 'last'): Promise<void> {
    const menu = await this.menuPart.ready();
    this.set({ menuOpen: true });
    await this.host.updateComplete;
    menu.focusItem(this.host.shadowRoot!, focus);
  }

  /** Closes the settings menu; `returnFocus` puts focus back on its button (Escape, or a choice made). */
  async closeMenu(returnFocus: boolean): Promise<void> {
    if (!this.menuOpen) return;
    this.set({ menuOpen: false });
    await this.host.updateComplete;
    if (returnFocus) this.host.shadowRoot!.querySelector<HTMLElement>('.settings-button')?.focus();
  }
}
