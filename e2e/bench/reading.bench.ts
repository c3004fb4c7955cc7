/**
 * Reading persistence benchmark (issue 6), headless Chromium, not part of the test suite:
 *   pnpm run build && pnpm exec tsx e2e/bench/reading.bench.ts [--runs 7] [--port 4334]
 * On the demo CT (512×512×150), a reading of 20 lesions, each a 3D segmentation (a 10 mm ball, ~1000
 * voxels), is saved to IndexedDB (build the Reading: labelmap + RLE; zod validation; put) and
 * restored (load, validate, decode the labelmap, lesions + drawings back in the store; then until
 * every value is re-measured by the engine worker). Median of the runs.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, numberArg, runBench, startServer, waitForServer } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = process.env.CALIPER_DIST ?? join(ROOT, 'dist');
const DIST = join(tmpdir(), 'caliper-reading-bench-dist');
const arg = numberArg;
const RUNS = Math.max(5, arg('runs', 7));
const PORT = arg('port', 4334);
const BASE = `http://127.0.0.1:${PORT}/`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Hooks {
  seedSegmentedLesions(series: string, n: number, radiusMm: number): Promise<number>;
  saveOnce(study: string): Promise<{ ms: number; buildMs: number }>;
  restoreOnce(study: string): Promise<{ toLesionsMs: number; toValuesMs: number; lesions: number; skipped: string[] }>;
}
type W = { caliper: { ready: Promise<void>; open(uid: string): Promise<void>; reading: { bench: Hooks } } };

async function main() {
  if (!existsSync(join(BUILT, 'index.html')) || !existsSync(join(BUILT, 'demo', 'truth', 'baseline.json'))) throw new Error('build first: pnpm run build');
  // A private copy: other jobs rebuild dist/ while this runs.
  rmSync(DIST, { recursive: true, force: true });
  cpSync(BUILT, DIST, { recursive: true, filter: (src) => !src.includes('__bench__') && !src.includes('__e2e__') });
  const truth = JSON.parse(readFileSync(join(DIST, 'demo', 'truth', 'baseline.json'), 'utf8')) as { studyInstanceUID: string; grids: { ct: { seriesInstanceUID: string } } };
  const server = startServer(ROOT, DIST, PORT);
  const browser = await launchChromium();
  try {
    await waitForServer(BASE);
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(BASE);
    await page.waitForFunction(() => typeof (window as unknown as W).caliper === 'object');
    await page.evaluate(() => (window as unknown as W).caliper.ready);
    await page.evaluate((uid) => (window as unknown as W).caliper.open(uid), truth.grids.ct.seriesInstanceUID);
    const n = await page.evaluate((uid) => (window as unknown as W).caliper.reading.bench.seedSegmentedLesions(uid, 20, 10), truth.grids.ct.seriesInstanceUID);
    const saves: { ms: number; buildMs: number }[] = [];
    const restores: Awaited<ReturnType<Hooks['restoreOnce']>>[] = [];
    for (let r = 0; r < RUNS; r++) {
      saves.push(await page.evaluate((s) => (window as unknown as W).caliper.reading.bench.saveOnce(s), truth.studyInstanceUID));
      restores.push(await page.evaluate((s) => (window as unknown as W).caliper.reading.bench.restoreOnce(s), truth.studyInstanceUID));
      if (restores.at(-1)!.lesions !== n) throw new Error(`restored ${restores.at(-1)!.lesions} of ${n} lesions: ${restores.at(-1)!.skipped.slice(0, 3).join('; ')}`);
    }
    console.log(`reading of ${n} segmented lesions on CT 512×512×150, median of ${RUNS}:`);
    console.log(`  save to IndexedDB       ${median(saves.map((s) => s.ms)).toFixed(1)} ms (of which building the Reading ${median(saves.map((s) => s.buildMs)).toFixed(1)} ms)`);
    console.log(`  restore, lesions back   ${median(restores.map((s) => s.toLesionsMs)).toFixed(1)} ms`);
    console.log(`  restore, values back    ${median(restores.map((s) => s.toValuesMs)).toFixed(1)} ms (engine re-measures all ${n})`);
    console.log(`  all runs: save ${saves.map((s) => s.ms.toFixed(0)).join(' ')} | restore ${restores.map((s) => s.toValuesMs.toFixed(0)).join(' ')}`);
  } finally {
    await browser.close();
    server.kill();
    rmSync(DIST, { recursive: true, force: true });
  }
}

runBench(main);
