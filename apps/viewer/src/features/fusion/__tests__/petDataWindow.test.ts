import { describe, expect, it } from 'vitest';
import { petDataWindow } from '../petDataWindow';

describe('petDataWindow (PET in Bq/mL without a stored window)', () => {
  it('0 to the 99th percentile of the positive voxels, rounded up to 1/2/5 × 10^k', () => {
    // 1000 air voxels (0), 990 body voxels of 3000 Bq/mL and 10 hot ones: p99 of the positive = 3000 → 5000.
    const v = new Float32Array(2000);
    v.fill(3000, 1000, 1990);
    v.fill(40000, 1990);
    expect(petDataWindow(v)).toEqual([0, 5000]);
    expect(petDataWindow(Float32Array.from([1800, 1900, 2000]))).toEqual([0, 2000]);
    expect(petDataWindow(Float32Array.from([0.7]))).toEqual([0, 1]);
  });
  it('no positive voxel: undefined (the SUV default stays)', () => {
    expect(petDataWindow(new Float32Array(10))).toBeUndefined();
  });
});
