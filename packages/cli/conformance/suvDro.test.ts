import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roiToMask, computeRoiStats } from '@caliper/engine';
import { loadVolume } from '../src/roi/loadVolume';
import { resolveMaskFile } from '../src/roi/resolveMaskFile';
import { referenceDir, runCaliper, unpack } from './helpers';

const dir = referenceDir('suv-ibsi-dro-oncoray');
const DROS = ['0_0', '1_0', '2_0', '2_1', '2_2', '2_3', '2_4', '2_5', '3_0', '3_1', '3_2', '3_3', '3_4', '4_0', '4_1', '4_2', '5_0'];
const round2 = (x: number) => Math.round(x * 100) / 100;

describe.skipIf(!dir)('SUVbw inside DRO_mask.nii.gz (OncoRay/IBSI DROs): max 4.00, median 1.00, min 0.20', () => {
  it('caliper measure DRO_0_0 --roi {mask: DRO_mask.nii.gz} --json (spawned CLI)', async () => {
    const root = unpack(path.join(dir!, 'DRO_0_0.tar.gz'));
    const roi = path.join(mkdtempSync(path.join(tmpdir(), 'caliper-roi-')), 'roi.json');
    writeFileSync(roi, JSON.stringify({ type: 'mask', path: path.join(dir!, 'DRO_mask.nii.gz') }));
    const r = await runCaliper(['measure', path.join(root, 'DRO_0_0', 'PT'), '--roi', roi, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.unit).toBe('SUVbw');
    expect([round2(doc.max), round2(doc.median), round2(doc.min)]).toEqual([4, 1, 0.2]);
    expect(round2(doc.suv.max)).toBe(4);
    expect(doc.suvError).toBeUndefined();
  });

  // In-process (same code path as the CLI, without 17 process start-ups).
  it.each(DROS)('DRO_%s', async (id) => {
    const root = unpack(path.join(dir!, `DRO_${id}.tar.gz`));
    const loaded = await loadVolume([path.join(root, `DRO_${id}`, 'PT')]);
    expect(loaded.ok, loaded.ok ? '' : loaded.error.reason).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.suvError).toBeUndefined();
    const v = loaded.value.volume;
    expect(v.unit).toBe('SUVbw');
    const mask = roiToMask(v, { type: 'mask', path: path.join(dir!, 'DRO_mask.nii.gz') }, (m) => resolveMaskFile(m, v.geometry, dir!));
    expect(mask.ok).toBe(true);
    if (!mask.ok) return;
    const s = computeRoiStats(v, mask.value);
    console.log(`DRO_${id}: max ${s.max.toFixed(4)} median ${s.median.toFixed(4)} min ${s.min.toFixed(4)} (${s.voxelCount} voxels)`);
    if (id === '2_3') {
      // Stored 5/26/105 at slope 0.01 (generator truncation): Du Bois gives 0.189/0.985/3.977.
      expect([s.max, s.median, s.min].map((x) => Math.round(x * 1000) / 1000)).toEqual([3.977, 0.985, 0.189]);
    } else expect([round2(s.max), round2(s.median), round2(s.min)]).toEqual([4, 1, 0.2]);
    expect(s.voxelCount).toBe(203202);
  });

  it('SUL (Janmahasatian, sex O = mean of M/F) on DRO_0_0: SUVbw × LBM/W = × 50.528/70', async () => {
    // BMI 70/1.75² = 22.857; LBM M = 9270·70/(6680+216·BMI) = 55.858 kg, F = 9270·70/(8780+244·BMI) = 45.197 kg.
    const ratio = ((9270 * 70) / (6680 + 216 * (70 / 1.75 ** 2)) + (9270 * 70) / (8780 + 244 * (70 / 1.75 ** 2))) / 2 / 70;
    expect(ratio).toBeCloseTo(0.72182, 4);
    const root = unpack(path.join(dir!, 'DRO_0_0.tar.gz'));
    const loaded = await loadVolume([path.join(root, 'DRO_0_0', 'PT')], {}, 'SUL');
    if (!loaded.ok) throw new Error(loaded.error.reason);
    const v = loaded.value.volume;
    expect(v.unit).toBe('SUL');
    const mask = roiToMask(v, { type: 'mask', path: path.join(dir!, 'DRO_mask.nii.gz') }, (m) => resolveMaskFile(m, v.geometry, dir!));
    if (!mask.ok) throw new Error(mask.error);
    const s = computeRoiStats(v, mask.value);
    expect(s.max).toBeCloseTo(4 * ratio, 4);
    expect(s.median).toBeCloseTo(ratio, 4);
  });
});
