import '../helpers/readable-failures.js';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { NetworkError, ValidationError } from '../../src/data/errors.js';
import type { DataSource, ProgressUpdate } from '../../src/data/types.js';
import { MAX_PENDING } from '../../src/course/progress-reporter.js';
import { demo, fakeClock, recording, renderCourse, videoReady } from './helpers.js';

const COURSE = 'elem-math-fractions';
const FIRST = 'elem-math-fractions-1-1';

/** A data source whose `saveProgress` answers as `answer` decides (undefined: saves). */
function judged(answer: (updates: readonly ProgressUpdate[], call: number) => Error | undefined) {
  const inner = demo();
  const calls: string[][] = [];
  const source: DataSource = new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'saveProgress') {
        return (updates: readonly ProgressUpdate[]) => {
          calls.push(updates.map((u) => u.id));
          const error = answer(updates, calls.length);
          return error ? Promise.reject(error) : target.saveProgress(updates);
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { inner, calls, source };
}

/** Catches console warnings while `run` runs. */
async function warnings(run: (warned: string[]) => Promise<void>): Promise<void> {
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
  try {
    await run(warned);
  } finally {
    console.warn = warn;
  }
}

describe('<seoul-learn-course> progress reporting', () => {
  it('saves the last view through the data source and learner it was opened with', async () => {
    // A drops the first report like a lost network: it is sent again with A's final one.
    const a = recording(judged((_, call) => (call === 1 ? new NetworkError() : undefined)).source);
    const b = recording(demo());
    await warnings(async () => {
      const el = await renderCourse({ learner: 'learner-a' }, a);
      const clock = fakeClock(await videoReady(el));
      clock.play();
      clock.advance(2);
      clock.pause();
      await aTimeout(0);
      clock.play();
      clock.advance(3);
      expect(a.saves).to.have.length(1);

      el.dataSource = b;
      await el.updateComplete;
      expect(a.saves, 'the final report went to A').to.have.length(2);
      const final = a.saves[1]!;
      expect(final.map((u) => u.learnerId)).to.deep.equal(['learner-a', 'learner-a']);
      expect(final[0]!.id, 'the failed report rides along').to.equal(a.saves[0]![0]!.id);
      expect(final[1]).to.include({ lessonId: FIRST, positionSec: 5 });
      await aTimeout(0);
      const storedA = await a.getCourseProgress('learner-a', COURSE);
      expect(storedA.find((r) => r.lessonId === FIRST)?.watchedSegments).to.deep.equal([[0, 5]]);

      // B loads and gets only what is watched on it, for the learner active now.
      await waitUntil(() => !el.shadowRoot!.querySelector('.skeleton'), 'B loaded');
      expect(b.saves, 'nothing of A reached B').to.have.length(0);
      el.learnerId = 'learner-b';
      await el.updateComplete;
      expect(b.saves, 'no change on B: nothing to save').to.have.length(0);
      await waitUntil(() => !el.shadowRoot!.querySelector('.skeleton'), 'reloaded for learner-b');
      const next = fakeClock(await videoReady(el));
      next.play();
      next.advance(2);
      next.pause();
      expect(b.saves.flat().map((u) => u.learnerId)).to.deep.equal(['learner-b']);
      expect(a.saves).to.have.length(2);
    });
  });

  it('drops a report the data source rejects as invalid, with one warning of ids only, and saves later ones', async () => {
    let refused: string | undefined;
    const { inner, calls, source } = judged((updates) => {
      refused ??= updates[0]!.id;
      return updates.some((u) => u.id === refused) ? new ValidationError(['positionSec']) : undefined;
    });
    await warnings(async (warned) => {
      const el = await renderCourse({}, source);
      const clock = fakeClock(await videoReady(el));
      clock.play();
      clock.advance(2);
      clock.pause();
      await waitUntil(() => warned.length > 0, 'the rejection is noticed');
      for (let i = 0; i < 2; i++) {
        clock.play();
        clock.advance(2);
        clock.pause();
        await aTimeout(0);
      }
      expect(calls).to.have.length(3);
      expect(calls.slice(1).flat(), 'the refused report is not sent again').to.not.include(refused);
      const stored = await inner.getCourseProgress('test-learner', COURSE);
      expect(stored.find((r) => r.lessonId === FIRST)?.watchedSegments).to.deep.equal([[2, 6]]);
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain(refused!).and.not.contain('test-learner').and.not.contain(FIRST);
    });
  });

  it('keeps trying a report refused with others, so a good one is not lost with a bad one', async () => {
    let bad: string | undefined;
    const { inner, calls, source } = judged((updates, call) => {
      if (call === 1) return new NetworkError();
      if (call === 2) bad = updates.at(-1)!.id;
      return updates.some((u) => u.id === bad) ? new ValidationError(['studySec']) : undefined;
    });
    await warnings(async (warned) => {
      const el = await renderCourse({}, source);
      const clock = fakeClock(await videoReady(el));
      clock.play();
      clock.advance(2);
      clock.pause();
      await aTimeout(0);
      clock.play();
      clock.advance(2);
      clock.pause();
      await waitUntil(() => warned.some((w) => w.includes(bad!)), 'the bad report is dropped');
      expect(calls.slice(2)).to.have.deep.members([[calls[0]![0]], [bad]]);
      const stored = await inner.getCourseProgress('test-learner', COURSE);
      expect(stored.find((r) => r.lessonId === FIRST)?.watchedSegments).to.deep.equal([[0, 2]]);
    });
  });

  it(`keeps only the newest ${MAX_PENDING} reports while the network is down`, async () => {
    const { calls, source } = judged(() => new NetworkError());
    await warnings(async (warned) => {
      const el = await renderCourse({}, source);
      const clock = fakeClock(await videoReady(el), 1000);
      for (let i = 0; i < MAX_PENDING + 5; i++) {
        clock.play();
        clock.advance(1);
        clock.pause();
        await aTimeout(0);
      }
      expect(calls).to.have.length(MAX_PENDING + 5);
      const last = calls.at(-1)!;
      expect(last).to.have.length(MAX_PENDING + 1);
      expect(last.slice(0, -1), 'the newest ones are kept').to.deep.equal(
        calls.slice(-MAX_PENDING - 1, -1).map((call) => call.at(-1)),
      );
      expect(warned.filter((w) => w.includes('could not be saved'))).to.have.length(1);
    });
  });
});
