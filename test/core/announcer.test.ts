import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../../src/core/announcer.js';

class AnnouncerHost extends LitElement {
  readonly announcer = new Announcer(this);
  override render() {
    return html`<p>Status</p>
      ${this.announcer.render()}`;
  }
}
customElements.define('test-announcer-host', AnnouncerHost);

const region = (el: AnnouncerHost): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;

/** The texts the live region shows, in order, from now on. */
function watch(el: AnnouncerHost): string[] {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region(el).textContent!.trim();
    if (texts.at(-1) !== text) texts.push(text);
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return texts;
}

describe('Announcer', () => {
  it('renders the region empty first when a message comes with it, then says the message', async () => {
    const el = document.createElement('test-announcer-host') as AnnouncerHost;
    el.announcer.announce('Course loaded');
    document.body.append(el);
    await el.updateComplete;
    expect(region(el).textContent!.trim(), 'created empty').to.equal('');
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => region(el).textContent!.trim() === 'Course loaded', 'the message goes in');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says the same message again by emptying the region first', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const texts = watch(el);
    el.announcer.announce('Saved');
    await waitUntil(() => texts.at(-1) === 'Saved');
    el.announcer.announce('Saved');
    await waitUntil(() => texts.length === 3);
    expect(texts).to.deep.equal(['Saved', '', 'Saved']);
    await expect(el).to.be.accessible();
  });

  it('clear() empties the region and drops a message still waiting', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    el.announcer.announce('Booked');
    await waitUntil(() => region(el).textContent!.trim() === 'Booked');
    el.announcer.clear();
    await el.updateComplete;
    expect(region(el).textContent!.trim(), 'emptied').to.equal('');
    el.announcer.announce('Cancelled');
    el.announcer.clear();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(region(el).textContent!.trim(), 'the waiting message never goes in').to.equal('');
  });

  it('keeps only the newest of messages said in a row', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const texts = watch(el);
    el.announcer.announce('Lesson 1');
    el.announcer.announce('Lesson 2');
    await waitUntil(() => texts.at(-1) === 'Lesson 2');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(texts).to.deep.equal(['Lesson 2']);
  });
});
