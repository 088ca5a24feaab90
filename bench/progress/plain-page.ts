// The plain pages of the page-load comparison: fetch the same JSON summary the element's demo
// data source produces and build the same DOM by hand (baseline.ts), with the element's own style
// sheets (their text is compiled into this bundle, as the element's are into its modules).
import type { CohortSummary, LearnerSummary } from '../../src/data/types.js';
import { plainCohort, plainLearner } from './baseline.js';

declare const __BENCH_VIEW__: 'cohort' | 'learner';
declare const __BENCH_CSS__: { shadow: string[]; document: string[] };

const sheet = (text: string) => {
  const result = new CSSStyleSheet();
  result.replaceSync(text);
  return result;
};

const host = document.getElementById('host')!;
// Live data, not cached, as the element's HTTP data source asks for it.
const data: unknown = await (await fetch(`/out/${__BENCH_VIEW__}.json`, { cache: 'no-store' })).json();
if (__BENCH_CSS__.document.length) document.adoptedStyleSheets = __BENCH_CSS__.document.map(sheet);
const sheets = __BENCH_CSS__.shadow.map(sheet);
if (__BENCH_VIEW__ === 'cohort') plainCohort(host, data as CohortSummary, sheets);
else plainLearner(host, data as LearnerSummary, sheets);
