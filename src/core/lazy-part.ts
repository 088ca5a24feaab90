import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of an element that only some pages or people need (the brand strip, a menu, a help
 * dialog): its module loads the first time the element asks for it, the element renders again
 * once it is there, and the module's styles join the element's adopted stylesheets.
 */
export class LazyPart<M> implements ReactiveController {
  /** The module, once loaded. */
  module: M | undefined;
  /** The last load failed; it stays so while the part is tried again, until it is there. */
  failed = false;
  private loading: Promise<M> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<M>,
    private readonly styles?: (module: M) => CSSResult,
  ) {
    host.addController(this);
  }

  /** The module if it is loaded; otherwise starts loading it and returns `undefined`. */
  get(): M | undefined {
    if (!this.module) void this.ready().catch(() => undefined);
    return this.module;
  }

  /** Loads the module (once; a failed load is tried again next time). */
  ready(): Promise<M> {
    return (this.loading ??= this.load()
      .then((module) => (this.module = module))
      .finally(() => {
        this.failed = !this.module;
        if (this.failed) this.loading = undefined;
        this.host.requestUpdate();
      }));
  }

  hostUpdated(): void {
    const sheet = this.module && this.styles?.(this.module).styleSheet;
    const root = this.host.shadowRoot;
    // Once: the theme's adoption keeps the sheets it did not put there (see adoptTheme).
    if (sheet && root && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
