import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { contoursToMask } from '../contoursToMask';
import { polygonToMask } from '../polygonToMask';
import { makeGeometry, maskVoxels } from '../../testing/fixtures';

const sq = (x0: number, y0: number, x1: number, y1: number, z: number) => [patientPoint(x0, y0, z), patientPoint(x1, y0, z), patientPoint(x1, y1, z), patientPoint(x0, y1, z)];

describe('contoursToMask', () => {
  const g = makeGeometry([8, 8, 3], [1, 1, 2]);
  it('puts each contour on its nearest slice, inclusive boundary', () => {
    const r = contoursToMask(g, [sq(1, 1, 2, 2, 2.1)]);
    expect(maskVoxels(r.mask)).toEqual(['1,1,1', '1,2,1', '2,1,1', '2,2,1']);
    expect(r.skipped).toEqual([]);
  });
  it('an inner contour on the same slice cuts a hole (XOR)', () => {
    const r = contoursToMask(g, [sq(0, 0, 4, 4, 0), sq(1.5, 1.5, 2.5, 2.5, 0)]);
    // 5x5 = 25 centres, minus the single centre (2,2) inside the hole
    expect(r.mask.data.reduce((a, x) => a + x, 0)).toBe(24);
    expect(r.mask.data[2 + 8 * 2]).toBe(0);
  });
  it('skips contours off the grid or between slices', () => {
    expect(contoursToMask(g, [sq(1, 1, 2, 2, 3), sq(1, 1, 2, 2, 40)], { sliceTolerance: 0.25 }).skipped).toEqual([0, 1]);
  });
  it('agrees with polygonToMask on an irregular polygon', () => {
    const pts = [patientPoint(0.3, 0.2, 2), patientPoint(6.7, 1.1, 2), patientPoint(5.2, 6.9, 2), patientPoint(3, 3, 2), patientPoint(0.5, 6.1, 2)];
    expect(maskVoxels(contoursToMask(g, [pts]).mask)).toEqual(maskVoxels(polygonToMask(g, 1, pts)));
  });
});
