import { DeferredDataSource } from './deferred-data-source.js';
import type { TokenCallback } from '../core/settings.js';
import type { DataSource } from './types.js';

const instances = new Map<string, WeakMap<object, DataSource>>();
const NO_TOKEN = {};

/**
 * What the HTTP data source imports (its checks, with valibot, and idb for its outbox), asked for
 * side by side with it, not one round trip after it arrives.
 */
const importHttp = () =>
  Promise.all([import('./http/http-data-source.js'), import('./progress-updates.js'), import('idb')]).then(
    ([{ HttpDataSource }]) => HttpDataSource,
  );

/**
 * The page-wide data source for a Seoul Learn API at `apiBase`. Its code loads on first use, so an
 * element that names an `api-base` carries no HTTP code in its initial JavaScript: first the small
 * `ApiDataSource` (`http/early-reads.ts`), which sends the first reads at once, and beside it the
 * `HttpDataSource` that then takes their responses. Elements with the same base and token callback
 * share one instance, and with it one progress outbox and one change feed.
 */
export function apiDataSource(apiBase: string, getToken?: TokenCallback): DataSource {
  let byToken = instances.get(apiBase);
  if (!byToken) instances.set(apiBase, (byToken = new WeakMap()));
  let source = byToken.get(getToken ?? NO_TOKEN);
  if (!source) {
    source = new DeferredDataSource(() => {
      // The early reads first, so that they go out as soon as possible; the HTTP code is asked for
      // now too, and the first load uses it (a retry after a failed load asks again).
      const early = import('./http/early-reads.js');
      let http: ReturnType<typeof importHttp> | undefined = importHttp();
      return early.then(
        ({ ApiDataSource }) =>
          new ApiDataSource(apiBase, getToken, {
            load: (options) => {
              const modules = http ?? importHttp();
              http = undefined;
              return modules.then((HttpDataSource) => new HttpDataSource(options));
            },
          }),
      );
    });
    byToken.set(getToken ?? NO_TOKEN, source);
  }
  return source;
}
