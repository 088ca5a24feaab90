import { html, type TemplateResult } from 'lit';
import '../../src/define.js';
import { REGIONS, REGION_META } from '../../src/themes/index.js';

/** The course every region's player shows, so that only the theme differs. */
const COURSE_ID = 'elem-math-fractions';

/**
 * Every element in every region, side by side (the toolbar's region first): one column per region, each a provider with
 * `show-brand` around the course player, the dashboard and the booking. Locale, contrast and
 * scheme come from an enclosing provider (Storybook's toolbar), which the regional providers
 * inherit because they set only their region.
 */
export function sixRegions(locale: 'ko' | 'en' = 'ko', first?: string): TemplateResult {
  const regions = [...REGIONS].sort((a, b) => Number(b === first) - Number(a === first));
  return html`<div
    style="display: grid; grid-template-columns: repeat(${regions.length}, minmax(360px, 1fr)); gap: 24px; align-items: start; overflow-x: auto; padding-block-end: 8px;"
  >
    ${regions.map((region) => {
      const meta = REGION_META[region];
      return html`<section aria-labelledby=${`six-${region}`} style="min-width: 0;">
        <h2 id=${`six-${region}`} style="font-size: 1.125em; margin: 0 0 8px;">
          ${meta.programName[locale]} · ${meta.regionName[locale]}
        </h2>
        <seoul-learn-provider region=${region} show-brand>
          <div style="display: grid; gap: 16px;">
            <seoul-learn-course course-id=${COURSE_ID} heading-level="3"></seoul-learn-course>
            <seoul-learn-progress heading-level="3"></seoul-learn-progress>
            <seoul-learn-booking heading-level="3"></seoul-learn-booking>
          </div>
        </seoul-learn-provider>
      </section>`;
    })}
  </div>`;
}
