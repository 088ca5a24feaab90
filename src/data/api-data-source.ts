import { DeferredDataSource } from './deferred-data-source.js';
import type { TokenCallback } from '../core/settings.js';
import type { DataSource } from './types.js';

const instances = new Map<string, WeakMap<object, DataSource>>();
const NO_TOKEN = {};

/**
 * The page-wide data source for a Seoul Learn API at `apiBase`: an `HttpDataSource` that loads on
 * first use, so an element that names an `api-base` carries no HTTP code in its initial JavaScript.
 * Elements with the same base and token callback share one instance, and with it one progress
 * outbox and one change feed.
 */
export function apiDataSource(apiBase: string, getToken?: TokenCallback): DataSource {
  let byToken = instances.get(apiBase);
  if (!byToken) instances.set(apiBase, (byToken = new WeakMap()));
  let source = byToken.get(getToken ?? NO_TOKEN);
  if (!source) {
    source = new DeferredDataSource(() =>
      // What the HTTP data source imports (its checks, with valibot, and idb for its outbox) is
      // asked for side by side with it, not one round trip after it arrives.
      Promise.all([import('./http/http-data-source.js'), import('./progress-updates.js'), import('idb')]).then(
        ([{ HttpDataSource }]) => new HttpDataSource({ baseUrl: apiBase, getToken }),
      ),
    );
    byToken.set(getToken ?? NO_TOKEN, source);
  }
  return source;
}
