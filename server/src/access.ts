/**
 * What a verified caller may do, decided before any route runs: a learner reads and writes only
 * their own data (the `{learnerId}` of the path, a `learnerId` in the body, the `learnerId` of every
 * progress event), a cohort belongs to the managers of its region, and the catalogue (courses,
 * consultation kinds, consultants, slots, holidays) is open to anyone signed in.
 */
import { REGIONS } from '../../src/themes/generated/tokens.js';
import type { Principal } from './identity.js';
import { forbidden, notFound, type Problem } from './problems.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every learner a request body speaks for: its own `learnerId` and that of each progress event. */
function learnersIn(body: unknown): unknown[] {
  if (!isRecord(body)) return [];
  const named: unknown[] = 'learnerId' in body ? [body.learnerId] : [];
  if (Array.isArray(body.events)) {
    for (const event of body.events) if (isRecord(event) && 'learnerId' in event) named.push(event.learnerId);
  }
  return named;
}

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
  const learner = params.learnerId;
  if (learner !== undefined && learner !== who.sub) return forbidden("another learner's data");
  if (learnersIn(body).some((named) => named !== who.sub)) return forbidden("another learner's data");
  return undefined;
}
