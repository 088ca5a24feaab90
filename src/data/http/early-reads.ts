/**
 * `ApiDataSource`: the API's data source as the elements get it from `apiDataSource`, with the
 * early reads. A chunk of its own, loaded only for an `api-base`, side by side with the HTTP code.
 */
import { DeferredDataSource } from '../deferred-data-source.js';
import type { TokenCallback } from '../../core/settings.js';
import type { FetchFunction } from './request.js';
import type {
  Booking,
  CohortSummary,
  ConsultationKind,
  Course,
  DataSource,
  LearnerSummary,
  LessonProgress,
  RequestOptions,
} from '../types.js';
import { nonEmpty } from '../source-kit.js';
import { normaliseBaseUrl, readPaths, requestInit, requestUrl, type SegmentCheck } from './wire.js';

/** A read started before the HTTP code arrived, waiting for the transport to ask for it. */
interface EarlyRead {
  readonly url: string;
  /** The token it was sent with; `null` when `getToken` failed and nothing was sent. */
  readonly token: Promise<string | undefined | null>;
  readonly response: Promise<Response | null>;
  readonly controller: AbortController;
}

/** A segment check that only says no: the HTTP data source itself names the bad field. */
const checkedSegment: SegmentCheck = (_field, value) => {
  if (!nonEmpty(value)) throw new TypeError('not a path segment');
  return encodeURIComponent(value);
};

/** How `ApiDataSource` loads its implementation and reaches the network (tests replace `fetch`). */
export interface ApiDataSourceSeams {
  /** Makes the `HttpDataSource` with these options, once its code is here. */
  readonly load: (options: {
    baseUrl: string;
    getToken: TokenCallback | undefined;
    fetch: FetchFunction;
  }) => Promise<DataSource>;
  readonly fetch?: FetchFunction;
}

/**
 * The data source of a Seoul Learn API whose `HttpDataSource` loads on first use. The reads an
 * element makes when it first shows (its course and progress, a summary, the consultation kinds,
 * the bookings) do not wait for that code: they go out at once, with the same
 * URL, headers and options the transport uses, and the transport takes their responses when it
 * sends the same request (same URL). Each waits for the transport's first attempt;
 * a failure, a 401 or a time-out is then the transport's to retry as usual, with a request of its
 * own. `getToken` is asked once for the early reads and again, as always, by the transport.
 */
export class ApiDataSource extends DeferredDataSource {
  private readonly early: EarlyRead[] = [];
  private earlyToken?: Promise<string | undefined | null>;
  private readonly baseUrl?: string;
  private readonly fetchEarly: FetchFunction;

  constructor(
    apiBase: string,
    private readonly getToken: TokenCallback | undefined,
    seams: ApiDataSourceSeams,
  ) {
    const fetch: FetchFunction = seams.fetch ?? ((input, init) => globalThis.fetch(input, init));
    super(() =>
      seams.load({
        baseUrl: apiBase,
        getToken,
        fetch: (url, init) => this.take(url, init) ?? fetch(url, init),
      }),
    );
    this.fetchEarly = fetch;
    try {
      this.baseUrl = normaliseBaseUrl(apiBase);
    } catch {
      // Not a URL: no early reads; the HTTP data source fails to start and the elements show why.
    }
  }

  override getCourse(courseId: string, options?: RequestOptions): Promise<Course> {
    return this.read(readPaths.course, [courseId], options, () => super.getCourse(courseId, options));
  }

  override getCourseProgress(learnerId: string, courseId: string, options?: RequestOptions): Promise<LessonProgress[]> {
    return this.read(readPaths.courseProgress, [learnerId, courseId], options, () =>
      super.getCourseProgress(learnerId, courseId, options),
    );
  }

  override getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    return this.read(readPaths.learnerSummary, [learnerId], options, () => super.getLearnerSummary(learnerId, options));
  }

  override getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary> {
    return this.read(readPaths.cohort, [region], options, () => super.getCohortSummary(region, options));
  }

  override listConsultationKinds(options?: RequestOptions): Promise<ConsultationKind[]> {
    return this.read(readPaths.consultationKinds, [], options, () => super.listConsultationKinds(options));
  }

  override listBookings(learnerId: string, options?: RequestOptions): Promise<Booking[]> {
    return this.read(readPaths.bookings, [learnerId], options, () => super.listBookings(learnerId, options));
  }

  /**
   * Calls `call` (the deferred method); before the HTTP code has arrived, also sends its GET now.
   * The early read lives as long as the call: one the transport did not take is cancelled.
   */
  private read<T, A extends unknown[]>(
    path: (segment: SegmentCheck, ...args: A) => string,
    args: A,
    options: RequestOptions | undefined,
    call: () => Promise<T>,
  ): Promise<T> {
    const signal = options?.signal;
    if (this.arrived || signal?.aborted || this.baseUrl === undefined) return call();
    let url: string;
    try {
      url = requestUrl(this.baseUrl, path(checkedSegment, ...args));
    } catch {
      return call(); // an id that is no path segment: the data source rejects it, with nothing sent
    }
    const { getToken } = this;
    const token = (this.earlyToken ??= getToken
      ? Promise.resolve()
          .then(getToken)
          .catch(() => null)
      : Promise.resolve(undefined));
    const controller = new AbortController();
    const response = token.then((value) =>
      value === null ? null : this.fetchEarly(url, requestInit({ method: 'GET' }, value, controller.signal)),
    );
    // Nobody may be waiting for it yet (the caller waits for the transport): a failure here is the transport's to see.
    response.catch(() => undefined);
    const read: EarlyRead = { url, token, response, controller };
    this.early.push(read);
    const cancel = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', cancel, { once: true });
    return call().finally(() => {
      signal?.removeEventListener('abort', cancel);
      this.drop(read);
    });
  }

  /**
   * The response of an early read of `url`, for the transport's `fetch`; undefined when there is
   * none. It went out with a token from the same `getToken`, moments before: a callback that signs
   * a new token on every call gives the transport another one, and the early response is still the
   * answer (a 401 is the transport's to answer with a fresh token, as always). One that went out
   * without a token because `getToken` failed is not: the transport sends its own request.
   */
  private take(url: string, init: RequestInit): Promise<Response> | undefined {
    const read = init.method === 'GET' ? this.early.find((early) => early.url === url) : undefined;
    if (!read) return undefined;
    this.drop(read, false);
    init.signal?.addEventListener('abort', () => read.controller.abort(init.signal?.reason), { once: true });
    return read.token.then((token) =>
      token === null ? this.fetchEarly(url, init) : (read.response as Promise<Response>),
    );
  }

  private drop(read: EarlyRead, cancel = true): void {
    const index = this.early.indexOf(read);
    if (index < 0) return;
    this.early.splice(index, 1);
    if (cancel) read.controller.abort();
  }
}
