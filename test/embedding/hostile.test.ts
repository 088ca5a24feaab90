import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { closePages, doc, openPage, rendered } from './helpers.js';

/** Parts whose look a partner page must not change, per element, and what to compare of each. */
const PARTS: Record<string, string[]> = {
  'seoul-learn-course': [':host', '.outline-title', '.lesson-item', '.lesson-title', '.meta', '.control.play', 'video'],
  'seoul-learn-progress': [':host', '.card', '.figure', '.muted', '[part="bar"]', '.action'],
  'seoul-learn-booking': [':host', '.title', '.choice', '.steps li'],
};
const PROPERTIES = [
  'font-size',
  'line-height',
  'color',
  'background-color',
  'box-sizing',
  'width',
  'height',
  'padding-top',
  'padding-left',
  'border-top-width',
  'display',
] as const;

/** The computed look of every part in PARTS on the page in `frame`. */
async function look(frame: HTMLIFrameElement): Promise<Record<string, Record<string, string>>> {
  await rendered(frame);
  const view = frame.contentWindow!;
  const result: Record<string, Record<string, string>> = {};
  for (const [tag, selectors] of Object.entries(PARTS)) {
    const host = doc(frame).querySelector(tag)!;
    for (const selector of selectors) {
      const el = selector === ':host' ? host : host.shadowRoot!.querySelector(selector);
      if (!el) throw new Error(`no ${selector} in <${tag}>`);
      const style = view.getComputedStyle(el);
      result[`${tag} ${selector}`] = Object.fromEntries(PROPERTIES.map((name) => [name, style.getPropertyValue(name)]));
    }
  }
  return result;
}

describe('a hostile host page (KRDS 62.5% root, `all: unset` and `* { … !important }`)', function () {
  this.timeout(60_000);
  afterEach(closePages);

  it('changes nothing inside the elements: sizes and colours equal those on a clean page', async () => {
    const hostile = await openPage('hostile.html');
    // The page's rules are in force around the elements.
    const h1 = doc(hostile).querySelector('h1')!;
    expect(hostile.contentWindow!.getComputedStyle(h1).color).to.equal('rgb(255, 0, 0)');
    const hostileLook = await look(hostile);
    closePages();
    const clean = await openPage('cdn.html');
    const cleanLook = await look(clean);
    expect(hostileLook).to.deep.equal(cleanLook);
  });
});
