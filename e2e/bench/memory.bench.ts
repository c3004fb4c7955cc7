/**
 * `pnpm bench memory` (issues 16, 18): the renderer's memory with a 1000-slice CT (512×512) plus a
 * whole-body PET/CT and its prior open one after another in one tab, with and without the
 * decoded-volume cache budget (docs/loading.md, "Memory"). Figures, not a timed test.
 *
 * Data: the phantom generator of the large benchmark (`largeConfig`) with two timepoints, each a CT
 * of 1000 slices at 1.5 mm (−1300 … +198.5 mm, the whole phantom) and a 200×200×600 PET, explicit VR
 * (cached in node_modules/.cache/caliper-bench/memory, ~2.2 GB, generated once).
 *
 * Per run (a fresh browser): open each series in the MPR layout in turn (prior CT, prior PET, current
 * CT, current PET: the last one on screen, the others left behind), waiting for every slice; after
 * each, read the JS heap (CDP Performance.getMetrics) and the renderer process's resident set
 * and the GPU process's resident sets (/proc: VmRSS now, VmHWM its peak; SwiftShader keeps textures
 * in the GPU process). Runs (`--budgets`, MiB or `default`): 100 000 MiB (no eviction) and 600 MiB.
 *
 *   pnpm exec vite build --outDir ../../dist-mem && pnpm bench memory -- --dist dist-mem --port 4380
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { largeConfig } from '../../packages/phantoms/src/study/config';
import { generatePhantomSet } from '../../packages/phantoms/src/study/generatePhantomSet';
import { launchChromium, numberArg, runBench, startServer, waitForServer } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_DATA = join(ROOT, 'node_modules/.cache/caliper-bench/memory');
const MIB = 1024 * 1024;

function stringArg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

async function ensureData(DATA: string): Promise<void> {
  if (existsSync(join(DATA, 'manifest.json'))) return;
  console.error('generating the memory phantom: 2 × (CT 512×512×1000 + PET 200×200×600), explicit VR (a few minutes)...');
  rmSync(DATA, { recursive: true, force: true });
  const d = largeConfig(1);
  const config = {
    ...d,
    uidNamespace: 'memory',
    timepoints: 2 as const,
    transferSyntax: 'explicit' as const,
    ct: { ...d.ct, slices: 1000, zStartMm: -1300, zEndMm: -1300 + 999 * 1.5 },
  };
  const dirs = new Set<string>();
  const t0 = Date.now();
  const set = await generatePhantomSet(config, (rel, data) => {
    const file = join(DATA, rel);
    if (!dirs.has(dirname(file))) {
      mkdirSync(dirname(file), { recursive: true });
      dirs.add(dirname(file));
    }
    writeFileSync(file, data);
  });
  console.error(`generated ${set.manifest.studies.length} studies in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

interface Manifest {
  studies: { studyDate: string; series: { seriesInstanceUID: string; modality: string; instances: string[] }[] }[];
}

/** Pids of the processes descending from `root` (its renderers, GPU, utility processes). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of parent) {
      if (pp !== p) continue;
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Resident set of the browser's renderer and GPU processes: now and peak (VmRSS, VmHWM), MiB. */
function processRss(browserPid: number): { rssMiB: number; peakMiB: number; gpuMiB: number; gpuPeakMiB: number } {
  const out = { rssMiB: 0, peakMiB: 0, gpuMiB: 0, gpuPeakMiB: 0 };
  for (const pid of descendants(browserPid)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const gpu = cmd.includes('--type=gpu-process');
      if (!gpu && !cmd.includes('--type=renderer')) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const mib = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
      // One tab: the largest renderer is the page (others are spare or service processes).
      if (gpu) {
        out.gpuMiB = Math.max(out.gpuMiB, mib('VmRSS'));
        out.gpuPeakMiB = Math.max(out.gpuPeakMiB, mib('VmHWM'));
      } else {
        out.rssMiB = Math.max(out.rssMiB, mib('VmRSS'));
        out.peakMiB = Math.max(out.peakMiB, mib('VmHWM'));
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

async function run(base: string, budget: string, order: { label: string; uid: string }[]): Promise<void> {
  const browser = await launchChromium();
  const browserPid = await pidOfBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const m = (n: string) => (metrics.find((x) => x.name === n)?.value ?? 0) / MIB;
      return { usedMiB: m('JSHeapUsedSize'), totalMiB: m('JSHeapTotalSize') };
    };
    await page.goto(budget === 'default' ? base : `${base}?cacheMB=${budget}`);
    await page.waitForFunction(() => typeof (window as any).caliper === 'object');
    const budgetMB = await page.evaluate(async () => {
      const c = (window as any).caliper;
      await c.ready;
      await c.debug.loadManifest('./__memory__/manifest.json');
      return c.cache.info().budgetMB as number;
    });
    console.log(`\nbudget ${budget === 'default' ? `default (${budgetMB} MiB)` : `${budgetMB} MiB`}`);
    let peakHeap = 0;
    for (const s of order) {
      const t0 = Date.now();
      await page.evaluate(async (uid) => {
        const c = (window as any).caliper;
        await c.open(uid, { viewport: 'mpr' });
        // Every slice decoded (the cache marks a series complete then).
        for (let i = 0; i < 1200; i++) {
          if (c.cache.info().series.some((x: { seriesUID: string; complete: boolean }) => x.seriesUID === uid && x.complete)) return;
          await new Promise((r) => setTimeout(r, 250));
        }
        throw new Error(`series ${uid} did not finish loading in 300 s`);
      }, s.uid);
      const h = await heap();
      peakHeap = Math.max(peakHeap, h.usedMiB);
      const r = processRss(browserPid);
      const info = (await page.evaluate(() => (window as any).caliper.cache.info())) as { usedMB: number; evictions: number; series: unknown[] };
      console.log(
        `  ${s.label.padEnd(22)} loaded in ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s · JS heap ${h.usedMiB.toFixed(0).padStart(5)} MiB · renderer RSS ${r.rssMiB.toFixed(0).padStart(5)} MiB (peak ${r.peakMiB.toFixed(0)}) · GPU process ${r.gpuMiB.toFixed(0)} MiB · cache ${info.usedMB.toFixed(0)} MiB in ${info.series.length} series, ${info.evictions} evicted`,
      );
    }
    const r = processRss(browserPid);
    console.log(`  → peak JS heap ${peakHeap.toFixed(0)} MiB, peak renderer RSS ${r.peakMiB.toFixed(0)} MiB, peak GPU process RSS ${r.gpuPeakMiB.toFixed(0)} MiB (SwiftShader: textures in memory), tab crashed: ${crashed ? 'YES' : 'no'}`);
    await context.close();
  } finally {
    await browser.close();
  }
}

/** The newest Chromium browser process started by this one (Playwright does not expose its pid). */
async function pidOfBrowser(): Promise<number> {
  const mine = descendants(process.pid);
  const browsers = mine.filter((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return cmd.includes('chromium') && !cmd.includes('--type=');
    } catch {
      return false;
    }
  });
  if (!browsers.length) throw new Error('no Chromium browser process found under this one');
  return Math.max(...browsers);
}

runBench(async () => {
  // `--data <dir>`: another generated set (e.g. the large benchmark's, to try the script quickly).
  const DATA = resolve(ROOT, stringArg('data', DEFAULT_DATA));
  await ensureData(DATA);
  if (process.argv.includes('--generate-only')) return;
  const dist = resolve(ROOT, stringArg('dist', 'dist'));
  const port = numberArg('port', 4380);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`build first: pnpm exec vite build (no ${dist}/index.html)`);
  const link = join(dist, '__memory__');
  rmSync(link, { force: true, recursive: false });
  symlinkSync(DATA, link);
  const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
  const sorted = [...manifest.studies].sort((a, b) => a.studyDate.localeCompare(b.studyDate));
  const [prior, current] = [sorted[0], sorted[sorted.length - 1]];
  const pick = (st: Manifest['studies'][number], m: string) => st.series.find((s) => s.modality === m)!;
  const order = [
    { label: `prior CT (${pick(prior, 'CT').instances.length} sl.)`, uid: pick(prior, 'CT').seriesInstanceUID },
    { label: `prior PET (${pick(prior, 'PT').instances.length} sl.)`, uid: pick(prior, 'PT').seriesInstanceUID },
    { label: `current CT (${pick(current, 'CT').instances.length} sl.)`, uid: pick(current, 'CT').seriesInstanceUID },
    { label: `current PET (${pick(current, 'PT').instances.length} sl.)`, uid: pick(current, 'PT').seriesInstanceUID },
  ];
  const base = `http://127.0.0.1:${port}/`;
  const server = startServer(ROOT, dist, port);
  try {
    await waitForServer(base);
    console.log(`memory: ${order.map((o) => o.label).join(', ')}, opened in turn in the MPR layout (one tab)`);
    for (const budget of (stringArg('budgets', '100000,600')).split(',')) await run(base, budget, order);
  } finally {
    server.kill();
    rmSync(link, { force: true });
  }
});
