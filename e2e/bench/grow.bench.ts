/**
 * Click-to-grow benchmark (issue 5), not part of the test suite:
 *   pnpm exec vite build && pnpm exec tsx e2e/bench/grow.bench.ts [--port 4333] [--clicks 15]
 * (BENCH_DIST=<dir> serves another build than dist/). Serves the build (COOP/COEP on) with the
 * large phantom (CT 512×512×300, `generateDemo --large`, cached in
 * node_modules/.cache/caliper-bench/large, linked as <build>/__bench__/), headless Chromium.
 * After the CT is fully loaded and in the engine worker, on L5 (a homogeneous ≈ 50 mL lesion of
 * the large set only), in page time:
 *  1. click → preview: pointerdown → the solid outline of that click's preview and its numbers in
 *     the DOM (median/p95 of repeated clicks), with the worker's own grow and measure times;
 *  2. drag → preview: press on L5, then horizontal steps of 10 px (wider, back, narrower, back):
 *     each pointermove → the solid outline for the new bounds (the next step waits for it);
 *  3. a continuous 60 Hz drag (2 s): previews shown, and last move → settled outline;
 *  4. baseline in the same page: Cornerstone3D `utilities.segmentation.floodFill` (main thread,
 *     6-connected) on the same volume, seed and default bounds — region growing only, no mask
 *     crop, outline or measurement — against the engine's grow (+ crop) time in its worker.
 */
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { numberArg, runBench } from './harness';
import { fmt, pct, toPage, withLargeCt } from './largeCt';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const PORT = numberArg('port', 4333);
const CLICKS = numberArg('clicks', 15);
type V3 = [number, number, number];
type W = any;

interface Probe { ms: number; fromInputMs: number; ml: number; growMs: number; measureMs: number; roundTripMs: number; toWorkerMs: number; fromWorkerMs: number }

/**
 * In-page probe: resolves with ms from the next `event` (pointerdown / pointermove; its timeStamp) to the moment
 * the preview for the newest request is in the DOM (solid outline + fresh numbers of that version).
 */
async function armProbe(page: Page, event: 'pointerdown' | 'pointermove'): Promise<() => Promise<Probe>> {
  // Installed (awaited) before the pointer event is sent; the returned function waits for the result.
  await page.evaluate((event) => { (window as W).__probe = new Promise((resolve, reject) => {
    let start = 0, stamp = 0;
    const before = document.querySelector('.measure-grow')?.getAttribute('data-requested-version') ?? '';
    // `ms` from the event's dispatch; `fromInputMs` from its own time stamp (pointermoves are
    // frame-aligned, so on a busy machine dispatch lags the input by up to a frame).
    window.addEventListener(event, (e) => { start = performance.now(); stamp = e.timeStamp; }, { capture: true, once: true });
    // Inline callbacks only: tsx's keepNames would wrap a named inner function in an undefined __name.
    const mo = new MutationObserver(() => {
      const g = document.querySelector('.measure-grow');
      const v = g?.getAttribute('data-requested-version') ?? '';
      const svg = document.querySelector('.grow-outline');
      const nums = g?.querySelector('.measure-numbers');
      if (!start || !v || v === before || svg?.getAttribute('data-version') !== v || svg.getAttribute('data-stale') !== 'false' || nums?.getAttribute('data-version') !== v) return;
      mo.disconnect();
      clearTimeout(to);
      const now = performance.now(), ms = now - start, fromInputMs = now - stamp;
      const vol = Number(nums.querySelector('[data-key="volume"]')?.getAttribute('data-value'));
      resolve({ ms, fromInputMs, ml: vol, growMs: Number(g!.getAttribute('data-grow-ms')), measureMs: Number(g!.getAttribute('data-measure-ms')), roundTripMs: Number(g!.getAttribute('data-roundtrip-ms')), toWorkerMs: Number(g!.getAttribute('data-to-worker-ms')), fromWorkerMs: Number(g!.getAttribute('data-from-worker-ms')) });
    });
    mo.observe(document.body, { subtree: true, attributes: true, childList: true });
    const to = setTimeout(() => { mo.disconnect(); 
      const g = document.querySelector('.measure-grow'), svg = document.querySelector('.grow-outline');
      reject(new Error(`no preview after ${event} (${start ? 'event seen' : 'no event'}; requested ${g?.getAttribute('data-requested-version')}, reply ${g?.getAttribute('data-grow-version')}, outline ${svg?.getAttribute('data-version')} stale ${svg?.getAttribute('data-stale')}, numbers ${g?.querySelector('.measure-numbers')?.getAttribute('data-version')})`));
    }, 10_000);
  }); }, event);
  return () => page.evaluate(() => (window as W).__probe);
}

async function main() {
  await withLargeCt(DIST, PORT, async ({ page, truth }) => {
    const L5 = truth.lesions.find((l: { id: string }) => l.id === 'L5');
    const c: V3 = L5.shape.centre_mm;
    await page.evaluate((p) => (window as W).caliper.measureDebug.goTo('vp-0', p), c);
    await page.locator('[data-measure-tool="grow"]').click();
    const [cx, cy] = await toPage(page, c);
    await page.waitForTimeout(500);

    // 1. Click → preview (a different voxel each time: ±1 px).
    const clicks: Probe[] = [];
    for (let i = 0; i < CLICKS + 1; i++) {
      await page.waitForTimeout(60);
      const p = await armProbe(page, 'pointerdown');
      await page.mouse.click(cx + (i % 3) - 1, cy + ((i >> 1) % 3) - 1);
      clicks.push(await p());
    }
    const warm = clicks.slice(1);
    console.log(`click-to-grow preview of L5 (${warm[0].ml.toFixed(2)} mL; truth ${L5.ct.volumeVoxelised_mL.toFixed(2)} mL voxelised), pointerdown → outline + numbers: ${fmt(warm.map((x) => x.ms))} (first click ${clicks[0].ms.toFixed(0)} ms)`);
    console.log(`  from the input event's time stamp: ${fmt(warm.map((x) => x.fromInputMs))}`);
    console.log(`  in the worker: grow + crop ${fmt(warm.map((x) => x.growMs))}; measure the preview ${fmt(warm.map((x) => x.measureMs))}`);
    console.log(`  worker round trip (request → reply on the main thread) ${fmt(warm.map((x) => x.roundTripMs))}; main thread (event → request, reply → DOM) ${fmt(warm.map((x) => x.ms - x.roundTripMs))}`);
    console.log(`  round trip legs: request → worker starts ${fmt(warm.map((x) => x.toWorkerMs))}; worker replies → main thread resumes ${fmt(warm.map((x) => x.fromWorkerMs))}`);

    // Baseline: Cornerstone floodFill, same volume, same seed, the default bounds of a click there.
    const pc = await armProbe(page, 'pointerdown');
    await page.mouse.click(cx, cy);
    await pc();
    const g: { bounds: { lower: number; upper: number }; voxelCount: number } = await page.evaluate(() => (window as W).caliper.measureDebug.state().grow);
    const cs: { medianMs: number; voxels: number } = await page.evaluate(
      async ({ uid, c, b }) => (await (window as W).caliper.growBench()).cornerstoneFloodFill(uid, c, b.lower, b.upper, 5),
      { uid: truth.grids.ct.seriesInstanceUID as string, c, b: g.bounds },
    );
    const eng = pct(warm.map((x) => x.growMs), 50);
    console.log(`baseline, seed at L5's centre, default bounds [${g.bounds.lower.toFixed(1)}, ${g.bounds.upper.toFixed(1)}] HU: Cornerstone floodFill (main thread) median ${cs.medianMs.toFixed(1)} ms, ${cs.voxels} voxels | engine grow + crop (worker) p50 ${eng.toFixed(1)} ms, ${g.voxelCount} voxels | ratio ${(cs.medianMs / eng).toFixed(1)}×`);

    // 2. Drag → preview, step by step.
    await page.mouse.move(cx, cy);
    const p0 = await armProbe(page, 'pointerdown');
    await page.mouse.down();
    await p0();
    const steps = [10, 20, 30, 40, 50, 60, 70, 80, 70, 60, 50, 40, 30, 20, 10, 0, -10, -20, -30, -40, -50, -40, -30, -20, -10, 0];
    const drag: (Probe & { dx: number })[] = [];
    for (const dx of steps) {
      const p = await armProbe(page, 'pointermove');
      await page.mouse.move(cx + dx, cy + 3);
      const r = await p();
      drag.push({ ...r, dx });
    }
    console.log(`drag-adjust, pointermove → outline + numbers for the new bounds: ${fmt(drag.map((x) => x.ms))}`);
    console.log(`  from the input event's time stamp (incl. waiting for the frame that dispatches it): ${fmt(drag.map((x) => x.fromInputMs))}`);
    console.log(`  worker round trip ${fmt(drag.map((x) => x.roundTripMs))}; in-worker grow + measure ${fmt(drag.map((x) => x.growMs + x.measureMs))}`);
    console.log(`  volume (mL) by dx (px): ${drag.map((x) => `${x.dx}:${x.ml.toFixed(1)}`).join(' ')}`);

    // 3. Continuous drag, a move every 16 ms for 2 s; then the settle time after the last move.
    await page.evaluate(() => {
      const w = window as W;
      w.__g = { shown: 0, last: '' };
      w.__gmo = new MutationObserver(() => {
        const svg = document.querySelector('.grow-outline');
        const v = svg?.getAttribute('data-stale') === 'false' ? svg.getAttribute('data-version') ?? '' : '';
        if (v && v !== w.__g.last) { w.__g.last = v; w.__g.shown++; }
      });
      w.__gmo.observe(document.body, { subtree: true, attributes: true, childList: true });
    });
    const t0 = Date.now();
    let moves = 0;
    while (Date.now() - t0 < 2000) {
      await page.mouse.move(cx + 60 * Math.sin(moves / 8), cy + 3);
      moves++;
      await page.waitForTimeout(16);
    }
    const settle = await armProbe(page, 'pointermove');
    await page.mouse.move(cx + 33, cy + 3);
    const st = await settle();
    const shown: number = await page.evaluate(() => { (window as W).__gmo.disconnect(); return (window as W).__g.shown; });
    await page.mouse.up();
    await page.keyboard.press('Escape');
    console.log(`continuous drag (${moves} moves in 2 s): ${shown} solid previews shown; last move → settled outline ${st.ms.toFixed(1)} ms (${st.fromInputMs.toFixed(1)} ms from its time stamp)`);

  });
}

runBench(main);
