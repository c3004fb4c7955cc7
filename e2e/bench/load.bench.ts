/**
 * Load-speed benchmark (not part of the test suite):
 *   pnpm exec vite build && pnpm bench load [--runs 5] [--port 4330]
 * Serves dist/ (or $E2E_DIST) from localhost (scripts/serve.mjs, COOP/COEP on), with the large
 * phantom (packages/phantoms `--large`: CT 512×512×300) written in JPEG-LS and in explicit VR little
 * endian, linked in as dist/__bench__/<syntax>/, and measures in headless Chromium, in the same run
 * on the same files, from navigation start (performance.now()):
 *  - Caliper (its progressive pipeline) and Cornerstone3D's stock path (`?loader=cornerstone`:
 *    @cornerstonejs/dicom-image-loader + the streaming image volume loader, as OHIF uses it):
 *    first image (stack view of the CT's middle slice rendered), full volume (all 300 slices loaded
 *    and the MPR rendered), headers (open → every header known);
 *  - the decode floor: every file fetched and decoded by the same codecs in the same worker pool
 *    into one buffer, no viewer (caliperBench.decodeFloor, in the same page set-up).
 * Each in a fresh browser context (cold HTTP cache, no service worker), median of the runs; the
 * load average is printed (wall times on a shared 2-core machine are inflated by it).
 * Also reports the gzipped size of the JavaScript the page loads before the first image, and of the
 * main (start-up) JS: the entry chunk, the chunk main.tsx imports at once (boot) and their static
 * imports.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchChromium, numberArg, runBench, startServer, waitForServer } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = process.env.E2E_DIST ?? join(ROOT, 'dist');
/** A private copy of dist/ (other jobs may rebuild dist/ while the benchmark runs). */
const arg = numberArg;
const RUNS = arg('runs', 5);
const PORT = arg('port', 4330);
/** Per port: several benchmarks may run at once. */
const DIST = join(ROOT, `node_modules/.cache/caliper-bench/dist-${PORT}`);
const LARGE = join(ROOT, 'node_modules/.cache/caliper-bench/large');
const SYNTAXES = { jpegls: LARGE, explicit: join(ROOT, 'node_modules/.cache/caliper-bench/large-explicit') } as const;
type Syntax = keyof typeof SYNTAXES;
const BASE = `http://127.0.0.1:${PORT}/`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function ensureLargeStudy(syntax: Syntax): void {
  const out = SYNTAXES[syntax];
  if (existsSync(join(out, 'manifest.json'))) return;
  console.error(`generating the large phantom in ${syntax} (about a minute)...`);
  const r = spawnSync('pnpm', ['exec', 'tsx', 'packages/phantoms/src/cli/generateDemo.ts', '--large', '--syntax', syntax, '--out', out], { cwd: ROOT, stdio: 'inherit' });
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

type Loader = 'caliper' | 'cornerstone';
interface Figures { firstImage: number[]; fullVolume: number[]; headers: number[] }
const figures = (): Figures => ({ firstImage: [], fullVolume: [], headers: [] });
const summary = (f: Figures) => ({
  firstImageMs: Math.round(median(f.firstImage)),
  fullVolumeMs: Math.round(median(f.fullVolume)),
  headersMs: Math.round(median(f.headers)),
  all: { firstImage: f.firstImage.map(Math.round), fullVolume: f.fullVolume.map(Math.round), headers: f.headers.map(Math.round) },
});

async function main() {
  if (!existsSync(join(BUILT, 'index.html'))) throw new Error('build first: pnpm exec vite build');
  for (const syntax of Object.keys(SYNTAXES) as Syntax[]) ensureLargeStudy(syntax);
  rmSync(DIST, { recursive: true, force: true });
  cpSync(BUILT, DIST, { recursive: true, filter: (src) => !src.includes('__bench__') && !src.includes('__e2e__') && !src.includes(`${BUILT}/demo`) });
  const benchDir = join(DIST, '__bench__');
  mkdirSync(benchDir, { recursive: true });
  const cts = {} as Record<Syntax, { seriesInstanceUID: string; instances: string[]; seriesDescription?: string }>;
  for (const syntax of Object.keys(SYNTAXES) as Syntax[]) {
    symlinkSync(SYNTAXES[syntax], join(benchDir, syntax));
    const manifest = JSON.parse(readFileSync(join(SYNTAXES[syntax], 'manifest.json'), 'utf8'));
    const ct = manifest.studies[0].series.find((s: { modality: string; instances: string[] }) => s.modality === 'CT' && s.instances.length >= 300);
    if (!ct) throw new Error(`no 300-slice CT in the ${syntax} phantom`);
    cts[syntax] = ct;
  }

  const mainJs = mainJsChunks(DIST);
  const server = startServer(ROOT, DIST, PORT);
  const browser = await launchChromium();
  const load0 = loadavg()[0];
  try {
    await waitForServer(BASE);
    const res = {} as Record<Syntax, Record<Loader, Figures> & { floor: { totalMs: number[]; fetchMs: number[]; sums: number[] } }>;
    let startupJs: { url: string; gzip: number; raw: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const syntax of Object.keys(SYNTAXES) as Syntax[]) {
        const ct = cts[syntax];
        res[syntax] ??= { caliper: figures(), cornerstone: figures(), floor: { totalMs: [], fetchMs: [], sums: [] } };
        for (const loader of ['caliper', 'cornerstone'] as Loader[]) {
          for (const mode of ['stack', 'mpr'] as const) {
            const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
            const page = await context.newPage();
            page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
            const js: string[] = [];
            page.on('response', (r) => {
              if (r.url().endsWith('.js') && r.request().resourceType() === 'script') js.push(r.url());
            });
            await page.goto(`${BASE}?bench&loader=${loader}`);
            const { ms, headers, marks } = await page.evaluate(
              async ({ uid, mode, syntax }) => {
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
                await c.debug.loadManifest(`./__bench__/${syntax}/manifest.json`);
                const t0 = performance.now();
                await c.open(uid, mode === 'mpr' ? { viewport: 'mpr' } : {});
                const ms = performance.now();
                const h = performance.getEntriesByName(`caliper:headers:${uid}`)[0]?.startTime;
                const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.split(':').slice(0, 2).join(':'), Math.round(m.startTime)]));
                return { ms, headers: h === undefined ? NaN : h - t0, marks };
              },
              { uid: ct.seriesInstanceUID, mode, syntax },
            );
            const f = res[syntax][loader];
            if (mode === 'stack') {
              f.firstImage.push(ms);
              if (run === 0 && syntax === 'jpegls' && loader === 'caliper') {
                startupJs = js.map((u) => {
                  const file = join(DIST, new URL(u).pathname);
                  const bytes = readFileSync(file);
                  return { url: new URL(u).pathname, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
                });
              }
            } else {
              const info = await page.evaluate((uid) => (window as any).caliper.debug.volumeInfo(uid), ct.seriesInstanceUID);
              if (info.dimensions.join('x') !== '512x512x300') throw new Error(`unexpected volume ${info.dimensions.join('x')}`);
              f.fullVolume.push(ms);
              if (Number.isFinite(headers)) f.headers.push(headers);
            }
            await context.close();
            console.error(`run ${run + 1} ${syntax} ${loader} ${mode}: ${ms.toFixed(0)} ms, headers ${headers.toFixed(0)} ms ${JSON.stringify(marks)}`);
          }
        }
        // The decode floor, in a fresh page of the same build (workers and codecs warmed at start-up).
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.goto(`${BASE}?bench`);
        const floor = await page.evaluate(
          async ({ files }) => {
            await new Promise<void>((r) => {
              const t = setInterval(() => {
                if ((window as any).caliperBench) {
                  clearInterval(t);
                  r();
                }
              }, 5);
            });
            await (window as any).caliper.ready;
            return (window as any).caliperBench.decodeFloor(files);
          },
          { files: ct.instances.map((f: string) => new URL(`__bench__/${syntax}/${f}`, BASE).toString()) },
        );
        await context.close();
        res[syntax].floor.totalMs.push(floor.totalMs);
        res[syntax].floor.fetchMs.push(floor.fetchMs);
        res[syntax].floor.sums.push(floor.sum);
        console.error(`run ${run + 1} ${syntax} decode floor: ${floor.totalMs.toFixed(0)} ms (fetch ${floor.fetchMs.toFixed(0)} ms)`);
      }
    }
    const bySyntax = Object.fromEntries(
      (Object.keys(res) as Syntax[]).map((syntax) => {
        const r = res[syntax];
        const caliper = summary(r.caliper);
        const cornerstone = summary(r.cornerstone);
        const floorMs = Math.round(median(r.floor.totalMs));
        return [
          syntax,
          {
            caliper,
            cornerstone,
            decodeFloor: { totalMs: floorMs, fetchMs: Math.round(median(r.floor.fetchMs)), all: r.floor.totalMs.map(Math.round) },
            ratios: {
              cornerstoneOverCaliperFullVolume: +(cornerstone.fullVolumeMs / caliper.fullVolumeMs).toFixed(2),
              cornerstoneOverCaliperFirstImage: +(cornerstone.firstImageMs / caliper.firstImageMs).toFixed(2),
              caliperFullVolumeOverFloor: +(caliper.fullVolumeMs / floorMs).toFixed(2),
            },
          },
        ];
      }),
    );
    const result = {
      date: new Date().toISOString(),
      runs: RUNS,
      loadAverage: { start: +load0.toFixed(2), end: +loadavg()[0].toFixed(2) },
      study: `CT ${cts.jpegls.instances.length} slices 512x512 (${cts.jpegls.seriesDescription}), static manifest served from localhost`,
      bySyntax,
      startupJs,
      startupJsGzipBytes: startupJs.reduce((n, f) => n + f.gzip, 0),
      mainJs,
      mainJsGzipBytes: mainJs.reduce((n, f) => n + f.gzip, 0),
      targets: { firstImageMs: 1000, fullVolumeMs: 3000, headersMs: 300, fullVolumeOverFloor: 1.5, mainJsGzipBytes: 1.2e6 },
    };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'viewer-load.json'), JSON.stringify(result, null, 2));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server.kill();
    rmSync(benchDir, { force: true, recursive: true });
  }
}

runBench(main);
