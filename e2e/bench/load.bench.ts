/**
 * Load-speed benchmark (not part of the test suite):
 *   pnpm exec vite build && pnpm exec tsx e2e/bench/load.bench.ts [--runs 5] [--port 4330]
 * Serves dist/ from localhost (scripts/serve.mjs, COOP/COEP on), with the large phantom
 * (packages/phantoms `--large`: CT 512×512×300, JPEG-LS) linked in as dist/__bench__/, and measures
 * in headless Chromium, from navigation start (performance.now()):
 *  - first image: stack view of the CT's middle slice rendered;
 *  - full volume: every one of the 300 slices loaded into the volume and the MPR rendered;
 * each in a fresh browser context (cold HTTP cache, no service worker), median of the runs.
 * Also reports the gzipped size of the JavaScript the page loads before the first image, and of the
 * main (start-up) JS: the entry chunk, the chunk main.tsx imports at once (boot) and their static
 * imports. Lazy chunks (measure, persistence: fetched after Cornerstone init, before
 * `caliper.ready`) are in the first figure, not the second.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, numberArg, runBench, startServer, waitForServer } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = process.env.E2E_DIST ?? join(ROOT, 'dist');
/** A private copy of dist/ (other jobs may rebuild dist/ while the benchmark runs). */
const DIST = join(ROOT, 'node_modules/.cache/caliper-bench/dist');
const LARGE = join(ROOT, 'node_modules/.cache/caliper-bench/large');
const arg = numberArg;
const RUNS = arg('runs', 5);
const PORT = arg('port', 4330);
const BASE = `http://127.0.0.1:${PORT}/`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function ensureLargeStudy(): void {
  if (existsSync(join(LARGE, 'manifest.json'))) return;
  console.error('generating the large phantom (about a minute)...');
  const r = spawnSync('pnpm', ['exec', 'tsx', 'packages/phantoms/src/cli/generateDemo.ts', '--large', '--out', LARGE], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('phantom generation failed');
}

/** Entry chunk of dist/index.html, the chunks it imports at once (boot) and all their static imports. */
function mainJsChunks(dist: string): { url: string; gzip: number; raw: number }[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module entry in index.html');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(join(dist, file), 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(`assets/${m[1]}`);
  };
  visit(entry);
  // main.tsx: `import('./app/boot')` at once; Vite lists that import's chunks in __vite__mapDeps.
  const deps = /m\.f=\[([^\]]*)\]/.exec(readFileSync(join(dist, entry), 'utf8'))?.[1] ?? '';
  for (const d of deps.split(',')) {
    const f = d.replace(/["'`\s]/g, '').replace(/^\.\//, '');
    if (f.endsWith('.js')) visit(`assets/${f}`);
  }
  return [...seen].map((f) => {
    const bytes = readFileSync(join(dist, f));
    return { url: `/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

async function main() {
  if (!existsSync(join(BUILT, 'index.html'))) throw new Error('build first: pnpm exec vite build');
  ensureLargeStudy();
  rmSync(DIST, { recursive: true, force: true });
  cpSync(BUILT, DIST, { recursive: true, filter: (src) => !src.includes('__bench__') && !src.includes('__e2e__') && !src.includes(`${BUILT}/demo`) });
  const link = join(DIST, '__bench__');
  rmSync(link, { force: true, recursive: false });
  symlinkSync(LARGE, link);
  const manifest = JSON.parse(readFileSync(join(LARGE, 'manifest.json'), 'utf8'));
  const ct = manifest.studies[0].series.find((s: { modality: string; instances: string[] }) => s.modality === 'CT' && s.instances.length >= 300);
  if (!ct) throw new Error('no 300-slice CT in the large phantom');

  const mainJs = mainJsChunks(DIST);
  const server = startServer(ROOT, DIST, PORT);
  const browser = await launchChromium();
  try {
    await waitForServer(BASE);
    const firstImage: number[] = [];
    const fullVolume: number[] = [];
    let startupJs: { url: string; gzip: number; raw: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['stack', 'mpr'] as const) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        const js: string[] = [];
        page.on('response', (r) => {
          if (r.url().endsWith('.js') && r.request().resourceType() === 'script') js.push(r.url());
        });
        await page.goto(`${BASE}?bench`);
        const { ms, marks } = await page.evaluate(
          async ({ uid, mode }) => {
            await new Promise<void>((r) => {
              const t = setInterval(() => {
                if ((window as any).caliper) {
                  clearInterval(t);
                  r();
                }
              }, 5);
            });
            const c = (window as any).caliper;
            await c.ready;
            await c.debug.loadManifest('./__bench__/manifest.json');
            await c.open(uid, mode === 'mpr' ? { viewport: 'mpr' } : {});
            const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.split(':').slice(0, 2).join(':'), Math.round(m.startTime)]));
            return { ms: performance.now(), marks };
          },
          { uid: ct.seriesInstanceUID, mode },
        );
        if (mode === 'stack') {
          firstImage.push(ms);
          if (run === 0) {
            startupJs = js.map((u) => {
              const file = join(DIST, new URL(u).pathname);
              const bytes = readFileSync(file);
              return { url: new URL(u).pathname, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
            });
          }
        } else {
          const info = await page.evaluate((uid) => (window as any).caliper.debug.volumeInfo(uid), ct.seriesInstanceUID);
          if (info.dimensions.join('x') !== '512x512x300') throw new Error(`unexpected volume ${info.dimensions.join('x')}`);
          fullVolume.push(ms);
        }
        await context.close();
        console.error(`run ${run + 1} ${mode}: ${ms.toFixed(0)} ms ${JSON.stringify(marks)}`);
      }
    }
    const result = {
      date: new Date().toISOString(),
      runs: RUNS,
      study: `CT ${ct.instances.length} slices 512x512 (${ct.seriesDescription}), served from localhost`,
      firstImageMs: { median: Math.round(median(firstImage)), all: firstImage.map(Math.round) },
      fullVolumeMs: { median: Math.round(median(fullVolume)), all: fullVolume.map(Math.round) },
      startupJs,
      startupJsGzipBytes: startupJs.reduce((n, f) => n + f.gzip, 0),
      mainJs,
      mainJsGzipBytes: mainJs.reduce((n, f) => n + f.gzip, 0),
      targets: { firstImageMs: 1500, fullVolumeMs: 4000, mainJsGzipBytes: 1.2e6 },
    };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'viewer-load.json'), JSON.stringify(result, null, 2));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server.kill();
    rmSync(link, { force: true });
  }
}

runBench(main);
