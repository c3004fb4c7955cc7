/**
 * Load-speed benchmark (not part of the test suite):
 *   pnpm exec vite build && pnpm bench load [--runs 5] [--port 4330]
 *   [--syntaxes jpegls,explicit,htj2k,rle] [--dicomweb jpegls|none]
 * Serves dist/ (or $E2E_DIST) from localhost (scripts/serve.mjs, COOP/COEP on), with the large
 * phantom (packages/phantoms `--large`: CT 512×512×300) written in JPEG-LS and in explicit VR little
 * endian, and its CT re-encoded losslessly as HTJ2K and RLE (transcodeLargeCt.ts), linked in as
 * dist/__bench__/<syntax>/, and the `--dicomweb` syntaxes' CT stored in a real Orthanc (e2e's
 * harness, one per syntax) and opened over DICOMweb (bulk WADO-RS, caliper.debug.openDicomWeb).
 * Measures in headless Chromium, in the same run on the same files, from navigation start
 * (performance.now()):
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
import { startOrthanc, type OrthancHandle } from '../fixtures/orthanc';
import { transcodeLargeCt } from './transcodeLargeCt';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = process.env.E2E_DIST ?? join(ROOT, 'dist');
/** A private copy of dist/ (other jobs may rebuild dist/ while the benchmark runs). */
const arg = numberArg;
const RUNS = arg('runs', 5);
const PORT = arg('port', 4330);
/** Per port: several benchmarks may run at once. */
const DIST = join(ROOT, `node_modules/.cache/caliper-bench/dist-${PORT}`);
const LARGE = join(ROOT, 'node_modules/.cache/caliper-bench/large');
const CACHE = join(ROOT, 'node_modules/.cache/caliper-bench');
const ALL_SYNTAXES = { jpegls: LARGE, explicit: join(CACHE, 'large-explicit'), htj2k: join(CACHE, 'large-htj2k'), rle: join(CACHE, 'large-rle') } as const;
type Syntax = keyof typeof ALL_SYNTAXES;
const listArg = (name: string, dflt: string): string[] => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? process.argv[i + 1] : dflt;
  return v === 'none' ? [] : v.split(',').filter(Boolean);
};
const SYNTAX_LIST = listArg('syntaxes', 'jpegls,explicit,htj2k,rle') as Syntax[];
const DICOMWEB_LIST = listArg('dicomweb', 'jpegls') as Syntax[];
for (const s of [...SYNTAX_LIST, ...DICOMWEB_LIST]) if (!(s in ALL_SYNTAXES)) throw new Error(`unknown syntax ${s} (${Object.keys(ALL_SYNTAXES).join(', ')})`);
const SYNTAXES = Object.fromEntries([...new Set([...SYNTAX_LIST, ...DICOMWEB_LIST])].map((k) => [k, ALL_SYNTAXES[k]])) as Partial<Record<Syntax, string>>;
/** A measured case: the files of a syntax from the static manifest, or from Orthanc over DICOMweb. */
interface Case { readonly key: string; readonly syntax: Syntax; readonly source: 'static' | 'dicomweb' }
const CASES: Case[] = [...SYNTAX_LIST.map((syntax) => ({ key: syntax, syntax, source: 'static' as const })), ...DICOMWEB_LIST.map((syntax) => ({ key: `${syntax}-dicomweb`, syntax, source: 'dicomweb' as const }))];
const BASE = `http://127.0.0.1:${PORT}/`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function ensureLargeStudy(syntax: Syntax): Promise<void> {
  const out = ALL_SYNTAXES[syntax];
  if (existsSync(join(out, 'manifest.json'))) return;
  if (syntax === 'htj2k' || syntax === 'rle') {
    await ensureLargeStudy('explicit');
    console.error(`re-encoding the large CT as ${syntax} (RLE: about 2 minutes)...`);
    await transcodeLargeCt(ALL_SYNTAXES.explicit, out, syntax);
    return;
  }
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
  for (const syntax of Object.keys(SYNTAXES) as Syntax[]) await ensureLargeStudy(syntax);
  rmSync(DIST, { recursive: true, force: true });
  cpSync(BUILT, DIST, { recursive: true, filter: (src) => !src.includes('__bench__') && !src.includes('__e2e__') && !src.includes(`${BUILT}/demo`) });
  const benchDir = join(DIST, '__bench__');
  mkdirSync(benchDir, { recursive: true });
  const cts = {} as Record<Syntax, { seriesInstanceUID: string; instances: string[]; seriesDescription?: string; studyInstanceUID: string }>;
  for (const syntax of Object.keys(SYNTAXES) as Syntax[]) {
    symlinkSync(SYNTAXES[syntax]!, join(benchDir, syntax));
    const manifest = JSON.parse(readFileSync(join(SYNTAXES[syntax]!, 'manifest.json'), 'utf8'));
    const ct = manifest.studies[0].series.find((s: { modality: string; instances: string[] }) => s.modality === 'CT' && s.instances.length >= 300);
    if (!ct) throw new Error(`no 300-slice CT in the ${syntax} phantom`);
    cts[syntax] = { ...ct, studyInstanceUID: manifest.studies[0].studyInstanceUID };
  }
  // One Orthanc per DICOMweb syntax (the same SOP Instance UIDs in every syntax), its CT stored by STOW-RS.
  const orthancs = {} as Partial<Record<Syntax, OrthancHandle>>;
  for (const syntax of DICOMWEB_LIST) {
    const t = Date.now();
    const o = await startOrthanc({});
    orthancs[syntax] = o;
    await o.stow(cts[syntax].instances.map((f) => join(SYNTAXES[syntax]!, f)));
    console.error(`Orthanc ${o.dicomWebUrl}: ${syntax} CT stored in ${Date.now() - t} ms`);
  }

  const mainJs = mainJsChunks(DIST);
  const server = startServer(ROOT, DIST, PORT);
  const browser = await launchChromium();
  const load0 = loadavg()[0];
  try {
    await waitForServer(BASE);
    const res = {} as Record<string, Record<Loader, Figures> & { floor: { totalMs: number[]; fetchMs: number[]; sums: number[] } }>;
    let startupJs: { url: string; gzip: number; raw: number }[] = [];
    const partial = join(ROOT, 'bench-results', 'viewer-load.partial.json');
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    for (let run = 0; run < RUNS; run++) {
      for (const c of CASES) {
        const { syntax } = c;
        const ct = cts[syntax];
        const dicomWebUrl = c.source === 'dicomweb' ? orthancs[syntax]!.dicomWebUrl : undefined;
        res[c.key] ??= { caliper: figures(), cornerstone: figures(), floor: { totalMs: [], fetchMs: [], sums: [] } };
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
              async ({ uid, study, mode, syntax, dicomWebUrl }) => {
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
                // Static: the manifest lists the study (pixels fetched on open). DICOMweb: the bulk
                // retrieve is part of the load, so it is inside the timed span.
                if (!dicomWebUrl) await c.debug.loadManifest(`./__bench__/${syntax}/manifest.json`);
                const t0 = performance.now();
                if (dicomWebUrl) {
                  const listed: string[] = await c.debug.openDicomWeb(dicomWebUrl, study);
                  if (!listed.includes(uid)) throw new Error(`series ${uid} not listed from ${dicomWebUrl}: ${JSON.stringify(c.errors().slice(0, 3))}`);
                }
                await c.open(uid, mode === 'mpr' ? { viewport: 'mpr' } : {});
                const ms = performance.now();
                const h = performance.getEntriesByName(`caliper:headers:${uid}`)[0]?.startTime;
                const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.split(':').slice(0, 2).join(':'), Math.round(m.startTime)]));
                return { ms, headers: h === undefined ? NaN : h - t0, marks };
              },
              { uid: ct.seriesInstanceUID, study: ct.studyInstanceUID, mode, syntax, dicomWebUrl },
            );
            const f = res[c.key][loader];
            if (mode === 'stack') {
              f.firstImage.push(ms);
              if (run === 0 && c.key === 'jpegls' && loader === 'caliper') {
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
            console.error(`run ${run + 1} ${c.key} ${loader} ${mode}: ${ms.toFixed(0)} ms, headers ${headers.toFixed(0)} ms, load ${loadavg()[0].toFixed(1)} ${JSON.stringify(marks)}`);
          }
        }
        // The decode floor (static files only; a DICOMweb case compares with its syntax's static
        // floor), in a fresh page of the same build (workers and codecs warmed at start-up).
        if (c.source === 'static') {
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
          res[c.key].floor.totalMs.push(floor.totalMs);
          res[c.key].floor.fetchMs.push(floor.fetchMs);
          res[c.key].floor.sums.push(floor.sum);
          console.error(`run ${run + 1} ${c.key} decode floor: ${floor.totalMs.toFixed(0)} ms (fetch ${floor.fetchMs.toFixed(0)} ms)`);
        }
        // Figures so far, in case a long run is stopped.
        writeFileSync(partial, JSON.stringify({ run: run + 1, loadAverage: loadavg()[0], res }, null, 1));
      }
    }
    const bySyntax = Object.fromEntries(
      CASES.map((c) => {
        const r = res[c.key];
        const caliper = summary(r.caliper);
        const cornerstone = summary(r.cornerstone);
        const floorOf = res[c.syntax]?.floor ?? r.floor;
        const floorMs = floorOf.totalMs.length ? Math.round(median(floorOf.totalMs)) : NaN;
        return [
          c.key,
          {
            source: c.source,
            caliper,
            cornerstone,
            decodeFloor: { totalMs: floorMs, fetchMs: floorOf.fetchMs.length ? Math.round(median(floorOf.fetchMs)) : NaN, all: floorOf.totalMs.map(Math.round), ofStaticFiles: c.source === 'dicomweb' },
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
      study: `CT ${Object.values(cts)[0].instances.length} slices 512x512 (${Object.values(cts)[0].seriesDescription}), static manifest served from localhost; *-dicomweb: the same files from Orthanc over DICOMweb`,
      bySyntax,
      startupJs,
      startupJsGzipBytes: startupJs.reduce((n, f) => n + f.gzip, 0),
      mainJs,
      mainJsGzipBytes: mainJs.reduce((n, f) => n + f.gzip, 0),
      targets: { firstImageMs: 1000, fullVolumeMs: 3000, headersMs: 300, fullVolumeOverFloor: 1.5, mainJsGzipBytes: 1.2e6 },
    };
    writeFileSync(join(ROOT, 'bench-results', 'viewer-load.json'), JSON.stringify(result, null, 2));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server.kill();
    for (const o of Object.values(orthancs)) await o?.stop();
    rmSync(benchDir, { force: true, recursive: true });
  }
}

runBench(main);
