/**
 * The browser benchmarks' common set-up on the large phantom (512×512×300 CT with the 50 mL lesion
 * L5, `generateDemo --large`, cached in node_modules/.cache/caliper-bench/large and linked into the
 * served dist/ as __bench__/): serve, open the CT, load it into the engine worker, then run `body`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium, startServer, waitForServer } from './harness';

type V3 = [number, number, number];
const ROOT = resolve(import.meta.dirname, '../..');
const LARGE = join(ROOT, 'node_modules/.cache/caliper-bench/large');

/** Percentile (linear interpolation) and the "p50 …, p95 …, max … (n=…)" line of the benchmarks. */
export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const r = (p / 100) * (s.length - 1);
  const lo = Math.floor(r), hi = Math.ceil(r);
  return s[lo] + (s[hi] - s[lo]) * (r - lo);
};
export const fmt = (xs: number[]): string => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;

function ensureLargeStudy(): void {
  const truth = join(LARGE, 'truth', 'baseline.json');
  if (existsSync(truth) && /"id": "L5"/.test(readFileSync(truth, 'utf8'))) return;
  console.error('generating the large phantom with L5 (about a minute)...');
  const r = spawnSync('pnpm', ['exec', 'tsx', 'packages/phantoms/src/cli/generateDemo.ts', '--large', '--out', LARGE], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('phantom generation failed');
}

/** Page point (CSS px) of a patient point drawn in viewport vp-0. */
export async function toPage(page: Page, p: V3): Promise<[number, number]> {
  const [x, y] = await page.evaluate((p) => (window as any).caliper.measureDebug.worldToCanvas('vp-0', p), p);
  const box = (await page.locator('.viewport-cell[data-viewport-id="vp-0"] canvas').first().boundingBox())!;
  return [box.x + x, box.y + y];
}

export interface LargeCt {
  readonly page: Page;
  /** The large phantom's truth (public/demo/truth format). */
  readonly truth: any;
}

/** Serves `dist` on `port`, opens the large CT in vp-0 with its voxels in the engine worker, runs `body`. */
export async function withLargeCt(dist: string, port: number, body: (s: LargeCt) => Promise<void>): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`build first: pnpm exec vite build (no ${dist}/index.html)`);
  ensureLargeStudy();
  const link = join(dist, '__bench__');
  rmSync(link, { force: true, recursive: false });
  symlinkSync(LARGE, link);
  const truth = JSON.parse(readFileSync(join(LARGE, 'truth', 'baseline.json'), 'utf8'));
  const base = `http://127.0.0.1:${port}/`;
  const server = startServer(ROOT, dist, port);
  const browser = await launchChromium();
  try {
    await waitForServer(base);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(`${base}?bench`);
    await page.waitForFunction(() => typeof (window as any).caliper === 'object');
    const iso = await page.evaluate(async (uid) => {
      const c = (window as any).caliper;
      await c.ready;
      await c.debug.loadManifest('./__bench__/manifest.json');
      await c.open(uid);
      // The whole volume into the engine worker before anything is timed.
      const t0 = performance.now();
      await c.measure({ type: 'sphere', centerMm: [0, 0, -100], radiusMm: 1 }, uid);
      return { crossOriginIsolated, volumeToWorkerMs: performance.now() - t0 };
    }, truth.grids.ct.seriesInstanceUID as string);
    console.log(`crossOriginIsolated: ${iso.crossOriginIsolated}; CT 512×512×300 loaded and in the engine worker after ${iso.volumeToWorkerMs.toFixed(0)} ms`);
    await body({ page, truth });
    await context.close();
  } finally {
    await browser.close();
    server.kill();
    rmSync(link, { force: true });
  }
}
