import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../../testing/fixtures';
import { computeLocalIntensityFeatures } from '../computeLocalIntensityFeatures';

describe('local intensity (IBSI 9ST6)', () => {
  it('the sphere draws on voxels outside the ROI; the local peak is centred on the maximum', () => {
    // 1D line of 10 mm voxels: the 6.2 mm sphere holds only the centre voxel; 1 cm³ needs 4 mm voxels.
    const g = makeGeometry([9, 1, 1], [4, 4, 40]);
    const vol = makeVolume(g, Float32Array.of(0, 0, 9, 1, 8, 8, 8, 0, 0));
    // ROI: voxels 3…5 (values 1, 8, 8); sphere radius 6.2 mm = the voxel and its two neighbours
    const mask = makeMask([9, 1, 1], (i) => i >= 3 && i <= 5);
    const f = computeLocalIntensityFeatures(vol, mask);
    // global: centre 5 → (8+8+8)/3 = 8; local: max 8 at 4 and 5 → best mean 8
    expect(f['0F91']).toBe(8);
    expect(f.VJGA).toBe(8);
    const m2 = makeMask([9, 1, 1], (i) => i === 3);
    // centre 3 → (9 + 1 + 8)/3 = 6: the 9 outside the ROI counts
    expect(computeLocalIntensityFeatures(vol, m2)).toEqual({ VJGA: 6, '0F91': 6 });
  });
});
