import { describe, expect, it } from 'vitest';
import { volumeLayout, type SliceHeader } from '../volumeLayout';

const AXIAL = [1, 0, 0, 0, 1, 0];
const slice = (z: number): SliceHeader => ({ rows: 2, columns: 3, position: [-10, 20, z], orientation: AXIAL, pixelSpacing: [0.5, 0.25] });

describe('volumeLayout', () => {
  it('keeps a listing that ascends along the normal, origin at the first slice', () => {
    const l = volumeLayout([0, 2, 4].map(slice));
    expect(l).toEqual({
      order: [0, 1, 2],
      dimensions: [3, 2, 3],
      spacing: [0.25, 0.5, 2],
      origin: [-10, 20, 0],
      direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
    });
  });
  it('reverses a descending listing (as Cornerstone3D does for wadouri)', () => {
    const l = volumeLayout([4, 2, 0].map(slice));
    if (typeof l === 'string') throw new Error(l);
    expect(l.order).toEqual([2, 1, 0]);
    expect(l.origin).toEqual([-10, 20, 0]);
  });
  it('names missing geometry and mixed sizes', () => {
    expect(volumeLayout([{ rows: 2, columns: 3 }])).toMatch(/missing geometry/);
    expect(volumeLayout([slice(0), { ...slice(1), rows: 4 }])).toBe('slices differ in size');
    expect(volumeLayout([])).toBe('no slices');
  });
  it('gives one slice a 1 mm z spacing', () => {
    const l = volumeLayout([slice(3)]);
    if (typeof l === 'string') throw new Error(l);
    expect(l.spacing[2]).toBe(1);
  });
});
