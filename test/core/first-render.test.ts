import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/provider.define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import { PENDING_STATE } from '../../src/core/base-element.js';
import { type SettingsProbe } from '../helpers/probe-element.js';
import '../helpers/probe-element.js';

/** Lets every microtask run, without letting a task in between. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

const rendered = (el: Element): boolean => (el.shadowRoot?.childElementCount ?? 0) > 0;

describe('first render in a task of its own', () => {
  it('an element keeps :state(pending) until its first render, which comes in a later task', async () => {
    const el = document.createElement('sl-settings-probe') as SettingsProbe;
    document.body.append(el);
    try {
      expect(el.matches(`:state(${PENDING_STATE})`), 'pending once connected').to.equal(true);
      await microtasks();
      expect(rendered(el), 'not in the task that connected it').to.equal(false);
      expect(el.matches(`:state(${PENDING_STATE})`)).to.equal(true);
      await el.updateComplete;
      expect(rendered(el), 'rendered').to.equal(true);
      expect(el.matches(`:state(${PENDING_STATE})`), 'no longer pending').to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('adopts its style sheets in the task of its first render, not in the one that connected it', async () => {
    const el = document.createElement('sl-settings-probe') as SettingsProbe;
    document.body.append(el);
    try {
      await microtasks();
      expect(el.shadowRoot, 'its shadow root is there for its controllers').to.exist;
      expect(el.shadowRoot!.adoptedStyleSheets, 'no sheet parsed or adopted yet').to.have.length(0);
      let sheetsAtRender = -1;
      await el.updateComplete.then(() => (sheetsAtRender = el.shadowRoot!.adoptedStyleSheets.length));
      const own = (el.constructor as typeof SettingsProbe).elementStyles.map((style) =>
        style instanceof CSSStyleSheet ? style : style.styleSheet,
      );
      expect(own.length).to.be.greaterThan(0);
      for (const sheet of own) expect(el.shadowRoot!.adoptedStyleSheets).to.include(sheet);
      expect(sheetsAtRender, 'with the first render').to.be.greaterThan(0);
      // As Lit orders them: the element's own first, the theme's (adopted after the render) before them.
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      expect(sheets.slice(-own.length)).to.deep.equal(own);
      // The box the page's stylesheet kept is styled by the element from its first frame.
      expect(getComputedStyle(el).display).to.equal('block');
    } finally {
      el.remove();
    }
  });

  it('two elements added together render in tasks apart', async () => {
    const first = document.createElement('sl-settings-probe') as SettingsProbe;
    const second = document.createElement('sl-settings-probe') as SettingsProbe;
    document.body.append(first, second);
    try {
      let secondWhenFirst: boolean | undefined;
      // Resolves in the microtasks right after the first one's render, in the same task.
      await first.updateComplete.then(() => (secondWhenFirst = rendered(second)));
      expect(rendered(first)).to.equal(true);
      expect(secondWhenFirst, 'the second had not rendered in the first one’s task').to.equal(false);
      await second.updateComplete;
      expect(rendered(second)).to.equal(true);
    } finally {
      first.remove();
      second.remove();
    }
  });

  it('a provider renders its slot at once, so that its children never disappear', async () => {
    const provider = await fixture<SeoulLearnProvider>(
      html`<seoul-learn-provider region="seoul"><p>child</p></seoul-learn-provider>`,
    );
    const again = document.createElement('seoul-learn-provider');
    again.append(document.createElement('p'));
    document.body.append(again);
    try {
      await microtasks();
      expect(again.shadowRoot!.querySelector('slot'), 'in the task that connected it').to.exist;
      expect(again.matches(`:state(${PENDING_STATE})`)).to.equal(false);
      expect(provider.shadowRoot!.querySelector('slot')).to.exist;
    } finally {
      again.remove();
    }
  });
});
