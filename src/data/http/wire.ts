/**
 * What a request to the API looks like on the wire: the base URL, the paths of the reads and a
 * request's `fetch` options. Shared by `HttpTransport` and by the early reads of `apiDataSource`,
 * which start before the HTTP code has loaded and must ask for exactly what the transport then
 * asks for. Free of imports, so that the early reads' chunk waits for nothing else.
 */

/** Checks one path segment and percent-encodes it; throws when the value cannot be one. */
export type SegmentCheck = (field: string, value: unknown) => string;

/** The paths of the reads an element makes when it first shows, below the base URL (a booking is made at `bookings` too). */
export const readPaths = {
  course: (segment: SegmentCheck, courseId: unknown) => `/courses/${segment('courseId', courseId)}`,
  courseProgress: (segment: SegmentCheck, learnerId: unknown, courseId: unknown) =>
    `/learners/${segment('learnerId', learnerId)}/courses/${segment('courseId', courseId)}/progress`,
  learnerSummary: (segment: SegmentCheck, learnerId: unknown) => `/learners/${segment('learnerId', learnerId)}/summary`,
  cohort: (segment: SegmentCheck, region: unknown) => `/regions/${segment('region', region)}/cohort`,
  consultationKinds: () => '/consultation-kinds',
  bookings: (segment: SegmentCheck, learnerId: unknown) => `/learners/${segment('learnerId', learnerId)}/bookings`,
} as const;

/** The URL of `path` (and `query`) below a normalised base URL. */
export function requestUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

/** `baseUrl` resolved and without query, fragment or trailing slash. Throws `TypeError` when it is not a URL. */
export function normaliseBaseUrl(baseUrl: string): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') throw new TypeError('HttpDataSource: baseUrl is required');
  const documentBase = typeof document === 'undefined' ? undefined : document.baseURI;
  const url = new URL(baseUrl.trim(), documentBase);
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

/** What one request needs besides its URL. */
export interface WireRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly body?: unknown;
  readonly keepalive?: boolean | undefined;
}

/**
 * The `fetch` options of a request: JSON accepted, the bearer token when there is one, a JSON
 * body, no cookies (the API authorizes by token alone) and no HTTP cache (progress and slots
 * change under the learner).
 */
export function requestInit(request: WireRequest, token: string | undefined, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    method: request.method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    credentials: 'omit',
    cache: 'no-store',
    keepalive: request.keepalive ?? false,
    signal,
  };
}
