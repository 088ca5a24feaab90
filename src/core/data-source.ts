import { apiDataSource } from '../data/api-data-source.js';
import { defaultDataSource } from '../data/demo-data-source.js';
import type { DataSource } from '../data/types.js';
import type { SettingsController } from './settings-controller.js';

/**
 * The data source an element works with: its own `dataSource`, else the Seoul Learn API at its
 * own `api-base`, else the provider's data source, else the API at the provider's `api-base`,
 * else the shared built-in demo data on the element's clock. The provider's `getToken` goes only
 * to the provider's API.
 *
 * Apart from the settings controller because only the elements that show data need it: the
 * provider passes settings on and never loads anything, so its download leaves this out.
 */
export function dataSourceOf(settings: SettingsController): DataSource {
  const { host, inherited: provided } = settings;
  const base = host.apiBase || (!provided?.dataSource && provided?.apiBase);
  return (
    host.dataSource ??
    (base
      ? apiDataSource(base, base === provided?.apiBase ? provided.getToken : undefined)
      : (provided?.dataSource ?? defaultDataSource(settings.clock)))
  );
}
