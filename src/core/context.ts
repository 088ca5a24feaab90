import { createContext } from '@lit/context';
import type { ProviderSettings } from './settings.js';

/**
 * The context `<seoul-learn-provider>` provides. The key is a registered symbol so that two
 * copies of the library on one page (a CDN build beside an npm build) still find each other.
 */
export const settingsContext = createContext<ProviderSettings>(Symbol.for('seoul-learn.settings'));
