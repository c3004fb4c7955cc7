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
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 5);
const PORT = arg('port', 4332);
const BASE = `http://127.0.0.1:${PORT}/`;

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('build first: pnpm exec vite build');
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), DIST], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    for (let i = 0; i < 50 && !(await fetch(BASE).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
