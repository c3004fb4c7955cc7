import { mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeVolume } from '../src/testing/fixtures';
import { mapMaskByAffine } from '../src/roi/mapMaskByAffine';
import { thresholdToMask } from '../src/roi/thresholdToMask';
import { computeRoiStats } from '../src/stats/computeRoiStats';
import { marchingCubesMask } from '../src/shape/marchingCubesMask';
import { computeMeshMorphology } from '../src/shape/computeMeshMorphology';
import { maxDiameter3d } from '../src/shape/maxDiameter3d';
import { readDicomSlices } from './readDicomSlices';
import { readNifti } from './readNifti';
import { readRtstructContours } from './readRtstruct';
import { contoursToMask } from '../src/roi/contoursToMask';
import { readIbsiCsv, referenceFolder } from './referenceData';

const ref = referenceFolder('ibsi1-ct-radiomics-phantom');

/**
 * IBSI-1 CT phantom (PAT1, GTV-1), configuration A: no interpolation, re-segmentation [-500, 400] HU
 * for the intensity mask; morphology on the original (morphological) mask. The CT comes from DICOM,
 * the mask from NIfTI mapped through its affine (RAS converted to LPS) onto the DICOM grid.
 */
describe.skipIf(!ref.exists)('IBSI-1 CT phantom, configuration A (DICOM CT + NIfTI mask)', () => {
  const rows = ref.exists ? readIbsiCsv(path.join(ref.dir, 'ibsi1_reference_values_ct_phantom_configs_A-E.csv')) : [];
  const setup = () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'caliper-ibsi-ct-'));
    execFileSync('tar', ['xzf', path.join(ref.dir, 'ibsi1_ct_radiomics_phantom_PAT1_dicom_rtstruct_niftimask.tar.gz'), '-C', tmp]);
    const ct = readDicomSlices(path.join(tmp, 'dicom/image'));
    const nii = readNifti(path.join(tmp, 'nifti/mask/mask.nii.gz'));
    const lps = [...nii.affine.slice(0, 8).map((x) => -x), ...nii.affine.slice(8)];
    const mask = mapMaskByAffine(ct.geometry, { dimensions: nii.dims, data: nii.data, affine: lps });
    const volume = makeVolume(ct.geometry, Int16Array.from(ct.data), 'HU', 'CT');
    const contours = readRtstructContours(path.join(tmp, 'dicom/mask/DCM_RS_00060.dcm'), 'GTV-1');
    return { volume, mask, contours, niiCount: nii.data.reduce((a, x) => a + (x > 0 ? 1 : 0), 0) };
  };
  const check = (code: string, family: string, value: number): void => {
    const r = rows.find((x) => x.code === code && x.family === family && x.dataSet === 'config_A');
    if (!r) throw new Error(`no config_A row for ${code}`);
    // no tolerance printed: the value is exact to its 3 significant figures
    const tol = r.tolerance ?? Math.abs(r.value) * 0.005;
    expect(Math.abs(value - r.value), `${r.feature} (${code}) = ${value}, ref ${r.value} ± ${tol}`).toBeLessThanOrEqual(tol);
  };

  it('maps every NIfTI mask voxel onto the DICOM grid, and matches intensity statistics and morphology', () => {
    const { volume, mask, niiCount } = setup();
    const morphCount = mask.data.reduce((a, x) => a + x, 0);
    expect(morphCount).toBe(niiCount);
    const intensityMask = thresholdToMask(volume, { within: mask, min: -500, max: 400 });
    const st = computeRoiStats(volume, intensityMask);
    check('Q4LE', 'intensity_statistics', st.mean);
    check('ECT3', 'intensity_statistics', st.sd * st.sd);
    check('KE2A', 'intensity_statistics', st.skewness);
    check('IPH6', 'intensity_statistics', st.kurtosis);
    check('Y12H', 'intensity_statistics', st.median);
    check('1GSF', 'intensity_statistics', st.min);
    check('QG58', 'intensity_statistics', st.p10);
    check('8DWT', 'intensity_statistics', st.p90);
    check('84IY', 'intensity_statistics', st.max);
    const sp = volume.geometry.spacing;
    check('YEKZ', 'morphology', computeRoiStats(volume, mask).volumeMl * 1000);
    const morph = computeMeshMorphology(marchingCubesMask(mask, sp));
    check('RNU0', 'morphology', morph.volumeMm3);
    check('C0JK', 'morphology', morph.surfaceMm2);
    check('QCFX', 'morphology', morph.sphericity);
    const feret = maxDiameter3d(mask, sp).lengthMm;
    check('L0JK', 'morphology', feret);
    console.log(`[ibsi ct config A] mean ${st.mean.toFixed(2)} var ${(st.sd ** 2).toFixed(0)} skew ${st.skewness.toFixed(3)} kurt ${st.kurtosis.toFixed(3)} median ${st.median} p10 ${st.p10} p90 ${st.p90}; mesh V ${morph.volumeMm3.toFixed(0)} A ${morph.surfaceMm2.toFixed(0)} sph ${morph.sphericity.toFixed(4)} Feret ${feret.toFixed(2)}`);
  });

  it('RTSTRUCT GTV-1 contours rasterised on the CT grid agree with the NIfTI mask (Dice >= 0.99)', () => {
    const { volume, mask, contours } = setup();
    const r = contoursToMask(volume.geometry, contours);
    expect(r.skipped).toEqual([]);
    let both = 0, a = 0, b = 0;
    for (let q = 0; q < mask.data.length; q++) {
      a += mask.data[q];
      b += r.mask.data[q];
      both += mask.data[q] & r.mask.data[q];
    }
    const dice = (2 * both) / (a + b);
    console.log(`[ibsi ct rtstruct] ${contours.length} contours, NIfTI ${a} voxels, RTSTRUCT ${b} voxels, Dice ${dice.toFixed(4)}`);
    expect(dice).toBeGreaterThanOrEqual(0.99);
  });
});
