import { describe, expect, it } from 'vitest';
import type { Geometry } from '@caliper/core';
import { downsampleVolume } from '../downsampleVolume';
import { measureCentroid } from '../measureCentroid';
import { makeGeometry } from '../../testing/fixtures';

describe('downsampleVolume (box filter)', () => {
  it('averages 2×1×1 blocks, drops the partial block, shifts the origin to the block centre', () => {
    // 5×2×1 grid, 1 mm; blocks along i: {0,1}, {2,3}; column 4 dropped.
    const g = makeGeometry([5, 2, 1], [1, 2, 3], [10, 20, 30]);
    const data = Int16Array.of(0, 2, 4, 8, 100, 10, 20, 30, 50, 100);
    const c = downsampleVolume({ geometry: g, data }, [2, 1, 1]);
    expect([...c.data]).toEqual([1, 6, 15, 40]);
    expect(c.geometry.dimensions).toEqual([2, 2, 1]);
    expect(c.geometry.spacing).toEqual([2, 2, 3]);
    expect([...c.geometry.origin]).toEqual([10.5, 20, 30]);
  });
  it('2×2×2 blocks of a float volume; direction cosines respected', () => {
    // Row direction −x: voxel i sits at x = 10 − i·0.5; the first block's centre is at i = 0.5 → x = 9.75.
    const g: Geometry = { ...makeGeometry([2, 2, 2], [0.5, 1, 2], [10, 0, 0]), rowDirection: [-1, 0, 0], sliceDirection: [0, 0, 1] };
    const data = Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8);
    const c = downsampleVolume({ geometry: g, data }, [2, 2, 2]);
    expect([...c.data]).toEqual([4.5]);
    expect([...c.geometry.origin]).toEqual([9.75, 0.5, 1]);
    expect(c.geometry.rowDirection).toEqual([-1, 0, 0]);
  });
  it('writes into a reused out buffer (cleared first)', () => {
    const out = new Float32Array(4).fill(99);
    const c = downsampleVolume({ geometry: makeGeometry([4, 1, 1]), data: Int16Array.of(1, 3, 5, 7) }, [2, 1, 1], { out });
    expect([...c.data]).toEqual([2, 6]);
    expect(c.data.buffer).toBe(out.buffer);
  });
});

describe('measureCentroid', () => {
  it('is the mean position of the voxels above the threshold', () => {
    const g = makeGeometry([3, 3, 1], [2, 2, 5], [0, 0, -10]);
    // above 0 at (1,0), (2,0), (2,2): mean index (5/3, 2/3, 0) → (10/3, 4/3, −10) mm
    const data = Float32Array.of(-1, 5, 5, -1, -1, -1, -1, -1, 5);
    const r = measureCentroid({ geometry: g, data }, 0);
    expect(r?.count).toBe(3);
    [10 / 3, 4 / 3, -10].forEach((x, q) => expect(r?.centre[q]).toBeCloseTo(x, 12));
    expect(measureCentroid({ geometry: g, data }, 10)).toBeNull();
  });
});
