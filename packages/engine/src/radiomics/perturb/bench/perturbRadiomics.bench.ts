/**
 * `pnpm bench radiomics-perturb`: perturbRadiomics (unperturbed + erode, dilate, ½-voxel translation,
 * noise) on the IBSI-1 CT phantom (PAT1, GTV-1; configurations A and C; skipped without ../shared)
 * and on a synthetic 100 mL lesion on 1 mm CT (configuration C), median of N (≥ 3, `--runs N`) runs
 * after a warm-up, wall and CPU; with, in the same run, the baseline of 5 plain computeRadiomics calls
 * on the unperturbed inputs (what the perturbation costs beyond the 5 computations), and the
 * number of features flagged unstable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Mask, Volume } from '@caliper/core';
import { readDicomSlices } from '../../../../conformance/readDicomSlices';
import { readNifti } from '../../../../conformance/readNifti';
import { mapMaskByAffine } from '../../../roi/mapMaskByAffine';
import { makeGeometry, makeMask, makeVolume } from '../../../testing/fixtures';
import { computeRadiomics } from '../../computeRadiomics';
import { RADIOMICS_PRESETS } from '../../settings/radiomicsSettings';
import type { RadiomicsSettings } from '../../settings/radiomicsSettings';
import { perturbRadiomics } from '../perturbRadiomics';

const args = process.argv.slice(2);
const runs = Math.max(3, Number(args[args.indexOf('--runs') + 1]) || 3);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(f: () => Promise<T>): Promise<{ wall: number; cpu: number; value: T }> {
  let value = await f();
  const wall: number[] = [], cpu: number[] = [];
  for (let q = 0; q < runs; q++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    value = await f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), value };
}

/** A ~100 mL ellipsoidal lesion with texture and noise (SD 20 HU) in soft tissue, 1 mm isotropic int16 CT. */
function synthLesion(): { volume: Volume; mask: Mask } {
  const dims = [120, 120, 100] as const;
  let s = 12345;
  const rnd = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
  const inside = (i: number, j: number, k: number): boolean => ((i - 60) / 33) ** 2 + ((j - 60) / 28) ** 2 + ((k - 50) / 26) ** 2 < 1;
  const data = new Int16Array(dims[0] * dims[1] * dims[2]);
  for (let k = 0, n = 0; k < dims[2]; k++)
    for (let j = 0; j < dims[1]; j++)
      for (let i = 0; i < dims[0]; i++, n++) {
        const noise = (rnd() + rnd() + rnd() - 1.5) * 40;
        data[n] = Math.round((inside(i, j, k) ? 45 + 50 * Math.sin(i / 6) * Math.cos(j / 8) + 30 * Math.sin(k / 5) : 30) + noise);
      }
  return { volume: makeVolume(makeGeometry(dims, [1, 1, 1]), data, 'HU', 'CT'), mask: makeMask(dims, inside) };
}

const lines: string[] = [];
async function bench(name: string, volume: Volume, mask: Mask, settings: RadiomicsSettings): Promise<void> {
  console.error(`${name} …`);
  const p = await time(async () => {
    const r = await perturbRadiomics(volume, mask, settings);
    if (!r.ok) throw new Error(r.error.kind);
    return r.value;
  });
  const plain = await time(async () => {
    for (let q = 0; q < 5; q++) if (!computeRadiomics(volume, mask, settings).ok) throw new Error('failed');
  });
  const noise = p.value.perturbations.find((x) => x.perturbation.kind === 'noise');
  lines.push(
    `${name.padEnd(44)} perturb wall ${p.wall.toFixed(0).padStart(6)} cpu ${p.cpu.toFixed(0).padStart(6)} ms | 5× computeRadiomics cpu ${plain.cpu.toFixed(0).padStart(6)} ms (×${(p.cpu / plain.cpu).toFixed(2)}) | ` +
      `σ ${noise?.sigma?.toFixed(2)} | unstable ${p.value.summary.unstable} / ${p.value.summary.assessed}`,
  );
}

const ref = path.resolve(import.meta.dirname, '../../../../../../../shared/reference-data/ibsi1-ct-radiomics-phantom');
if (existsSync(ref)) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-bench-perturb-'));
  execFileSync('tar', ['xzf', path.join(ref, 'ibsi1_ct_radiomics_phantom_PAT1_dicom_rtstruct_niftimask.tar.gz'), '-C', tmp]);
  const ct = readDicomSlices(path.join(tmp, 'dicom/image'));
  const nii = readNifti(path.join(tmp, 'nifti/mask/mask.nii.gz'));
  const lps = [...nii.affine.slice(0, 8).map((x) => -x), ...nii.affine.slice(8)];
  const mask = mapMaskByAffine(ct.geometry, { dimensions: nii.dims, data: nii.data, affine: lps });
  const volume = makeVolume(ct.geometry, Int16Array.from(ct.data), 'HU', 'CT');
  for (const c of ['A', 'C'] as const) await bench(`IBSI-1 CT phantom, config ${c}`, volume, mask, RADIOMICS_PRESETS[c]);
} else console.error(`[bench] ${ref} absent: CT phantom cases skipped`);
const lesion = synthLesion();
await bench('synthetic 100 mL lesion, 1 mm CT, config C', lesion.volume, lesion.mask, RADIOMICS_PRESETS.C);

console.log(`radiomics --perturb benchmark — node ${process.version}, median of ${runs}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
for (const l of lines) console.log(l);
