/**
 * `pnpm bench remeasure`: re-measuring 10 tracked lesions on a follow-up (issue 11 target ≤ 1 s),
 * as the proposals do it in the engine worker: 7 lesions re-grown from their mapped seed (bounds by
 * the local rule, RECIST axes and volume of the grown region) and 3 drawn shapes (RECIST lines,
 * spheres) measured, on a 512×512×300 CT (0.78 × 0.78 × 2 mm). Same-run baseline: a plain
 * full-grid breadth-first flood fill + mean per grown lesion (no cropping), what a straightforward
 * implementation does. Median of repeated runs.
 */
import { performance } from 'node:perf_hooks';
import type { Geometry, Volume } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { createMeasureApi } from '../../measure/worker/createMeasureApi';
import { mapPoint } from '../model/mapShape';

const DIM: [number, number, number] = [512, 512, 300];
const SP: [number, number, number] = [0.78125, 0.78125, 2];
const geometry: Geometry = {
  dimensions: DIM, spacing: SP, origin: [-200, -200, -300] as never,
  rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1],
} as Geometry;

/** Lesion centres (LPS mm) and radii (mm): soft-tissue lesions of 120 HU in a 40 HU body. */
const LESIONS = Array.from({ length: 10 }, (_, n) => ({
  c: [-120 + 27 * n, -60 + 12 * (n % 4), -260 + 50 * n] as [number, number, number],
  r: 8 + 1.5 * n,
}));

function makeCt(): Volume {
  const [ni, nj, nk] = DIM;
  const data = new Int16Array(ni * nj * nk);
  for (let k = 0; k < nk; k++) {
    const z = -300 + k * SP[2];
    for (let j = 0; j < nj; j++) {
      const y = -200 + j * SP[1];
      for (let i = 0; i < ni; i++) {
        const x = -200 + i * SP[0];
        let v = (x / 180) ** 2 + (y / 140) ** 2 <= 1 ? 40 : -1000;
        for (const l of LESIONS) if ((x - l.c[0]) ** 2 + (y - l.c[1]) ** 2 + (z - l.c[2]) ** 2 <= l.r * l.r) v = 120;
        data[(k * nj + j) * ni + i] = v;
      }
    }
  }
  return { geometry, data, unit: 'HU', modality: 'CT', seriesInstanceUID: 'bench-ct' } as Volume;
}

/** Naive baseline: BFS over the full grid from the seed, a fresh visited array each time, mean of the region. */
function naiveGrow(v: Volume, seed: [number, number, number], lower: number, upper: number): { count: number; mean: number } {
  const [ni, nj, nk] = DIM;
  const seen = new Uint8Array(ni * nj * nk);
  const queue = new Int32Array(ni * nj * nk);
  let head = 0, tail = 0, sum = 0;
  const s = (seed[2] * nj + seed[1]) * ni + seed[0];
  queue[tail++] = s;
  seen[s] = 1;
  while (head < tail) {
    const p = queue[head++];
    const val = v.data[p];
    sum += val;
    const i = p % ni, j = ((p - i) / ni) % nj, k = Math.floor(p / (ni * nj));
    for (const [di, dj, dk] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]]) {
      const a = i + di, b = j + dj, c = k + dk;
      if (a < 0 || b < 0 || c < 0 || a >= ni || b >= nj || c >= nk) continue;
      const q = (c * nj + b) * ni + a;
      if (seen[q] || v.data[q] < lower || v.data[q] > upper) continue;
      seen[q] = 1;
      queue[tail++] = q;
    }
  }
  return { count: tail, mean: sum / tail };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
  console.log('remeasure bench: 10 tracked lesions on a 512×512×300 CT (7 re-grown, 3 drawn shapes), engine worker API in Node');
  const t0 = performance.now();
  const ct = makeCt();
  const api = createMeasureApi();
  api.putVolume('ct', ct);
  console.log(`  set-up (volume build + put): ${(performance.now() - t0).toFixed(0)} ms`);
  // A follow-up 4 mm off: the alignment maps each prior seed; identity rotation.
  const t = { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 0] as [number, number, number] };
  const ours: number[] = [];
  const base: number[] = [];
  let last = '';
  for (let run = 0; run < RUNS + 1; run++) {
    const a = performance.now();
    const volumes: number[] = [];
    for (const [n, l] of LESIONS.entries()) {
      const seed = mapPoint(t, l.c);
      if (n < 7) {
        const r = await api.grow('ct', [seed[0], seed[1], seed[2]], undefined, { requestId: `g${run}-${n}` });
        if (r.cancelled || !r.ok) throw new Error('grow failed');
        volumes.push(r.value.measurement.result.volumeMl);
      } else if (n < 9) {
        const shape = { kind: 'sphere' as const, center: patientPoint(seed[0], seed[1], seed[2]), radiusMm: l.r + 4 };
        const r = await api.measure('ct', shape, { requestId: `s${run}-${n}` });
        if (r.cancelled || !r.ok) throw new Error('measure failed');
        volumes.push(r.value.result.volumeMl);
      } else {
        const lines = { kind: 'lines' as const, segments: [[patientPoint(seed[0] - l.r, seed[1], seed[2]), patientPoint(seed[0] + l.r, seed[1], seed[2])], [patientPoint(seed[0], seed[1] - l.r, seed[2]), patientPoint(seed[0], seed[1] + l.r, seed[2])]] as const };
        const r = await api.measure('ct', lines, { requestId: `l${run}-${n}` });
        if (r.cancelled || !r.ok) throw new Error('measure failed');
        volumes.push(r.value.linesMm[0]);
      }
    }
    const b = performance.now();
    for (const l of LESIONS.slice(0, 7)) {
      const ijk = [0, 1, 2].map((d) => Math.round((l.c[d] - [-200, -200, -300][d]) / SP[d])) as [number, number, number];
      naiveGrow(ct, ijk, 100, 140);
    }
    const c = performance.now();
    if (run > 0) {
      ours.push(b - a);
      base.push(c - b);
    }
    last = volumes.slice(0, 3).map((v) => v.toFixed(2)).join(', ');
  }
  const m = median(ours);
  console.log(`  10 lesions re-measured (proposal path): median ${m.toFixed(0)} ms over ${RUNS} runs — target ≤ 1000 ms: ${m <= 1000 ? 'met' : 'NOT met'}`);
  console.log(`  baseline, plain full-grid BFS flood fill of the 7 grown lesions only: median ${median(base).toFixed(0)} ms (${(median(base) / m).toFixed(1)}× ours)`);
  console.log(`  first grown volumes (mL): ${last}; analytic ${LESIONS.slice(0, 3).map((l) => ((4 / 3) * Math.PI * l.r ** 3 / 1000).toFixed(2)).join(', ')}`);
}

void main();
