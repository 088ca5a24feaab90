import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { PROBLEM_TYPES } from '../../../src/data/http/problem-types.js';
import { MAX_PROGRESS_EVENTS, WEEKLY_GOAL_RANGE } from '../../../src/data/limits.js';
import type { ProgressUpdate } from '../../../src/data/types.js';
import { applicant } from '../../../src/testing/kit.js';
import { api, freshServer, serverClock } from './api.js';

/** The raw answer of the reference server to one JSON request. */
async function send(
  baseUrl: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; problem: { type?: string; fields?: string[] } }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await api.token('learner-checks')}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, problem: text ? JSON.parse(text) : {} };
}

describe('the reference server checks request bodies with the client schemas', function () {
  this.timeout(20_000);
  let baseUrl: string;
  let event: ProgressUpdate;
  beforeEach(async () => {
    baseUrl = await freshServer();
    const at = (await serverClock())().toISOString();
    event = {
      id: 'event-1',
      learnerId: 'learner-checks',
      courseId: 'elem-math-fractions',
      lessonId: 'l1',
      positionSec: 1,
      durationSec: 16,
      watchedSegments: [[0, 1]],
      studySec: 1,
      completed: false,
      at,
    };
  });

  it('names every bad field of every progress event, down to the field of the event', async () => {
    const bad = { ...event, positionSec: -1, watchedSegments: [[0, 'x']], at: '2026-12-01 noon', id: '  ' };
    const { status, problem } = await send(baseUrl, 'POST', '/progress-events', { events: [event, bad, 7] });
    expect(status).to.equal(400);
    expect(problem.type).to.equal(PROBLEM_TYPES.validation);
    expect(problem.fields).to.deep.equal([
      'events[1].id',
      'events[1].positionSec',
      'events[1].watchedSegments',
      'events[1].at',
      'events[2]',
    ]);
  });

  it('refuses an empty body, an empty batch and one over the events limit', async () => {
    expect((await send(baseUrl, 'POST', '/progress-events', null)).problem.fields).to.deep.equal(['body']);
    expect((await send(baseUrl, 'POST', '/progress-events', { events: [] })).problem.fields).to.deep.equal(['events']);
    const many = Array.from({ length: MAX_PROGRESS_EVENTS + 1 }, (_, i) => ({ ...event, id: `e-${i}` }));
    const { status, problem } = await send(baseUrl, 'POST', '/progress-events', { events: many });
    expect(status).to.equal(400);
    expect(problem.fields).to.deep.equal(['events']);
  });

  it('accepts weekly goals exactly within the shared range', async () => {
    const path = '/learners/learner-checks/weekly-goal';
    for (const minutes of [WEEKLY_GOAL_RANGE.min, WEEKLY_GOAL_RANGE.max]) {
      expect((await send(baseUrl, 'PUT', path, { minutes })).status, String(minutes)).to.equal(204);
    }
    for (const minutes of [WEEKLY_GOAL_RANGE.min - 1, WEEKLY_GOAL_RANGE.max + 1, 60.5, '60']) {
      const { status, problem } = await send(baseUrl, 'PUT', path, { minutes });
      expect(status, String(minutes)).to.equal(400);
      expect(problem.fields).to.deep.equal(['minutes']);
    }
  });

  it('names a blank slot first and leaves the applicant to the applicant rules', async () => {
    const path = '/learners/learner-checks/bookings';
    const blank = await send(baseUrl, 'POST', path, { slotId: ' ', applicant }, { 'Idempotency-Key': 'k-1' });
    expect(blank.problem.fields).to.deep.equal(['slotId']);
    const wrong = { ...applicant, grade: '2', phone: '12', consent: false };
    const refused = await send(
      baseUrl,
      'POST',
      path,
      { slotId: 'any', applicant: wrong },
      { 'Idempotency-Key': 'k-2' },
    );
    expect(refused.status).to.equal(400);
    expect(refused.problem.fields).to.deep.equal(['applicant.grade', 'applicant.phone', 'applicant.consent']);
  });
});
