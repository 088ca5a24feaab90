import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { focusAfterUpdate } from '../core/focus.js';
import { formatClock } from '../core/clock-format.js';
import { LazyPart } from '../core/lazy-part.js';
import { below, heading, type HeadingLevel } from '../core/headings.js';
import { localize } from '../core/i18n.js';
import type { Locale } from '../core/i18n.js';
import type { Course, Lesson, LessonProgress } from '../data/types.js';
import { panelStyles } from './course.styles.js';
import type { HlsEngine, LoadState } from './course.types.js';
import { openingLesson } from './course-loader.js';
import type * as Details from './course-details.js';
import type { OutlineController } from './course-details.js';
import { LessonController, lessonsOf, nextLesson } from './lesson-controller.js';
import { MediaController } from './media-controller.js';
import type { MediaFact } from './media-state.js';
import type * as External from './external.js';
import type { CourseMessages } from './messages.js';
import { BONES, renderLayout } from './layout.js';
import { renderEnded, renderResume } from './notices.js';
import { renderProblem } from './states.js';
import { HelpController } from './shortcuts.js';
import { PLAYER_START, renderPlayer } from './player.js';
import { playerStyles } from './player.styles.js';
import { PlayerUi } from './player-ui.js';

/** The styles of a loaded course: player, panels and outline (the skeleton's are the element's own). */
export const viewStyles = css`
  ${playerStyles}
  ${panelStyles}
`;

/** Loads the details' module; they render in a task after the one that evaluates it. */
const loadDetails = (): Promise<typeof Details> =>
  import('./course-details.js').then((module) => new Promise((resolve) => setTimeout(() => resolve(module))));

/** What the course view reads from its element, always current. */
export interface CourseViewOptions {
  readonly loadState: () => LoadState;
  readonly locale: () => Locale;
  readonly messages: () => CourseMessages;
  /** The lesson the host asks for (`lesson-id`), if any. */
  readonly lessonId: () => string | undefined;
  readonly threshold: () => number;
  readonly shortcutsOn: () => boolean;
  readonly autoplayNext: () => boolean;
  readonly level: () => HeadingLevel;
  readonly hls: () => HlsEngine;
  readonly clock: () => Date;
  readonly announce: (text: string) => void;
  /**
   * Loads a part that comes after the player, the details or the link-out card, with `load` (a test
   * holds a part back, or makes it fail).
   */
  readonly loadPart: <M>(part: 'details' | 'external', load: () => Promise<M>) => Promise<M>;
}

/**
 * Everything `<seoul-learn-course>` shows once a course has loaded: the layout with its outline,
 * the player or link-out card, the resume and lesson-ended notices, transcript and materials, and
 * the controllers behind them (media, lessons and their progress, outline, shortcuts). Its module
 * loads while the course's data does, so the element's first download is only its skeleton. The
 * player shows first: the outline, transcript, materials and lesson count (course-details.ts)
 * load once its first frame has painted, their skeleton's bones holding their places till then.
 */
export class CourseView {
  private currentId: string | undefined;
  private atEnd = false;
  private lastCue = -1;

  private readonly ui: PlayerUi;
  private readonly external: LazyPart<typeof External>;
  private readonly media: MediaController;
  private readonly lessons: LessonController;
  private readonly help: HelpController;
  /** The outline, transcript, materials and lesson count: their code loads once the player has shown. */
  private readonly details: LazyPart<typeof Details>;
  private outline: OutlineController | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: CourseViewOptions,
  ) {
    this.ui = new PlayerUi(host);
    this.external = new LazyPart(
      host,
      () => options.loadPart('external', () => import('./external.js')),
      (module) => module.externalStyles,
    );
    this.media = new MediaController(host, {
      target: () => {
        const lesson = this.lesson;
        return lesson && { lesson, engine: options.hls(), locale: options.locale() };
      },
      report: (fact) => this.onFact(fact),
      // Said aloud as well as shown in the resume notice's place.
      resumeFailed: (at) => options.announce(options.messages().resumeFailed(formatClock(at))),
    });
    this.lessons = new LessonController(host, {
      media: this.media,
      threshold: options.threshold,
      clock: options.clock,
      completed: (lesson, courseDone) => {
        const m = options.messages();
        options.announce(courseDone ? m.courseDone : m.lessonDone(localize(lesson.title, options.locale()).value));
      },
    });
    this.help = new HelpController(host, {
      enabled: options.shortcutsOn,
      request: (request) => this.media.request(request),
    });
    this.details = new LazyPart(
      host,
      () => options.loadPart('details', loadDetails),
      (module) => module.detailStyles,
    );
  }

  /** The details' module once it is there, with the outline's controller made. */
  private get detailsModule(): typeof Details | undefined {
    const module = this.details.module;
    if (module && !this.outline) {
      this.outline = new module.OutlineController(this.host, {
        course: () => this.course,
        select: (lessonId) => this.selectLesson(lessonId),
      });
      if (this.currentId) this.outline.current(this.currentId);
    }
    return module;
  }

  /**
   * The details' code, and the lesson account's (see {@link LessonController}), start loading
   * after the frame that first shows the player has been painted, so that nothing of theirs comes
   * before it.
   */
  private loadDetailsAfterPaint(): void {
    void this.host.updateComplete.then(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.lessons.start();
          if (!this.details.module) void this.loadDetails();
        }),
      ),
    );
  }

  /** Loads the details; a failure shows in their place (see {@link renderDetailsProblem}). */
  private loadDetails(): Promise<unknown> {
    const again = this.details.failed;
    return this.details.ready().catch(
      // A retry that fails again leaves the alert as it was, which is not read again: say it.
      () => again && this.options.announce(this.options.messages().detailsFailed),
    );
  }

  /**
   * Tries the details' code again. The problem and its button stay until they are there, so that
   * focus does not fall to the page; then focus moves to the outline's current lesson.
   */
  private readonly retryDetails = (): void => {
    void this.loadDetails().then(() => {
      if (this.details.module) void focusAfterUpdate(this.host, '.lesson-item[aria-selected="true"], .lesson-item');
    });
  };

  /**
   * Tries the link-out card's code again; the problem stays until it is there, then focus moves
   * to the card's link. A retry that fails again is said again.
   */
  private readonly retryExternal = (): void =>
    void this.external.ready().then(
      () => focusAfterUpdate(this.host, PLAYER_START),
      () => this.options.announce(this.options.messages().network),
    );

  /** In the outline's place when the details' code could not load: what happened, and a retry. */
  private renderDetailsProblem(m: CourseMessages): TemplateResult {
    return html`<div class="problem details-problem" role="alert">
      <p>${m.detailsFailed}</p>
      <button class="button" type="button" @click=${this.retryDetails}>${m.retry}</button>
    </div>`;
  }

  private get course(): Course | undefined {
    const load = this.options.loadState();
    return load.status === 'ready' ? load.course : undefined;
  }

  private get lesson(): Lesson | undefined {
    const course = this.course;
    return course && lessonsOf(course).find((lesson) => lesson.id === this.currentId);
  }

  /** A new load begins: the open lesson's view ends, and what failed to save goes out through its own source. */
  starting(previous: LoadState): void {
    this.end();
    if (previous.status === 'ready') this.lessons.flush(previous.source);
    this.currentId = undefined;
  }

  /** The course and the learner's progress arrived: opens the asked-for lesson, or the first not completed. */
  loaded(course: Course, progress: readonly LessonProgress[]): void {
    this.lessons.load(progress);
    const lessons = lessonsOf(course);
    // The link-out card's code loads with a course that has such a lecture, before it is opened.
    if (lessons.some((lesson) => lesson.kind === 'external')) this.external.get();
    const first = openingLesson(course, progress, this.options.lessonId());
    if (first) {
      this.openLesson(first.id);
      this.outline?.current(first.id);
    }
    this.loadDetailsAfterPaint();
  }

  /** `lesson-id` changed on a loaded course: a lesson the course does not have leaves the open one as it is. */
  lessonIdChanged(): void {
    const lessonId = this.options.lessonId();
    if (lessonId && lessonId !== this.currentId) this.openLesson(lessonId);
  }

  /** Saves and closes the open lesson's view (lesson change, new load, removal). */
  end(): void {
    this.lessons.end();
    this.media.detach();
  }

  /** After each render: the transcript follows the current cue. */
  updated(): void {
    const details = this.details.module;
    if (details) this.lastCue = details.followCue(this.host.renderRoot.querySelector('.cues'), this.lastCue);
  }

  /** Switches to a lesson: saves and closes the previous view, and resumes where the learner stopped. */
  private openLesson(lessonId: string, play = false): void {
    const load = this.options.loadState();
    const course = this.course;
    const lesson = course && lessonsOf(course).find((item) => item.id === lessonId);
    if (!course || !lesson || load.status !== 'ready') return;
    this.end();
    const resume = this.lessons.open({ course, lesson, source: load.source, learnerId: load.learnerId });
    this.currentId = lessonId;
    this.atEnd = false;
    this.lastCue = -1;
    this.media.load(resume, play);
    this.host.requestUpdate();
  }

  /** A lesson the learner chose in the outline or from the "next lesson" offer. */
  private selectLesson(lessonId: string, play = false): void {
    this.outline?.current(lessonId);
    if (lessonId === this.currentId) return;
    this.openLesson(lessonId, play);
    const lesson = this.lesson;
    if (lesson)
      this.options.announce(this.options.messages().nowPlaying(localize(lesson.title, this.options.locale()).value));
  }

  /** "Start over" in the resume notice, which goes away: focus moves to the player. */
  private readonly startOver = () => {
    this.media.request({ type: 'seek', time: 0 });
    void focusAfterUpdate(this.host, PLAYER_START);
  };

  /** "Try again" in the notice that a resume failed: the notice stays, saying how it went. */
  private readonly retryResume = () => this.media.retryResume();

  /** Facts come only from the open video lesson's video, which has a lesson view. */
  private onFact(fact: MediaFact): void {
    this.lessons.fact(fact);
    // However it started (a key, a media key, the next lesson playing by itself), the controls
    // show and then rest.
    if (fact.type === 'play') this.ui.wake();
    if (fact.type === 'play' && this.atEnd) {
      this.atEnd = false;
      this.host.requestUpdate();
    }
    if (fact.type === 'ended') this.onEnded(this.lesson!);
  }

  private onEnded(lesson: Lesson): void {
    this.atEnd = true;
    this.host.requestUpdate();
    const next = nextLesson(this.course!, lesson);
    if (next && this.options.autoplayNext()) {
      this.selectLesson(next.id, true);
      return;
    }
    const m = this.options.messages();
    const title = next && localize(next.title, this.options.locale()).value;
    this.options.announce(title ? `${m.ended} ${m.next(title)}` : m.ended);
  }

  render(course: Course): TemplateResult {
    const lesson = this.lesson;
    const level = this.options.level();
    const locale = this.options.locale();
    const m = this.options.messages();
    const details = this.detailsModule;
    const outline = this.outline;
    const parts =
      details && outline
        ? {
            meta: details.renderMeta(course, locale, m),
            outline: details.renderOutline({
              course,
              level: below(level),
              locale,
              m,
              currentId: this.currentId,
              tabKey: outline.tabKey(course),
              collapsed: outline.collapsed,
              statusOf: (item) => details.lessonStatus(this.lessons.recordOf(item.id), item.durationSec),
              onKeydown: outline.onKeydown,
              onLesson: (id) => this.selectLesson(id),
              onChapter: (id) => outline.toggle(id),
            }),
          }
        : this.details.failed
          ? { meta: nothing, outline: this.renderDetailsProblem(m) }
          : BONES;
    return renderLayout(level, course, locale, m, lesson ? this.renderLesson(lesson) : nothing, parts);
  }

  private renderLesson(lesson: Lesson): TemplateResult {
    const locale = this.options.locale();
    const m = this.options.messages();
    const title = localize(lesson.title, locale);
    const done = this.lessons.records.get(lesson.id)?.completed ?? false;
    const level = this.options.level();
    const head = heading(below(level), 'lesson-heading', title.value, {
      lang: title.lang === locale ? nothing : title.lang,
    });
    return html`${head}
    ${
      lesson.kind === 'external'
        ? this.external.failed
          ? renderProblem(m.network, m, this.retryExternal)
          : this.external.get()?.renderExternal(lesson, done, locale, m, {
              onOpen: () => this.lessons.openedExternal(),
              onDone: () => {
                this.lessons.markDone(lesson);
                this.atEnd = true;
                this.host.requestUpdate();
                // The button goes away: focus what replaces it, the lesson-ended notice.
                void focusAfterUpdate(this.host, '.ended');
              },
            })
        : this.renderPlayer(lesson, m)
    }
    ${
      this.media.resumedFrom > 0
        ? renderResume(this.media.resumedFrom, m, this.startOver)
        : this.media.resumeFailedAt > 0
          ? renderResume(this.media.resumeFailedAt, m, this.retryResume, 'failed')
          : this.media.resuming > 0
            ? renderResume(this.media.resuming, m, this.startOver, 'pending')
            : nothing
    }
    ${
      this.atEnd
        ? renderEnded(nextLesson(this.course!, lesson), this.lessons.allDone(this.course!), locale, m, (id) => {
            this.selectLesson(id, true);
            void focusAfterUpdate(this.host, PLAYER_START);
          })
        : nothing
    }
    ${this.renderPanels(lesson)}`;
  }

  /** The transcript and materials, or their bones until their code is there. */
  private renderPanels(lesson: Lesson): unknown {
    const details = this.details.module;
    if (!details && this.details.failed) return nothing;
    if (!details) {
      // The skeleton's bones where the lesson has a transcript and materials.
      const transcript = lesson.kind === 'video' && lesson.transcripts.some((item) => item.cues.length);
      return html`${transcript ? html`<div class="bone transcript-bone"></div>` : nothing}
      ${lesson.materials.length ? html`<div class="bone materials-bone"></div>` : nothing}`;
    }
    const locale = this.options.locale();
    const m = this.options.messages();
    const level = below(this.options.level(), 2);
    return html`${details.renderTranscript(lesson, this.media.state, locale, m, level, (time) =>
      this.media.request({ type: 'seek', time }),
    )}
    ${details.renderMaterials(lesson, locale, m, level)}`;
  }

  private renderPlayer(lesson: Lesson, m: CourseMessages): TemplateResult {
    return renderPlayer({
      state: this.media.state,
      lesson,
      locale: this.options.locale(),
      m,
      panelLevel: below(this.options.level(), 2),
      mediaKey: this.media.key,
      ui: this.ui,
      shortcutsOn: this.options.shortcutsOn(),
      canPip: document.pictureInPictureEnabled ?? false,
      request: (request) => this.media.request(request),
      onHelp: this.help.open,
      onHelpClosed: this.help.onClosed,
      help: this.help.module,
      onKeydown: this.help.onKeydown,
      onTrackError: (track) => this.media.dropCaptions(track),
      onRetry: () => {
        this.media.retry();
        void focusAfterUpdate(this.host, '.course');
      },
    });
  }
}
