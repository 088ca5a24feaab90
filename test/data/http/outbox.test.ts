import '../../helpers/readable-failures.js';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ProgressUpdate } from '../../../src/data/types.js';
import { api, closeSources, freshServer, httpSource } from './api.js';

const COURSE = 'elem-math-fractions';

/** Polls `check` until it holds or `ms` pass. */
async function eventually(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(100);
  }
}

type PageWindow = Window & { ready: Promise<void>; reports: number; studyFor(seconds: number): void };

/** Opens the partner page with the course player in an iframe (a "tab" of this origin). */
async function openPage(baseUrl: string, learner: string, waitReady = true): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams({
    api: baseUrl,
    course: COURSE,
    learner,
    token: await api.token(learner),
    now: await api.now(),
  });
  frame.src = new URL(`./pages/course-page.html?${query}`, import.meta.url).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  if (waitReady) await win(frame).ready;
  return frame;
}

const win = (frame: HTMLIFrameElement) => frame.contentWindow as PageWindow;

async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  win(frame).location.reload();
  await loaded;
}

/** Seconds of study the server counts for the learner over the whole history. */
async function studied(learner: string): Promise<number> {
  const source = await httpSource({ as: learner, outbox: { storage: 'memory' } });
  const summary = await source.getLearnerSummary(learner);
  return summary.dailyStudy.reduce((sum, day) => sum + day.seconds, 0);
}

/** `count` valid updates for `learner` on the first lesson of the course, with ids `<learner>-<i>`. */
async function updatesFor(learner: string, count: number): Promise<ProgressUpdate[]> {
  const course = await (await httpSource({ outbox: { storage: 'memory' } })).getCourse(COURSE);
  const lesson = course.chapters[0]!.lessons[0]!;
  const at = await api.now();
  return Array.from({ length: count }, (_, i) => ({
    id: `${learner}-${i}`,
    learnerId: learner,
    courseId: course.id,
    lessonId: lesson.id,
    positionSec: (i + 1) * 10,
    durationSec: 3_600,
    watchedSegments: [[i * 10, (i + 1) * 10]] as [number, number][],
    studySec: 10,
    completed: false,
    at,
  }));
}

/** Console warnings while `body` runs. */
async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = realWarn;
  }
  return warnings;
}

describe('the progress outbox over the real server', function () {
  this.timeout(90_000);
  let baseUrl: string;
  const frames: HTMLIFrameElement[] = [];
  beforeEach(async () => {
    baseUrl = await freshServer();
  });
  afterEach(async () => {
    for (const frame of frames.splice(0)) frame.remove();
    await api.start();
    await closeSources();
  });

  it('two minutes studied with the server down, a reload, the server back: every event arrives exactly once', async () => {
    const learner = `learner-offline-${Date.now()}`;
    const before = await studied(learner);
    const frame = await openPage(baseUrl, learner);
    frames.push(frame);
    await api.stop();
    win(frame).studyFor(120);
    // The player's account of the lesson may still be loading: what was watched is handed to it,
    // all at once, when it arrives.
    await waitUntil(() => win(frame).reports >= 12, 'one report per 10 s of playback');
    const reports = win(frame).reports;
    await aTimeout(500);

    await reload(frame);
    await aTimeout(500);
    expect((await api.counts()).receipts, 'nothing could arrive while the server was down').to.equal(0);
    await api.start();
    win(frame).dispatchEvent(new Event('online'));

    await eventually(async () => (await api.counts()).distinctReceipts >= reports, 'every report to arrive');
    await aTimeout(1_000);
    const counts = await api.counts();
    expect(counts.distinctReceipts).to.equal(reports);
    expect(counts.receipts, 'no event was sent twice').to.equal(reports);
    expect(counts.applied).to.equal(reports);
    expect((await studied(learner)) - before, 'every second of study counted').to.be.closeTo(120, 0.01);
  });

  it('a page closed mid-batch: the keepalive flush delivers it, and the next visit changes nothing', async () => {
    const learner = `learner-closed-${Date.now()}`;
    const before = await studied(learner);
    const frame = await openPage(baseUrl, learner);
    win(frame).studyFor(25);
    await waitUntil(() => win(frame).reports >= 3, 'one report per 10 s of playback');
    const reports = win(frame).reports;
    // Nothing sent yet: the batch waits for its 10 s interval.
    expect((await api.counts()).receipts).to.equal(0);

    // The learner leaves the page (the frame navigates away, as a closing tab unloads).
    frame.src = 'about:blank';
    frames.push(frame);
    await eventually(async () => (await api.counts()).distinctReceipts >= reports, 'the keepalive flush', 5_000);

    // The next visit finds the same updates still queued and sends them again: harmless.
    const next = await openPage(baseUrl, learner);
    frames.push(next);
    await aTimeout(1_500);
    const counts = await api.counts();
    expect(counts.distinctReceipts).to.equal(reports);
    expect(counts.applied).to.equal(reports);
    expect((await studied(learner)) - before).to.be.closeTo(25, 0.01);
  });

  it('a batch answered 413 is sent again in halves; the update too large alone is dropped, the rest arrive', async () => {
    const learner = `learner-too-large-${Date.now()}`;
    const all = await updatesFor(learner, 4);
    const updates = all.slice(0, 3);
    const later = all[3]!;
    const source = await httpSource({ as: learner, outbox: { batchIntervalMs: 60_000 } });
    // The whole batch, then its first half, then the first update alone are answered 413.
    await api.fault({ kind: 'status', status: 413 }, { match: { method: 'POST', path: '/progress-events' }, times: 3 });
    const warnings = await warningsDuring(async () => {
      await source.saveProgress(updates);
      expect(await source.flushProgress()).to.equal('sent');
    });
    expect(await source.pendingProgress(), 'nothing blocks the queue').to.equal(0);
    const counts = await api.counts();
    expect(counts.distinctReceipts, 'the two updates after the refused one arrived').to.equal(2);
    expect(counts.applied).to.equal(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('1 progress update').and.contain('too large').and.contain(updates[0]!.id);
    expect(warnings[0]).not.to.contain(updates[1]!.id);

    await source.saveProgress([later]);
    expect(await source.flushProgress()).to.equal('sent');
    expect((await api.counts()).distinctReceipts, 'and so does what is queued later').to.equal(3);
  });

  it('a batch answered 403 is dropped with one warning naming ids and counts only; later updates arrive', async () => {
    const learner = `learner-forbidden-${Date.now()}`;
    const [refused1, refused2, later] = await updatesFor(learner, 3);
    const source = await httpSource({ as: learner, outbox: { batchIntervalMs: 60_000 } });
    await api.fault({ kind: 'status', status: 403 }, { match: { method: 'POST', path: '/progress-events' } });
    const warnings = await warningsDuring(async () => {
      await source.saveProgress([refused1!, refused2!]);
      expect(await source.flushProgress()).to.equal('sent');
      await source.saveProgress([later]);
      expect(await source.flushProgress()).to.equal('sent');
    });
    expect(await source.pendingProgress()).to.equal(0);
    expect((await api.counts()).distinctReceipts).to.equal(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('2 progress updates').and.contain(refused1!.id).and.contain('not allowed');
    expect(warnings[0]).not.to.contain(COURSE);
  });

  it('two instances on one queue (as two tabs) flushing at once never send the same event twice', async () => {
    const learner = `learner-tabs-${Date.now()}`;
    const updates = await updatesFor(learner, 30);
    const before = await studied(learner);
    // Same base URL, so the same IndexedDB queue, guarded by the same Web Lock.
    const first = await httpSource({ as: learner, outbox: { batchIntervalMs: 60_000 } });
    const second = await httpSource({ as: learner, outbox: { batchIntervalMs: 60_000 } });
    expect(first.outboxDatabaseName).to.equal(second.outboxDatabaseName);
    await api.stop();
    await first.saveProgress(updates.slice(0, 15));
    await second.saveProgress(updates.slice(15));
    expect(await first.flushProgress()).to.equal('failed');
    await api.start();
    const outcomes = await Promise.all([first.flushProgress(), second.flushProgress(), first.flushProgress()]);
    expect(outcomes).to.include('sent');
    await eventually(async () => (await first.pendingProgress()) === 0, 'the queue to empty');
    const counts = await api.counts();
    expect(counts.receipts).to.equal(30);
    expect(counts.distinctReceipts).to.equal(30);
    expect((await studied(learner)) - before).to.equal(300);
  });
});
