import { css, html, nothing, type TemplateResult } from 'lit';
import { PROGRAMS } from '../themes/generated/brand.js';
import type { Region } from '../themes/index.js';
import type { Locale } from './i18n.js';

/**
 * The brand strip's styles; add them to an element's `static styles` next to its own.
 *
 * The mark is drawn from tokens, not an image: the programme's first syllable (서, 충, 평, 김, 인, 태)
 * on the region's colour, in the region's shape (`--seoul-learn-brand-mark-radius`). Six inline
 * SVG logos would cost every element about 2 KB, and a lazily loaded `<img>` would flash in late
 * and need `img-src` on the host's policy; this costs a few dozen bytes and follows every scheme.
 * The SVG logos stay available for host pages in `themes/logos/`.
 *
 * Host knobs (set on the element or any ancestor), each defaulting to the region's colours:
 * `--seoul-learn-brand-mark`, `--seoul-learn-brand-on-mark`, `--seoul-learn-brand-surface`,
 * `--seoul-learn-brand-on-surface`.
 */
export const brandStyles = css`
  .brand {
    --_brand-mark: var(--seoul-learn-brand-mark, var(--seoul-learn-color-primary));
    --_brand-on-mark: var(--seoul-learn-brand-on-mark, var(--seoul-learn-color-on-primary));
    --_brand-surface: var(--seoul-learn-brand-surface, var(--seoul-learn-color-primary-subtle));
    --_brand-on-surface: var(--seoul-learn-brand-on-surface, var(--seoul-learn-color-on-primary-subtle));
    --_brand-radius: var(--seoul-learn-brand-mark-radius);
    --_brand-card-radius: var(--seoul-learn-radius-card);
    --_brand-gap: var(--seoul-learn-space-2);
    --_brand-weight: var(--seoul-learn-font-weight-heading);
    display: flex;
    align-items: center;
    gap: var(--_brand-gap);
    margin: 0 0 var(--_brand-gap);
    padding: var(--_brand-gap) calc(var(--_brand-gap) * 1.5);
    background: var(--_brand-surface);
    color: var(--_brand-on-surface);
    border-bottom: 3px solid var(--_brand-mark);
    border-radius: var(--_brand-card-radius) var(--_brand-card-radius) 0 0;
    font-weight: var(--_brand-weight);
    line-height: 1.3;
  }
  .brand-mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border: 1px solid transparent;
    border-radius: var(--_brand-radius);
    background: var(--_brand-mark);
    color: var(--_brand-on-mark);
    font-size: 0.875em;
  }
  /* Forced colours drop backgrounds: the transparent border becomes the mark's outline and the
     strip keeps its rule. */
  @media (forced-colors: active) {
    .brand {
      border-bottom-color: CanvasText;
    }
  }
`;

/** What the brand strip needs from an element's resolved settings. */
export interface BrandSettings {
  readonly region: Region;
  readonly locale: Locale;
  readonly showBrand: boolean;
}

/**
 * The brand strip, `part="brand"`: the region's programme name (서울런 / Seoul Learn …) with its
 * mark, or nothing unless the element or its provider has `show-brand`. Put it first in an
 * element's template: `${brand(this.settings)}`, with {@link brandStyles} in its styles.
 */
export function brand({ region, locale, showBrand }: BrandSettings): TemplateResult | typeof nothing {
  if (!showBrand) return nothing;
  const [ko, en] = PROGRAMS[region];
  return html`<div part="brand" class="brand">
    <span class="brand-mark" aria-hidden="true">${ko.charAt(0)}</span>
    <span lang=${locale}>${locale === 'ko' ? ko : en}</span>
  </div>`;
}
