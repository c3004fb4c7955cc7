/**
 * Report benchmark (`pnpm exec tsx packages/report/bench/run.ts [--json] [--runs N] [--dims 512x512x300]`):
 * a reading of 20 segmented lesions (spheres, 5–15 mm radius, one SEG segment each, with
 * volume / HU statistics / RECIST axes) on a CT grid. Median of N (≥ 5) runs of: labelmap RLE
 * encode/decode, SR+SEG export, SR+SEG import back onto the grid, IndexedDB save and load
 * (fake-indexeddb, in-process: the browser's IndexedDB adds its own serialisation and disk I/O).
 */
import 'fake-indexeddb/auto';
import { exportReading } from '../src/exportReading';
import { importReading } from '../src/importReading';
import { openReadingStore } from '../src/persist/openReadingStore';
import { encodeLabelmap } from '../src/seg/encodeLabelmap';
import { decodeLabelmap } from '../src/seg/decodeLabelmap';
import { uuidToUid } from '../src/dicom/uid';
import type { Grid, Lesion, Reading, Segmentation } from '../src/model/schema';
import { CURRENT_SCHEMA_VERSION } from '../src/model/schema';
import { CT_IMAGE_STORAGE, CT_SERIES, FOR_UID, STUDY_UID, sliceUid, syntheticContext } from '../src/fixtures/syntheticReading';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 7);
const dimsArg = args.includes('--dims') ? args[args.indexOf('--dims') + 1] : '512x512x300';
const dims = dimsArg.split('x').map(Number) as [number, number, number];
const LESIONS = 20;
const log = (...m: unknown[]): void => {
  if (!json) console.error(...m);
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time<T>(f: () => T | Promise<T>): Promise<{ median: number; min: number; max: number }> {
  await f(); // warm-up
  const samples: number[] = [];
  for (let q = 0; q < runs; q++) {
    const t0 = performance.now();
    await f();
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

function buildReading(): { reading: Reading; labels: Uint8Array; grid: Grid } {
  const [ni, nj, nk] = dims;
  const grid: Grid = { dimensions: dims, origin: [-200, -200, -300], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [0.78, 0.78, 2] };
  const labels = new Uint8Array(ni * nj * nk);
  const lesions: Lesion[] = [];
  const sops = Array.from({ length: nk }, (_, k) => sliceUid(CT_SERIES, k));
  const reference = { seriesInstanceUID: CT_SERIES, sopClassUID: CT_IMAGE_STORAGE, sopInstanceUIDs: sops, frameOfReferenceUID: FOR_UID };
  for (let n = 1; n <= LESIONS; n++) {
    const rMm = 5 + (10 * (n - 1)) / (LESIONS - 1);
    const c = [Math.floor(((n % 5) + 0.5) * (ni / 5)), Math.floor((Math.floor((n - 1) / 5) + 0.5) * (nj / 4)), Math.floor((n / (LESIONS + 1)) * nk)];
    const r = [rMm / grid.spacing[0], rMm / grid.spacing[1], rMm / grid.spacing[2]];
    let count = 0;
    for (let k = Math.max(0, Math.floor(c[2] - r[2])); k <= Math.min(nk - 1, Math.ceil(c[2] + r[2])); k++)
      for (let j = Math.max(0, Math.floor(c[1] - r[1])); j <= Math.min(nj - 1, Math.ceil(c[1] + r[1])); j++)
        for (let i = Math.max(0, Math.floor(c[0] - r[0])); i <= Math.min(ni - 1, Math.ceil(c[0] + r[0])); i++) {
          const d = ((i - c[0]) / r[0]) ** 2 + ((j - c[1]) / r[1]) ** 2 + ((k - c[2]) / r[2]) ** 2;
          if (d <= 1) { labels[i + j * ni + k * ni * nj] = n; count++; }
        }
    const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    const mL = (count * grid.spacing[0] * grid.spacing[1] * grid.spacing[2]) / 1000;
    lesions.push({
      id, trackingUid: uuidToUid(id), name: `Lesion ${n}`, role: n <= 5 ? 'target' : 'non-target', isLymphNode: n % 7 === 0, tool: 'Grow', references: [reference],
      geometry: { kind: 'segment', segmentationId: 'seg-1', segmentNumber: n },
      measurements: [
        { name: 'Volume', value: mL, unit: 'mL', method: 'sum of voxels' }, { name: 'Long axis', value: 2 * rMm, unit: 'mm', method: 'RECIST 1.1' }, { name: 'Short axis', value: 2 * rMm * 0.9, unit: 'mm', method: 'RECIST 1.1' },
        { name: 'Mean', value: 40 + n, unit: 'HU' }, { name: 'SD', value: 12.5, unit: 'HU' }, { name: 'Min', value: -20, unit: 'HU' }, { name: 'Max', value: 110, unit: 'HU' },
      ],
    });
  }
  const seg: Segmentation = {
    id: 'seg-1', label: 'Lesions', reference, frameOfReferenceUID: FOR_UID, grid, sliceSopInstanceUIDs: sops,
    segments: lesions.map((l, x) => ({ number: x + 1, label: l.name, lesionId: l.id, category: { value: '49755003', scheme: 'SCT', meaning: 'Morphologically abnormal structure' }, type: { value: '108369006', scheme: 'SCT', meaning: 'Neoplasm' }, algorithmType: 'SEMIAUTOMATIC' as const, algorithmName: 'Caliper grow', color: [200, (x * 40) % 256, 60] as [number, number, number] })),
    labelmap: encodeLabelmap(labels),
  };
  const now = new Date().toISOString();
  return { reading: { schemaVersion: CURRENT_SCHEMA_VERSION, studyInstanceUID: STUDY_UID, lesions, segmentations: [seg], suvCorrections: [], createdAt: now, updatedAt: now }, labels, grid };
}

async function main(): Promise<void> {
  const { reading, labels, grid } = buildReading();
  const seg = reading.segmentations[0];
  const voxels = labels.length;
  const ctx = syntheticContext();
  log(`report bench: ${LESIONS} segmented lesions on ${dims.join('×')} (${(voxels / 1e6).toFixed(1)} M voxels), ${runs} runs, median [min–max] ms`);
  const exported = exportReading(reading, ctx);
  const target = { grid, sliceSopInstanceUIDs: seg.sliceSopInstanceUIDs };
  const store = await openReadingStore({ dbName: 'caliper-bench' });
  const out = new Uint8Array(voxels);
  const results = {
    encodeLabelmap: await time(() => encodeLabelmap(labels)),
    decodeLabelmap: await time(() => decodeLabelmap(seg.labelmap, voxels, out)),
    exportSrSeg: await time(() => exportReading(reading, ctx)),
    importSrSeg: await time(() => {
      const r = importReading({ sr: exported.sr, segs: exported.segs.map((s) => s.bytes) }, { target });
      if (!r.ok || r.value.reading.lesions.length !== LESIONS || r.value.skipped.length !== 0) throw new Error('import failed');
    }),
    idbSave: await time(() => store.save(reading)),
    idbLoad: await time(async () => {
      const r = await store.load(STUDY_UID);
      if (r.reading?.lesions.length !== LESIONS) throw new Error('load failed');
    }),
  };
  store.close();
  const sizes = { srBytes: exported.sr.length, segBytes: exported.seg!.length, segFrames: exported.segs[0].frameCount, rleRuns: seg.labelmap.runs.length / 2 };
  if (json) {
    console.log(JSON.stringify({ dims, lesions: LESIONS, runs, results, sizes }, null, 2));
    return;
  }
  for (const [name, r] of Object.entries(results)) log(`  ${name.padEnd(16)} ${r.median.toFixed(1).padStart(8)}  [${r.min.toFixed(1)}–${r.max.toFixed(1)}]`);
  log(`  sizes: SR ${(sizes.srBytes / 1024).toFixed(1)} kB, SEG ${(sizes.segBytes / 1024).toFixed(1)} kB (${sizes.segFrames} frames), labelmap RLE ${sizes.rleRuns} runs`);
  log(`  save (IndexedDB) ${results.idbSave.median.toFixed(1)} ms; restore (IndexedDB) ${results.idbLoad.median.toFixed(1)} ms; DICOM round trip ${(results.exportSrSeg.median + results.importSrSeg.median).toFixed(1)} ms`);
}

void main();
