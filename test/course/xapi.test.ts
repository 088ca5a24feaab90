import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import type { LessonProgressedDetail, XapiDetail, XapiStatement } from '../../src/course/course.types.js';
import { $, $$, collect, fakeClock, renderCourse, videoReady } from './helpers.js';

const EXT = 'https://w3id.org/xapi/video/extensions/';
const VERBS: Record<string, string> = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  played: 'https://w3id.org/xapi/video/verbs/played',
  paused: 'https://w3id.org/xapi/video/verbs/paused',
  seeked: 'https://w3id.org/xapi/video/verbs/seeked',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
};

function seekBar(el: SeoulLearnCourse, time: number): void {
  const input = $<HTMLInputElement>(el, '.seek-input');
  input.value = String(time);
  input.dispatchEvent(new Event('input'));
}

describe('<seoul-learn-course> xAPI statements', () => {
  it('reports a lesson view as Video Profile statements with one session id', async () => {
    const el = await renderCourse({ learner: 'learner-9' });
    const video = await videoReady(el);
    const seen = collect<XapiDetail>(document, 'seoul-learn-xapi');
    expect(seen, 'nothing before the learner plays').to.have.length(0);
    const clock = fakeClock(video);
    clock.play();
    clock.advance(3);
    seekBar(el, 10);
    clock.advance(2);
    clock.pause();
    clock.play();
    seekBar(el, 3);
    clock.advance(12);
    // The statement builder loads with the first statement: statements made before it is there
    // are queued, and go out in order once it is.
    await waitUntil(() => seen.length >= 7, 'every statement of the view');
    const statements: XapiStatement[] = seen.map((detail) => detail.statement);
    const verbs = statements.map((statement) => statement.verb.display['en-US']);
    expect(verbs).to.deep.equal(['initialized', 'played', 'seeked', 'paused', 'played', 'seeked', 'completed']);
    for (const statement of statements) {
      expect(statement.verb.id).to.equal(VERBS[statement.verb.display['en-US']!]);
      expect(statement.actor.account.name).to.equal('learner-9');
      expect(statement.object.id).to.equal('urn:seoul-learn:lesson:elem-math-fractions-1-1');
      expect(statement.object.definition.type).to.equal('https://w3id.org/xapi/video/activity-type/video');
      expect(statement.object.definition.name).to.deep.equal({ 'ko-KR': '전체와 부분', 'en-US': 'Wholes and parts' });
      expect(statement.context.registration).to.equal(statements[0]!.context.registration);
      expect(statement.context.extensions[`${EXT}session-id`]).to.equal(statements[0]!.context.registration);
      expect(statement.context.extensions[`${EXT}length`]).to.be.closeTo(16, 0.1);
      expect(statement.context.extensions[`${EXT}speed`]).to.equal('1x');
      expect(statement.context.extensions[`${EXT}cc-subtitle-lang`]).to.equal('ko');
      expect(statement.context.contextActivities.parent[0]!.id).to.equal('urn:seoul-learn:course:elem-math-fractions');
      expect(new Date(statement.timestamp).toISOString()).to.equal(statement.timestamp);
    }
    expect(new Set(statements.map((statement) => statement.id)).size).to.equal(statements.length);
    expect(statements[0]!.result).to.equal(undefined);
    const seeked = statements[2]!.result!.extensions;
    expect(seeked[`${EXT}time-from`]).to.equal(3);
    expect(seeked[`${EXT}time-to`]).to.equal(10);
    const paused = statements[3]!.result!.extensions;
    expect(paused[`${EXT}played-segments`]).to.equal('0[.]3[,]10[.]12');
    expect(paused[`${EXT}time`]).to.equal(12);
    expect(paused[`${EXT}progress`]).to.be.closeTo(5 / 16, 0.01);
    const completed = statements[6]!.result!;
    expect(completed.completion).to.equal(true);
    expect(completed.duration).to.match(/^PT[\d.]+S$/);
    expect(completed.extensions[`${EXT}progress`]).to.be.at.least(0.9);

    $$(el, '[role="treeitem"][aria-level="2"]')[1]!.click();
    const last = seen.at(-1)!.statement;
    expect(last.verb.display['en-US']).to.equal('terminated');
    expect(last.context.registration).to.equal(statements[0]!.context.registration);

    const next = await videoReady(el);
    await waitUntil(() => next !== video);
    fakeClock(next).play();
    const fresh = seen.at(-1)!.statement;
    expect(fresh.verb.display['en-US']).to.equal('played');
    expect(fresh.context.registration, 'a new lesson view is a new session').to.not.equal(
      statements[0]!.context.registration,
    );
  });

  it('sends exactly one terminated per lesson view, whatever page hide, lesson change and removal do', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    const seen = collect<XapiDetail>(el, 'seoul-learn-xapi');
    const verbs = (): string[] => seen.map((detail) => detail.statement.verb.display['en-US']!);
    const terminatedIn = (registration: string): number =>
      seen.filter(
        ({ statement }) =>
          statement.context.registration === registration && statement.verb.display['en-US'] === 'terminated',
      ).length;

    window.dispatchEvent(new Event('pagehide'));
    expect(verbs(), 'a view that never played was never initialized').to.deep.equal([]);

    const clock = fakeClock(video);
    clock.play();
    clock.advance(2);
    const first = seen[0]!.statement.context.registration;
    window.dispatchEvent(new Event('pagehide'));
    expect(verbs()).to.deep.equal(['initialized', 'played', 'terminated']);
    // The browser pauses media as the page goes into the back/forward cache; the view is over.
    clock.pause();
    window.dispatchEvent(new Event('pagehide'));
    $$(el, '[role="treeitem"][aria-level="2"]')[1]!.click();
    expect(verbs(), 'nothing after terminated').to.deep.equal(['initialized', 'played', 'terminated']);
    expect(terminatedIn(first)).to.equal(1);

    const next = await videoReady(el);
    await waitUntil(() => next !== video);
    const nextClock = fakeClock(next);
    nextClock.play();
    nextClock.advance(1);
    const second = seen.at(-1)!.statement.context.registration;
    expect(second).to.not.equal(first);
    window.dispatchEvent(new Event('pagehide'));
    el.remove();
    window.dispatchEvent(new Event('pagehide'));
    expect(terminatedIn(second)).to.equal(1);
    expect(verbs()).to.deep.equal(['initialized', 'played', 'terminated', 'initialized', 'played', 'terminated']);
  });

  it('reaches document and window listeners with every statement of a view a host ended by removing the element', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    const heard = { document: [] as CustomEvent<XapiDetail>[], window: [] as CustomEvent<XapiDetail>[] };
    const progressed: CustomEvent<LessonProgressedDetail>[] = [];
    const listen = new AbortController();
    const { signal } = listen;
    document.addEventListener('seoul-learn-xapi', (event) => heard.document.push(event), { signal });
    window.addEventListener('seoul-learn-xapi', (event) => heard.window.push(event), { signal });
    document.addEventListener('seoul-learn-lesson-progressed', (event) => progressed.push(event), { signal });
    const onElement = collect<XapiDetail>(el, 'seoul-learn-xapi');
    try {
      const clock = fakeClock(video);
      clock.play();
      clock.advance(2);
      clock.pause();
      clock.play();
      clock.advance(1);
      const savedBefore = progressed.length;
      // An SPA changing route: the outlet's content is replaced.
      el.parentElement!.replaceChildren(document.createElement('p'));
      window.dispatchEvent(new Event('pagehide'));

      const verbs = (details: readonly XapiDetail[]): string[] =>
        details.map((detail) => detail.statement.verb.display['en-US']!);
      const view = ['initialized', 'played', 'paused', 'played', 'terminated'];
      expect(verbs(heard.document.map((event) => event.detail))).to.deep.equal(view);
      expect(verbs(heard.window.map((event) => event.detail))).to.deep.equal(view);
      expect(verbs(onElement), 'listeners on the element still hear it, once').to.deep.equal(view);
      const statements = heard.document.map((event) => event.detail.statement);
      expect(new Set(statements.map((statement) => statement.id)).size).to.equal(view.length);
      expect(new Set(statements.map((statement) => statement.context.registration)).size).to.equal(1);
      expect(heard.document.at(-1)!.detail).to.deep.equal(onElement.at(-1));
      const terminated = heard.document.at(-1)!;
      expect(terminated.target, 'the element left; its document stands in').to.equal(document);
      expect(terminated.bubbles).to.equal(true);
      expect(terminated.composed).to.equal(true);
      expect(Object.isFrozen(terminated.detail.statement)).to.equal(true);
      expect(progressed.length, 'the last save is reported to the document too').to.equal(savedBefore + 1);
      expect(progressed.at(-1)!.detail).to.include({ positionSec: 3 });
    } finally {
      listen.abort();
    }
  });

  it('starts a new view when the page comes back from the back/forward cache', async () => {
    const el = await renderCourse({});
    const video = await videoReady(el);
    const seen = collect<XapiDetail>(el, 'seoul-learn-xapi');
    const clock = fakeClock(video);
    clock.play();
    clock.advance(1);
    clock.pause();
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    clock.play();
    const [first, ...rest] = seen.map((detail) => detail.statement);
    const after = rest.slice(3);
    expect(rest.map((s) => s.verb.display['en-US'])).to.deep.equal([
      'played',
      'paused',
      'terminated',
      'initialized',
      'played',
    ]);
    expect(new Set(after.map((s) => s.context.registration)).size).to.equal(1);
    expect(after[0]!.context.registration, 'a new session id').to.not.equal(first!.context.registration);
    el.remove();
    expect(seen.at(-1)!.statement.verb.display['en-US']).to.equal('terminated');
    expect(seen.at(-1)!.statement.context.registration).to.equal(after[0]!.context.registration);
  });
});
