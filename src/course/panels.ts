import { css, html, nothing, type TemplateResult } from 'lit';
import { formatClock, formatNumber } from '../core/format.js';
import { heading, type HeadingLevel } from '../core/headings.js';
import { localize, type Locale } from '../core/i18n.js';
import type { Lesson, Transcript } from '../data/types.js';
import type { CourseMessages } from './messages.js';

/** The cue playing at `time`, or -1. */
const activeCue = (transcript: Transcript | undefined, time: number): number =>
  transcript ? transcript.cues.findIndex((cue) => cue.start <= time && time < cue.end) : -1;

/** The transcript that matches the showing captions, else the interface language, else the first. */
function chooseTranscript(lesson: Lesson, captionLang: string, locale: Locale): Transcript | undefined {
  const { transcripts } = lesson;
  return (
    transcripts.find((t) => t.lang === captionLang) ?? transcripts.find((t) => t.lang === locale) ?? transcripts[0]
  );
}

/**
 * Keeps the playing cue of the transcript `list` in view inside the panel, without scrolling the
 * page, when it changed since `last`. The scroll waits for the next frame: measuring the cue
 * right after a render would make the browser lay the page out an extra time.
 * @returns the index of the playing cue, to pass as `last` next time.
 */
export function followCue(list: HTMLElement | null, last: number): number {
  if (!list) return last;
  const index = Array.from(list.querySelectorAll('.cue')).findIndex(
    (cue) => cue.getAttribute('aria-current') === 'true',
  );
  if (index === last) return last;
  const item = list.children[index] as HTMLElement | undefined;
  if (item) {
    requestAnimationFrame(() => {
      if (item.isConnected) list.scrollTop = Math.max(0, item.offsetTop - list.clientHeight / 3);
    });
  }
  return index;
}

/**
 * The transcript of a video lesson, in the language of the showing captions (else the interface's,
 * else the first): every cue is a button that seeks to it; the cue playing at `time` is marked.
 */
export function renderTranscript(
  lesson: Lesson,
  playing: { readonly captionLang: string; readonly currentTime: number },
  locale: Locale,
  m: CourseMessages,
  level: HeadingLevel,
  onSeek: (time: number) => void,
): TemplateResult | typeof nothing {
  const transcript = lesson.kind === 'video' ? chooseTranscript(lesson, playing.captionLang, locale) : undefined;
  if (!transcript?.cues.length) return nothing;
  const active = activeCue(transcript, playing.currentTime);
  return html`<section class="panel transcript" part="transcript" aria-labelledby="transcript-title">
    ${heading(level, 'panel-title', m.transcript, { id: 'transcript-title' })}
    <ol class="cues" lang=${transcript.lang}>
      ${transcript.cues.map(
        (cue, index) =>
          html`<li>
            <button
              type="button"
              class="cue"
              aria-current=${index === active ? 'true' : 'false'}
              @click=${() => onSeek(cue.start)}
            >
              <span class="cue-time">${formatClock(cue.start)}</span>
              <span class="cue-text">${cue.text}</span>
            </button>
          </li>`,
      )}
    </ol>
  </section>`;
}

/** The lesson's materials, each opening in a new tab. */
export function renderMaterials(
  lesson: Lesson,
  locale: Locale,
  m: CourseMessages,
  level: HeadingLevel,
): TemplateResult | typeof nothing {
  if (!lesson.materials.length) return nothing;
  return html`<section class="panel materials" aria-labelledby="materials-title">
    ${heading(level, 'panel-title', m.materials, { id: 'materials-title' })}
    <ul class="material-list">
      ${lesson.materials.map((material) => {
        const title = localize(material.title, locale);
        const size = material.sizeBytes
          ? ` · ${formatNumber(Math.max(1, Math.round(material.sizeBytes / 1024)), locale)} KB`
          : '';
        return html`<li>
          <a href=${material.href} target="_blank" rel="noopener noreferrer">
            <span lang=${title.lang === locale ? nothing : title.lang}>${title.value}</span>
            <span class="visually-hidden">${m.newTab}</span>
          </a>
          <span class="meta">${m[material.type]}${size}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The transcript and materials panels: part of the course's details, with their templates. */
export const panelDetailStyles = css`
  .panel {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-lg);
    padding: var(--_s3);
  }
  .cues {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 12em;
    overflow-y: auto;
  }
  .cue {
    font: inherit;
    width: 100%;
    min-height: 44px;
    display: flex;
    gap: var(--_s3);
    align-items: baseline;
    text-align: start;
    padding: var(--_s2);
    border: 0;
    border-inline-start: 4px solid transparent;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .cue[aria-current='true'] {
    background: var(--_subtle);
    color: var(--_on-subtle);
    border-inline-start-color: var(--_primary);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .cue-time {
    color: inherit;
    font-variant-numeric: tabular-nums;
  }
  .material-list {
    margin: 0;
    padding-inline-start: var(--_s4);
    display: grid;
    gap: var(--_s2);
  }
  /* A link alone on its line is a target: at least 24 px tall (WCAG 2.5.8). */
  .material-list a {
    display: inline-block;
    padding-block: 0.25em;
  }
`;
