import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume, maskVoxels } from '../../../testing/fixtures';
import { translateMask } from '../translateMask';
import { translateVolume } from '../translateVolume';
import { sampleShifted } from '../sampleShifted';

describe('half-voxel translation', () => {
  it('samples the image at (i + ½, j + ½), bilinear, edge values repeated', () => {
    // i fastest: (0,0)=0 (1,0)=10 (0,1)=20 (1,1)=30.
    const v = makeVolume(makeGeometry([2, 2, 1]), Int16Array.from([0, 10, 20, 30]), 'HU');
    const t = translateVolume(v, [0.5, 0.5, 0]);
    // (0,0): mean of all four = 15; (1,0): (1.5, 0.5) → i clamped → (10+30)/2; (0,1): (20+30)/2; (1,1): 30.
    expect(Array.from(t.data)).toEqual([15, 20, 25, 30]);
    expect(t.unit).toBe('HU');
  });
  it('interpolates along k too', () => {
    const v = makeVolume(makeGeometry([1, 1, 3]), Float32Array.from([0, 4, 6]));
    expect(Array.from(translateVolume(v, [0, 0, 0.25]).data)).toEqual([1, 4.5, 6]);
    expect(Array.from(translateVolume(v, [0, 0, -0.5]).data)).toEqual([0, 2, 5]);
  });
  it('moves the ROI with the image: kept where the interpolated mask is ≥ ½', () => {
    // A 2×2 square at the origin of a 3×3 grid; beyond the grid counts as 0.
    const m = makeMask([3, 3, 1], (i, j) => i <= 1 && j <= 1);
    const t = translateMask(m, [0.5, 0.5, 0]);
    // (0,0): 4/4; (1,0) and (0,1): 2/4 = ½ → kept; (1,1): 1/4 → dropped.
    expect(maskVoxels(t)).toEqual(maskVoxels(makeMask([3, 3, 1], (i, j) => i + j <= 1)));
    expect(t.bbox).toEqual([[0, 0, 0], [1, 1, 0]]);
  });
  it('an integer shift moves the ROI exactly', () => {
    const m = makeMask([4, 1, 1], (i) => i === 2);
    expect(maskVoxels(translateMask(m, [1, 0, 0]))).toEqual(maskVoxels(makeMask([4, 1, 1], (i) => i === 1)));
  });
});

describe('sampleShifted', () => {
  it('reads 0 beyond the grid with edge "zero", only over the box, into `out` when given', () => {
    // 3×1×1 row [2, 4, 6] sampled at i + ½: (2+4)/2, (4+6)/2, (6+0)/2.
    expect(Array.from(sampleShifted([2, 4, 6], [3, 1, 1], [0.5, 0, 0], [[0, 0, 0], [2, 0, 0]], 'zero'))).toEqual([3, 5, 3]);
    expect(Array.from(sampleShifted([2, 4, 6], [3, 1, 1], [-0.5, 0, 0], [[0, 0, 0], [1, 0, 0]], 'zero'))).toEqual([1, 3]);
    const out = new Float32Array(1);
    expect(sampleShifted([2, 4, 6], [3, 1, 1], [0.25, 0, 0], [[1, 0, 0], [1, 0, 0]], 'nearest', out)).toBe(out);
    expect(out[0]).toBe(4.5);
  });
});
