/**
 * The operations of the Seoul Learn API (see `api/openapi.yaml`), each a thin HTTP shell around
 * the demo data source's logic running on the SQLite store. What the server adds itself:
 * request checks, the `Idempotency-Key` fingerprint (a key reused for a different request is a
 * 422) and the audit of received progress events, each in the same transaction as the change.
 */
import type { IncomingMessage } from 'node:http';
import type { LocalDemoDataSource } from '../../src/data/demo/demo-data-source.js';
import { CONSULTATION_KINDS, type Applicant, type ConsultationKindId, type Course } from '../../src/data/types.js';
import { HttpProblem, idempotencyConflict, validation } from './problems.js';
import {
  bookingBody,
  fingerprint,
  idempotencyKey,
  progressEvents,
  requireId,
  rescheduleSlotId,
  weeklyGoalMinutes,
} from './request.js';
import type { SqliteStore } from './sqlite-store.js';

/** What a route answers: a status and, unless it is 204, a JSON body. */
export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
}

/** Everything a route handler gets. */
export interface RouteContext {
  readonly request: IncomingMessage;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body (undefined when there was none). */
  readonly body: unknown;
  /** Absolute base URL (ending in `/`) that lesson media URLs should start with. */
  readonly mediaBase: string;
}

export type Method = 'GET' | 'POST' | 'PUT';

export interface Route {
  /** The path template, e.g. `/courses/{courseId}`; also what the access log prints. */
  readonly template: string;
  readonly methods: Partial<Record<Method, (context: RouteContext) => Promise<RouteResult>>>;
}

/** What the routes need from the server. */
export interface RouteDeps {
  readonly data: LocalDemoDataSource;
  readonly store: SqliteStore;
  readonly now: () => Date;
  /** Prefix of the lesson media URLs the data source produces, replaced by the request's media base. */
  readonly mediaMarker: string;
  /** Key of the idempotency fingerprints. */
  readonly secret: Buffer;
}

const ok = (body: unknown): RouteResult => ({ status: 200, body });
const noContent: RouteResult = { status: 204 };

/** Field names of the data source's checks, as the client sent them. */
const renameEventField = (field: string) => field.replace(/^updates\[/, 'events[');
const renameRescheduleField = (field: string) =>
  field === 'newSlotId' ? 'slotId' : field === 'idempotencyKey' ? 'Idempotency-Key' : field;

const BOOKING_FIELDS = new Set(['slotId', 'learnerId']);
/** The data source names applicant fields bare (`phone`); in the request they sit under `applicant`. */
const renameBookingField = (field: string) =>
  field === 'idempotencyKey' ? 'Idempotency-Key' : BOOKING_FIELDS.has(field) ? field : `applicant.${field}`;

/** Routes whose data-source errors name fields differently from the request; see `problemFromError`. */
export const FIELD_RENAMES: ReadonlyMap<string, (field: string) => string> = new Map([
  ['/progress-events', renameEventField],
  ['/learners/{learnerId}/bookings', renameBookingField],
  ['/learners/{learnerId}/bookings/{bookingId}/reschedule', renameRescheduleField],
]);

/** A deep copy of `value` whose strings starting with `marker` start with `base` instead. */
function rebase<T>(value: T, marker: string, base: string): T {
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return node.startsWith(marker) ? base + node.slice(marker.length) : node;
    if (Array.isArray(node)) return node.map(visit);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, visit(item)]));
    }
    return node;
  };
  return visit(value) as T;
}

export function createRoutes({ data, store, now, mediaMarker, secret }: RouteDeps): Route[] {
  const learner = (params: Readonly<Record<string, string>>) => requireId(params.learnerId!, 'learnerId');

  /**
   * Runs a keyed write in one transaction with the `Idempotency-Key` checks: the key used before
   * for a different request (`print`) is a 422; `replay` says whether it was used before at all.
   */
  const idempotent = <T>(learnerId: string, key: string, print: string, write: () => Promise<T>) =>
    store.transaction(async () => {
      const known = store.fingerprint(learnerId, key);
      if (known !== undefined && known !== print) throw new HttpProblem(idempotencyConflict());
      const replay = store.peek('idempotency', [learnerId, key]) !== undefined;
      const value = await write();
      if (!replay) store.setFingerprint(learnerId, key, print, now().toISOString());
      return { value, replay };
    });

  return [
    { template: '/courses', methods: { GET: async () => ok(await data.listCourses()) } },
    {
      template: '/courses/{courseId}',
      methods: {
        GET: async ({ params, mediaBase }) =>
          ok(rebase<Course>(await data.getCourse(params.courseId!), mediaMarker, mediaBase)),
      },
    },
    {
      template: '/learners/{learnerId}/courses/{courseId}/progress',
      methods: {
        GET: async ({ params }) =>
          ok(await data.getCourseProgress(learner(params), requireId(params.courseId!, 'courseId'))),
      },
    },
    {
      template: '/progress-events',
      methods: {
        POST: async ({ body }) => {
          const events = progressEvents(body, now());
          // The receipts commit with the progress they carried, or not at all.
          await store.transaction(async () => {
            await data.saveProgress(events);
            store.addReceipts(
              events.map((event) => event.id),
              now().toISOString(),
            );
          });
          return noContent;
        },
      },
    },
    {
      template: '/learners/{learnerId}/summary',
      methods: { GET: async ({ params }) => ok(await data.getLearnerSummary(learner(params))) },
    },
    {
      template: '/learners/{learnerId}/weekly-goal',
      methods: {
        PUT: async ({ params, body }) => {
          await data.setWeeklyGoal(learner(params), weeklyGoalMinutes(body));
          return noContent;
        },
      },
    },
    {
      template: '/regions/{region}/cohort',
      methods: { GET: async ({ params }) => ok(await data.getCohortSummary(requireId(params.region!, 'region'))) },
    },
    { template: '/consultation-kinds', methods: { GET: async () => ok(await data.listConsultationKinds()) } },
    {
      template: '/consultants',
      methods: {
        GET: async ({ query }) => {
          const kind = query.get('kind') ?? undefined;
          if (kind !== undefined && !CONSULTATION_KINDS.includes(kind as ConsultationKindId)) {
            throw new HttpProblem(validation(['kind']));
          }
          return ok(await data.listConsultants(kind as ConsultationKindId | undefined));
        },
      },
    },
    {
      template: '/slots',
      methods: {
        GET: async ({ query }) => {
          const consultantId = query.get('consultantId');
          return ok(
            await data.listSlots({
              kind: (query.get('kind') ?? '') as ConsultationKindId,
              from: query.get('from') ?? '',
              to: query.get('to') ?? '',
              ...(consultantId ? { consultantId } : {}),
            }),
          );
        },
      },
    },
    {
      template: '/holidays',
      methods: {
        GET: async ({ query }) => ok(await data.listHolidays(query.get('from') ?? '', query.get('to') ?? '')),
      },
    },
    {
      template: '/learners/{learnerId}/bookings',
      methods: {
        GET: async ({ params }) => ok(await data.listBookings(learner(params))),
        POST: async ({ request, params, body }) => {
          const learnerId = learner(params);
          const key = idempotencyKey(request);
          const { slotId: slot, fields } = bookingBody(body);
          const print = fingerprint(secret, { operation: 'create', body: fields });
          const { value, replay } = await idempotent(learnerId, key, print, () =>
            data.createBooking({
              slotId: slot,
              learnerId,
              applicant: fields.applicant as Applicant,
              idempotencyKey: key,
            }),
          );
          return { status: replay ? 200 : 201, body: value };
        },
      },
    },
    {
      template: '/learners/{learnerId}/bookings/{bookingId}/cancel',
      methods: {
        POST: async ({ params }) =>
          ok(await data.cancelBooking(learner(params), requireId(params.bookingId!, 'bookingId'))),
      },
    },
    {
      template: '/learners/{learnerId}/bookings/{bookingId}/reschedule',
      methods: {
        POST: async ({ request, params, body }) => {
          const learnerId = learner(params);
          const bookingId = requireId(params.bookingId!, 'bookingId');
          const key = idempotencyKey(request);
          const slot = rescheduleSlotId(body);
          const print = fingerprint(secret, { operation: 'reschedule', bookingId, slotId: slot });
          const { value } = await idempotent(learnerId, key, print, () =>
            data.rescheduleBooking(learnerId, bookingId, slot, key),
          );
          return ok(value);
        },
      },
    },
  ];
}

/** The route whose template matches `path`, with its decoded parameters. */
export function matchRoute(
  routes: readonly Route[],
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  const parts = path.split('/').slice(1);
  for (const route of routes) {
    const template = route.template.split('/').slice(1);
    if (template.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matched = template.every((segment, i) => {
      const part = parts[i]!;
      if (segment.startsWith('{')) {
        if (part === '') return false;
        try {
          params[segment.slice(1, -1)] = decodeURIComponent(part);
        } catch {
          return false;
        }
        return true;
      }
      return segment === part;
    });
    if (matched) return { route, params };
  }
  return undefined;
}
