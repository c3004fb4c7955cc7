import { describe, expect, it } from 'vitest';
import type { Mask } from '@caliper/core';
import { measureRecist } from '@caliper/engine';
import { sheetRecist } from '../sheetRecist';
import { measureShape } from '../measureShape';
import { grid, volumeOf } from './fixtures';

/** Mask on a grid from a voxel predicate, with its bbox. */
function maskOf(dims: [number, number, number], on: (i: number, j: number, k: number) => boolean): Mask {
  const data = new Uint8Array(dims[0] * dims[1] * dims[2]);
  const lo = [Infinity, Infinity, Infinity], hi = [-1, -1, -1];
  for (let k = 0; k < dims[2]; k++) for (let j = 0; j < dims[1]; j++) for (let i = 0; i < dims[0]; i++) {
    if (!on(i, j, k)) continue;
    data[(k * dims[1] + j) * dims[0] + i] = 1;
    [i, j, k].forEach((x, d) => { lo[d] = Math.min(lo[d], x); hi[d] = Math.max(hi[d], x); });
  }
  return { dimensions: dims, data, bbox: hi[0] < 0 ? null : [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]] };
}

describe('sheetRecist', () => {
  // 0.5 × 1 × 2 mm voxels. A sagittal sheet at i = 3: j 2..9 (7 mm between centres), k 1..4 (6 mm).
  const g = grid([8, 12, 6], [0.5, 1, 2]);
  const sagittal = maskOf([8, 12, 6], (i, j, k) => i === 3 && j >= 2 && j <= 9 && k >= 1 && k <= 4);

  it('the acquisition plane sees a line: short axis 0 mm (the defect)', () => {
    expect(measureRecist(g, sagittal)!.shortMm).toBe(0);
  });

  it('a sagittal sheet is measured in its own plane: the rectangle\'s diagonal, and its longest perpendicular', () => {
    const r = sheetRecist(g, sagittal)!;
    expect(r.longMm).toBeCloseTo(Math.hypot(7, 6), 9);
    expect(r.shortMm).toBeGreaterThan(4);
    // Every end point lies in the sheet's plane x = 3 × 0.5 mm, within the rectangle.
    for (const p of [...r.long, ...r.short]) {
      expect(p[0]).toBeCloseTo(1.5, 9);
      expect(p[1]).toBeGreaterThanOrEqual(2 - 1e-9);
      expect(p[1]).toBeLessThanOrEqual(9 + 1e-9);
      expect(p[2]).toBeGreaterThanOrEqual(2 - 1e-9);
      expect(p[2]).toBeLessThanOrEqual(8 + 1e-9);
    }
    // Long axis ⟂ short axis (within the engine's 5° tolerance).
    const a = [0, 1, 2].map((d) => r.long[1][d] - r.long[0][d]), b = [0, 1, 2].map((d) => r.short[1][d] - r.short[0][d]);
    const cos = Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / Math.hypot(...a) / Math.hypot(...b);
    expect(cos).toBeLessThan(Math.sin((5 * Math.PI) / 180) + 1e-9);
    expect(r.sliceIndex).toBeGreaterThanOrEqual(1);
    expect(r.sliceIndex).toBeLessThanOrEqual(4);
  });

  it('a coronal sheet too (one voxel thick along j)', () => {
    const coronal = maskOf([8, 12, 6], (i, j, k) => j === 5 && i >= 1 && i <= 6 && k >= 0 && k <= 5);
    const r = sheetRecist(g, coronal)!;
    expect(r.longMm).toBeCloseTo(Math.hypot(2.5, 10), 9);
    for (const p of [...r.long, ...r.short]) expect(p[1]).toBeCloseTo(5, 9);
  });

  it('leaves 3D regions and axial sheets to the acquisition plane', () => {
    expect(sheetRecist(g, maskOf([8, 12, 6], (i, j, k) => i >= 2 && i <= 5 && j >= 2 && j <= 6 && k >= 1 && k <= 3))).toBeNull();
    expect(sheetRecist(g, maskOf([8, 12, 6], (i, j, k) => k === 2 && i >= 2 && i <= 5 && j >= 2 && j <= 6))).toBeNull();
    expect(sheetRecist(g, maskOf([8, 12, 6], () => false))).toBeNull();
  });

  it('measureShape gives a painted sagittal mask its in-plane short axis (full-grid slice index)', () => {
    const v = volumeOf(g, () => 40);
    const crop = { dimensions: [8, 12, 6] as const, bbox: [[3, 2, 1], [3, 9, 4]] as const, data: new Uint8Array(1 * 8 * 4).fill(1) };
    const m = measureShape(v, { kind: 'mask', volumeId: 'ct', mask: crop, painted: true });
    expect(m.result.voxelCount).toBe(32);
    expect(m.result.recist!.longMm).toBeCloseTo(Math.hypot(7, 6), 9);
    expect(m.result.recist!.shortMm).toBeGreaterThan(4);
  });

  it('a grown or imported region of the same shape keeps RECIST on the axial (acquisition) plane (review finding 10)', () => {
    const v = volumeOf(g, () => 40);
    const crop = { dimensions: [8, 12, 6] as const, bbox: [[3, 2, 1], [3, 9, 4]] as const, data: new Uint8Array(1 * 8 * 4).fill(1) };
    const m = measureShape(v, { kind: 'mask', volumeId: 'ct', mask: crop });
    // On an axial slice the sheet is a line along j: long axis 7 mm (j 2..9 at 1 mm), short axis 0.
    expect(m.result.recist!.longMm).toBeCloseTo(7, 9);
    expect(m.result.recist!.shortMm).toBe(0);
    for (const p of m.result.recist!.long) expect(p[2]).toBe(m.result.recist!.long[0][2]);
  });
});
