import { describe, expect, it } from 'vitest';
import { invertAffine, mapMaskByAffine } from '../mapMaskByAffine';
import { makeGeometry, maskVoxels } from '../../testing/fixtures';

describe('mapMaskByAffine', () => {
  it('maps a half-resolution source grid by nearest neighbour at target centres', () => {
    // source 2x1x1 with 2 mm voxels at x = 0 and 2; voxel 1 set. Target 1 mm grid x = 0..4.
    const src = { dimensions: [2, 1, 1] as const, data: [0, 1], affine: [2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1] };
    const g = makeGeometry([5, 1, 1]);
    // target x=1 -> src 0.5 -> round 1 (set); x=2 -> 1; x=3 -> 1.5 -> 2 (outside)
    expect(maskVoxels(mapMaskByAffine(g, src))).toEqual(['1,0,0', '2,0,0']);
  });
  it('handles a flipped (RAS converted to LPS) affine and labels', () => {
    // source index i -> x = 2 - i (negated axis)
    const src = { dimensions: [3, 1, 1] as const, data: [2, 0, 1], affine: [-1, 0, 0, 2, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1] };
    const g = makeGeometry([3, 1, 1]);
    expect(maskVoxels(mapMaskByAffine(g, src))).toEqual(['0,0,0', '2,0,0']);
    expect(maskVoxels(mapMaskByAffine(g, src, { label: 2 }))).toEqual(['2,0,0']);
  });
  it('inverts affines', () => {
    const a = [0, 2, 0, 5, -3, 0, 0, 1, 0, 0, 4, -2, 0, 0, 0, 1];
    const inv = invertAffine(a);
    // a maps (1,1,1) to (7, -2, 2); inverse must map back
    const p = [7, -2, 2];
    const back = [0, 1, 2].map((r) => inv[4 * r] * p[0] + inv[4 * r + 1] * p[1] + inv[4 * r + 2] * p[2] + inv[4 * r + 3]);
    back.forEach((x) => expect(x).toBeCloseTo(1, 12));
  });
});
