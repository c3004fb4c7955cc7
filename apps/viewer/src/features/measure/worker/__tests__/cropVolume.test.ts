import { describe, expect, it } from 'vitest';
import { cropVolume } from '../cropVolume';
import { grid, volumeOf } from './fixtures';

describe('cropVolume', () => {
  it('copies the box and moves the origin to its first voxel', () => {
    const v = volumeOf(grid([4, 3, 2], [2, 3, 5]), (i, j, k) => i + 10 * j + 100 * k);
    const c = cropVolume(v, [[1, 1, 1], [2, 2, 1]]);
    expect(c.offset).toEqual([1, 1, 1]);
    expect(c.volume.geometry.dimensions).toEqual([2, 2, 1]);
    expect([...c.volume.geometry.origin]).toEqual([2, 3, 5]);
    expect([...c.volume.data]).toEqual([111, 112, 121, 122]);
  });
});
