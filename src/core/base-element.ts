import { LitElement, adoptStyles, css, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Clock } from '../data/clock.js';
import type { DataSource } from '../data/types.js';
import type { Region, Scheme } from '../themes/index.js';
import type { Locale } from './i18n.js';
import type { Contrast } from './settings.js';
import { SettingsController } from './settings-controller.js';
import { regionReady } from '../themes/theme-css.js';
import { adoptTheme, themeSheet } from './theme-sheets.js';

/**
 * Styles every element starts from: its own font size (the `medium` keyword, which follows the
 * reader's browser text-size setting; never `rem`, because KRDS host pages set the root to 10px),
 * the theme's font, colours and colour scheme, a visible focus ring, and no motion for
 * people who ask for less. No fallbacks copy token values: every element adopts a theme sheet,
 * its provider's or its own (`appliesOwnTheme`), so the tokens are always defined.
 */
export const baseStyles = css`
  /* Important, so that a host page's global rules (* { font-size: 30px !important }) cannot
     reach in through the inherited properties; hosts scale through the custom properties. */
  :host {
    display: block;
    box-sizing: border-box !important;
    font-family: var(--seoul-learn-font-family);
    font-size: var(--seoul-learn-font-size-base, medium) !important;
    line-height: var(--seoul-learn-line-height-body);
    color: var(--seoul-learn-color-on-surface) !important;
    /* Dark scheme: native controls and scrollbars follow, and the element paints its own surface
       (transparent in light, so the host page shows through). */
    color-scheme: var(--seoul-learn-scheme);
    background-color: var(--seoul-learn-scheme-canvas);
    -webkit-text-size-adjust: 100%;
    /* Korean breaks between words (어절), not inside them; a word too long for its line still breaks. */
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--seoul-learn-focus-ring-width) solid var(--seoul-learn-color-focus);
    outline-offset: var(--seoul-learn-focus-ring-offset);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Settles in a task of its own, after what the page was doing (and, when a frame is due, a paint). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** An element's class, for its static parts. */
const classOf = (element: SeoulLearnElement) => element.constructor as typeof SeoulLearnElement;

/**
 * The custom state an element holds until its first render (`:state(pending)`): the page's
 * stylesheet (seoul-learn.css) keeps the element's room with it as it does before the element is
 * defined, so the element can render in a task of its own without the page moving meanwhile.
 */
export const PENDING_STATE = 'pending';

/**
 * The base of every Seoul Learn element: shared settings (own attribute → provider → default)
 * and the region theme. Inside a provider an element inherits the provider's theme; alone, or
 * with its own `region`, `contrast` or `scheme`, it applies the theme to itself.
 */
export abstract class SeoulLearnElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * Region theme (`seoul`, `chungbuk`, `pyeongchang`, `gimpo`, `incheon`, `taebaek`). Overrides the provider's.
   */
  @property({ reflect: true }) region?: Region;

  /** Language of the interface, `ko` or `en`. Overrides the provider's. */
  @property({ reflect: true }) locale?: Locale;

  /** `normal` or `high` contrast. Unset follows the provider, then the user's `prefers-contrast`. */
  @property({ reflect: true }) contrast?: Contrast;

  /**
   * `light` or `dark` colour scheme. Unset follows the provider, then the user's
   * `prefers-color-scheme`. High contrast wins over dark.
   */
  @property({ reflect: true }) scheme?: Scheme;

  /** Shows the programme's brand strip (name and mark of the region's programme). Also set by the provider. */
  @property({ type: Boolean, reflect: true, attribute: 'show-brand' }) showBrand = false;

  /** Whose progress and bookings to show. Overrides the provider's. */
  @property({ attribute: 'learner-id' }) learnerId?: string;

  /**
   * Base URL of a Seoul Learn API (e.g. `https://api.example.kr/seoul-learn/v1`) to read and write
   * through instead of the built-in demo data. Overrides the provider's; a `dataSource` wins over both.
   */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Where elements find their data. Overrides the provider's; defaults to the built-in demo data. */
  @property({ attribute: false }) dataSource?: DataSource;

  /**
   * Where the element takes "now" from (a function returning a `Date`), for previews and tests
   * that pin time. Overrides the provider's; defaults to the system clock. Dates shown from data
   * (a learner's "today") come from the data itself.
   */
  @property({ attribute: false }) clock?: Clock;

  /** The settings this element works with after resolving own attributes, provider and defaults. */
  protected readonly settings = new SettingsController(this);

  /** The current instant, from the resolved clock. The only way an element learns the time. */
  protected now(): Date {
    return this.settings.clock();
  }

  private appliedTheme?: CSSStyleSheet;

  /** The element's internals: its custom state until the first render, a form-associated element's form part. */
  protected readonly internals: ElementInternals = this.attachInternals();

  /**
   * Where the element stands with {@link PENDING_STATE}: unset when it does not hold it (rendered,
   * or a browser without `:state()`, which renders the first time as soon as it can, as the page's
   * stylesheet keeps no room for it once defined), 1 while its first update has not yet waited
   * for its own task, 2 once it has, until the first render.
   */
  private pending?: 1 | 2;

  /**
   * Whether the first render comes at once instead of in a task of its own (see
   * {@link scheduleUpdate}): for an element whose children show through its slot, which until it
   * renders would not show at all.
   */
  protected static readonly rendersAtOnce?: boolean;

  constructor() {
    super();
    if (classOf(this).rendersAtOnce) return;
    try {
      this.internals.states.add(PENDING_STATE);
      this.pending = 1;
    } catch {
      // CustomStateSet without `:state()` (Chromium before 125 wants `--pending`): no waiting.
    }
  }

  /**
   * The shadow root. One that renders apart gets its style sheets in its first render's task
   * ({@link scheduleUpdate}), not now: the first element of each kind parses its sheets then, and
   * the task that defines the elements of a page no longer parses every element's sheets as well.
   * Until then the root holds nothing to style.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.pending ? this.attachShadow(classOf(this).shadowRootOptions) : super.createRenderRoot();
  }

  /**
   * Renders once everything {@link beforeRender} names is here, all of it loading at once. The
   * first render waits for a task of its own as well: a page with several elements then runs
   * each element's first render apart, not all of them in the task that defined them, which
   * kept the page from answering for as long as they took together.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = this.beforeRender().filter(Boolean);
    // Once: an element that holds its first render back (the dashboard, until its data or a frame) then renders at once.
    if (this.pending === 1) {
      this.pending = 2;
      // Nothing else adopts a sheet before the first render (the theme and lazy parts do after it).
      waits.push(nextTask().then(() => adoptStyles(this.renderRoot as ShadowRoot, classOf(this).elementStyles)));
    }
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * What must load before the next render. Here, the region's theme: each region other than the
   * default loads the first time an element shows it. Elements inside a provider wait too, for
   * the provider's theme is the same region and the same load. Subclasses add theirs.
   */
  protected beforeRender(): (Promise<unknown> | undefined)[] {
    return [regionReady(this.settings.region)];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.applyTheme();
    // In the task of the first render, before any paint: from now on the element keeps its own room.
    if (this.pending) {
      this.pending = undefined;
      this.internals.states.delete(PENDING_STATE);
    }
  }

  /** Whether this element declares theme tokens itself instead of inheriting a provider's. */
  protected get appliesOwnTheme(): boolean {
    return !this.settings.hasProvider || this.settings.overridesTheme;
  }

  private applyTheme(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const { region, contrast, scheme } = this.settings;
    const theme = this.appliesOwnTheme ? themeSheet(region, contrast, scheme) : undefined;
    // Elements re-render often (the player several times a second); re-adopting an unchanged
    // sheet list would make the browser recompute styles each time.
    if (theme === this.appliedTheme) return;
    adoptTheme(root, this.appliedTheme, theme);
    this.appliedTheme = theme;
  }
}
