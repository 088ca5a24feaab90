// The benchmark page: renders each scenario with <seoul-learn-progress> and with the plain-DOM
// baseline, alternating, and reports median times and the longest task seen.
import '../../src/progress/progress.define.js';
import { DemoDataSource } from '../../src/data/demo-data-source.js';
import type { CohortSummary, LearnerSummary } from '../../src/data/types.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import { plainCohort, plainLearner } from './baseline.js';
import { bigCohort, bigLearner } from './data.js';

class BenchSource extends DemoDataSource {
  constructor(
    private readonly learner: LearnerSummary,
    private readonly cohort: CohortSummary,
  ) {
    super({ storage: 'memory' });
  }
  override async getLearnerSummary(): Promise<LearnerSummary> {
    return this.learner;
  }
  override async getCohortSummary(): Promise<CohortSummary> {
    return this.cohort;
  }
}

const learner = bigLearner();
const cohort = bigCohort();
const source = new BenchSource(learner, cohort);
const yieldTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const channel = new MessageChannel();
/** A task hop without setTimeout's clamping: lets a dynamic import or a data answer arrive. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function renderElement(view: 'learner' | 'cohort'): Promise<number> {
  const start = performance.now();
  const el = document.createElement('seoul-learn-progress') as SeoulLearnProgress;
  if (view === 'cohort') el.setAttribute('view', 'cohort');
  el.dataSource = source;
  document.body.append(el);
  for (;;) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy') === 'false') break;
    await nextTask();
  }
  document.body.getBoundingClientRect();
  const time = performance.now() - start;
  el.remove();
  return time;
}

async function renderPlain(view: 'learner' | 'cohort'): Promise<number> {
  const start = performance.now();
  const host = document.createElement('div');
  document.body.append(host);
  // The same asynchronous hop the element takes to receive its data.
  const data = view === 'cohort' ? await source.getCohortSummary() : await source.getLearnerSummary();
  if (view === 'cohort') plainCohort(host, data as CohortSummary);
  else plainLearner(host, data as LearnerSummary);
  document.body.getBoundingClientRect();
  const time = performance.now() - start;
  host.remove();
  return time;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function run(): Promise<unknown> {
  const tasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
  // Long tasks are reported for the measured renders only; the warm-ups load and compile code.
  const windows: [string, number, number][] = [];
  const timed = async (label: string, render: () => Promise<number>) => {
    const from = performance.now();
    const time = await render();
    windows.push([label, from, performance.now()]);
    return time;
  };
  const results: Record<string, { element: number; plain: number; ratio: number }> = {};
  for (const view of ['cohort', 'learner'] as const) {
    // Warm-up: loads the view's lazy module and compiles the templates once.
    await renderElement(view);
    await renderPlain(view);
    const element: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < 15; i++) {
      await yieldTask();
      element.push(await timed(`element ${view}`, () => renderElement(view)));
      await yieldTask();
      plain.push(await timed(`plain ${view}`, () => renderPlain(view)));
    }
    const e = median(element);
    const p = median(plain);
    results[view] = { element: e, plain: p, ratio: e / p };
  }
  await yieldTask();
  const longestTaskMs: Record<string, number> = {};
  for (const [label, a, b] of windows) {
    for (const task of tasks) {
      if (task.startTime >= a && task.startTime <= b)
        longestTaskMs[label] = Math.max(longestTaskMs[label] ?? 0, task.duration);
    }
  }
  return { results, longestTaskMs };
}

(window as unknown as { benchResult: Promise<unknown> }).benchResult = run();
