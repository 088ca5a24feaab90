/**
 * What a verified caller may do, decided before any route runs: a learner reads and writes only
 * their own data (the `{learnerId}` of the path, a `learnerId` in the body, the `learnerId` of every
 * progress event), a cohort belongs to the managers of its region, and the catalogue (courses,
 * consultation kinds, consultants, slots, holidays) is open to anyone signed in.
 */
import * as v from 'valibot';
import { SentIdSchema } from '../../src/data/http/schemas.js';
import { REGIONS } from '../../src/themes/generated/tokens.js';
import type { Principal } from './identity.js';
import { forbidden, notFound, validation, type Problem } from './problems.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every learner a request body speaks for, with the field that names them: its own `learnerId` and that of each progress event. */
function learnersIn(body: unknown): [field: string, learner: unknown][] {
  if (!isRecord(body)) return [];
  const named: [string, unknown][] = 'learnerId' in body ? [['learnerId', body.learnerId]] : [];
  if (Array.isArray(body.events)) {
    body.events.forEach((event, i) => {
      if (isRecord(event) && 'learnerId' in event) named.push([`events[${i}].learnerId`, event.learnerId]);
    });
  }
  return named;
}

const validId = (value: unknown) => v.is(SentIdSchema, value);

/**
 * A problem when `who` may not make this request, else undefined.
 * @param template - The matched route's path template, e.g. `/regions/{region}/cohort`.
 * @param params - The path's parameters, decoded.
 * @param body - The parsed JSON body, if any.
 */
export function denied(
  template: string,
  params: Readonly<Record<string, string>>,
  body: unknown,
  who: Principal,
): Problem | undefined {
  if (template === '/regions/{region}/cohort') {
    const region = params.region ?? '';
    if (!(REGIONS as readonly string[]).includes(region)) return notFound('no such region');
    return who.role === 'manager' && who.regions.includes(region)
      ? undefined
      : forbidden('the cohort of a region is for the managers of that region');
  }
  // An id that is no id is a bad request whoever asks; a valid one that is not the caller's, forbidden.
  const named: [string, unknown][] = [
    ...(params.learnerId === undefined ? [] : [['learnerId', params.learnerId] as [string, unknown]]),
    ...learnersIn(body),
  ];
  const malformed = named.filter(([, learner]) => !validId(learner)).map(([field]) => field);
  if (malformed.length > 0) return validation(malformed);
  if (named.some(([, learner]) => learner !== who.sub)) return forbidden("another learner's data");
  return undefined;
}
