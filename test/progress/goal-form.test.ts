import '../helpers/readable-failures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Locale } from '../../src/core/i18n.js';
import type { DataSource } from '../../src/data/types.js';
import { WeeklyGoalForm } from '../../src/progress/progress.goal.js';

/** A data source that only takes weekly goals, answering each when the test says so. */
class GoalSource {
  readonly saved: [string, number][] = [];
  refuse = false;
  /** How many times the form asked to save. */
  calls = 0;
  private release?: () => void;
  setWeeklyGoal(learnerId: string, minutes: number): Promise<void> {
    this.calls += 1;
    return new Promise((resolve, reject) => {
      this.release = () => {
        if (this.refuse) reject(new Error('refused'));
        else {
          this.saved.push([learnerId, minutes]);
          resolve();
        }
      };
    });
  }
  answer(): void {
    this.release?.();
  }
}

class GoalHost extends LitElement {
  source = new GoalSource();
  learnerId = 'learner-1';
  locale: Locale = 'en';
  readonly goal = new WeeklyGoalForm(this, () => ({
    source: this.source as unknown as DataSource,
    learnerId: this.learnerId,
    locale: this.locale,
  }));
  override render() {
    return html`<form @submit=${this.goal.submit}>
        <label>Minutes <input name="minutes" value="120" /></label>
        <button type="submit" aria-disabled=${this.goal.busy ? 'true' : 'false'}>Save</button>
      </form>
      <p role="status">${this.goal.message?.text ?? ''}</p>`;
  }
}
customElements.define('test-goal-host', GoalHost);

const $ = <T extends Element>(el: GoalHost, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const submit = async (el: GoalHost, minutes: string) => {
  $<HTMLInputElement>(el, 'input').value = minutes;
  $<HTMLButtonElement>(el, 'button').click();
  await el.updateComplete;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WeeklyGoalForm', () => {
  it('saves a goal in range, busy meanwhile, says so and fires goal-saved on the host', async () => {
    const el = await fixture<GoalHost>(html`<test-goal-host></test-goal-host>`);
    await submit(el, '150');
    expect($<HTMLButtonElement>(el, 'button').getAttribute('aria-disabled'), 'busy while saving').to.equal('true');
    $<HTMLButtonElement>(el, 'button').click();
    await el.updateComplete;
    const saved = oneEvent(el, 'seoul-learn-goal-saved');
    el.source.answer();
    expect((await saved).detail).to.deep.equal({ weeklyGoalMinutes: 150 });
    await el.updateComplete;
    expect(el.source.saved).to.deep.equal([['learner-1', 150]]);
    expect($<HTMLButtonElement>(el, 'button').getAttribute('aria-disabled')).to.equal('false');
    expect(el.source.calls, 'the submit made while busy asked nothing').to.equal(1);
    expect(el.goal.message).to.deep.equal({ text: 'Weekly goal saved: 2 hr 30 min.', error: false });
    await expect(el).to.be.accessible();
  });

  it('refuses minutes outside the range or not whole, without asking the data source', async () => {
    const el = await fixture<GoalHost>(html`<test-goal-host></test-goal-host>`);
    for (const minutes of ['9', '3001', '12.5', 'abc']) {
      await submit(el, minutes);
      expect(el.goal.message?.error, minutes).to.equal(true);
      expect(el.shadowRoot!.activeElement, 'focus back on the field').to.equal($(el, 'input'));
    }
    expect(el.goal.message!.text).to.equal('Enter between 10 and 3000 minutes.');
    expect(el.source.saved).to.deep.equal([]);
  });

  it('says it failed when the data source refuses, and fires nothing', async () => {
    const el = await fixture<GoalHost>(html`<test-goal-host></test-goal-host>`);
    let fired = false;
    el.addEventListener('seoul-learn-goal-saved', () => (fired = true));
    el.source.refuse = true;
    await submit(el, '60');
    el.source.answer();
    await settle();
    await el.updateComplete;
    expect(el.goal.message?.error).to.equal(true);
    expect(fired).to.equal(false);
  });

  it('drops a reply that arrives after the learner changed; reset() forgets what it said', async () => {
    const el = await fixture<GoalHost>(html`<test-goal-host></test-goal-host>`);
    let fired = false;
    el.addEventListener('seoul-learn-goal-saved', () => (fired = true));
    await submit(el, '60');
    el.learnerId = 'learner-2';
    el.source.answer();
    await settle();
    expect(fired).to.equal(false);
    expect(el.goal.message).to.equal(undefined);
    await submit(el, '5');
    expect(el.goal.message).to.not.equal(undefined);
    el.goal.reset();
    expect(el.goal.message).to.equal(undefined);
  });
});
