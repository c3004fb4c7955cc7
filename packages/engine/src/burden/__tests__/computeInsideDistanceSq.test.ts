import { describe, expect, it } from 'vitest';
import { computeInsideDistanceSq } from '../computeInsideDistanceSq';

describe('computeInsideDistanceSq: squared distance (mm²) to the nearest unset cell, outside the grid unset', () => {
  it('a line of 5 set cells, 2 mm apart: 2, 4, 6, 4, 2 mm to the virtual cells beyond each end', () => {
    expect(Array.from(computeInsideDistanceSq(new Uint8Array(5).fill(1), [5, 1, 1], { spacing: [2, 1, 1], axes: [true, false, false] }))).toEqual([4, 16, 36, 16, 4]);
  });
  it('an unset cell inside: distances to it or to the edge, whichever is nearer', () => {
    expect(Array.from(computeInsideDistanceSq(Uint8Array.from([1, 1, 1, 0, 1, 1, 1]), [7, 1, 1], { spacing: [1, 1, 1], axes: [true, false, false] }))).toEqual([1, 4, 1, 0, 1, 4, 1]);
  });
  it('3D, anisotropic: a 5 × 5 × 3 block (1, 1, 3 mm) — the centre is 3 mm from the edge in x and y, 6 mm in z', () => {
    const d = computeInsideDistanceSq(new Uint8Array(75).fill(1), [5, 5, 3], { spacing: [1, 1, 3] });
    expect(d[2 + 5 * 2 + 25 * 1]).toBe(9);
    // A corner cell (0, 0, 0): 1 mm to x = −1 (or y = −1).
    expect(d[0]).toBe(1);
    // In-plane only: the centre of the middle slice is 3 mm from the x/y edges; z ignored.
    expect(computeInsideDistanceSq(new Uint8Array(75).fill(1), [5, 5, 3], { spacing: [1, 1, 3], axes: [true, true, false] })[2 + 5 * 2 + 25 * 0]).toBe(9);
  });
  it('a diagonal neighbour: Euclidean, not city-block (unset (4, 4): (5, 5) is √2 mm from it)', () => {
    const m = new Uint8Array(9 * 9).fill(1);
    m[4 + 9 * 4] = 0;
    const d = computeInsideDistanceSq(m, [9, 9, 1], { spacing: [1, 1, 1], axes: [true, true, false] });
    expect(d[5 + 9 * 5]).toBe(2);
    // (6, 6): 2² + 2² = 8 mm² to the unset cell, 3² = 9 to the grid edge (index 9).
    expect(d[6 + 9 * 6]).toBe(8);
  });
});
