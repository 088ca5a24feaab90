import { expect, fixture, html } from '@open-wc/testing';
import { icon } from '../../src/core/icons.js';
import { check, playerPlayFilled, settings } from '../../src/core/generated/icons.js';

/** The drawn paths of a Tabler SVG file, read by the browser's own parser (not the generator's regexps). */
async function tablerPaths(file: string): Promise<string> {
  const text = await (await fetch(`/node_modules/@tabler/icons/icons/${file}`)).text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  return [...doc.querySelectorAll('path')]
    .filter((p) => p.getAttribute('stroke') !== 'none')
    .map((p) => p.getAttribute('d'))
    .join('');
}

describe('icons', () => {
  it('carry the path data of the @tabler/icons files they come from', async () => {
    expect(check.d).to.equal(await tablerPaths('outline/check.svg'));
    expect(settings.d).to.equal(await tablerPaths('outline/settings.svg'));
    expect(playerPlayFilled.d).to.equal(await tablerPaths('filled/player-play.svg'));
    expect(playerPlayFilled.filled).to.equal(true);
  });

  it('are hidden from screen readers unless they carry meaning, then they are a named image', async () => {
    const el = await fixture<HTMLElement>(
      html`<p><button>${icon(check)} 저장</button> <span>${icon(settings, '설정')}</span></p>`,
    );
    const [plain, named] = el.querySelectorAll('svg');
    expect(plain!.getAttribute('aria-hidden')).to.equal('true');
    expect(plain!.hasAttribute('role')).to.equal(false);
    expect(named!.getAttribute('role')).to.equal('img');
    expect(named!.getAttribute('aria-label')).to.equal('설정');
    expect(named!.hasAttribute('aria-hidden')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
