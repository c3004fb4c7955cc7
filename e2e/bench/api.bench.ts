/**
 * Automation API benchmark (issue 18), not part of the test suite:
 *   pnpm exec vite build && pnpm bench api [-- --port 4342] [--runs 15] [--gap 250] [--profile]
 * (BENCH_DIST=<dir> serves another build than dist/). On the large phantom (CT 512×512×300, see
 * largeCt.ts), after the CT is loaded and in the engine worker, in page time:
 *  1. `caliper.measure` of a 70 mL sphere (the CLI's ROI JSON) around L5: call → resolved document;
 *  2. `caliper.grow` seeded at L5's centre (≈ 50 mL): call → resolved document, the lesion in the
 *     store (each run clears the lesions first, outside the timing);
 * calls `--gap` ms apart (default 250: the previous call's React render, region outline and the
 * reading's autosave, 400 ms after a change, are not charged to the next call);
 * each against the same run's engine time for the same call: the worker's own compute time
 * (measure: roiToMask + measureRoi; grow: region growing + crop + measureRoi of the region), as
 * reported by the worker with the reply. Target (issue 18): call ≤ 2 × engine + 5 ms.
 */
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { numberArg, runBench } from './harness';
import { fmt, pct, withLargeCt } from './largeCt';
import { profileMainThread } from './profile';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const PORT = numberArg('port', 4342);
const RUNS = numberArg('runs', 15);
/** Pause between calls (ms): the previous call's renders and autosave are not charged to the next one. */
const GAP = numberArg('gap', 250);
const PROFILE = process.argv.includes('--profile');
type V3 = [number, number, number];
type W = any;

/** Radius (mm) of a sphere of `ml` millilitres. */
const radiusForMl = (ml: number): number => Math.cbrt((3 * ml * 1000) / (4 * Math.PI));

interface Sample { callMs: number; engineMs: number; volumeMl: number; voxelCount: number; legs?: Record<string, number> }

function report(label: string, xs: Sample[]): void {
  const call = pct(xs.map((x) => x.callMs), 50), eng = pct(xs.map((x) => x.engineMs), 50);
  const target = 2 * eng + 5;
  console.log(`${label}: ${xs[0].volumeMl.toFixed(2)} mL, ${xs[0].voxelCount} voxels`);
  console.log(`  call → resolved ${fmt(xs.map((x) => x.callMs))}`);
  console.log(`  engine (worker compute, same calls) ${fmt(xs.map((x) => x.engineMs))}`);
  // Builds before issue 18 have no worker timings (NaN): only the call times are comparable.
  const legs = xs[0].legs;
  if (legs) console.log(`  legs (p50): ${Object.keys(legs).map((k) => `${k} ${pct(xs.map((x) => x.legs![k]), 50).toFixed(1)} ms`).join(', ')}`);
  console.log(`  overhead (call − engine) p50 ${pct(xs.map((x) => x.callMs - x.engineMs), 50).toFixed(1)} ms; target 2 × engine + 5 = ${target.toFixed(1)} ms → ${call <= target ? 'MET' : 'MISSED'} (call / target ${(call / target).toFixed(2)})`);
}

async function main() {
  await withLargeCt(DIST, PORT, async ({ page, truth }) => {
    const uid: string = truth.grids.ct.seriesInstanceUID;
    const L5 = truth.lesions.find((l: { id: string }) => l.id === 'L5');
    const c: V3 = L5.shape.centre_mm;
    await page.evaluate((p) => (window as W).caliper.measureDebug.goTo('vp-0', p), c);
    await page.waitForTimeout(500);

    const measureRuns = (n: number) => page.evaluate(async ({ uid, c, r, n, GAP_MS }) => {
      const cal = (window as W).caliper;
      const out: Sample[] = [];
      for (let q = 0; q < n; q++) {
        await new Promise((res) => setTimeout(res, GAP_MS));
        const t0 = performance.now();
        const doc = await cal.measure({ type: 'sphere', centerMm: c, radiusMm: r }, uid);
        const callMs = performance.now() - t0;
        out.push({ callMs, engineMs: cal.measureDebug.lastApiEngineMs?.() ?? NaN, volumeMl: doc.volumeMl, voxelCount: doc.voxelCount });
      }
      return out;
    }, { uid, c, r: radiusForMl(70), n, GAP_MS: GAP });

    const growRuns = (n: number) => page.evaluate(async ({ c, n, GAP_MS }) => {
      const cal = (window as W).caliper;
      const out: Sample[] = [];
      for (let q = 0; q < n; q++) {
        cal.clearLesions();
        await new Promise((res) => setTimeout(res, GAP_MS));
        const t0 = performance.now();
        const doc = await cal.grow(c);
        const callMs = performance.now() - t0;
        if (cal.lesions().length !== 1) throw new Error(`grow left ${cal.lesions().length} lesions`);
        out.push({ callMs, engineMs: cal.measureDebug.lastApiEngineMs?.() ?? NaN, volumeMl: doc.volumeMl, voxelCount: doc.voxelCount, legs: cal.measureDebug.lastApiLegs?.() });
      }
      cal.clearLesions();
      return out;
    }, { c, n, GAP_MS: GAP });

    await measureRuns(2);
    const m = PROFILE ? await profileMainThread(page, 'caliper.measure', () => measureRuns(RUNS)) : await measureRuns(RUNS);
    report('caliper.measure, 70 mL sphere at L5', m);
    await growRuns(2);
    const g = PROFILE ? await profileMainThread(page, 'caliper.grow', () => growRuns(RUNS)) : await growRuns(RUNS);
    console.log(`(${RUNS} calls each, ${GAP} ms apart; machine load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
    report(`caliper.grow at L5 (truth ${L5.ct.volumeVoxelised_mL.toFixed(2)} mL voxelised)`, g);
  });
}

runBench(main);
