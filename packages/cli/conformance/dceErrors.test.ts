import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDcePhantom, writeVfaSeries } from './dceFixture';
import { DCE_TRUTH, writeDceStudy } from './dceStudy';
import { runDceInProcess } from './runDceInProcess';

// The exit codes and error phrases of the `caliper dce` contract, on small synthetic series.
const work = mkdtempSync(path.join(tmpdir(), 'caliper-dce-err-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const study = writeDceStudy(work);
const flat = { bolusArrivalS: 10, t10Ms: 1000, voxel: () => null, dims: [4, 4, 2] as const };

async function error(argv: string[]): Promise<{ code: number; error: string }> {
  const r = await runDceInProcess([...argv, '--json']);
  return { code: r.code, error: r.stdout ? JSON.parse(r.stdout).error : '' };
}

describe('caliper dce: exit 1 with the contract phrase', () => {
  it('"not a dynamic series" (one image per position)', async () => {
    const dir = writeDcePhantom(path.join(work, 'single'), { ...flat, timesS: [0], uid: '2.25.71' });
    const r = await error([dir, '--t10', '1000', '--roi', study.roiA]);
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/not a dynamic series/);
  });

  it('"times not strictly increasing" with the two phases and times', async () => {
    const dir = writeDcePhantom(path.join(work, 'backwards'), { ...flat, timesS: [0, 10, 20, 30], triggerMs: (p) => [0, 10000, 5000, 30000][p], uid: '2.25.72' });
    const r = await error([dir, '--t10', '1000', '--roi', study.roiA]);
    expect(r).toEqual({ code: 1, error: expect.stringMatching(/times not strictly increasing: phase 3 at 5 s is not after phase 2 at 10 s/) });
  });

  it('"FlipAngle (0018,1314) missing" with a file', async () => {
    const dir = writeDcePhantom(path.join(work, 'nofa'), { ...flat, timesS: [0, 10, 20], omitFlipAngle: true, uid: '2.25.73' });
    const r = await error([dir, '--t10', '1000', '--roi', study.roiA]);
    expect(r.error).toMatch(/^FlipAngle \(0018,1314\) missing in .*nofa.*\.dcm$/);
  });

  it('"T10 unknown: give --t10 <ms> or --vfa <path>"', async () => {
    expect(await error([study.dce, '--roi', study.roiA])).toEqual({ code: 1, error: 'T10 unknown: give --t10 <ms> or --vfa <path>' });
  });

  it('"VFA needs at least 2 flip angles" and "VFA grid differs"', async () => {
    const one = writeVfaSeries(path.join(work, 'vfa1'), { flipAnglesDeg: [5], trMs: 4, m0: 9000, t10Ms: () => 1000 });
    expect((await error([study.dce, '--vfa', one, '--roi', study.roiA])).error).toMatch(/^VFA needs at least 2 flip angles/);
    const shifted = writeVfaSeries(path.join(work, 'vfa2'), { flipAnglesDeg: [5, 15], trMs: 4, m0: 9000, t10Ms: () => 1000, originMm: [0, 0, 10] });
    expect((await error([study.dce, '--vfa', shifted, '--roi', study.roiA])).error).toMatch(/^VFA grid differs/);
  });

  it('"no baseline phase before the bolus arrival"', async () => {
    expect((await error([study.dce, '--t10', '1000', '--roi', study.roiA, '--bolus-arrival', '0'])).error).toMatch(/^no baseline phase before the bolus arrival/);
  });

  it('"ROI is empty" / "AIF ROI is empty" as in measure', async () => {
    expect((await error([study.dce, '--t10', '1000', '--roi', study.roiOutside])).error).toMatch(/^ROI is empty: no voxel centre of #7 DCE 3D SPGR 2.25.7007 lies inside it/);
    expect((await error([study.dce, '--t10', '1000', '--roi', study.roiA, '--aif', `roi:${study.roiOutside}`])).error).toMatch(/^AIF ROI is empty: no voxel centre of/);
  });

  it('--curves: "missing column <name>"', async () => {
    const csv = path.join(work, 'bad.csv');
    writeFileSync(csv, 'curve,time_s,aif_mM\nx,0,0\n');
    expect(await error(['--curves', csv])).toEqual({ code: 1, error: 'missing column tissue_mM' });
  });
});

describe('caliper dce: exit 2 (usage), also as {"error"} with --json', () => {
  it.each([
    ['neither --roi nor --out', ['--t10', '1000']],
    ['both --t10 and --vfa', ['--t10', '1000', '--vfa', 'v', '--roi', 'a.json']],
    ['an unknown model', ['--t10', '1000', '--roi', 'a.json', '--model', 'toft']],
    ['an unknown AIF', ['--t10', '1000', '--roi', 'a.json', '--aif', 'georgiou']],
    ['a non-number', ['--t10', '1000', '--roi', 'a.json', '--r1', 'x']],
    ['2cxm maps (2cxm fits ROIs only)', ['--t10', '1000', '--out', 'o', '--model', '2cxm']],
  ])('%s', async (_, argv) => {
    const r = await error([study.dce, ...argv]);
    expect(r.code).toBe(2);
    expect(r.error).not.toBe('');
  });
});

describe('caliper dce --model 2cxm on an ROI', () => {
  it('adds fpMlPer100mlMin and psPerMin statistics (and to meanFit)', async () => {
    const one = path.join(work, 'one.json');
    writeFileSync(one, JSON.stringify({ type: 'sphere', centerMm: [1, 3, 0], radiusMm: 0.4 }));
    const r = await runDceInProcess([study.dce, '--t10', '1000', '--roi', one, '--model', '2cxm', '--bolus-arrival', String(DCE_TRUTH.bolusArrivalS), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const roi = JSON.parse(r.stdout).rois[0];
    expect(roi.voxelCount).toBe(1);
    expect(roi.fpMlPer100mlMin.mean).toBeGreaterThan(0);
    expect(roi.psPerMin.mean).toBeGreaterThan(0);
    expect(roi.meanFit.fpMlPer100mlMin).toBeGreaterThan(0);
  });
});

describe('caliper dce: phases told apart by acquisition time (no TemporalPositionIdentifier)', () => {
  it('2D multi-slice, one AcquisitionTime per image: ranked per position; Tofts with the given arrival', async () => {
    const dir = writeDcePhantom(path.join(work, 'acq'), {
      timesS: DCE_TRUTH.timesS, bolusArrivalS: DCE_TRUTH.bolusArrivalS, t10Ms: 1000, timing: 'per-slice', uid: '2.25.74',
      voxel: (_i, j) => (j >= 2 ? { ktransPerMin: 0.3, ve: 0.4, vp: 0 } : null),
    });
    const r = await runDceInProcess([dir, '--t10', '1000', '--roi', study.roiA, '--bolus-arrival', String(DCE_TRUTH.bolusArrivalS), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.timeSource).toBe('AcquisitionTime (0008,0032)');
    expect(doc.phaseGrouping).toBe('AcquisitionTime (0008,0032), rank at each slice position');
    expect(doc.timesS).toEqual(DCE_TRUTH.timesS);
    expect(doc.rois[0].vp).toBeNull();
    // Slice 2 is acquired 0.1 s after slice 1 but both take the phase's (earliest) time: ≤ 1 % off.
    expect(Math.abs(doc.rois[0].ktransPerMin.mean - 0.3) / 0.3).toBeLessThan(0.01);
  });
});
