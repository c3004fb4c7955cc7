/**
 * Engine vs Cornerstone3D `utilities.segmentation` on the same synthetic volumes, same page,
 * headless Chromium (not part of the test suite):
 *   pnpm exec vite build && pnpm exec tsx e2e/bench/compare.bench.ts [--runs 5] [--port 4332]
 * Volumes: CT 512×512×300 (0.78×0.78×2.5 mm) and PET 200×200×600 (3 mm, SUV) with a 50 mL sphere
 * (built in the page). Tasks: 3D region growing of the sphere (engine growRegion vs floodFill),
 * whole-volume threshold (thresholdToMask vs thresholdVolumeByRange), ROI statistics (+ SUVpeak on
 * PET) (computeRoiStats/computeSuvMetrics vs getStatistics, which runs in Cornerstone's compute
 * worker). Median of the runs; ratio = Cornerstone / engine; floor = one pass over the voxels.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, numberArg, runBench, startServer, waitForServer } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const arg = numberArg;
const RUNS = arg('runs', 5);
const PORT = arg('port', 4332);
const BASE = `http://127.0.0.1:${PORT}/`;

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('build first: pnpm exec vite build');
  const server = startServer(ROOT, DIST, PORT);
  const browser = await launchChromium();
  try {
    await waitForServer(BASE);
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(`${BASE}?bench`);
    await page.waitForFunction(() => typeof (window as any).caliper === 'object');
    await page.evaluate(() => (window as any).caliper.ready);
    for (const kind of ['ct', 'pet'] as const) {
      const r: Record<string, { engine: number; cornerstone: number; floorMs: number; check: string }> = await page.evaluate(
        async ({ kind, runs }) => (await (window as any).caliper.measureDebug.compareHooks()).compare(kind, runs),
        { kind, runs: RUNS },
      );
      console.log(`${kind === 'ct' ? 'CT 512×512×300' : 'PET 200×200×600'} (median of ${RUNS}):`);
      for (const [task, v] of Object.entries(r)) {
        console.log(`  ${task.padEnd(20)} engine ${v.engine.toFixed(1)} ms | Cornerstone ${v.cornerstone.toFixed(1)} ms | ratio ${(v.cornerstone / v.engine).toFixed(1)}× | one-pass floor ${v.floorMs.toFixed(1)} ms | ${v.check}`);
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

runBench(main);
