// The benchmark page: renders each scenario with <seoul-learn-progress> and with the plain-DOM
// baseline, interleaved (the order flips every time), in several rounds, and reports every
// sample, the long tasks seen during each render, and whether both DOMs hold the same content.
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

type View = 'learner' | 'cohort';
const source = new BenchSource(bigLearner(), bigCohort());
const params = new URLSearchParams(location.search);
const ROUNDS = Number(params.get('rounds') ?? 5);
const SAMPLES = Number(params.get('samples') ?? 9);

const channel = new MessageChannel();
/** A task hop without setTimeout's clamping. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
/** A pause between renders long enough for the previous one's frame and garbage to settle. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

let sheets: readonly CSSStyleSheet[] = [];
const shown = (el: Element) => el.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy') === 'false';

async function renderElement(view: View): Promise<{ time: number; node: HTMLElement }> {
  const start = performance.now();
  const el = document.createElement('seoul-learn-progress') as SeoulLearnProgress;
  if (view === 'cohort') el.setAttribute('view', 'cohort');
  el.dataSource = source;
  document.body.append(el);
  // Microtask turns first: with its code loaded and data at hand the element finishes in the
  // task that connected it, and a task hop here would be charged to it.
  for (let i = 0; !shown(el); i++) {
    await el.updateComplete;
    if (!shown(el)) await (i < 100 ? Promise.resolve() : nextTask());
  }
  document.body.getBoundingClientRect();
  return { time: performance.now() - start, node: el };
}

async function renderPlain(view: View): Promise<{ time: number; node: HTMLElement }> {
  const start = performance.now();
  const host = document.createElement('div');
  document.body.append(host);
  // The same asynchronous hop the element takes to receive its data.
  if (view === 'cohort') plainCohort(host, await source.getCohortSummary(), sheets);
  else plainLearner(host, await source.getLearnerSummary(), sheets);
  document.body.getBoundingClientRect();
  return { time: performance.now() - start, node: host };
}

/** What a DOM shows, for checking that both renderings hold the same thing. */
function fingerprint(host: HTMLElement): { text: string; tags: string } {
  const root = host.shadowRoot!;
  const counts = new Map<string, number>();
  for (const node of root.querySelectorAll('*')) counts.set(node.localName, (counts.get(node.localName) ?? 0) + 1);
  return {
    // Whitespace between tags differs (template indentation) and is not compared.
    text: (root.textContent ?? '').replace(/\s+/g, ''),
    tags: [...counts]
      .sort()
      .map(([tag, count]) => `${tag}:${count}`)
      .join(' '),
  };
}

interface Sample {
  view: View;
  kind: 'element' | 'plain';
  round: number;
  time: number;
  longestTask: number;
}

async function run(): Promise<unknown> {
  const tasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
  const checks: Record<string, { sameText: boolean; sameTags: boolean; element: string; plain: string }> = {};
  // Warm-up: loads each view's lazy module, compiles the templates, and checks the DOMs match.
  for (const view of ['cohort', 'learner'] as const) {
    const el = await renderElement(view);
    sheets = el.node.shadowRoot!.adoptedStyleSheets;
    const plain = await renderPlain(view);
    const a = fingerprint(el.node);
    const b = fingerprint(plain.node);
    checks[view] = { sameText: a.text === b.text, sameTags: a.tags === b.tags, element: a.tags, plain: b.tags };
    if (a.text !== b.text) console.warn(`${view} text differs:\n${a.text}\n---\n${b.text}`);
    el.node.remove();
    plain.node.remove();
    for (let i = 0; i < 3; i++) {
      (await renderElement(view)).node.remove();
      (await renderPlain(view)).node.remove();
    }
  }
  await pause();
  tasks.length = 0;
  const samples: Sample[] = [];
  const measure = async (view: View, kind: Sample['kind'], round: number) => {
    await pause();
    const from = performance.now();
    const { time, node } = await (kind === 'element' ? renderElement(view) : renderPlain(view));
    const to = performance.now();
    node.remove();
    // Long tasks are reported once they end; a short wait lets the observer hear of them.
    await pause();
    let longestTask = 0;
    for (const task of tasks) {
      if (task.startTime < to && task.startTime + task.duration > from)
        longestTask = Math.max(longestTask, task.duration);
    }
    samples.push({ view, kind, round, time, longestTask });
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const view of ['cohort', 'learner'] as const) {
      for (let i = 0; i < SAMPLES; i++) {
        const first = (i + round) % 2 === 0 ? 'element' : 'plain';
        await measure(view, first, round);
        await measure(view, first === 'element' ? 'plain' : 'element', round);
      }
    }
  }
  return { samples, checks, rounds: ROUNDS, perRound: SAMPLES };
}

(window as unknown as { benchResult: Promise<unknown> }).benchResult = run();
