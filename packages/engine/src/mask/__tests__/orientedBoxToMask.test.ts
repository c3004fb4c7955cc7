import { describe, expect, it } from 'vitest';
import type { Geometry, Vec3 } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { orientedBoxToMask } from '../orientedBoxToMask';
import { boxToMask } from '../../roi/boxToMask';

const grid = (dims: [number, number, number], row: Vec3 = [1, 0, 0], col: Vec3 = [0, 1, 0]): Geometry => ({
  dimensions: dims, origin: patientPoint(0, 0, 0), rowDirection: row, columnDirection: col, sliceDirection: [0, 0, 1], spacing: [1, 1, 1],
});
const set = (m: { data: Uint8Array }, ni: number, nj: number): string[] => {
  const out: string[] = [];
  m.data.forEach((v, x) => { if (v) out.push(`${x % ni},${Math.floor(x / ni) % nj},${Math.floor(x / (ni * nj))}`); });
  return out;
};
const r2 = Math.SQRT1_2;

describe('orientedBoxToMask', () => {
  it('axis-aligned: the same voxels as boxToMask (faces on voxel centres are inside)', () => {
    const g = grid([12, 10, 6]);
    const m = orientedBoxToMask(g, { centerMm: patientPoint(5, 4, 2.5), axes: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], halfMm: [3, 2, 1.5] });
    const b = boxToMask(g, patientPoint(2, 2, 1), patientPoint(8, 6, 4));
    expect(Array.from(m.data)).toEqual(Array.from(b.data));
    expect(m.bbox).toEqual([[2, 2, 1], [8, 6, 4]]);
    expect(set(m, 12, 10).length).toBe(7 * 5 * 4);
  });

  it('turned 45° about z: the 13 voxel centres with |dx+dy| ≤ 3√2 and |dy−dx| ≤ √2 (hand-counted)', () => {
    const g = grid([21, 21, 3]);
    const m = orientedBoxToMask(g, { centerMm: patientPoint(10, 10, 1), axes: [[r2, r2, 0], [-r2, r2, 0], [0, 0, 1]], halfMm: [3, 1, 0.5] });
    // dy − dx = 0: dx+dy ∈ {−4,−2,0,2,4}; dy − dx = ±1: dx+dy ∈ {−3,−1,1,3}.
    const expected = new Set<string>();
    for (const t of [-1, 0, 1]) for (let s = -4; s <= 4; s++) if ((s + t) % 2 === 0) expected.add(`${10 + (s - t) / 2},${10 + (s + t) / 2},1`);
    expect(expected.size).toBe(13);
    expect(new Set(set(m, 21, 21))).toEqual(expected);
    expect(m.bbox).toEqual([[8, 8, 1], [12, 12, 1]]);
  });

  it('a rectangle swept 2000 mm along an oblique normal keeps to its own width (no axis-aligned hull)', () => {
    // 30° view: the prism's depth runs along n = (−sin30, cos30, 0); it is 6 mm wide along u = (cos30, sin30, 0).
    const g = grid([60, 60, 2]);
    const t = Math.PI / 6;
    const u: Vec3 = [Math.cos(t), Math.sin(t), 0], n: Vec3 = [-Math.sin(t), Math.cos(t), 0];
    const m = orientedBoxToMask(g, { centerMm: patientPoint(30, 30, 0.5), axes: [u, [0, 0, 1], n], halfMm: [3, 0.5, 1000] });
    let count = 0;
    for (let x = 0; x < m.data.length; x++) {
      if (!m.data[x]) continue;
      count++;
      const i = x % 60, j = Math.floor(x / 60) % 60;
      // Every voxel taken is within 3 mm of the prism's mid-plane along u.
      expect(Math.abs((i - 30) * u[0] + (j - 30) * u[1])).toBeLessThanOrEqual(3 + 1e-9);
    }
    // Corner voxel (59, 0): inside the axis-aligned hull of the prism, far outside the prism (u-distance 11.5 mm).
    expect(m.data[59]).toBe(0);
    // Its depth is not cut: voxels 25 mm along n from the centre, on the mid-plane, are taken.
    const i = Math.round(30 + 25 * n[0]), j = Math.round(30 + 25 * n[1]);
    expect(Math.abs((i - 30) * u[0] + (j - 30) * u[1])).toBeLessThanOrEqual(3);
    expect(m.data[j * 60 + i]).toBe(1);
    // About 6 mm wide × the grid's diagonal chord × 2 slices: a band, not the 60 × 60 grid.
    expect(count).toBeGreaterThan(2 * 6 * 55);
    expect(count).toBeLessThan(2 * 8 * 70);
  });

  it('on a grid turned in-plane, a box along the grid axes is a voxel block', () => {
    const c = Math.cos(0.4), s = Math.sin(0.4);
    const row: Vec3 = [c, s, 0], col: Vec3 = [-s, c, 0];
    const g = grid([10, 10, 3], row, col);
    // Voxel (5, 5, 1) centre; half 2 mm along rows, 1 mm along columns, 0 along slices: i 3..7, j 4..6, k 1.
    const centre = patientPoint(5 * c - 5 * s, 5 * s + 5 * c, 1);
    const m = orientedBoxToMask(g, { centerMm: centre, axes: [row, col, [0, 0, 1]], halfMm: [2, 1, 0] });
    expect(m.bbox).toEqual([[3, 4, 1], [7, 6, 1]]);
    expect(set(m, 10, 10).length).toBe(15);
  });

  it('a box outside the grid: empty mask, null bbox', () => {
    const m = orientedBoxToMask(grid([4, 4, 4]), { centerMm: patientPoint(50, 50, 50), axes: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], halfMm: [1, 1, 1] });
    expect(m.bbox).toBeNull();
    expect(m.data.some((v) => v !== 0)).toBe(false);
  });
});
