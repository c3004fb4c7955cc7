import { describe, expect, it } from 'vitest';
import type { CroppedMask } from '@caliper/engine';
import { createMeasureApi } from '../createMeasureApi';
import type { BurdenReply, BurdenRequest } from '../../../burden/model/burdenTypes';
import { mergeLesions } from '../../../burden/model/mergeLesions';
import { grid, volumeOf } from './fixtures';

// As burdenApi.test.ts: 40³ at 2 mm (8 mm³ = 0.008 mL), SUVbw = stored × 0.002: background 1,
// cube A (2..4)³ at SUV 5 (27 voxels), cube B (12..13)³ at SUV 3 (8 voxels).
const inA = (i: number, j: number, k: number) => i >= 2 && i <= 4 && j >= 2 && j <= 4 && k >= 2 && k <= 4;
const inB = (i: number, j: number, k: number) => i >= 12 && i <= 13 && j >= 12 && j <= 13 && k >= 12 && k <= 13;
const pet = () => volumeOf(grid([40, 40, 40], [2, 2, 2]), (i, j, k) => (inA(i, j, k) ? 2500 : inB(i, j, k) ? 1500 : 500), 'Bq/mL');
const suv = { suvFactorPerSlice: Array(40).fill(0.002), suvUnit: 'SUVbw' as const };
const request = (o: Partial<BurdenRequest> = {}): BurdenRequest => ({
  method: 'suv2.5', exclude: 'none', psma: false, minVolumeMl: 0, liverCenterMm: null, bloodCenterMm: null, bsaM2: null, sulPerSuvbw: null, ...o,
});
const mm = (i: number, j: number, k: number): [number, number, number] => [2 * i, 2 * j, 2 * k];
const sum = (m: CroppedMask) => m.data.reduce((s, x) => s + x, 0);

async function run(api: ReturnType<typeof createMeasureApi>, o: Partial<BurdenRequest> = {}): Promise<BurdenReply> {
  const r = await api.burden('pt', request(o), { requestId: 1 });
  if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
  return r.value;
}
const setup = () => {
  const api = createMeasureApi();
  api.putVolume('pt', pet(), suv);
  return api;
};

describe('burdenAdd: the lesion under a click', () => {
  it('B, dropped by the 0.1 mL minimum, is added by a click as id 2 (8 voxels, SUV 3); a click in A or the background is refused', async () => {
    const api = setup();
    const r = await run(api, { minVolumeMl: 0.1 });
    expect(r.lesions.map((l) => l.id)).toEqual([1]);
    const base = { thresholdSuv: r.thresholdSuv, fraction: null, exclusionMask: null, lesionIds: [1], lesionMasks: r.lesionMasks, id: 2 };
    const add = await api.burdenAdd('pt', { ...base, pointMm: mm(12, 13, 12) }, { requestId: 2 });
    if (add.cancelled || !add.ok || !add.value.added) throw new Error('not added');
    expect(add.value.lesion).toMatchObject({ id: 2, voxelCount: 8, suvMax: 3, suvMean: 3 });
    expect(add.value.lesion.volumeMl).toBeCloseTo(0.064, 12);
    expect(add.value.lesion.tlg).toBeCloseTo(0.192, 6);
    expect([...add.value.lesion.centroidMm]).toEqual([25, 25, 25]);
    expect(add.value.mask.bbox).toEqual([[12, 12, 12], [13, 13, 13]]);
    const inLesion = await api.burdenAdd('pt', { ...base, pointMm: mm(3, 3, 3) }, { requestId: 3 });
    expect(inLesion).toMatchObject({ ok: true, value: { added: false, kind: 'in-lesion', lesionId: 1, message: 'the point is already in lesion #1' } });
    const below = await api.burdenAdd('pt', { ...base, pointMm: mm(30, 30, 30) }, { requestId: 4 });
    expect(below).toMatchObject({ ok: true, value: { added: false, kind: 'below-threshold' } });
    const excluded = await api.burdenAdd('pt', { ...base, exclusionMask: add.value.mask, pointMm: mm(12, 12, 12) }, { requestId: 5 });
    expect(excluded).toMatchObject({ ok: true, value: { added: false, kind: 'excluded' } });
  });
});

describe('burdenSplit: two clicks in cube A', () => {
  it('(2,3,3) and (4,3,3): the i=3 plane is one step from both → first part (18 voxels), i=4 → second (9)', async () => {
    const api = setup();
    const r = await run(api);
    const s = await api.burdenSplit('pt', { mask: r.lesionMasks[0], pointsMm: [mm(2, 3, 3), mm(4, 3, 3)], ids: [1, 3] }, { requestId: 2 });
    if (s.cancelled || !s.ok) throw new Error(s.cancelled ? 'cancelled' : s.error);
    const [a, b] = s.value.lesions;
    expect(a).toMatchObject({ id: 1, voxelCount: 18, suvMax: 5 });
    expect(b).toMatchObject({ id: 3, voxelCount: 9, suvMax: 5 });
    expect(a.volumeMl).toBeCloseTo(0.144, 12);
    expect([...a.centroidMm]).toEqual([5, 6, 6]);
    expect([...b.centroidMm]).toEqual([8, 6, 6]);
    expect(s.value.masks.map(sum)).toEqual([18, 9]);
    const outside = await api.burdenSplit('pt', { mask: r.lesionMasks[0], pointsMm: [mm(2, 3, 3), mm(12, 12, 12)], ids: [1, 3] }, { requestId: 3 });
    expect(outside).toMatchObject({ ok: false, error: 'point 2 is not inside the lesion' });
  });
});

describe('burden re-run with an edited exclusion mask keeps the reader\'s edits', () => {
  it('excluding B removes it; a split of A survives the re-run; merged pieces stay one; an added lesion stays', async () => {
    const api = setup();
    const r = await run(api);
    const [mA, mB] = r.lesionMasks;
    const ex = await run(api, { exclude: 'mask', exclusionMask: mB, exclusionSource: 'edited', previous: { ids: [1, 2], masks: [mA, mB], merged: [], added: [] } });
    expect(ex.lesions.map((l) => [l.id, l.voxelCount])).toEqual([[1, 27]]);
    expect(ex.exclusion).toEqual({ source: 'edited', voxelCount: 8, organs: [] });
    expect(ex.totals.tmtvMl).toBeCloseTo(0.216, 12);

    const s = await api.burdenSplit('pt', { mask: mA, pointsMm: [mm(2, 3, 3), mm(4, 3, 3)], ids: [1, 3] }, { requestId: 2 });
    if (s.cancelled || !s.ok) throw new Error('split failed');
    const kept = await run(api, { exclude: 'mask', exclusionMask: null, previous: { ids: [1, 3, 2], masks: [...s.value.masks, mB], merged: [], added: [] } });
    expect(kept.lesions.map((l) => [l.id, l.voxelCount])).toEqual([[1, 18], [2, 8], [3, 9]]);
    expect(kept.totals.lesionCount).toBe(3);

    const m = mergeLesions(r.lesions, r.lesionMasks, [1, 2])!;
    const merged = await run(api, { exclude: 'mask', exclusionMask: null, previous: { ids: [1], masks: m.masks, merged: [1], added: [] } });
    expect(merged.lesions.map((l) => [l.id, l.voxelCount])).toEqual([[1, 35]]);
    // Not a merge: the larger piece keeps id 1, B gets the next id.
    const notMerged = await run(api, { exclude: 'mask', exclusionMask: null, previous: { ids: [1], masks: m.masks, merged: [], added: [] } });
    expect(notMerged.lesions.map((l) => [l.id, l.voxelCount])).toEqual([[1, 27], [2, 8]]);

    const added = await run(api, { exclude: 'mask', exclusionMask: null, minVolumeMl: 0.1, previous: { ids: [1, 2], masks: [mA, mB], merged: [], added: [2] } });
    expect(added.lesions.map((l) => [l.id, l.voxelCount])).toEqual([[1, 27], [2, 8]]);
    expect(added.totals.tmtvMl).toBeCloseTo(0.28, 12);
  });
});

describe('burdenAdd on a MIP: the brightest voxel along the view line', () => {
  it('a click on the plane k = 30 over cube B, looking along k, adds B', async () => {
    const api = setup();
    const r = await run(api, { minVolumeMl: 0.1 });
    const add = await api.burdenAdd('pt', {
      pointMm: mm(12, 13, 30), rayDirection: [0, 0, 1], thresholdSuv: r.thresholdSuv, fraction: null, exclusionMask: null, lesionIds: [1], lesionMasks: r.lesionMasks, id: 2,
    }, { requestId: 2 });
    if (add.cancelled || !add.ok || !add.value.added) throw new Error('not added');
    expect(add.value.lesion.voxelCount).toBe(8);
  });
});
