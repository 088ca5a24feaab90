import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SeoulLearnElement } from '../core/base-element.js';
import { Announcer } from '../core/announcer.js';
import { LazyPart } from '../core/lazy-part.js';
import { dataSourceOf } from '../core/data-source.js';
import { focusAfterUpdate } from '../core/focus.js';
import { createEvent } from '../core/events.js';
import { headingLevel, type HeadingLevel } from '../core/headings.js';
import { enumAttribute } from '../core/enum-attribute.js';
import { warnOnce } from '../core/warn.js';
import type { CohortSummary, DataChange, DataSource, LearnerSummary } from '../data/types.js';
import type { CohortView } from './cohort/cohort-view.js';
import type * as CohortViewModule from './cohort/cohort-view.js';
import type * as LearnerView from './progress.learner.js';
import { Loader } from './progress.loader.js';
import { shellMessages, type ShellMessages } from './progress.messages.js';
import { progressStyles } from './progress.styles.js';
import {
  PROGRESS_VIEWS,
  type CohortExportedDetail,
  type ContinueRequestedDetail,
  type GoalSavedDetail,
  type ProgressView,
} from './progress.types.js';

type LearnerModule = typeof LearnerView;
type CohortModule = typeof CohortViewModule;
type Loaded =
  | { readonly view: 'learner'; readonly summary: LearnerSummary; readonly module: LearnerModule }
  | { readonly view: 'cohort'; readonly summary: CohortSummary; readonly cohort: CohortView };

// Each view's code loads in parallel with its data, so the initial JavaScript holds only the
// element, its loading and error states; learners never download the cohort view. Once loaded,
// a view's module is kept and used directly, with no further `import()` to wait for.
let learnerModule: LearnerModule | undefined;
let cohortModule: CohortModule | undefined;
const loadLearner = async () => (learnerModule ??= await import('./progress.learner.js'));
const loadCohort = async () => (cohortModule ??= await import('./cohort/cohort-view.js'));

const tick = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve));

/**
 * A learner's progress dashboard: a "continue learning" card with the latest unfinished lesson,
 * overall completion, study time this week against a weekly goal (weeks start on Monday, Korea
 * Standard Time), current and longest streak, this week's study time per day on a chart with a
 * time axis (the last 12 weeks summarised and in a table), a weekly-goal stepper, progress per
 * course, and the other recently watched lessons. It updates itself when the data source reports progress, for
 * example from a `<seoul-learn-course>` on the same page.
 *
 * With `view="cohort"` it shows a programme manager's view of the region's learners instead:
 * a title naming the region, filters, headline figures, a completion histogram, courses by enrolment, and a sortable, filterable,
 * paginated table of pseudonymous learners that can be downloaded as CSV.
 * `heading-level` sets the level of its headings to fit the host page's outline (in the cohort
 * view, of its title; its sections are one below).
 *
 * @summary Learner dashboard, or a programme manager's cohort view.
 * @tag seoul-learn-progress
 *
 * @slot empty-action - Shown under the "no courses yet" message, e.g. a link to the host's course catalogue.
 *
 * @cssstate pending - From when the element is made until its first render, which runs in a task of its own; `seoul-learn.css` keeps the element's room in this state, as before it is defined.
 * @csspart base - The wrapper around everything.
 * @csspart brand - The programme's name and mark, with `show-brand` (here or on the provider).
 * @csspart next - The "continue learning" card.
 * @csspart overview - The cards with overall completion, this week's study time and the streak.
 * @csspart bar - Every progress bar (`role="progressbar"`; its fill is `.fill`).
 * @csspart courses - The list of courses.
 * @csspart continue - Every "continue" button or link (the card's is the primary one).
 * @csspart activity - The activity section.
 * @csspart chart - The activity chart figure (this week by day).
 * @csspart chart-table - The disclosure holding the chart's table.
 * @csspart goal - The weekly goal section.
 * @csspart recent - The recently watched lessons.
 * @csspart empty - The "no courses yet" message.
 * @csspart error - The error message with its retry button.
 * @csspart cohort - The cohort view.
 *
 * @cssprop --seoul-learn-progress-bar-color - Fill of progress bars and chart bars. Default: the theme's primary colour.
 * @cssprop --seoul-learn-progress-track-color - Track of progress bars. Default: the theme's alternate surface.
 * @cssprop --seoul-learn-progress-card-background - Background of the cards. Default: the theme's surface.
 * @cssprop --seoul-learn-brand-mark - With `show-brand`: the mark's colour (default: the theme's primary).
 * @cssprop --seoul-learn-brand-on-mark - With `show-brand`: the mark's letter (default: the theme's on-primary).
 * @cssprop --seoul-learn-brand-surface - With `show-brand`: the strip's background (default: the theme's primary subtle).
 * @cssprop --seoul-learn-brand-on-surface - With `show-brand`: the programme name (default: the theme's on-primary-subtle).
 *
 * @fires {CustomEvent<ContinueRequestedDetail>} seoul-learn-continue-requested - Detail `{ courseId, lessonId }`: the learner chose "continue" on a course or a recent lesson (only when no `course-href` is set; with one, it is a real link).
 * @fires {CustomEvent<GoalSavedDetail>} seoul-learn-goal-saved - Detail `{ weeklyGoalMinutes }`: the learner saved a new weekly goal and the data source accepted it.
 * @fires {CustomEvent<CohortExportedDetail>} seoul-learn-cohort-exported - Detail `{ rows }`: the manager downloaded the learner table as CSV.
 */
export class SeoulLearnProgress extends SeoulLearnElement {
  static override styles = progressStyles;

  /** `learner` (default): the learner's dashboard. `cohort`: the programme manager's view of the region's learners. */
  @property({ reflect: true }) view?: ProgressView;

  /**
   * URL template for "continue" links, e.g. `/learn/{courseId}?lesson={lessonId}`. When set,
   * "continue" is a real link (ids URL-encoded); when unset, it is a button that fires
   * `seoul-learn-continue-requested`. Only `http:`/`https:` or relative URLs are used.
   */
  @property({ attribute: 'course-href' }) courseHref?: string;

  /**
   * The level of the element's section headings (2–6, default 3), so that they continue the host
   * page's outline: each course's heading in the learner view is one below (at most 6); in the
   * cohort view this is the title's level and its sections are one below. An invalid value warns
   * once and uses 3.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: HeadingLevel = 3;

  private lastChange?: DataChange['type'];
  /** The learner view's weekly-goal form, made when the learner view's code has loaded. */
  private goal?: LearnerView.WeeklyGoalForm;

  private readonly announcer = new Announcer(this);
  private readonly brand = new LazyPart(
    this,
    () => import('../core/brand.js'),
    (module) => module.brandStyles,
  );
  private readonly loader = new Loader<Loaded>(this, {
    key: () => (this.activeView === 'cohort' ? `cohort|${this.settings.region}` : `learner|${this.settings.learnerId}`),
    source: () => dataSourceOf(this.settings),
    load: (source, signal) => this.load(source, signal),
    concerns: (change) => {
      const mine =
        this.activeView === 'cohort' ? change.type === 'progress' : change.learnerId === this.settings.learnerId;
      if (mine) this.lastChange = change.type;
      return mine && change.type !== 'booking';
    },
    onRefreshed: () => {
      if (this.lastChange === 'progress') this.announcer.announce(this.messages.updated);
    },
  });

  /** The view in use: `view` when valid, else `learner` (with one warning). */
  private get activeView(): ProgressView {
    return enumAttribute(this, 'view', this.view, PROGRESS_VIEWS, 'learner');
  }

  private get level(): HeadingLevel {
    return headingLevel(this, this.headingLevel, 3);
  }

  private get messages(): ShellMessages {
    return shellMessages(this.settings.locale);
  }

  private async load(source: DataSource, signal: AbortSignal): Promise<Loaded> {
    if (this.activeView === 'cohort') {
      // The data is asked for first: its request (or the data source's code) goes out before the view's code.
      const [raw, module] = await Promise.all([
        source.getCohortSummary(this.settings.region, { signal }),
        loadCohort(),
      ]);
      // A cohort's summary can take its data source a long task to compute (the demo data's
      // does). Once something shows (the skeleton, or the view being left), the view is checked
      // and rendered in a task of its own; data at hand for the first frame goes straight to it.
      if (this.hasUpdated || !this.loader.holding) await tick();
      const { summary, fixes } = module.sanitizeCohortSummary(raw, this.now());
      this.warnFixes(fixes);
      const previous = this.loader.value;
      const cohort = previous?.view === 'cohort' ? previous.cohort : new module.CohortView(this);
      return { view: 'cohort', summary, cohort };
    }
    const [raw, module] = await Promise.all([
      source.getLearnerSummary(this.settings.learnerId, { signal }),
      loadLearner(),
    ]);
    const { summary, fixes } = module.sanitizeLearnerSummary(raw, this.now(), module.RECENT_LIMIT);
    this.warnFixes(fixes);
    this.goal ??= new module.WeeklyGoalForm(this, () => ({
      source: dataSourceOf(this.settings),
      learnerId: this.settings.learnerId,
      locale: this.settings.locale,
    }));
    return { view: 'learner', summary, module };
  }

  private warnFixes(fixes: number): void {
    if (fixes > 0) {
      warnOnce(
        this,
        'corrupt-data',
        `<seoul-learn-progress> received invalid data from its data source; ${fixes} value(s) were clamped or skipped.`,
      );
    }
  }

  protected override updated(changed: PropertyValues): void {
    // A view's styles arrive with its code (learners never download the cohort view's), and are
    // adopted once it shows; changing the theme later keeps them (see adoptTheme).
    super.updated(changed);
    const loaded = this.loader.value;
    const root = this.shadowRoot!;
    for (const { styleSheet } of loaded ? (loaded.view === 'learner' ? loaded.module : cohortModule!).viewStyles : []) {
      if (styleSheet && !root.adoptedStyleSheets.includes(styleSheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
      }
    }
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // Another learner or view must not inherit the previous one's goal message.
    if (this.loader.sync()) this.goal?.reset();
    // Loads start here, before anything renders, so that the first render can wait for data
    // already at hand instead of building a skeleton first (see `Loader.holding`). Once
    // something is on screen, a new load shows its skeleton at once: what is shown must never
    // belong to another learner or view, not even for a frame.
    return super.shouldUpdate(changed) && !(this.loader.holding && !this.hasUpdated);
  }

  private readonly onContinue = (event: Event): void => {
    const { course, lesson } = (event.currentTarget as HTMLElement).dataset;
    if (!course || !lesson) return;
    this.dispatchEvent(
      createEvent<ContinueRequestedDetail>('seoul-learn-continue-requested', { courseId: course, lessonId: lesson }),
    );
  };

  private readonly retry = (): void => {
    void this.loader.reload();
    // The retry button goes away with the error: keep focus in the dashboard, not on the page.
    void focusAfterUpdate(this, '.root');
  };

  private body(m: ShellMessages): TemplateResult {
    const { status, value } = this.loader;
    const cohort = this.activeView === 'cohort';
    if (status === 'error') {
      return html`<div class="error" role="alert" part="error">
        <p>
          ${
            this.loader.failure === 'unauthorized'
              ? m.signedOut
              : this.loader.failure === 'forbidden'
                ? m.forbidden
                : cohort
                  ? m.cohortFailed
                  : m.loadFailed
          }
        </p>
        <button class="action" type="button" @click=${this.retry}>${m.retry}</button>
      </div>`;
    }
    if (status === 'loading' || !value) {
      return html`<div class="skeleton" aria-hidden="true">
          <span></span>
          <div class="cards"><span></span><span></span><span></span></div>
          <span></span><span></span><span></span>
        </div>
        <p class="visually-hidden" role="status">${cohort ? m.cohortLoading : m.loading}</p>`;
    }
    const locale = this.settings.locale;
    if (value.view === 'cohort') return value.cohort.render(value.summary, locale, this.level);
    const { summary, module } = value;
    const lm = module.learnerMessages(locale);
    if (module.isEmpty(summary)) return module.emptyView(lm, this.level);
    return module.learnerView({
      summary,
      locale,
      m: lm,
      level: this.level,
      today: module.seoulToday(summary.dailyStudy, new Date(summary.generatedAt)),
      href: (courseId, lessonId) => module.lessonHref(this, this.courseHref, courseId, lessonId),
      onContinue: this.onContinue,
      goal: this.goal!,
    });
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const loading = this.loader.status === 'loading';
    const brand = this.settings.showBrand && this.brand.get()?.brand(this.settings);
    return html`<section
      class="root"
      part="base"
      lang=${this.settings.locale}
      aria-label=${this.activeView === 'cohort' ? m.cohortLabel : m.label}
      aria-busy=${loading ? 'true' : 'false'}
      tabindex="-1"
    >
      ${brand || nothing}${this.announcer.render()} ${this.body(m)}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seoul-learn-continue-requested': CustomEvent<ContinueRequestedDetail>;
    'seoul-learn-goal-saved': CustomEvent<GoalSavedDetail>;
    'seoul-learn-cohort-exported': CustomEvent<CohortExportedDetail>;
  }
}
