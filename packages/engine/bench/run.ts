/**
 * Engine benchmark (`pnpm exec tsx packages/engine/bench/run.ts [--json] [--runs N]`): synthetic
 * 512×512×300 int16 CT and 200×200×600 float32 PET; median of N (≥ 5) runs per task, the memory
 * bandwidth floor (one pass over the bytes the task must touch, at this machine's measured read
 * bandwidth) and the issue-4 target.
 */
import { cpus, loadavg } from 'node:os';
import { patientPoint } from '@caliper/core';
import type { Volume } from '@caliper/core';
import { sphereToMask } from '../src/roi/sphereToMask';
import { computeRoiStats } from '../src/stats/computeRoiStats';
import { growRegion } from '../src/grow/growRegion';
import { segmentPetLesions } from '../src/suv/segmentPetLesions';
import { computeSuvPeak } from '../src/suv/computeSuvPeak';
import { fitAdcMap } from '../src/adc/fitAdcMap';
import { measureRoi } from '../src/measure/measureRoi';
import { makeVolume } from '../src/testing/fixtures';
import { makeCt, makeDwi, makePet, radiusForMl } from './synth';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 7);
const log = (...m: unknown[]): void => {
  if (!json) console.error(...m);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Wall-clock and CPU (user + system) time per run; CPU time shows what a busy machine hides. */
function time(f: () => unknown, n = runs): { median: number; min: number; cpuMedian: number; samples: number[] } {
  f(); // warm-up (JIT)
  const samples: number[] = [], cpu: number[] = [];
  for (let q = 0; q < n; q++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(samples), min: Math.min(...samples), cpuMedian: median(cpu), samples };
}

/** Read bandwidth (bytes/ms): median time to sum a 256 MB array once. */
function measureBandwidth(): number {
  const a = new Float64Array(32 * 1024 * 1024).fill(1);
  let sink = 0;
  const t = time(() => {
    let s = 0;
    for (let q = 0; q < a.length; q++) s += a[q];
    sink += s;
  }, 5);
  if (sink < 0) console.error(sink);
  return a.byteLength / t.median;
}

interface Row {
  task: string;
  medianMs: number;
  minMs: number;
  cpuMedianMs: number;
  runs: number;
  bytes: number;
  floorMs: number;
  targetMs: number | null;
  pass: boolean | null;
  note: string;
}

const rows: Row[] = [];
function record(task: string, f: () => unknown, bytes: number, targetMs: number | null, note = ''): void {
  const t = time(f);
  rows.push({ task, medianMs: t.median, minMs: t.min, cpuMedianMs: t.cpuMedian, runs, bytes, floorMs: bytes / bandwidth, targetMs, pass: targetMs === null ? null : t.median <= targetMs, note });
  log(`  ${task}: ${t.median.toFixed(2)} ms`);
}

const bboxVoxels = (b: readonly (readonly number[])[] | null): number => (b ? (b[1][0] - b[0][0] + 1) * (b[1][1] - b[0][1] + 1) * (b[1][2] - b[0][2] + 1) : 0);

log('measuring memory bandwidth …');
const bandwidth = measureBandwidth();
log(`  ${(bandwidth / 1e6).toFixed(2)} GB/s`);

log('synthesising CT 512×512×300 int16 …');
const ct = makeCt();
const ctC = [179.2, 179.2, 150] as const;
// A 100 mL soft-tissue ROI and a 50 mL lesion of 110–130 HU inside 20–60 HU tissue.
const growC = [110, 190, 80] as const;
{
  const r = radiusForMl(50);
  const [ni, nj] = ct.geometry.dimensions;
  for (let k = Math.floor(growC[2] - r); k <= Math.ceil(growC[2] + r); k++)
    for (let j = Math.floor((growC[1] - r) / 0.7); j <= Math.ceil((growC[1] + r) / 0.7); j++)
      for (let i = Math.floor((growC[0] - r) / 0.7); i <= Math.ceil((growC[0] + r) / 0.7); i++)
        if ((i * 0.7 - growC[0]) ** 2 + (j * 0.7 - growC[1]) ** 2 + (k - growC[2]) ** 2 <= r * r) ct.data[i + ni * (j + nj * k)] = 110 + ((i * 7 + j * 13 + k) % 21);
}
const ctVol: Volume = makeVolume(ct.geometry, ct.data, 'HU', 'CT');
const roi100 = sphereToMask(ct.geometry, patientPoint(...ctC), radiusForMl(100));
const scratch = new Float64Array(1 << 20);
log('CT tasks …');
const st = computeRoiStats(ctVol, roi100);
record('stats, 100 mL ROI (CT int16)', () => computeRoiStats(ctVol, roi100, { scratch }), bboxVoxels(roi100.bbox) * 3, 5, `${st.voxelCount} voxels, ${st.volumeMl.toFixed(1)} mL`);
const seed = [Math.round(growC[0] / 0.7), Math.round(growC[1] / 0.7), growC[2]] as const;
const grown = growRegion(ct.geometry.dimensions, ct.data, seed, 100, 140);
const growOut = new Uint8Array(ct.data.length);
record('region growing, 50 mL lesion (CT)', () => growRegion(ct.geometry.dimensions, ct.data, seed, 100, 140, { out: growOut }), bboxVoxels(grown.mask.bbox) * 3, 50, `${grown.voxelCount} voxels, ${((grown.voxelCount * 0.49) / 1000).toFixed(1)} mL; mask buffer reused (as in the worker)`);
record('measureRoi (stats+RECIST+mesh), 100 mL (CT)', () => measureRoi(ctVol, roi100), bboxVoxels(roi100.bbox) * 3, null, 'informational');

log('synthesising PET 200×200×600 float32 …');
const pet = makePet();
const petVol: Volume = makeVolume(pet.geometry, pet.data, 'SUVbw', 'PT');
const maskOut = new Uint8Array(pet.data.length);
const lesions = segmentPetLesions(petVol, { minSuv: 4, maskOut });
log('PET tasks …');
record('PET whole-body threshold + components + per-lesion SUV', () => segmentPetLesions(petVol, { minSuv: 4, maskOut }), pet.data.byteLength + maskOut.byteLength, 300, `${lesions.length} components ≥ SUV 4`);
const l100 = pet.lesions[0];
const lesionMask = sphereToMask(pet.geometry, patientPoint(...l100.center), l100.radius);
const peak = computeSuvPeak(petVol, lesionMask);
record('SUVpeak, 100 mL lesion (4 mm PET)', () => computeSuvPeak(petVol, lesionMask), bboxVoxels(lesionMask.bbox) * 5, 20, `peak ${peak.peak.toFixed(2)} SUVbw`);

log('synthesising DWI 256×256×40 × 4 b …');
const dwi = makeDwi();
const adcOut = new Float32Array(dwi.images[0].length);
record('ADC map 256×256×40 × 4 b (log-linear LSQ)', () => fitAdcMap(dwi.images, dwi.bValues, { out: adcOut }), dwi.images.reduce((s, a) => s + a.byteLength, 0) + adcOut.byteLength, 150, 'out buffer reused');

if (json) {
  process.stdout.write(JSON.stringify({ node: process.version, loadavg: loadavg(), cores: cpus().length, bandwidthGBs: bandwidth / 1e6, runs, rows }, null, 2) + '\n');
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`\nengine benchmark — node ${process.version}, read bandwidth ${(bandwidth / 1e6).toFixed(2)} GB/s, median of ${runs} runs`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall times inflate under load; cpu ms is the process's own time)`);
  console.log(pad('task', 56) + pad('median ms', 11) + pad('min ms', 9) + pad('cpu ms', 9) + pad('floor ms', 10) + pad('target', 9) + pad('result', 8) + 'note');
  for (const r of rows)
    console.log(
      pad(r.task, 56) + pad(r.medianMs.toFixed(2), 11) + pad(r.minMs.toFixed(2), 9) + pad(r.cpuMedianMs.toFixed(2), 9) + pad(r.floorMs.toFixed(2), 10) +
        pad(r.targetMs === null ? '-' : `≤${r.targetMs}`, 9) + pad(r.pass === null ? '-' : r.pass ? 'PASS' : 'FAIL', 8) + r.note,
    );
}
