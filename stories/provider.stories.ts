import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, within } from 'storybook/test';
import '../src/provider/provider.define.js';
import type { SeoulLearnProvider } from '../src/provider/provider.js';
import '../src/define.js';
import { REGIONS, themeTokens, type Region } from '../src/themes/index.js';
import { computedColor, rendered } from './play-helpers.js';

interface ProviderArgs {
  region?: string;
  locale?: string;
  contrast?: string;
  scheme?: string;
  'show-brand'?: boolean;
  'learner-id'?: string;
}

/**
 * `<seoul-learn-provider>` shares region, language, contrast, scheme, brand, learner and data source with every
 * Seoul Learn element inside it, and applies the region theme as custom properties that
 * everything inside (the page's own markup too) can use. Unset attributes follow the toolbar.
 */
const meta: Meta<ProviderArgs> = {
  title: 'Elements/Provider',
  component: 'seoul-learn-provider',
  argTypes: {
    region: { control: 'select', options: [undefined, ...REGIONS] },
    locale: { control: 'inline-radio', options: [undefined, 'ko', 'en'] },
    contrast: { control: 'inline-radio', options: [undefined, 'normal', 'high'] },
    scheme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'show-brand': { control: 'boolean' },
    'learner-id': { control: 'text' },
  },
  render: (args) => html`
    <seoul-learn-provider
      region=${ifDefined(args.region)}
      locale=${ifDefined(args.locale)}
      contrast=${ifDefined(args.contrast)}
      scheme=${ifDefined(args.scheme)}
      ?show-brand=${args['show-brand'] ?? false}
      learner-id=${ifDefined(args['learner-id'])}
    >
      <article
        style="border: 1px solid var(--seoul-learn-color-border); border-radius: var(--seoul-learn-radius-lg); padding: var(--seoul-learn-space-6); background: var(--seoul-learn-color-surface); color: var(--seoul-learn-color-on-surface); font-family: var(--seoul-learn-font-family);"
      >
        <h2 style="margin-top: 0; color: var(--seoul-learn-color-primary)">서울런과 함께 공부해요</h2>
        <p style="color: var(--seoul-learn-color-on-surface-muted)">
          이 카드는 호스트 페이지의 마크업입니다. 제공자가 정한 테마 토큰(CSS 사용자 정의 속성)을 그대로 씁니다.
        </p>
        <button
          type="button"
          style="font: inherit; padding: 8px 16px; border-radius: var(--seoul-learn-radius-md); border: 0; background: var(--seoul-learn-color-primary); color: var(--seoul-learn-color-on-primary)"
        >
          강의 시작하기
        </button>
      </article>
    </seoul-learn-provider>
  `,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** Follows the toolbar's region, locale and contrast. */
export const FollowsToolbar: Story = {};

/**
 * Attributes on a nested provider override the toolbar's (here: Gimpo in English). The
 * interaction test checks that the page's own button takes Gimpo's primary colour, and Taebaek's
 * once the page sets `region="taebaek"`.
 */
export const GimpoInEnglish: Story = {
  args: { region: 'gimpo', locale: 'en' },
  play: async ({ canvasElement, step }) => {
    const provider = await rendered<SeoulLearnProvider>(canvasElement, 'seoul-learn-provider[region="gimpo"]');
    const button = within(canvasElement).getByRole('button', { name: '강의 시작하기' });
    const primary = (region: Region) => computedColor(themeTokens(region, 'normal')['--seoul-learn-color-primary']);

    await step("The page's markup takes Gimpo's primary colour", async () => {
      await provider.updateComplete;
      await expect(getComputedStyle(button).backgroundColor).toBe(primary('gimpo'));
    });

    await step('The page switches the provider to Taebaek', async () => {
      await expect(primary('taebaek')).not.toBe(primary('gimpo'));
      provider.setAttribute('region', 'taebaek');
      await provider.updateComplete;
      await expect(getComputedStyle(button).backgroundColor).toBe(primary('taebaek'));
    });
  },
};

/** The high-contrast variant (KRDS 선명한 화면 모드) of Taebaek. */
export const TaebaekHighContrast: Story = { args: { region: 'taebaek', contrast: 'high' } };

/** The dark scheme of Chungbuk, with the brand strip on every element inside. */
export const ChungbukDarkWithBrand: Story = {
  args: { region: 'chungbuk', scheme: 'dark', 'show-brand': true },
  render: (args) => html`
    <seoul-learn-provider
      region=${ifDefined(args.region)}
      scheme=${ifDefined(args.scheme)}
      ?show-brand=${args['show-brand']}
    >
      <seoul-learn-progress heading-level="2"></seoul-learn-progress>
    </seoul-learn-provider>
  `,
};

/**
 * A region the package does not ship, from a token document: here the URL of a same-origin JSON
 * file in the shape of `themes/tokens/regions/<id>.json` (Suwon, brick red), set as `tokens`.
 * Everything inside, the page's own markup too, takes its colours; the brand strip its name.
 */
export const SuwonFromATokenDocument: Story = {
  render: () => html`
    <seoul-learn-provider tokens=${new URL('../test/provider/fixtures/suwon.json', import.meta.url).href} show-brand>
      <button
        type="button"
        style="font: inherit; padding: 8px 16px; border-radius: var(--seoul-learn-radius-control); border: 0; background: var(--seoul-learn-color-primary); color: var(--seoul-learn-color-on-primary)"
      >
        강의 시작하기
      </button>
      <seoul-learn-progress heading-level="2"></seoul-learn-progress>
    </seoul-learn-provider>
  `,
  play: async ({ canvasElement, step }) => {
    const provider = await rendered<SeoulLearnProvider>(canvasElement, 'seoul-learn-provider');
    const button = within(canvasElement).getByRole('button', { name: '강의 시작하기' });
    await step("The page's markup takes the document's primary colour", async () => {
      const suwon = computedColor('#8c2f39');
      for (let i = 0; i < 100 && getComputedStyle(button).backgroundColor !== suwon; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await provider.updateComplete;
      }
      await expect(getComputedStyle(button).backgroundColor).toBe(suwon);
    });
  },
};
