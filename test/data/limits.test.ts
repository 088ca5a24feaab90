import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { ProgressEventsBodySchema, ProgressUpdateSchema, SentIdSchema } from '../../src/data/http/schemas.js';
import {
  EARLIEST_INSTANT,
  MAX_CLOCK_AHEAD_MS,
  MAX_ID_LENGTH,
  MAX_MEDIA_SEC,
  MAX_PROGRESS_EVENTS,
  MAX_SEGMENTS_PER_EVENT,
  MAX_STUDY_SEC_PER_EVENT,
} from '../../src/data/limits.js';
import { invalidProgressFields } from '../../src/data/progress-updates.js';
import type { ProgressUpdate } from '../../src/data/types.js';

const NOW = new Date('2026-12-01T00:00:00.000Z');

const report = (overrides: Partial<Record<keyof ProgressUpdate, unknown>> = {}): ProgressUpdate =>
  ({
    id: 'event-1',
    learnerId: 'learner-limits',
    courseId: 'elem-math-fractions',
    lessonId: 'elem-math-fractions-1-1',
    positionSec: 10,
    durationSec: 16,
    watchedSegments: [[0, 10]],
    studySec: 10,
    completed: false,
    at: NOW.toISOString(),
    ...overrides,
  }) as ProgressUpdate;

/** The fields `invalidProgressFields` names for one report, on the clock `NOW`. */
const badFields = (overrides: Partial<Record<keyof ProgressUpdate, unknown>>) =>
  invalidProgressFields([report(overrides)], NOW);

describe('the contract limits in the shared request schemas', () => {
  describe('ids', () => {
    it(`take 1 to ${MAX_ID_LENGTH} characters, any script, not only white space`, () => {
      for (const id of ['a', 'learner-42', '서울런-학습자', ' padded ', 'x'.repeat(MAX_ID_LENGTH)]) {
        expect(v.is(SentIdSchema, id), JSON.stringify(id)).to.equal(true);
      }
      for (const id of ['', ' ', '\u3000', 'x'.repeat(MAX_ID_LENGTH + 1)]) {
        expect(v.is(SentIdSchema, id), JSON.stringify(id)).to.equal(false);
      }
    });

    it('refuse control characters anywhere: C0, DEL and C1', () => {
      for (const id of ['a\u0000', '\u0000', 'a\nb', 'a\tb', 'a\rb', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\u009fb']) {
        expect(v.is(SentIdSchema, id), JSON.stringify(id)).to.equal(false);
      }
    });

    it('are refused in every id field of a report, by name', () => {
      const fields = badFields({
        id: 'a\u0000',
        learnerId: 'x'.repeat(MAX_ID_LENGTH + 1),
        courseId: '\n',
        lessonId: '',
      });
      expect(fields).to.deep.equal([
        'updates[0].id',
        'updates[0].learnerId',
        'updates[0].courseId',
        'updates[0].lessonId',
      ]);
    });
  });

  describe('the instant of a report', () => {
    it('is ISO 8601 in UTC as Date#toISOString writes it, or without milliseconds', () => {
      for (const at of [NOW.toISOString(), '2026-12-01T00:00:00Z', '2026-12-01T00:00:00.5Z', EARLIEST_INSTANT]) {
        expect(badFields({ at }), at).to.deep.equal([]);
      }
    });

    it('refuses other spellings, years before 2020, expanded years and days that do not exist', () => {
      const refused = [
        '1',
        '2026-12-01',
        '2026-12-01 00:00:00Z',
        '2026-12-01T09:00:00+09:00',
        '2026-12-01T00:00:00.123456Z',
        '2026-12-01T24:00:00Z',
        '2019-12-31T23:59:59.999Z',
        '0001-01-01T00:00:00.000Z',
        '+275760-09-13T00:00:00.000Z',
        '2026-02-30T00:00:00.000Z',
        '2026-13-01T00:00:00.000Z',
        1764547200000,
      ];
      for (const at of refused) expect(badFields({ at }), String(at)).to.deep.equal(['updates[0].at']);
    });

    it(`may lie up to ${MAX_CLOCK_AHEAD_MS / 3_600_000} hours ahead of the server's clock, not more`, () => {
      const edge = new Date(NOW.getTime() + MAX_CLOCK_AHEAD_MS).toISOString();
      const past = new Date(NOW.getTime() + MAX_CLOCK_AHEAD_MS + 1).toISOString();
      expect(badFields({ at: edge })).to.deep.equal([]);
      expect(badFields({ at: past })).to.deep.equal(['updates[0].at']);
      // Without a server clock (the demo source, a client checking its own reports) it is not judged.
      expect(invalidProgressFields([report({ at: past })])).to.deep.equal([]);
    });
  });

  describe('numbers and lists', () => {
    it(`bound media seconds by ${MAX_MEDIA_SEC} and study by ${MAX_STUDY_SEC_PER_EVENT} per report`, () => {
      expect(badFields({ positionSec: MAX_MEDIA_SEC, durationSec: MAX_MEDIA_SEC, studySec: MAX_STUDY_SEC_PER_EVENT }))
        .to.be.empty;
      expect(
        badFields({ positionSec: MAX_MEDIA_SEC + 1, durationSec: Infinity, studySec: MAX_STUDY_SEC_PER_EVENT + 1 }),
      ).to.deep.equal(['updates[0].positionSec', 'updates[0].durationSec', 'updates[0].studySec']);
    });

    it(`take at most ${MAX_SEGMENTS_PER_EVENT} segments a report, each in order and within bounds`, () => {
      const segments = (n: number) => Array.from({ length: n }, (_, i) => [i, i + 0.5]);
      expect(badFields({ watchedSegments: segments(MAX_SEGMENTS_PER_EVENT) })).to.be.empty;
      expect(badFields({ watchedSegments: segments(MAX_SEGMENTS_PER_EVENT + 1) })).to.deep.equal([
        'updates[0].watchedSegments',
      ]);
      expect(badFields({ watchedSegments: [[5, 2]] })).to.deep.equal(['updates[0].watchedSegments']);
      expect(badFields({ watchedSegments: [[0, MAX_MEDIA_SEC + 1]] })).to.deep.equal([
        'updates[0].watchedSegments[0][1]',
      ]);
      expect(badFields({ watchedSegments: [[3, 3]] }), 'an empty segment is harmless').to.be.empty;
    });

    it(`take 1 to ${MAX_PROGRESS_EVENTS} events a request`, () => {
      const events = (n: number) => Array.from({ length: n }, (_, i) => report({ id: `e-${i}` }));
      expect(v.is(ProgressEventsBodySchema, { events: events(MAX_PROGRESS_EVENTS) })).to.equal(true);
      expect(v.is(ProgressEventsBodySchema, { events: events(MAX_PROGRESS_EVENTS + 1) })).to.equal(false);
      expect(v.is(ProgressEventsBodySchema, { events: [] })).to.equal(false);
    });

    it('keep accepting the completed hint either way', () => {
      expect(v.is(ProgressUpdateSchema, report({ completed: true, watchedSegments: [] }))).to.equal(true);
      expect(v.is(ProgressUpdateSchema, report({ completed: false }))).to.equal(true);
    });
  });
});
