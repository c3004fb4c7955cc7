import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { measureRoi, roiToMask } from '@caliper/engine';
import { measureShape } from '../measureShape';
import { grid, volumeOf } from './fixtures';

describe('measureShape', () => {
  it('square polygon on one slice: hand-computed statistics', () => {
    // values i + 10j on slice k=2; square covering voxel centres i=1..2, j=1..2 → 11,12,21,22.
    const v = volumeOf(grid([6, 6, 4]), (i, j, k) => (k === 2 ? i + 10 * j : -1000));
    const pts = [patientPoint(0.5, 0.5, 2), patientPoint(2.5, 0.5, 2), patientPoint(2.5, 2.5, 2), patientPoint(0.5, 2.5, 2)];
    const { result } = measureShape(v, { kind: 'polygon', points: pts, normal: [0, 0, 1] });
    expect(result.voxelCount).toBe(4);
    expect(result.mean).toBeCloseTo(16.5, 10);
    expect(result.min).toBe(11);
    expect(result.max).toBe(22);
    expect(result.sd).toBeCloseTo(Math.sqrt((5.5 ** 2 * 2 + 4.5 ** 2 * 2) / 4), 10);
    expect(result.recist?.sliceIndex).toBe(2);
    expect(result.recist?.longMm).toBeCloseTo(Math.SQRT2, 10);
    expect(measureShape(v, { kind: 'polygon', points: pts, normal: [0, 0, 1] }).areaMm2).toBeCloseTo(4, 10);
  });

  it('sphere on an SUV volume: same document as measureRoi on the full grid (incl. SUVpeak)', () => {
    const g = grid([30, 30, 30], [2, 2, 2]);
    const v = volumeOf(g, (i, j, k) => 1 + 8 * Math.exp(-((i - 14) ** 2 + (j - 15) ** 2 + (k - 16) ** 2) / 8), 'SUVbw');
    const sphere = { kind: 'sphere' as const, center: patientPoint(28, 30, 32), radiusMm: 7 };
    const mine = measureShape(v, sphere).result;
    const full = roiToMask(v, { type: 'sphere', centerMm: [28, 30, 32], radiusMm: 7 });
    if (!full.ok) throw new Error(full.error);
    const ref = measureRoi(v, full.value);
    expect(mine.voxelCount).toBe(ref.voxelCount);
    expect(mine.mean).toBeCloseTo(ref.mean!, 10);
    expect(mine.suv?.peak).toBeCloseTo(ref.suv!.peak, 10);
    expect(mine.suv?.max).toBeCloseTo(ref.suv!.max, 10);
    expect(mine.suv?.peakCenterMm).toEqual(ref.suv?.peakCenterMm);
    expect(mine.recist?.sliceIndex).toBe(ref.recist?.sliceIndex);
    expect(mine.maxDiameter3dMm).toBeCloseTo(ref.maxDiameter3dMm!, 10);
  });

  it('bidirectional lines report their lengths in mm', () => {
    const v = volumeOf(grid([4, 4, 4]), () => 0);
    const seg = (a: number[], b: number[]) => [patientPoint(a[0], a[1], a[2]), patientPoint(b[0], b[1], b[2])] as const;
    const m = measureShape(v, { kind: 'lines', segments: [seg([0, 0, 1], [3, 4, 1]), seg([1, 1, 1], [1, 3, 1])] });
    expect(m.linesMm).toEqual([5, 2]);
    expect(m.result.voxelCount).toBe(0);
  });

  it('ellipse on a sagittal plane takes one voxel layer', () => {
    const v = volumeOf(grid([9, 9, 9]), (i) => i);
    const c = patientPoint(4, 4, 4);
    const m = measureShape(v, { kind: 'ellipse', center: c, axisA: patientPoint(4, 6, 4), axisB: patientPoint(4, 4, 6), normal: [1, 0, 0] }).result;
    // Circle of radius 2 on plane x=4: 13 voxel centres (|d|² <= 4), all with value 4.
    expect(m.voxelCount).toBe(13);
    expect(m.mean).toBe(4);
  });

  it('rectangle on a coronal plane of an anisotropic grid: hand-computed voxels, mean and area', () => {
    // Voxels 1 (x) × 2 (y) × 3 (z) mm; values i + 10k. Plane y = 4 mm (layer j = 2), Cornerstone's
    // coronal normal points to −y. Outline x 0.5–3.5, z 1.5–7.5 mm holds centres i = 1..3, k = 1..2.
    const v = volumeOf(grid([8, 5, 6], [1, 2, 3]), (i, _j, k) => i + 10 * k);
    const pts = [patientPoint(0.5, 4, 1.5), patientPoint(3.5, 4, 1.5), patientPoint(3.5, 4, 7.5), patientPoint(0.5, 4, 7.5)];
    const m = measureShape(v, { kind: 'polygon', points: pts, normal: [0, -1, 0] });
    expect(m.result.voxelCount).toBe(6);
    // 11, 12, 13, 21, 22, 23
    expect(m.result.mean).toBeCloseTo(17, 10);
    expect(m.result.volumeMl).toBeCloseTo(6 * 6 / 1000, 12);
    // In-plane area: 6 voxels × (1 mm × 3 mm) = 18 mm², the rectangle's own 3 × 6 mm.
    expect(m.areaMm2).toBeCloseTo(18, 10);
  });

  it('ellipse on a sagittal plane between two voxel layers takes exactly one of them', () => {
    // Plane x = 4.5 mm lies halfway between layers i = 4 and i = 5 (values = i): the half-open slab
    // [−0.5, 0.5) along the normal keeps i = 4 only ((x − 4.5)·n = −0.5 is included, +0.5 is not).
    const v = volumeOf(grid([9, 9, 9]), (i) => i);
    const c = patientPoint(4.5, 4, 4);
    const m = measureShape(v, { kind: 'ellipse', center: c, axisA: patientPoint(4.5, 6, 4), axisB: patientPoint(4.5, 4, 6), normal: [1, 0, 0] }).result;
    expect(m.voxelCount).toBe(13);
    expect(m.mean).toBe(4);
  });
});
