import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';
import { computeBurden } from '../computeBurden';

// 10×10×10 at 4 mm (0.064 mL), background SUV 1:
//  A = 2×2×2 cube of 5 at i,j,k ∈ {1,2}; C = (7,1,1) and (8,2,2) at 4.5 (corner-touching);
//  B = (7,7,7) at 3.
const g = makeGeometry([10, 10, 10], [4, 4, 4]);
const data = new Float32Array(1000).fill(1);
const set = (i: number, j: number, k: number, v: number) => (data[i + 10 * j + 100 * k] = v);
for (const i of [1, 2]) for (const j of [1, 2]) for (const k of [1, 2]) set(i, j, k, 5);
set(7, 1, 1, 4.5);
set(8, 2, 2, 4.5);
set(7, 7, 7, 3);
const vol = makeVolume(g, data, 'SUVbw', 'PT');

describe('computeBurden: threshold → 26-connected lesions → totals', () => {
  it('suv2.5: three lesions, TMTV, TLG, Dmax between A and B', () => {
    const r = computeBurden(vol, { method: 'suv2.5' });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.thresholdSuv).toBe(2.5);
    expect(r.value.lesions.map((l) => l.voxelCount)).toEqual([8, 2, 1]);
    // Each lesion's voxels: B is the single voxel (7,7,7); C the two corner-touching ones.
    expect(r.value.lesionVoxels.map((v) => v.length)).toEqual([8, 2, 1]);
    expect(Array.from(r.value.lesionVoxels[2])).toEqual([7 + 70 + 700]);
    expect(Array.from(r.value.lesionVoxels[1]).sort((a, b) => a - b)).toEqual([7 + 10 + 100, 8 + 20 + 200]);
    expect(r.value.totals.lesionCount).toBe(3);
    expect(r.value.totals.tmtvMl).toBeCloseTo(11 * 0.064, 12);
    expect(r.value.totals.tlg).toBeCloseTo(8 * 0.064 * 5 + 2 * 0.064 * 4.5 + 0.064 * 3, 12);
    // Centroids A (6, 6, 6), C (30, 6, 6), B (28, 28, 28): the farthest pair is A–B, 22√3 mm.
    expect(r.value.totals.dmaxMm).toBeCloseTo(22 * Math.sqrt(3), 9);
    expect(r.value.totals.sdmaxPerM).toBeNull();
  });
  it('an exclusion removes B; suv4 keeps A and C; BSA gives SDmax', () => {
    const exclude = makeMask([10, 10, 10], (i, j, k) => i === 7 && j === 7 && k === 7);
    const r = computeBurden(vol, { method: 'suv2.5', exclude, bsaM2: 2 });
    expect(r.ok && r.value.lesions.map((l) => l.voxelCount)).toEqual([8, 2]);
    expect(r.ok && r.value.totals.dmaxMm).toBeCloseTo(24, 9);
    expect(r.ok && r.value.totals.sdmaxPerM).toBeCloseTo(0.012, 12);
    const s4 = computeBurden(vol, { method: 'suv4' });
    expect(s4.ok && s4.value.lesions.map((l) => l.voxelCount)).toEqual([8, 2]);
  });
  it('min volume drops lesions below it; pct41 = the same three lesions here (background 1 < 41 %)', () => {
    const r = computeBurden(vol, { method: 'suv2.5', minVolumeMl: 0.1 });
    expect(r.ok && r.value.lesions.map((l) => l.voxelCount)).toEqual([8, 2]);
    expect(r.ok && r.value.lesionVoxels.map((v) => v.length)).toEqual([8, 2]);
    const p = computeBurden(vol, { method: 'pct41' });
    expect(p.ok && p.value.lesions.map((l) => [l.id, l.voxelCount])).toEqual([[1, 8], [2, 2], [3, 1]]);
    expect(p.ok && p.value.thresholdSuv).toBe(2.5);
  });
  it('percist needs the liver; liver mean 1.2, SD 0.2 → threshold 2.2 keeps the three lesions', () => {
    expect(computeBurden(vol, { method: 'percist' }).ok).toBe(false);
    const r = computeBurden(vol, { method: 'percist', liver: { mean: 1.2, sd: 0.2 } });
    expect(r.ok && r.value.thresholdSuv).toBeCloseTo(2.2, 12);
    expect(r.ok && r.value.lesions).toHaveLength(3);
    // psma-liver with mean 2, SD 0.2: 4.3 / 2 × 2.2 = 4.73 → only A (5).
    const q = computeBurden(vol, { method: 'psma-liver', liver: { mean: 2, sd: 0.2 } });
    expect(q.ok && q.value.lesions.map((l) => l.voxelCount)).toEqual([8]);
  });
  it('refuses a volume not in SUVbw', () => {
    expect(computeBurden(makeVolume(g, data, 'Bq/mL'), { method: 'suv4' }).ok).toBe(false);
  });
});
