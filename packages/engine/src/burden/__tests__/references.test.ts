import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { makeGeometry, makeVolume } from '../../testing/fixtures';
import { computeBurdenThreshold } from '../computeBurdenThreshold';
import { cylinderToMask } from '../cylinderToMask';
import { measureBloodPool } from '../measureBloodPool';
import { measureLiverReference } from '../measureLiverReference';

const count = (m: { data: Uint8Array }) => m.data.reduce((s, x) => s + x, 0);

describe('cylinderToMask / measureBloodPool: PERCIST 1 × 2 cm upright cylinder', () => {
  it('1 mm grid: 81 voxels per slice (x² + y² ≤ 25) × 21 slices (|dz| ≤ 10)', () => {
    const g = makeGeometry([21, 21, 41]);
    expect(count(cylinderToMask(g, patientPoint(10, 10, 20), { radiusMm: 5, halfLengthMm: 10 }))).toBe(81 * 21);
  });
  it('the axis is the patient z axis whatever the slice direction (sagittal grid)', () => {
    const g = { ...makeGeometry([21, 41, 21]), rowDirection: [0, 1, 0] as const, columnDirection: [0, 0, -1] as const, sliceDirection: [-1, 0, 0] as const };
    // Grid j runs down (−z) → the cylinder spans 21 rows; i (y) and k (−x) are in-plane.
    expect(count(cylinderToMask(g, patientPoint(-10, 10, -20), { radiusMm: 5, halfLengthMm: 10 }))).toBe(81 * 21);
  });
  it('blood-pool mean; null outside the image', () => {
    const g = makeGeometry([21, 21, 41]);
    const data = new Float32Array(21 * 21 * 41).fill(1.8);
    const vol = makeVolume(g, data, 'SUVbw');
    expect(measureBloodPool(vol, patientPoint(10, 10, 20))).toEqual({ mean: expect.closeTo(1.8, 6), sd: expect.closeTo(0, 6), voxelCount: 1701 });
    expect(measureBloodPool(vol, patientPoint(500, 10, 20))).toBeNull();
  });
});

describe('measureLiverReference: 3 cm sphere, inside the image, CV ≤ 0.30', () => {
  // 9×9×9 at 5 mm: the 15 mm sphere holds the lattice points with i²+j²+k² ≤ 9: 123 voxels.
  const g = makeGeometry([9, 9, 9], [5, 5, 5]);
  const liver = (centre: number) => {
    const data = new Float32Array(729).fill(2);
    data[4 + 9 * 4 + 81 * 4] = centre;
    return makeVolume(g, data, 'SUVbw');
  };
  it('mean and population SD, hand-computed', () => {
    // 122 voxels at 2 and one at 3.23: mean 2.01, variance (122 × 0.01² + 1.22²) / 123 = 0.0122.
    const r = measureLiverReference(liver(3.23), patientPoint(20, 20, 20));
    expect(r.ok && r.value.voxelCount).toBe(123);
    expect(r.ok && r.value.mean).toBeCloseTo(2.01, 6);
    expect(r.ok && r.value.sd).toBeCloseTo(Math.sqrt(1.5006 / 123), 6);
    expect(r.ok && r.value.cv).toBeCloseTo(Math.sqrt(1.5006 / 123) / 2.01, 6);
  });
  it('CV > 0.30 is an error (centre at 14.3: mean 2.1, SD 1.1045, CV 0.526)', () => {
    const r = measureLiverReference(liver(14.3), patientPoint(20, 20, 20));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/coefficient of variation 0\.526 > 0\.30/);
  });
  it('the sphere must lie inside the image (extent −2.5 … 42.5 mm on each axis)', () => {
    expect(measureLiverReference(liver(2), patientPoint(12.5, 20, 20)).ok).toBe(true);
    const r = measureLiverReference(liver(2), patientPoint(12.4, 20, 20));
    expect(!r.ok && r.error).toMatch(/not entirely inside the image/);
  });
});

describe('computeBurdenThreshold', () => {
  it('fixed thresholds', () => {
    expect([ 'suv2.5', 'suv4', 'psma-suv3', 'pct41'].map((m) => computeBurdenThreshold(m as never, null))).toEqual([2.5, 4, 3, 2.5].map((value) => ({ ok: true, value })));
  });
  it('percist = 1.5 m + 2 sd; psma-liver = 4.30 / m × (m + sd); both need the liver', () => {
    const p = computeBurdenThreshold('percist', { mean: 2, sd: 0.3 });
    expect(p.ok && p.value).toBeCloseTo(3.6, 12);
    const q = computeBurdenThreshold('psma-liver', { mean: 5, sd: 0.5 });
    expect(q.ok && q.value).toBeCloseTo(4.73, 12);
    expect(computeBurdenThreshold('percist', null)).toEqual({ ok: false, error: 'percist needs a liver reference (the liver sphere)' });
  });
});
