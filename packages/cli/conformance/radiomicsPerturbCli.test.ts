import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFixtureStudy } from './fixtureStudy';
import { runCaliper } from './helpers';
import { radiomicsInProcess } from './radiomicsInProcess';

/**
 * `caliper radiomics --perturb` (issue 19 "Robustness") on a synthetic study: a 4×4×3 CT (1 mm
 * pixels, 2 mm slices) whose slices hold 10, 40, 70 HU. The box ROI is the whole image (48 voxels):
 * config A (2D) erodes in-plane (4-connected) to the 2×2 centre of each slice (12 voxels), dilation
 * keeps all 48 (clipped to the grid), the ½-voxel shift 45 (on the far edges ½ of the shifted mask is
 * inside, kept; at the far corner ¼, dropped). One case runs `pnpm --silent caliper`, the rest the
 * command in-process (a process start costs seconds on a loaded machine).
 */
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-radiomics-perturb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const [ct] = writeFixtureStudy(path.join(tmp, 'study'), [{ uid: '2.25.9201', modality: 'CT', description: 'CT', value: (k) => 10 + 30 * k }]);
const file = (name: string, doc: unknown): string => {
  const f = path.join(tmp, name);
  writeFileSync(f, JSON.stringify(doc));
  return f;
};
const box = file('box.json', { type: 'box', minMm: [0, 0, 0], maxMm: [3, 3, 4] });
const small = file('small.json', { type: 'box', minMm: [0, 0, 0], maxMm: [2, 2, 4] });
const radiomics = (...args: string[]) => radiomicsInProcess(args);
const IDS = ['none', 'erode', 'dilate', 'translate(0.5 0.5 0)', 'noise(seed=1 sigma=5)'];

describe('caliper radiomics --perturb', () => {
  it('--json keeps every contract field and adds a robustness block; deterministic for a seed', async () => {
    const a = await runCaliper(['radiomics', ct, '--roi', box, '--config', 'A', '--json', '--perturb', '--noise-sd', '5']);
    const plain = await radiomics(ct, '--roi', box, '--config', 'A', '--json');
    const b = await radiomics(ct, '--roi', box, '--config', 'A', '--json', '--perturb', '--noise-sd', '5');
    const other = await radiomics(ct, '--roi', box, '--config', 'A', '--json', '--perturb', '--noise-sd', '5', '--seed', '2');
    expect(a.code, a.stderr).toBe(0);
    const doc = JSON.parse(a.stdout);
    expect(Object.keys(doc)).toEqual(['series', 'modality', 'unit', 'config', 'roi', 'features', 'robustness']);
    const { robustness, ...contract } = doc;
    expect(contract).toEqual(JSON.parse(plain.stdout));
    expect(a.stdout).toBe(b.stdout);
    expect(robustness.perturbations.map((p: { id: string }) => p.id)).toEqual(IDS);
    expect(robustness.perturbations.map((p: { roiVoxels: number }) => p.roiVoxels)).toEqual([48, 12, 48, 45, 48]);
    expect(robustness.perturbations[1]).toMatchObject({ kind: 'erode', voxels: 1, connectivity: 4 });
    expect(robustness.perturbations[3]).toMatchObject({ kind: 'translate', shiftVoxels: [0.5, 0.5, 0] });
    expect(robustness.perturbations[4]).toMatchObject({ kind: 'noise', seed: 1, sigma: 5, sigmaSource: 'given' });
    expect(robustness.parameters).toEqual({ connectivity: 4, cvThreshold: 0.1, iccThreshold: 0.9, iccForm: 'ICC(1,1)', subjects: 1 });
    expect(Object.keys(robustness.features)).toEqual(Object.keys(doc.features));
    // Volume (voxel counting), 2 mm³ voxels: 96, 24, 96, 90, 96 mm³ → mean 80.4, sample SD √((3·15.6² + 56.4² + 9.6²)/4) = √1000.8.
    const v = robustness.features.YEKZ;
    expect(v.values).toEqual([96, 24, 96, 90, 96]);
    expect(v.cv).toBeCloseTo(Math.sqrt(1000.8) / 80.4, 12);
    expect(v).toMatchObject({ icc: null, unstable: true });
    // Mean intensity: every slice is uniform, so only the noise moves it.
    const mean = robustness.features.Q4LE;
    expect(mean.values.slice(0, 4)).toEqual([40, 40, 40, 40]);
    expect(mean.values[4]).not.toBe(40);
    expect(Math.abs(mean.values[4] - 40)).toBeLessThan(5);
    const seed2 = JSON.parse(other.stdout).robustness;
    expect(seed2.perturbations[4].id).toBe('noise(seed=2 sigma=5)');
    expect(seed2.features.Q4LE.values[4]).not.toBe(mean.values[4]);
    expect(robustness.summary.unstable).toBe(Object.values(robustness.features).filter((f) => (f as { unstable: boolean }).unstable).length);
  });
  it('--csv keeps the contract header prefix and appends cv, icc, unstable and one value column per computation', async () => {
    const r = await radiomics(ct, '--roi', box, '--config', 'C', '--csv', '--perturb', '--noise-sd', '5');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`key,family,feature,aggregation,value,cv,icc,unstable,${IDS.map((id) => `value:${id}`).join(',')}`);
    expect(lines).toHaveLength(211);
    const volume = lines.find((l) => l.startsWith('YEKZ,'))!.split(',');
    // Config C interpolates to 2 mm: the columns are what --json reports; unperturbed value = the value column.
    expect(volume[4]).toBe(volume[8]);
    expect(volume[7]).toMatch(/^(true|false)$/);
  });
  it('--cohort ROIs make the ICC(1,1) defined', async () => {
    const r = await radiomics(ct, '--roi', box, '--config', 'A', '--json', '--perturb', '--noise-sd', '5', '--cohort', small);
    expect(r.code, r.stderr).toBe(0);
    const { robustness } = JSON.parse(r.stdout);
    expect(robustness.parameters.subjects).toBe(2);
    // Cohort ROI 3×3×3 voxels at the corner: 27, 3 (eroded), 45 (dilated, clipped), 24 (shifted: the far
    // corner ¼ inside), 27 voxels → 54, 6, 90, 48, 54 mm³ beside the ROI's 96, 24, 96, 90, 96:
    // means 80.4, 50.4; MSB = 5·2·15²/1 = 2250, MSW = (4003.2 + 3571.2)/8 = 946.8 → ICC = 1303.2/6037.2.
    expect(robustness.features.YEKZ.values).toEqual([96, 24, 96, 90, 96]);
    expect(robustness.features.YEKZ.icc).toBeCloseTo(1303.2 / 6037.2, 12);
    expect(robustness.features.YEKZ.unstable).toBe(true);
  });
  it.each([['--seed', '3'], ['--noise-sd', '2'], ['--cohort', 'x.json']])('%s without --perturb is a usage error (exit 2)', async (flag, value) => {
    const r = await radiomics(ct, '--roi', box, '--config', 'A', '--json', flag, value);
    expect(r.code).toBe(2);
  });
});
