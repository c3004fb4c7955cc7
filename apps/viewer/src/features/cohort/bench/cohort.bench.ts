/**
 * `pnpm bench cohort`: the cohort view's work for 200 synthetic patients (issue 13 target: the
 * view of 200 patients ≤ 1 s), in Node, median of 7 after 2 warm-up runs — assess every patient +
 * buildCohort (selectCohort), the two Vega-Lite specs, their SVG (Vega compile + headless render),
 * and the cohort PDF. Same-run baseline: JSON.stringify + JSON.parse of the 200 timelines (the cost
 * of merely reading the documents once). The browser figure (to the plots in the page) comes from
 * `caliper.cohort.bench()` (e2e/cohort.spec.ts).
 */
import { performance } from 'node:perf_hooks';
import { buildCohortPdf, renderSvg } from '@caliper/board';
import { memberFromJson } from '../model/memberFromJson';
import { selectCohort } from '../model/selectCohort';
import type { CohortMember } from '../model/types';
import { viewSpecs } from '../model/viewSpecs';
import { syntheticCohort } from './syntheticCohort';

const N = Number(process.env.COHORT_N ?? 200);
const RUNS = 7;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeIt(f: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    await f();
    if (i >= 2) times.push(performance.now() - t0);
  }
  return median(times);
}

const docs = syntheticCohort(N);
const members: CohortMember[] = docs.map((d, i) => ({ ...memberFromJson(d, `p${i + 1}.json`), id: i + 1, label: `Patient ${i + 1}` }));
const view = selectCohort(members, 'recist1.1');
const opts = { theme: 'dark' as const, width: 400, quantity: 'Sum of diameters', unit: 'mm' };
const specs = viewSpecs(view.stats, opts);

const baseline = await timeIt(() => JSON.parse(JSON.stringify(docs)));
const build = await timeIt(() => selectCohort(members, 'recist1.1'));
const spec = await timeIt(() => viewSpecs(view.stats, opts));
const svg = await timeIt(() => Promise.all([renderSvg(specs.waterfall), renderSvg(specs.swimmer)]));
const total = await timeIt(async () => {
  const v = selectCohort(members, 'recist1.1');
  const s = viewSpecs(v.stats, opts);
  await Promise.all([renderSvg(s.waterfall), renderSvg(s.swimmer)]);
});
const pdf = await timeIt(() => buildCohortPdf(view.stats, { version: 'bench', criteria: 'recist1.1', label: 'Bench' }));

const ms = (v: number) => `${v.toFixed(1)} ms`;
console.log(`cohort bench: ${N} synthetic patients (${view.stats.swimmer.reduce((k, r) => k + r.markers.length, 0)} assessments), median of ${RUNS} after 2 warm-up runs`);
console.log(`  baseline JSON round trip of the ${N} timelines: ${ms(baseline)}`);
console.log(`  assess every patient + buildCohort (selectCohort): ${ms(build)}`);
console.log(`  waterfall + swimmer specs (viewSpecs): ${ms(spec)}`);
console.log(`  both SVGs (Vega-Lite compile + Vega headless render): ${ms(svg)}`);
console.log(`  total to the SVGs: ${ms(total)} — target ≤ 1000 ms: ${total <= 1000 ? 'met' : 'NOT met'}`);
console.log(`  cohort PDF (buildCohortPdf, ${N} table rows): ${ms(pdf)}`);
