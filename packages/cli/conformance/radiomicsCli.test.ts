import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFixtureStudy } from './fixtureStudy';
import { runCaliper } from './helpers';

/**
 * `caliper radiomics` contract (issue 19) on a synthetic study: 4×4×3 CT (1 mm pixels, 2 mm
 * slices, origin 0) whose slices hold 10, 40, 70 HU, an MR series without a calibrated unit, and
 * NIfTI masks written here (on and off the CT's voxel lattice).
 */
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-radiomics-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const study = path.join(tmp, 'study');
const [ct, mr] = writeFixtureStudy(study, [
  { uid: '2.25.9101', modality: 'CT', description: 'CT', value: (k) => 10 + 30 * k },
  { uid: '2.25.9102', modality: 'MR', description: 'T1', value: (k) => 100 + k },
]);
const file = (name: string, doc: unknown): string => {
  const f = path.join(tmp, name);
  writeFileSync(f, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return f;
};
const box = file('box.json', { type: 'box', minMm: [0, 0, 0], maxMm: [3, 3, 4] });
const outside = file('outside.json', { type: 'sphere', centerMm: [100, 100, 100], radiusMm: 2 });

/** NIfTI-1 uint8 mask of 4×4×3 voxels, every voxel set, with the given RAS sform rows. */
function nifti(name: string, pixdim: readonly number[], srow: readonly (readonly number[])[]): string {
  const b = Buffer.alloc(352 + 48);
  b.writeInt32LE(348, 0);
  [3, 4, 4, 3, 1, 1, 1, 1].forEach((d, q) => b.writeInt16LE(d, 40 + 2 * q));
  b.writeInt16LE(2, 70);
  b.writeInt16LE(8, 72);
  [1, ...pixdim, 1, 1, 1, 1].forEach((d, q) => b.writeFloatLE(d, 76 + 4 * q));
  b.writeFloatLE(352, 108);
  b.writeFloatLE(1, 112);
  b.writeInt16LE(1, 254);
  srow.forEach((row, r) => row.forEach((x, c) => b.writeFloatLE(x, 280 + 16 * r + 4 * c)));
  b.write('n+1\0', 344, 'latin1');
  b.fill(1, 352);
  writeFileSync(path.join(tmp, name), b);
  return path.join(tmp, name);
}
// LPS (i, j, 2k) → RAS (−i, −j, 2k).
const onGrid = nifti('on.nii', [1, 1, 2], [[-1, 0, 0, 0], [0, -1, 0, 0], [0, 0, 2, 0]]);
const shifted = nifti('shifted.nii', [1, 1, 2], [[-1, 0, 0, -0.5], [0, -1, 0, 0], [0, 0, 2, 0]]);
const coarse = nifti('coarse.nii', [2, 1, 2], [[-2, 0, 0, 0], [0, -1, 0, 0], [0, 0, 2, 0]]);

const radiomics = (...args: string[]) => runCaliper(['radiomics', ...args]);

describe.concurrent('caliper radiomics: usage errors exit 2', () => {
  it.each([
    ['no --roi', [ct, '--config', 'A', '--json']],
    ['no --config', [ct, '--roi', box, '--json']],
    ['an unknown option', [ct, '--roi', box, '--config', 'A', '--bogus']],
    ['--json and --csv', [ct, '--roi', box, '--config', 'A', '--json', '--csv']],
  ])('%s', async (_, args) => {
    const r = await radiomics(...args);
    expect(r.code, r.stderr).toBe(2);
  });
});

describe.concurrent('caliper radiomics: errors exit 1 with {"error"} and the contract phrase', () => {
  it('a config that is neither A–E nor a settings file', async () => {
    const r = await radiomics(ct, '--roi', box, '--config', 'F', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: "unknown config 'F': expected A, B, C, D, E or a settings .json file" });
  });
  it('settings with a bad value', async () => {
    const bad = file('bad.json', { discretisation: { method: 'FBX', bins: 8 } });
    const r = await radiomics(ct, '--roi', box, '--config', bad, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toBe('invalid settings: discretisation.method must be FBN or FBS');
  });
  it('input holding two series lists them', async () => {
    const r = await radiomics(study, '--roi', box, '--config', 'A', '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.series.map((s: { seriesInstanceUID: string }) => s.seriesInstanceUID)).toEqual(['2.25.9101', '2.25.9102']);
  });
  it('an ROI holding no voxel centre', async () => {
    const r = await radiomics(ct, '--roi', outside, '--config', 'A', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatch(/^ROI is empty: no voxel centre of .*2\.25\.9101 lies inside it$/);
  });
  it('nothing left after re-segmentation', async () => {
    const far = file('far.json', { resegmentation: { range: [5000, 6000] } });
    const r = await radiomics(ct, '--roi', box, '--config', far, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toBe('ROI is empty after re-segmentation to [5000, 6000]');
  });
  it.each([
    ['origin half a voxel off', shifted, 'mask is not on the image grid: origin off the voxel lattice by (0.500, 0.000, 0.000) voxels'],
    ['another spacing', coarse, 'mask is not on the image grid: spacing 2 × 1 × 2 mm vs 1 × 1 × 2 mm'],
  ])('a NIfTI mask with %s is refused, never resampled', async (_, mask, error) => {
    const r = await radiomics(ct, '--roi', mask, '--config', 'A', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toBe(error);
  });
});

describe.concurrent('caliper radiomics: output', () => {
  it('--json: series, modality, unit, resolved config, ROI counts and all 346 features of a 2D config; the printed config passed back gives the same document', async () => {
    const r = await radiomics(ct, '--roi', box, '--config', 'A', '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['series', 'modality', 'unit', 'config', 'roi', 'features']);
    expect(doc.modality).toBe('CT');
    expect(doc.unit).toBe('HU');
    expect(doc.config).toEqual({
      name: 'A', approach: '2D', interpolation: null, resegmentation: { range: [-500, 400], outlierSigma: null },
      discretisation: { method: 'FBS', binWidth: 25, lowerBound: -500 }, ivh: { method: 'none' },
    });
    expect(doc.roi).toEqual({ morphologicalVoxels: 48, intensityVoxels: 48 });
    expect(Object.keys(doc.features)).toHaveLength(346);
    // Voxel-count volume: 48 voxels of 2 mm³; mean of 16 × (10, 40, 70) HU.
    expect(doc.features.YEKZ).toEqual({ name: 'Volume (voxel counting)', family: 'morphology', value: 96 });
    expect(doc.features.Q4LE.value).toBe(40);
    expect(doc.features['8ZQL.2D:AVG']).toMatchObject({ name: 'Angular second moment', family: 'GLCM', aggregation: '2D, averaged' });
    expect(doc.features['QCDE.2.5D']).toMatchObject({ name: 'Coarseness', family: 'NGTDM', aggregation: '2.5D' });
    expect(doc.features['BC2M.V10']).toMatchObject({ name: 'Volume at intensity fraction', family: 'intensity_volume_histogram' });
    // Each slice is uniform: the GLCM has one grey level, so its correlation is undefined.
    expect(doc.features['NI2N.2D:AVG'].value).toBeNull();
    const saved = file('saved.json', doc.config);
    const again = await radiomics(ct, '--roi', box, '--config', saved, '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(doc);
  });
  it('--csv: header and one row per feature (210 for a 3D config), aggregations quoted; the same values as --json', async () => {
    const [csv, json] = await Promise.all([radiomics(ct, '--roi', onGrid, '--config', 'C', '--csv'), radiomics(ct, '--roi', onGrid, '--config', 'C', '--json')]);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('key,family,feature,aggregation,value');
    expect(lines).toHaveLength(211);
    expect(lines[1]).toBe(`RNU0,morphology,Volume (mesh),,${JSON.parse(json.stdout).features.RNU0.value}`);
    expect(lines.find((l) => l.startsWith('8ZQL.3D:AVG,'))).toMatch(/^8ZQL\.3D:AVG,GLCM,Angular second moment,"3D, averaged",[0-9.e-]+$/);
  });
  it('a series without a calibrated unit is computed and labelled raw', async () => {
    const r = await radiomics(mr, '--roi', box, '--config', 'D', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).unit).toBe('raw');
  });
});
