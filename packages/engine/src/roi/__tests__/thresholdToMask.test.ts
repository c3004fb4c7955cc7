import { describe, expect, it } from 'vitest';
import { thresholdToMask } from '../thresholdToMask';
import { makeGeometry, makeMask, makeVolume, maskVoxels } from '../../testing/fixtures';

describe('thresholdToMask', () => {
  const g = makeGeometry([5, 1, 1]);
  const vol = makeVolume(g, Float32Array.of(1, 2, 3, 4, 10), 'SUVbw');
  it('inclusive min/max', () => {
    expect(maskVoxels(thresholdToMask(vol, { min: 2, max: 4 }))).toEqual(['1,0,0', '2,0,0', '3,0,0']);
  });
  it('percentOfMax within a mask uses the max inside the mask', () => {
    const within = makeMask([5, 1, 1], [1, 1, 1, 1, 0]);
    // max inside = 4, 50 % -> >= 2
    const m = thresholdToMask(vol, { within, percentOfMax: 50 });
    expect(maskVoxels(m)).toEqual(['1,0,0', '2,0,0', '3,0,0']);
    expect(m.bbox).toEqual([[1, 0, 0], [3, 0, 0]]);
  });
});
