import type { Clock } from '../data/clock.js';
import type { DataSource } from '../data/types.js';
import { REGIONS, type Region } from '../themes/generated/tokens.js';
import { SCHEMES, type Scheme } from '../themes/modes.js';
import { LOCALES, type Locale } from './locales.js';

export const CONTRASTS = ['normal', 'high'] as const;
/** `normal` or `high` (KRDS 선명한 화면 모드); unset follows `prefers-contrast: more`. */
export type Contrast = (typeof CONTRASTS)[number];

export { SCHEMES, type Scheme };

/** A callback that returns a bearer token for the Seoul Learn API. Never an attribute. */
export type TokenCallback = () => Promise<string>;

/** What a `<seoul-learn-provider>` shares with the elements inside it. */
export interface ProviderSettings {
  readonly region: Region;
  readonly locale: Locale;
  /** `undefined` follows the user's `prefers-contrast` setting. */
  readonly contrast: Contrast | undefined;
  /** `light` or `dark`; `undefined` follows the user's `prefers-color-scheme` setting. */
  readonly scheme: Scheme | undefined;
  /** Whether the elements inside show the programme's brand strip. */
  readonly showBrand: boolean;
  readonly apiBase: string | undefined;
  readonly learnerId: string | undefined;
  readonly dataSource: DataSource | undefined;
  readonly getToken: TokenCallback | undefined;
  /** Where the elements inside take "now" from; `undefined`: the system clock. */
  readonly clock: Clock | undefined;
}

/** The learner id used when neither the element nor a provider names one (the demo learner). */
export const DEFAULT_LEARNER_ID = 'demo-learner';
export const DEFAULT_REGION: Region = 'seoul';

/** The valid values of each shared attribute, for validation and for the warning that names them. */
export const SETTING_VALUES = {
  region: REGIONS,
  locale: LOCALES,
  contrast: CONTRASTS,
  scheme: SCHEMES,
} as const;
