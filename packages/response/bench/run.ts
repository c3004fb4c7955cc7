/**
 * `pnpm bench response`: criteria over 10 lesions × 10 timepoints (target ≤ 5 ms per criterion,
 * validation included). Same-run baseline: a structuredClone of the same timeline — the cost of
 * merely copying the input once, so the figure reads as "N copies' worth".
 */
import { performance } from 'node:perf_hooks';
import { CRITERIA, assessResponse, parseTimeline } from '../src/index';
import type { CriteriaName, Timeline, TimelineLesion } from '../src/index';

function makeTimeline(lesions: number, timepoints: number): Timeline {
  const organs = ['liver', 'lung', 'bone', 'adrenal', 'node', 'spleen'];
  return {
    timepoints: Array.from({ length: timepoints }, (_, t) => {
      const date = new Date(Date.UTC(2025, 0, 6 + 56 * t)).toISOString().slice(0, 10);
      const f = 1 - 0.04 * t + 0.01 * (t % 3);
      const ls: TimelineLesion[] = Array.from({ length: lesions }, (_, i) => {
        const role = i < 5 ? 'target' : 'non-target';
        const nodal = i === 1;
        return {
          id: `L${i + 1}`, role, organ: organs[Math.floor(i / 2) % organs.length], nodal, status: role === 'target' ? 'measured' : 'present',
          longMm: 20 + 3 * i * f, shortMm: nodal ? 16 * f : 12 * f, viableLongMm: 15 + 2 * i * f, meanHu: 60 - 2 * t + i, volumeMl: (4 + i) * f * f * f,
          sulPeak: 5 + i * 0.3 * f, suvMax: 8 + i * 0.4 * f, deauville: 5,
        };
      });
      return { date, liverSulMean: 2.1, liverSulSd: 0.3, psmaTvMl: 300 * f, lesions: ls };
    }),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const timeline = makeTimeline(10, 10);
const json = JSON.parse(JSON.stringify(timeline)) as unknown;
const RUNS = 200;
const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  structuredClone(timeline);
  baseline.push(performance.now() - t0);
}
console.log(`response bench: 10 lesions × 10 timepoints, median of ${RUNS} runs (after 20 warm-up runs)`);
console.log(`  baseline structuredClone(timeline): ${median(baseline).toFixed(3)} ms`);
let worst = 0;
for (const c of CRITERIA as readonly CriteriaName[]) {
  for (let i = 0; i < 20; i++) assessResponse(parseTimeline(json), c);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    assessResponse(parseTimeline(json), c);
    times.push(performance.now() - t0);
  }
  const m = median(times);
  worst = Math.max(worst, m);
  console.log(`  ${c.padEnd(11)} parse + validate + assess: ${m.toFixed(3)} ms (${(m / median(baseline)).toFixed(1)}× the clone)`);
}
console.log(`  slowest criterion ${worst.toFixed(3)} ms — target ≤ 5 ms: ${worst <= 5 ? 'met' : 'NOT met'}`);
