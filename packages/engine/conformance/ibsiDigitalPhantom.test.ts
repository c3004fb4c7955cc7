import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGeometry, makeVolume } from '../src/testing/fixtures';
import { computeMaskBbox } from '../src/mask/computeMaskBbox';
import { computeRoiStats } from '../src/stats/computeRoiStats';
import { marchingCubesMask } from '../src/shape/marchingCubesMask';
import { computeMeshMorphology } from '../src/shape/computeMeshMorphology';
import { maxDiameter3d } from '../src/shape/maxDiameter3d';
import { readNifti } from './readNifti';
import { mapMaskByAffine } from '../src/roi/mapMaskByAffine';
import { readIbsiCsv, referenceFolder, sig3 } from './referenceData';
import type { IbsiRow } from './referenceData';

const ref = referenceFolder('ibsi1-digital-phantom');

describe.skipIf(!ref.exists)('IBSI-1 digital phantom (intensity statistics and morphology)', () => {
  const rows = ref.exists ? readIbsiCsv(path.join(ref.dir, 'ibsi1_reference_values_digital_phantom.csv')) : [];
  const byCode = (code: string): IbsiRow => {
    const r = rows.find((x) => x.code === code && (x.family === 'intensity_statistics' || x.family === 'morphology'));
    if (!r) throw new Error(`IBSI code ${code} not in the CSV`);
    return r;
  };
  /** Within the CSV tolerance, or equal at 3 significant figures when none is given. */
  const check = (code: string, value: number): void => {
    const r = byCode(code);
    if (r.tolerance === null) expect(sig3(value), `${r.feature} (${code})`).toBe(sig3(r.value));
    else expect(Math.abs(value - r.value), `${r.feature} (${code}) = ${value}, ref ${r.value} ± ${r.tolerance}`).toBeLessThanOrEqual(r.tolerance);
  };

  const img = ref.exists ? readNifti(path.join(ref.dir, 'phantom.nii.gz')) : null;
  const msk = ref.exists ? readNifti(path.join(ref.dir, 'mask.nii.gz')) : null;
  const setup = () => {
    const g = makeGeometry(img!.dims, img!.pixdim);
    const volume = makeVolume(g, Float32Array.from(img!.data));
    const data = Uint8Array.from(msk!.data, (x) => (x > 0.5 ? 1 : 0));
    const mask = { dimensions: img!.dims, data, bbox: computeMaskBbox(img!.dims, data) };
    return { volume, mask };
  };

  it('reads the 5x4x4 phantom with 2 mm voxels', () => {
    expect(img!.dims).toEqual([5, 4, 4]);
    expect(img!.pixdim).toEqual([2, 2, 2]);
  });

  it.each(['float32', 'int16'])('intensity statistics (%s data): mean, variance, skewness, kurtosis, median, P10, P90, min, max', (type) => {
    const { volume: v32, mask } = setup();
    const volume = type === 'int16' ? makeVolume(v32.geometry, Int16Array.from(v32.data)) : v32;
    const st = computeRoiStats(volume, mask);
    check('Q4LE', st.mean);
    check('ECT3', st.sd * st.sd);
    check('KE2A', st.skewness);
    check('IPH6', st.kurtosis);
    check('Y12H', st.median);
    check('QG58', st.p10);
    check('8DWT', st.p90);
    check('1GSF', st.min);
    check('84IY', st.max);
  });

  it('morphology: voxel-count volume, mesh volume, surface, sphericity, max 3D diameter', () => {
    const { volume, mask } = setup();
    const st = computeRoiStats(volume, mask);
    expect(st.voxelCount).toBe(74);
    check('YEKZ', st.volumeMl * 1000);
    const morph = computeMeshMorphology(marchingCubesMask(mask, volume.geometry.spacing));
    check('RNU0', morph.volumeMm3);
    check('C0JK', morph.surfaceMm2);
    check('QCFX', morph.sphericity);
    check('2PR5', morph.surfaceMm2 / morph.volumeMm3);
    check('L0JK', maxDiameter3d(mask, volume.geometry.spacing).lengthMm);
  });

  it('maps the NIfTI mask (RAS affine, converted to LPS) onto a 1 mm LPS grid: 8 target voxels per source voxel', () => {
    // NIfTI sform is voxel -> RAS; LPS = RAS with x, y negated, i.e. negate the first two rows.
    const ras = msk!.affine;
    const lps = [...ras.slice(0, 8).map((x) => -x), ...ras.slice(8)];
    const target = makeGeometry([12, 10, 10], [1, 1, 1], [-1, -1, -1]);
    const mapped = mapMaskByAffine(target, { dimensions: msk!.dims, data: msk!.data, affine: lps });
    expect(mapped.data.reduce((a, x) => a + x, 0)).toBe(74 * 8);
    expect(mapped.bbox).toEqual([[0, 0, 0], [9, 7, 7]]);
  });
});
