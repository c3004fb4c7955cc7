/**
 * IBSI radiomics benchmark (`pnpm bench radiomics`, or `pnpm exec tsx packages/engine/bench/radiomics.ts
 * [--json] [--runs N]`): every feature family of computeRadiomics, median of N (≥ 3) runs after one
 * warm-up, wall and CPU time, per family:
 *  - a synthetic 100 mL lesion on a 1 mm isotropic int16 CT, configuration C (target ≤ 2 s) and A;
 *  - the IBSI-1 CT phantom, configurations A–E (target ≤ 3 s each; skipped without ../shared);
 * and, in the same run, the named baseline "straightforward": one bounds-checked pass per
 * direction for GLCM/GLRLM/NGTDM and Moran's I / Geary's C summed over every pair
 * (bench/radiomicsBaseline.ts), on the synthetic lesion's configuration C matrices, with the ratio.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Mask, Volume } from '@caliper/core';
import { computeRadiomics } from '../src/radiomics/computeRadiomics';
import { RADIOMICS_PRESETS } from '../src/radiomics/settings/radiomicsSettings';
import type { RadiomicsSettings } from '../src/radiomics/settings/radiomicsSettings';
import { resampleRoi } from '../src/radiomics/processing/resampleRoi';
import { resegmentMask } from '../src/radiomics/processing/resegmentMask';
import { discretiseRoi } from '../src/radiomics/processing/discretiseRoi';
import { computeGlcmFamily } from '../src/radiomics/glcm/computeGlcmFamily';
import { computeGlrlmFamily } from '../src/radiomics/glrlm/computeGlrlmFamily';
import { computeNgtdmFamily } from '../src/radiomics/ngtdm/computeNgtdmFamily';
import { computeNgtdmFeatures } from '../src/radiomics/ngtdm/computeNgtdmFeatures';
import { computeSpatialAutocorrelation } from '../src/radiomics/morphology/computeSpatialAutocorrelation';
import { mapMaskByAffine } from '../src/roi/mapMaskByAffine';
import { makeGeometry, makeMask, makeVolume } from '../src/testing/fixtures';
import { readDicomSlices } from '../conformance/readDicomSlices';
import { readNifti } from '../conformance/readNifti';
import { naiveGlcm3d, naiveGlrlmCounts, naiveNgtdm, naiveSpatialAutocorrelation } from './radiomicsBaseline';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Math.max(3, Number(args[args.indexOf('--runs') + 1]) || 5);
const log = (...m: unknown[]): void => {
  if (!json) console.error(...m);
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function time<T>(f: () => T, n = runs): { wall: number; cpu: number; value: T } {
  let value = f();
  const wall: number[] = [], cpu: number[] = [];
  for (let q = 0; q < n; q++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    value = f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), value };
}

/** A lobulated ~100 mL lesion (heterogeneous, with air pockets) in soft tissue, 1 mm isotropic int16 CT. */
function synthLesion(): { volume: Volume; mask: Mask } {
  const dims = [120, 120, 100] as const;
  const g = makeGeometry(dims, [1, 1, 1], [-60, -60, -50]);
  let s = 12345;
  const rnd = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
  const data = new Int16Array(dims[0] * dims[1] * dims[2]);
  const inLesion = (i: number, j: number, k: number): boolean => {
    const x = (i - 60) / 33, y = (j - 60) / 28, z = (k - 50) / 26;
    const r = Math.sqrt(x * x + y * y + z * z);
    const lobes = 1 + 0.08 * Math.sin(5 * Math.atan2(y, x)) * Math.cos(3 * z);
    return r < lobes;
  };
  for (let k = 0, n = 0; k < dims[2]; k++)
    for (let j = 0; j < dims[1]; j++)
      for (let i = 0; i < dims[0]; i++, n++) {
        const noise = (rnd() + rnd() + rnd() - 1.5) * 40;
        if (inLesion(i, j, k)) {
          const core = Math.hypot(i - 62, j - 58, k - 50) < 12 ? -60 : 0;
          data[n] = Math.round(45 + 50 * Math.sin(i / 6) * Math.cos(j / 8) + 30 * Math.sin(k / 5) + core + noise + (rnd() < 0.02 ? -900 : 0));
        } else data[n] = Math.round(30 + noise);
      }
  return { volume: makeVolume(g, data, 'HU', 'CT'), mask: makeMask(dims, inLesion) };
}

interface Row {
  readonly case: string;
  readonly voxels: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly targetMs: number;
  readonly steps: Record<string, number>;
}
const rows: Row[] = [];

function bench(name: string, volume: Volume, mask: Mask, settings: RadiomicsSettings, targetMs: number): void {
  log(`${name} …`);
  const stepRuns: Record<string, number[]> = {};
  const t = time(() => {
    const r = computeRadiomics(volume, mask, settings);
    if (!r.ok) throw new Error(r.error.kind);
    for (const [k, v] of Object.entries(r.value.timings)) (stepRuns[k] ??= []).push(v);
    return r.value;
  });
  const steps = Object.fromEntries(Object.entries(stepRuns).map(([k, v]) => [k, median(v)]));
  rows.push({ case: name, voxels: `${t.value.roi.morphologicalVoxels} / ${t.value.roi.intensityVoxels}`, wallMs: t.wall, cpuMs: t.cpu, targetMs, steps });
}

const lesion = synthLesion();
bench('synthetic 100 mL lesion, 1 mm CT, config C', lesion.volume, lesion.mask, RADIOMICS_PRESETS.C, 2000);
bench('synthetic 100 mL lesion, 1 mm CT, config A', lesion.volume, lesion.mask, RADIOMICS_PRESETS.A, 3000);

const ref = path.resolve(import.meta.dirname, '../../../../shared/reference-data/ibsi1-ct-radiomics-phantom');
if (existsSync(ref)) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-bench-ibsi-'));
  execFileSync('tar', ['xzf', path.join(ref, 'ibsi1_ct_radiomics_phantom_PAT1_dicom_rtstruct_niftimask.tar.gz'), '-C', tmp]);
  const ct = readDicomSlices(path.join(tmp, 'dicom/image'));
  const nii = readNifti(path.join(tmp, 'nifti/mask/mask.nii.gz'));
  const lps = [...nii.affine.slice(0, 8).map((x) => -x), ...nii.affine.slice(8)];
  const mask = mapMaskByAffine(ct.geometry, { dimensions: nii.dims, data: nii.data, affine: lps });
  const volume = makeVolume(ct.geometry, Int16Array.from(ct.data), 'HU', 'CT');
  for (const c of ['A', 'B', 'C', 'D', 'E'] as const) bench(`IBSI-1 CT phantom, config ${c}`, volume, mask, RADIOMICS_PRESETS[c], 3000);
} else log(`[bench] ${ref} absent: CT phantom cases skipped`);

// Same-run baseline on the synthetic lesion, configuration C (its 2 mm grid and 32 FBS levels).
log('baseline (straightforward) vs engine on the synthetic lesion, config C …');
const block = resampleRoi(lesion.volume, lesion.mask, RADIOMICS_PRESETS.C.interpolation);
const intensity = resegmentMask(block.volume, block.mask, RADIOMICS_PRESETS.C.resegmentation).mask;
const roi = discretiseRoi(block.volume, block.mask, intensity, RADIOMICS_PRESETS.C.discretisation);
const positions: number[] = [], values: number[] = [];
{
  const [ni, nj] = block.volume.geometry.dimensions, sp = block.volume.geometry.spacing;
  intensity.data.forEach((x, n) => {
    if (!x) return;
    positions.push((n % ni) * sp[0], (Math.floor(n / ni) % nj) * sp[1], Math.floor(n / (ni * nj)) * sp[2]);
    values.push(block.volume.data[n]);
  });
}
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const pairs: { step: string; engine: ReturnType<typeof time>; naive: ReturnType<typeof time>; same: boolean }[] = [];
{
  const engine = time(() => computeGlcmFamily(roi, '3D'), 3), naive = time(() => naiveGlcm3d(roi), 3);
  const e = engine.value as ReturnType<typeof computeGlcmFamily>, b = naive.value as ReturnType<typeof naiveGlcm3d>;
  pairs.push({ step: 'GLCM 3D (13 directions)', engine, naive, same: e['3D:MRG'].every((x, f) => close(x, b.merged[f])) && e['3D:AVG'].every((x, f) => close(x, b.avg[f])) });
}
{
  const engine = time(() => computeGlrlmFamily(roi, '3D'), 3), naive = time(() => naiveGlrlmCounts(roi), 3);
  const runsCount = [...(naive.value as Map<string, number>).values()].reduce((a, x) => a + x, 0);
  // run percentage of the merged matrix = runs / (13 · voxels)
  pairs.push({ step: 'GLRLM 3D (13 directions)', engine, naive, same: close((engine.value as ReturnType<typeof computeGlrlmFamily>)['3D:MRG'][12], runsCount / (13 * roi.count)) });
}
{
  const engine = time(() => computeNgtdmFamily(roi, '3D'), 3), naive = time(() => naiveNgtdm(roi), 3);
  const nv = naive.value as ReturnType<typeof naiveNgtdm>;
  pairs.push({ step: 'NGTDM 3D', engine, naive, same: computeNgtdmFeatures(nv.s, nv.n).every((x, f) => close(x, (engine.value as ReturnType<typeof computeNgtdmFamily>)['3D'][f])) });
}
{
  const engine = time(() => computeSpatialAutocorrelation(block.volume, intensity), 3), naive = time(() => naiveSpatialAutocorrelation(values, positions), 1);
  const e = engine.value as ReturnType<typeof computeSpatialAutocorrelation>, b = naive.value as ReturnType<typeof naiveSpatialAutocorrelation>;
  pairs.push({ step: `Moran's I + Geary's C (${values.length} voxels)`, engine, naive, same: Math.abs(e.moranI - b.moranI) < 1e-9 && Math.abs(e.gearyC - b.gearyC) < 1e-9 });
}

if (json) {
  process.stdout.write(JSON.stringify({ node: process.version, loadavg: loadavg(), cores: cpus().length, runs, rows, baseline: pairs.map((p) => ({ step: p.step, engineMs: p.engine.cpu, straightforwardMs: p.naive.cpu, same: p.same })) }, null, 2) + '\n');
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`\nradiomics benchmark — node ${process.version}, median of ${runs} runs; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(pad('case', 46) + pad('voxels morph/int', 18) + pad('wall ms', 9) + pad('cpu ms', 9) + pad('target', 8) + 'per step (median wall ms)');
  for (const r of rows)
    console.log(pad(r.case, 46) + pad(r.voxels, 18) + pad(r.wallMs.toFixed(0), 9) + pad(r.cpuMs.toFixed(0), 9) + pad(`≤${r.targetMs}`, 8) + Object.entries(r.steps).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  console.log(`\nbaseline "straightforward" vs engine (CPU ms, median), synthetic lesion config C (${roi.count} voxels, ${roi.ng} levels):`);
  for (const p of pairs) console.log(pad(p.step, 46) + pad(`engine ${p.engine.cpu.toFixed(1)}`, 16) + pad(`straightforward ${p.naive.cpu.toFixed(1)}`, 26) + pad(`×${(p.naive.cpu / p.engine.cpu).toFixed(1)}`, 8) + (p.same ? 'same result' : 'RESULTS DIFFER'));
}
