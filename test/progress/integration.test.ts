import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/provider.define.js';
import '../../src/progress.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import { csvField, histogram, sortLearners, toCsv } from '../../src/progress/cohort/cohort.stats.js';
import type { CohortLearner } from '../../src/data/types.js';
import { FixedSource, knownSummary, settled, shadow, textOf } from './helpers.js';

describe('<seoul-learn-progress> inside a provider', () => {
  it('takes learner, locale and data source from the provider, and reloads when they change', async () => {
    const source = new FixedSource();
    source.learner = async (learnerId) => ({ ...knownSummary(), learnerId });
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="incheon" locale="en" learner-id="from-provider" .dataSource=${source}>
        <seoul-learn-progress></seoul-learn-progress>
      </seoul-learn-provider>
    `);
    const el = provider.querySelector<SeoulLearnProgress>('seoul-learn-progress')!;
    await settled(el);
    expect(source.calls).to.deep.equal(['learner:from-provider']);
    expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(shadow(el).querySelector('.root')!.getAttribute('aria-label')).to.equal('My learning progress');
    provider.setAttribute('learner-id', 'another');
    await provider.updateComplete;
    await settled(el);
    expect(source.calls).to.deep.equal(['learner:from-provider', 'learner:another']);
    provider.setAttribute('locale', 'ko');
    await provider.updateComplete;
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('#overall'))).to.equal('전체 진도');
    expect(source.calls, 'a locale change re-renders without reloading').to.have.length(2);
    await expect(provider).to.be.accessible();
  });

  it('stops listening to its data source when removed', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    el.remove();
    await source.setWeeklyGoal('demo-learner', 200);
    await new Promise((r) => setTimeout(r, 20));
    expect(source.calls).to.have.length(1);
  });
});

describe('cohort arithmetic', () => {
  const learner = (id: string, done: number, total: number): CohortLearner => ({
    pseudonymousId: id,
    schoolLevel: 'middle',
    grade: 1,
    enrolledCourseIds: [],
    completedLessons: done,
    totalLessons: total,
    studySecLast30Days: 0,
  });

  it('puts 100% in the top bucket and nobody enrolled in the bottom one', () => {
    expect(
      histogram([learner('a', 10, 10), learner('b', 0, 0), learner('c', 4, 10), learner('d', 79, 100)]),
    ).to.deep.equal([1, 0, 1, 1, 1]);
  });

  it('sorts ties by pseudonymous id so pages are stable', () => {
    const sorted = sortLearners([learner('z', 1, 2), learner('a', 1, 2), learner('m', 2, 2)], {
      key: 'completion',
      descending: true,
    });
    expect(sorted.map((l) => l.pseudonymousId)).to.deep.equal(['m', 'a', 'z']);
  });

  it('escapes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('+82')).to.equal("'+82");
    expect(csvField(-3)).to.equal('-3');
    expect(toCsv([['가', 1]])).to.equal('\uFEFF가,1\r\n');
  });
});
