/**
 * Interaction benchmark for the measure feature (issue 5), not part of the test suite:
 *   pnpm exec vite build && pnpm exec tsx e2e/bench/interact.bench.ts [--port 4331] [--moves 80] [--profile]
 * Serves dist/ (COOP/COEP on) with the large phantom (CT 512×512×300, `generateDemo --large`,
 * cached in node_modules/.cache/caliper-bench/large, linked as dist/__bench__/), headless Chromium.
 * After the volume is fully loaded and in the engine worker it measures, in page time:
 *  1. pointer move → updated overlay numbers of a 2D ellipse ROI being resized with the mouse
 *     (p50/p95), and in the same drag Cornerstone's own EllipticalROI statistics (pointer move → its
 *     SVG stats text changed);
 *  (click-to-grow preview latency is in e2e/bench/grow.bench.ts)
 *  2. main-thread long tasks (PerformanceObserver 'longtask') during a 5 s continuous drag.
 */
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { profileMainThread, traceTimeline } from './profile';
import { numberArg, runBench } from './harness';
import { fmt, toPage, withLargeCt } from './largeCt';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const PORT = numberArg('port', 4331);
const MOVES = numberArg('moves', 80);
const PROFILE = process.argv.includes('--profile');
const TRACE = process.argv.includes('--trace') ? process.argv[process.argv.indexOf('--trace') + 1] : undefined;
type V3 = [number, number, number];

/** In-page probes: last pointer-move time; overlay (ours) and Cornerstone SVG text change times. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as any;
    w.__b = { moves: [] as number[], doms: [] as number[], move: 0, moveTs: 0, ours: [] as number[], oursTs: [] as number[], cs: [] as number[], csTs: [] as number[], longtasks: [] as number[], oursSeen: 0, csText: '' };
    const b = w.__b;
    // `move`: when the page dispatches the event (Chromium aligns pointer moves to frames); `moveTs`: the
    // event's own timestamp (when the browser received it), so the figure includes that wait too.
    window.addEventListener('pointermove', (e) => { b.moves.push(performance.timeOrigin + performance.now()); b.move = performance.now(); b.moveTs = e.timeStamp; b.oursDone = false; b.csDone = false; }, true);
    const cell = document.querySelector('.viewport-cell[data-viewport-id="vp-0"]')!;
    new MutationObserver(() => {
      const el = cell.querySelector('.measure-overlay .measure-numbers[data-version]');
      const v = el ? Number(el.getAttribute('data-version')) : 0;
      if (v > b.oursSeen) {
        b.oursSeen = v;
        if (b.move && !b.oursDone) { const t = performance.now(); b.doms.push(performance.timeOrigin + t); b.ours.push(t - b.move); b.oursTs.push(t - b.moveTs); b.oursDone = true; }
      }
      const svgText = [...cell.querySelectorAll('svg text')].map((t) => t.textContent).join('|');
      if (svgText !== b.csText) {
        b.csText = svgText;
        if (b.move && !b.csDone && /Mean/.test(svgText)) { const t = performance.now(); b.cs.push(t - b.move); b.csTs.push(t - b.moveTs); b.csDone = true; }
      }
    }).observe(cell, { subtree: true, childList: true, attributes: true, characterData: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (b.recordLong) b.longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  });
}

async function main() {
  await withLargeCt(DIST, PORT, async ({ page, truth }) => {
    const L1 = truth.lesions.find((l: { id: string }) => l.id === 'L1');
    await page.evaluate((p) => (window as any).caliper.measureDebug.goTo('vp-0', p), L1.shape.centre_mm);
    await installProbes(page);

    const c: V3 = L1.shape.centre_mm;
    const [cx, cy] = await toPage(page, c);
    const [ex, ey] = await toPage(page, [c[0] + 10, c[1] + 8, c[2]]);

    /** Draw an ellipse at L1 and resize it with MOVES small pointer moves; then a 5 s drag of its corner. */
    const session = async (probe: 'ours' | 'cs') => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.evaluate(() => { const b = (window as any).__b; for (const k of ['ours', 'oursTs', 'cs', 'csTs', 'moves', 'doms']) b[k].length = 0; });
      for (let i = 0; i < MOVES; i++) {
        const f = 0.5 + (i % 40) / 40;
        await page.mouse.move(cx + (ex - cx) * f, cy + (ey - cy) * f);
        await page.waitForTimeout(40);
      }
      await page.mouse.up();
      const lat: number[] = await page.evaluate((k) => [...(window as any).__b[k]], probe);
      const latTs: number[] = await page.evaluate((k) => [...(window as any).__b[`${k}Ts`]], probe);
      await page.waitForTimeout(300);
      await page.mouse.move(ex, ey);
      await page.mouse.down();
      await page.evaluate(() => { (window as any).__b.recordLong = true; (window as any).__b.longtasks.length = 0; });
      const t0 = Date.now();
      let i = 0;
      while (Date.now() - t0 < 5000) {
        const f = 0.6 + 0.4 * Math.sin(i++ / 10);
        await page.mouse.move(cx + (ex - cx) * f, cy + (ey - cy) * f);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.waitForTimeout(300);
      const longs: number[] = await page.evaluate(() => { (window as any).__b.recordLong = false; return [...(window as any).__b.longtasks]; });
      return { lat, latTs, longs, moves: i };
    };
    const longFmt = (r: { longs: number[]; moves: number }) =>
      `${r.moves} moves: ${r.longs.length} long tasks, ${r.longs.filter((d) => d > 50).length} over 50 ms, longest ${r.longs.length ? Math.max(...r.longs).toFixed(0) : 0} ms`;

    // 1. Caliper's ellipse: numbers computed in the engine worker.
    await page.locator('[data-measure-tool="ellipse"]').click();
    const ours = PROFILE ? await profileMainThread(page, 'Caliper ellipse drag', () => session('ours'))
      : TRACE ? await traceTimeline(page, TRACE, () => session('ours')) : await session('ours');
    const rt: (Record<'roundTripMs' | 'computeMs' | 'toWorkerMs' | 'inWorkerMs' | 'toMainMs' | 'postedAt' | 'deliveredAt', number> & { via: string })[] = await page.evaluate(() => (window as any).caliper.measureDebug.timings());
    const { moves, doms }: { moves: number[]; doms: number[] } = await page.evaluate(() => ({ moves: [...(window as any).__b.moves], doms: [...(window as any).__b.doms] }));
    // 2. Baseline, same page and drag: Cornerstone's stock EllipticalROI with its own main-thread statistics.
    await page.evaluate(() => (window as any).caliper.measureDebug.useCornerstoneStatsTool());
    const cs = PROFILE ? await profileMainThread(page, 'Cornerstone EllipticalROI drag', () => session('cs')) : await session('cs');

    console.log(`2D ellipse, pointer move → Caliper overlay numbers (engine worker): ${fmt(ours.lat)}`);
    console.log(`2D ellipse, pointer move → Cornerstone EllipticalROI stats text (baseline, main thread): ${fmt(cs.lat)}`);
    console.log(`   the same from the input event's timestamp (adds the browser's wait for the next frame): Caliper ${fmt(ours.latTs)}; Cornerstone ${fmt(cs.latTs)}`);
    console.log(`2D ellipse, engine request → reply on the main thread (worker round trip): ${fmt(rt.map((t) => t.roundTripMs))}`);
    console.log(`2D ellipse, in-worker compute (crop, rasterise, stats, RECIST): ${fmt(rt.map((t) => t.computeMs))}`);
    console.log(`   split: main → worker ${fmt(rt.map((t) => t.toWorkerMs))}; in the worker ${fmt(rt.map((t) => t.inWorkerMs))}; worker → main ${fmt(rt.map((t) => t.toMainMs))}`);
    // Per pointer move of the drag: move → request posted → result in the store → numbers in the DOM.
    const stages = { toPost: [] as number[], toStore: [] as number[], toDom: [] as number[] };
    for (let m = 0; m < moves.length; m++) {
      const next = moves[m + 1] ?? Infinity;
      const t = rt.find((x) => x.postedAt >= moves[m] && x.postedAt < next);
      const d = doms.find((x) => x >= moves[m] && x < next);
      if (!t || d === undefined) continue;
      stages.toPost.push(t.postedAt - moves[m]);
      stages.toStore.push(t.deliveredAt - t.postedAt);
      stages.toDom.push(d - t.deliveredAt);
    }
    console.log(`   per move: pointer move → request posted ${fmt(stages.toPost)}; → result in the store ${fmt(stages.toStore)}; → numbers in the DOM ${fmt(stages.toDom)}`);
    console.log(`   taken from shared memory (in the input event, the next task or the drawing frame): ${rt.filter((t) => t.via === 'shared').length} of ${rt.length}; the rest by message`);
    console.log(`5 s drag, Caliper ellipse (${longFmt(ours)})`);
    console.log(`5 s drag, Cornerstone EllipticalROI baseline (${longFmt(cs)})`);
  });
}

runBench(main);
