import { describe, expect, it } from 'vitest';
import { ok } from '@caliper/core';
import { validateRoiSpec } from '../roiSpec';
import { roiToMask } from '../roiToMask';
import { makeGeometry, makeMask, makeVolume, maskVoxels } from '../../testing/fixtures';

describe('validateRoiSpec', () => {
  it('accepts every CLI form', () => {
    for (const s of [
      { type: 'sphere', centerMm: [1, 2, 3], radiusMm: 5 },
      { type: 'box', minMm: [0, 0, 0], maxMm: [1, 1, 1] },
      { type: 'grow', seedMm: [1, 2, 3], lower: -100, upper: 100 },
      { type: 'threshold', within: { type: 'sphere', centerMm: [0, 0, 0], radiusMm: 10 }, percentOfMax: 41 },
      { type: 'mask', path: 'm.nii.gz', segment: 2 },
      { type: 'polygon', sliceIndex: 0, pointsMm: [[0, 0, 0], [1, 0, 0], [0, 1, 0]] },
      { type: 'ellipse', sliceIndex: 3, centerMm: [0, 0, 0], axisAMm: [2, 0, 0], axisBMm: [0, 1, 0] },
    ])
      expect(validateRoiSpec(s)).toEqual({ ok: true, value: s });
  });
  it('names the bad field', () => {
    expect(validateRoiSpec({ type: 'sphere', centerMm: [1, 2], radiusMm: 5 })).toEqual({ ok: false, error: 'roi.centerMm: expected [x, y, z] numbers (mm)' });
    expect(validateRoiSpec({ type: 'threshold', within: { type: 'box' }, min: 1 })).toEqual({ ok: false, error: 'roi.within.minMm: expected [x, y, z] numbers (mm)' });
    expect(validateRoiSpec({ type: 'threshold', within: { type: 'box', minMm: [0, 0, 0], maxMm: [1, 1, 1] } }).ok).toBe(false);
    expect(validateRoiSpec({ type: 'cube' }).ok).toBe(false);
    expect(validateRoiSpec({ type: 'polygon', sliceIndex: 0, pointsMm: [[0, 0, 0], [1, 0, 0]] })).toEqual({ ok: false, error: 'roi.pointsMm: expected at least 3 [x, y, z] points (mm)' });
    expect(validateRoiSpec({ type: 'ellipse', sliceIndex: -1, centerMm: [0, 0, 0], axisAMm: [1, 0, 0], axisBMm: [0, 1, 0] }).ok).toBe(false);
    expect(validateRoiSpec('x').ok).toBe(false);
  });
});

describe('roiToMask', () => {
  const g = makeGeometry([5, 1, 1], [2, 1, 1], [10, 0, 0]);
  const vol = makeVolume(g, Float32Array.of(1, 5, 6, 2, 7), 'SUVbw');
  it('grow from a seed in mm', () => {
    const m = roiToMask(vol, { type: 'grow', seedMm: [12.4, 0, 0], lower: 5, upper: 6 });
    expect(m.ok && maskVoxels(m.value)).toEqual(['1,0,0', '2,0,0']);
    expect(roiToMask(vol, { type: 'grow', seedMm: [100, 0, 0], lower: 5, upper: 6 }).ok).toBe(false);
  });
  it('threshold within a box, percentOfMax', () => {
    // box x 10..16 -> voxels 0..3, max 6, 50 % -> >= 3
    const m = roiToMask(vol, { type: 'threshold', within: { type: 'box', minMm: [10, 0, 0], maxMm: [16, 0, 0] }, percentOfMax: 50 });
    expect(m.ok && maskVoxels(m.value)).toEqual(['1,0,0', '2,0,0']);
  });
  it('polygon and ellipse on a slice', () => {
    // voxel centres x = 10, 12, 14, 16, 18; rectangle x 11..15 on slice 0 -> centres 12, 14
    const p = roiToMask(vol, { type: 'polygon', sliceIndex: 0, pointsMm: [[11, -1, 0], [15, -1, 0], [15, 1, 0], [11, 1, 0]] });
    expect(p.ok && maskVoxels(p.value)).toEqual(['1,0,0', '2,0,0']);
    const e = roiToMask(vol, { type: 'ellipse', sliceIndex: 0, centerMm: [14, 0, 0], axisAMm: [16, 0, 0], axisBMm: [14, 1, 0] });
    expect(e.ok && maskVoxels(e.value)).toEqual(['1,0,0', '2,0,0', '3,0,0']);
  });
  it('mask via the resolver, checked against the grid', () => {
    const m = roiToMask(vol, { type: 'mask', path: 'x' }, () => ok(makeMask([5, 1, 1], [0, 0, 0, 0, 1])));
    expect(m.ok && maskVoxels(m.value)).toEqual(['4,0,0']);
    expect(roiToMask(vol, { type: 'mask', path: 'x' }).ok).toBe(false);
    expect(roiToMask(vol, { type: 'mask', path: 'x' }, () => ok(makeMask([2, 1, 1], [1, 1]))).ok).toBe(false);
  });
});
