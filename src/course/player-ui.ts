import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import type { CaptionSize } from './course.types.js';
import type * as SettingsMenu from './settings-menu.js';

/**
 * What the player shows that is not media state: the caption size, the sign-language video, and
 * the settings menu, whose code and styles load the first time someone opens it.
 */
export class PlayerUi implements ReactiveController {
  captionSize: CaptionSize = 'medium';
  signOn = false;
  menuOpen = false;
  private readonly menuPart: LazyPart<typeof SettingsMenu>;

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
    this.menuOpen = false;
  }

  private set(change: Partial<Pick<PlayerUi, 'menuOpen' | 'signOn' | 'captionSize'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  readonly toggleSign = (): void => this.set({ signOn: !this.signOn });

  readonly setCaptionSize = (size: CaptionSize): void => this.set({ captionSize: size });

  /** Opens the settings menu (loading it the first time) with focus on its chosen or last item. */
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
