import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { makeGeometry, makeVolume } from '../../testing/fixtures';
import { addLesionAt } from '../addLesionAt';

// 6 × 6 × 6, 2 mm voxels (8 mm³), origin 0: voxel (i, j, k) centre = (2i, 2j, 2k) mm.
// Background SUV 1; a 2×2×2 blob (1..2)³ at SUV 5; (3,3,3) at 3 (corner neighbour); (0,1,1) at 2.2.
const g = makeGeometry([6, 6, 6], [2, 2, 2]);
const idx = (i: number, j: number, k: number) => (k * 6 + j) * 6 + i;
const data = new Float32Array(216).fill(1);
for (let k = 1; k <= 2; k++) for (let j = 1; j <= 2; j++) for (let i = 1; i <= 2; i++) data[idx(i, j, k)] = 5;
data[idx(3, 3, 3)] = 3;
data[idx(0, 1, 1)] = 2.2;
const vol = makeVolume(g, data, 'SUVbw', 'PT');
const mm = (i: number, j: number, k: number) => patientPoint(2 * i, 2 * j, 2 * k);
const only = (p: number) => {
  const m = new Uint8Array(216);
  m[p] = 1;
  return m;
};

describe('addLesionAt: the 26-connected component at threshold under a click, measured like the others', () => {
  it('SUV >= 2.5: the blob and its corner neighbour (9 voxels), hand-computed values', () => {
    const r = addLesionAt(vol, mm(1, 1, 1), { thresholdSuv: 2.5, id: 7 });
    if (!r.ok) throw new Error(r.error.message);
    const l = r.value.lesion;
    expect(l.id).toBe(7);
    expect(l.voxelCount).toBe(9);
    expect(l.volumeMl).toBeCloseTo(0.072, 12);
    expect(l.suvMax).toBe(5);
    expect(l.suvMean).toBeCloseTo(43 / 9, 6);
    expect(l.tlg).toBeCloseTo((43 / 9) * 0.072, 6);
    // Centroid: (8 × 1.5 + 3) / 9 = 5/3 voxels per axis → 10/3 mm.
    l.centroidMm.forEach((c) => expect(c).toBeCloseTo(10 / 3, 9));
    expect([...r.value.voxels]).toContain(idx(3, 3, 3));
    expect([...r.value.voxels]).not.toContain(idx(0, 1, 1));
  });

  it('pct41: the candidate SUVmax is 5, so the level 2.05 also takes the 2.2 voxel (10 voxels)', () => {
    const r = addLesionAt(vol, mm(2, 2, 2), { thresholdSuv: 2.5, fraction: 0.41, id: 1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lesion.voxelCount).toBe(10);
    expect(r.value.lesion.suvMean).toBeCloseTo(45.2 / 10, 6);
  });

  it('a click below the threshold takes the nearest voxel at threshold within the search radius', () => {
    // (4,1,1) is 4 mm from (2,1,1).
    const r = addLesionAt(vol, mm(4, 1, 1), { thresholdSuv: 2.5, id: 1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lesion.voxelCount).toBe(9);
    const far = addLesionAt(vol, mm(4, 1, 1), { thresholdSuv: 2.5, id: 1, searchRadiusMm: 3 });
    expect(far).toEqual({ ok: false, error: { kind: 'below-threshold', suv: 1, message: 'SUVbw 1.00 at the point is below the threshold 2.50 (no voxel at threshold within 3 mm)' } });
  });

  it('refuses a point outside the volume, in the exclusion, or already in a lesion; lesions are a barrier', () => {
    expect(addLesionAt(vol, patientPoint(-5, 0, 0), { thresholdSuv: 2.5, id: 1 })).toMatchObject({ ok: false, error: { kind: 'outside' } });
    expect(addLesionAt(vol, mm(1, 1, 1), { thresholdSuv: 2.5, id: 1, exclude: only(idx(1, 1, 1)) })).toMatchObject({ ok: false, error: { kind: 'excluded', voxel: idx(1, 1, 1) } });
    expect(addLesionAt(vol, mm(1, 1, 1), { thresholdSuv: 2.5, id: 1, occupied: only(idx(1, 1, 1)) })).toMatchObject({ ok: false, error: { kind: 'in-lesion', voxel: idx(1, 1, 1) } });
    // The corner voxel belongs to another lesion: the new one stops at the blob.
    const r = addLesionAt(vol, mm(1, 1, 1), { thresholdSuv: 2.5, id: 1, occupied: only(idx(3, 3, 3)) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lesion.voxelCount).toBe(8);
    // Excluded voxels never join it either.
    const e = addLesionAt(vol, mm(1, 1, 1), { thresholdSuv: 2.5, id: 1, exclude: only(idx(2, 2, 2)) });
    if (!e.ok) throw new Error(e.error.message);
    expect(e.value.lesion.voxelCount).toBe(7);
  });

  it('leaves the scratch buffer zeroed', () => {
    const scratch = new Uint8Array(216);
    addLesionAt(vol, mm(1, 1, 1), { thresholdSuv: 2.5, fraction: 0.41, id: 1, scratch });
    expect(scratch.every((x) => x === 0)).toBe(true);
  });
});
