import { describe, expect, it } from 'vitest';
import { maskOutline } from '../maskOutline';

describe('maskOutline', () => {
  it('a 2×1 block has 6 boundary edges (perimeter 6 voxel sides)', () => {
    const mask = { dimensions: [10, 10, 10] as const, bbox: [[3, 4, 2], [4, 4, 2]] as const, data: new Uint8Array([1, 1]) };
    const e = maskOutline(mask, 2);
    expect(e).toHaveLength(6);
    expect(e).toContainEqual([2.5, 3.5, 2.5, 4.5]);
    expect(e).toContainEqual([4.5, 3.5, 4.5, 4.5]);
    expect(maskOutline(mask, 3)).toEqual([]);
  });
});
