// A scripted `fetch` for the HttpDataSource unit tests, and small valid API bodies.
import type { Course, CourseSummary, ProgressUpdate } from '../../../src/data/types.js';

/** One request the fake received. */
export interface FetchCall {
  readonly url: string;
  readonly init: RequestInit;
  readonly method: string;
  readonly headers: Headers;
  /** The JSON body, parsed; `undefined` without a body. */
  readonly body: unknown;
}

/** What the fake does with a request: a response, a dropped connection, or no answer until aborted. */
export type Answer = Response | 'drop' | 'hang';

/** Decides the answer to call number `index` (0-based). */
export type Responder = (call: FetchCall, index: number) => Answer | Promise<Answer>;

/** A fake `fetch` and the calls it received. */
export function fakeFetch(responder: Responder) {
  const calls: FetchCall[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const call: FetchCall = {
      url,
      init,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;
    const answer = await responder(call, calls.length - 1);
    if (answer === 'drop') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      // Like the real fetch: pending until the signal aborts, then rejecting with its reason.
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    return answer;
  };
  return { fetch, calls };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** An RFC 9457 problem response. */
export function problem(status: number, type: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: `urn:seoul-learn:problem:${type}`, title: type, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A proxy's HTML error page. */
export function html(status: number): Response {
  return new Response('<!doctype html><title>Bad gateway</title><h1>502 Bad Gateway</h1>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });
}

export const noContent = (): Response => new Response(null, { status: 204 });

export const BASE = 'https://api.example.test/seoul-learn/v1';

const text = (ko: string) => ({ ko, en: ko });

export const SUMMARY: CourseSummary = {
  id: 'course-1',
  title: text('국어 읽기'),
  description: text('설명'),
  schoolLevel: 'elementary',
  grades: [3, 4],
  subject: 'korean',
  instructor: text('김선생'),
  lessonCount: 3,
  totalDurationSec: 1800,
};

const lesson = (n: number) => ({
  id: `lesson-${n}`,
  title: text(`${n}강`),
  kind: 'video' as const,
  durationSec: 600,
  media: [{ src: `https://media.example.test/${n}.mp4`, type: 'video/mp4' }],
  captions: [],
  transcripts: [],
  chapterMarks: [],
  materials: [],
});

export const COURSE: Course = {
  ...SUMMARY,
  chapters: [{ id: 'chapter-1', title: text('1단원'), lessons: [lesson(1), lesson(2), lesson(3)] }],
};

/** A learner id distinctive enough to search URLs and warnings for. */
export const LEARNER = 'learner-http-probe-4471';

export function update(id: string, lessonId = 'lesson-1'): ProgressUpdate {
  return {
    id,
    learnerId: LEARNER,
    courseId: 'course-1',
    lessonId,
    positionSec: 30,
    durationSec: 600,
    watchedSegments: [[20, 30]],
    studySec: 10,
    completed: false,
    at: '2026-12-01T00:00:00.000Z',
  };
}

export const BOOKING = {
  id: 'booking-1',
  learnerId: LEARNER,
  slotId: 'slot-1',
  kind: 'mentoring',
  consultantId: 'consultant-1',
  start: '2026-12-03T07:30:00.000Z',
  durationMin: 30,
  mode: 'online',
  status: 'confirmed',
  createdAt: '2026-12-01T00:00:00.000Z',
} as const;

/** Distinctive personal data, easy to search URLs for. */
export const APPLICANT = {
  name: '홍길순테스트',
  schoolLevel: 'high',
  grade: 2,
  phone: '010-9876-5432',
  email: 'hong.privacy-probe@example.org',
  guardianAttending: true,
  guardianName: '홍보호자테스트',
  guardianPhone: '010-5555-7777',
  question: '비밀 질문 XQZ-7731',
  consent: true,
} as const;
