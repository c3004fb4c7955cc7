import { describe, expect, it } from 'vitest';
import { cropLabel, labelBoxes } from '../fromReading';

describe('labelBoxes / cropLabel', () => {
  // 5×3×2 grid (odd row length, so the 4-voxel skip crosses rows): label 2 at (4,0,0) and (0,2,1); label 7 at (2,1,1).
  const dims = [5, 3, 2];
  const labels = new Uint8Array(30);
  labels[4] = 2;
  labels[0 + 2 * 5 + 15] = 2;
  labels[2 + 1 * 5 + 15] = 7;

  it('finds every label box in one pass', () => {
    const b = labelBoxes(labels, dims);
    expect([...b.keys()].sort()).toEqual([2, 7]);
    expect(b.get(2)).toEqual([[0, 0, 0], [4, 2, 1]]);
    expect(b.get(7)).toEqual([[2, 1, 1], [2, 1, 1]]);
  });

  it('crops one label to its box, 0/1, i-fastest', () => {
    const m = cropLabel(labels, dims, 7);
    expect(m).toEqual({ dimensions: [5, 3, 2], bbox: [[2, 1, 1], [2, 1, 1]], data: new Uint8Array([1]) });
    const two = cropLabel(labels, dims, 2);
    expect(two.data.length).toBe(30);
    expect([...two.data].reduce((a, b) => a + b, 0)).toBe(2);
    expect(two.data[4]).toBe(1);
    expect(two.data[25]).toBe(1);
    expect(cropLabel(labels, dims, 3).bbox).toBeNull();
  });
});
