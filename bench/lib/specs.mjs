// What "rendered" means on each bench page: `npm run bench` and the trace scripts time the same thing.

/**
 * What "rendered" means on each page (see lib/probe.mjs for the rule they all go through).
 * The two sides of a comparison ask for the same things: the same five player controls and a
 * ready poster; a form's controls laid out; the same DOM (checked) with every section shown.
 */
export const SPECS = {
  '/bench/pages/course.html': {
    video: 'video.main',
    parts: [
      ['.controls .play', 1],
      ['.controls .seek', 1],
      ['.controls .time', 1],
      ['.controls .mute', 1],
      ['.controls .bar > button:last-of-type', 1],
    ],
  },
  '/bench/pages/media-chrome.html': {
    video: 'video',
    parts: [
      ['media-play-button', 1],
      ['media-time-range', 1],
      ['media-time-display', 1],
      ['media-mute-button', 1],
      ['media-fullscreen-button', 1],
    ],
  },
  // The first step: the three kinds of consultation as buttons.
  '/bench/pages/booking.html': { parts: [['[part~="choice"]', 3]] },
  // Opened on the calendar (kind and consultant preselected): the month's day buttons, at least
  // one of them bookable (the slots have loaded).
  '/bench/pages/booking-calendar.html': {
    parts: [
      ['[part~="calendar"]', 1],
      ['[part~="day"]', 28],
      ['[part~="day"]:not([aria-disabled])', 1],
    ],
  },
  '/bench/pages/shoelace.html': {
    parts: [
      ['sl-input', 2],
      ['sl-select', 1],
      ['sl-textarea', 1],
      ['sl-checkbox', 1],
      ['sl-button', 1],
    ],
  },
  '/bench/pages/progress-cohort.html': { allShown: 'section.root[aria-busy="false"] section' },
  '/bench/pages/plain-cohort.html': { allShown: 'section.root[aria-busy="false"] section' },
  '/bench/pages/progress-learner.html': { allShown: 'section.root[aria-busy="false"] section' },
  '/bench/pages/progress-cohort-api.html': { allShown: 'section.root[aria-busy="false"] section' },
  '/bench/pages/progress-learner-api.html': { allShown: 'section.root[aria-busy="false"] section' },
  '/bench/pages/plain-learner.html': { allShown: 'section.root[aria-busy="false"] section' },
};
