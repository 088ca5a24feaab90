// The benchmark's large data, driven like a person: a 2,000-learner cohort pages 20 rows at a
// time, a learner with 50 courses and 1,000 recent lessons shows only the lessons it lists, and
// data already at hand is shown without a skeleton in between.
import '../helpers/readable-failures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/progress.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import { bigCohort, bigLearner } from '../../bench/progress/data.js';
import { activeWithin, lastActive, sortLearners } from '../../src/progress/cohort/cohort.stats.js';
import { sanitizeCohortSummary } from '../../src/progress/cohort/cohort.sanitize.js';
import { FixedSource, settled, shadow, textOf } from './helpers.js';

const ids = (el: SeoulLearnProgress) =>
  [...shadow(el).querySelectorAll('.learners tbody th')].map((th) => th.textContent!.trim());
const pager = (el: SeoulLearnProgress) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.pager button')];

describe('<seoul-learn-progress> with large data', () => {
  it('pages a 2,000-learner table 20 rows at a time, every learner exactly once', async () => {
    const source = new FixedSource();
    const data = bigCohort();
    source.cohort = data;
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress view="cohort" locale="en" .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    expect(textOf(shadow(el).querySelector('.learners caption'))).to.equal('1–20 of 2,000 learners');
    expect(textOf(shadow(el).querySelector('.pager span'))).to.equal('Page 1 of 100');
    const seen: string[] = [];
    for (let page = 1; page <= 100; page++) {
      const rows = ids(el);
      expect(rows, `page ${page}`).to.have.length(20);
      seen.push(...rows);
      const next = pager(el)[1]!;
      if (page === 100) {
        expect(next.disabled).to.equal(true);
        break;
      }
      next.click();
      await el.updateComplete;
    }
    expect(textOf(shadow(el).querySelector('.learners caption'))).to.equal('1,981–2,000 of 2,000 learners');
    expect(new Set(seen).size).to.equal(2000);
    expect([...seen].sort()).to.deep.equal(data.learners.map((learner) => learner.pseudonymousId).sort());
    await expect(el).to.be.accessible();

    // The download holds every row, not only the page on screen.
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = () => 'blob:test';
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      const download = pager(el).at(-1)!;
      setTimeout(() => download.click());
      const event = await oneEvent(el, 'seoul-learn-cohort-exported');
      expect(event.detail).to.deep.equal({ rows: 2000 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('counts activity and sorts by last activity from dates parsed once, as Date.parse would', () => {
    const { summary } = sanitizeCohortSummary(bigCohort(), new Date(0));
    const now = new Date(summary.generatedAt);
    for (const days of [7, 30]) {
      const from = now.getTime() - days * 86_400_000;
      const expected = summary.learners.filter((l) => l.lastActiveAt && Date.parse(l.lastActiveAt) >= from).length;
      expect(activeWithin(summary.learners, now, days), `${days} days`).to.equal(expected);
    }
    const sorted = sortLearners(summary.learners, { key: 'active', descending: true });
    const times = sorted.map((l) => (l.lastActiveAt ? Date.parse(l.lastActiveAt) : -Infinity));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    expect(sorted.at(-1)!.lastActiveAt).to.equal(undefined);
    expect(sorted.map(lastActive)).to.deep.equal(times);
  });

  it('lists 50 courses and only the 10 latest of 1,000 recent lessons', async () => {
    const source = new FixedSource();
    source.learner = bigLearner();
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress learner-id="bench" .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    expect(shadow(el).querySelectorAll('.courses > li')).to.have.length(50);
    // The latest unfinished lesson (the latest one is finished) is in the continue-learning card,
    // the other nine in the list.
    expect(textOf(shadow(el).querySelector('[part="next"] .lesson-name'))).to.equal('2강: 핵심 개념 정리');
    const recent = [...shadow(el).querySelectorAll('.recent > li')];
    expect(recent).to.have.length(9);
    expect(textOf(recent[0]!.querySelector('.strong'))).to.equal('1강: 핵심 개념 정리');
    expect(textOf(recent[8]!.querySelector('.strong'))).to.equal('10강: 핵심 개념 정리');
    expect(textOf(shadow(el).querySelector('#overall + .figure'))).to.equal('47%');
    await expect(el).to.be.accessible();
  });

  it('shows data already at hand at once, with no skeleton and no loading announcement first', async () => {
    const source = new FixedSource();
    source.cohort = bigCohort();
    // The first element loads the cohort view's code; the second finds it loaded.
    const first = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress view="cohort" .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(first);
    first.remove();

    const el = document.createElement('seoul-learn-progress');
    el.setAttribute('view', 'cohort');
    el.dataSource = source;
    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.querySelector('.skeleton, .error')) added.push('skeleton or error');
          if (node instanceof Element && node.matches('.skeleton')) added.push('skeleton');
          if ((node.textContent ?? '').includes('불러오는 중')) added.push(`announced: ${node.textContent!.trim()}`);
        }
      }
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await settled(el);
      expect(shadow(el).querySelector('.learners')).to.exist;
      expect(added).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
