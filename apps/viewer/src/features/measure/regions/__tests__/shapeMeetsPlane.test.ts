import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { Vec3 } from '@caliper/core';
import { grid } from '../../worker/__tests__/fixtures';
import { halfThickness, shapeExtent, shapeMeetsPlane } from '../shapeMeetsPlane';
import type { ViewPlane } from '../shapeMeetsPlane';

// Axial slices 2.5 mm apart: the plane at z = 0 shows z ∈ (−1.25, 1.25).
const axial = (z: number): ViewPlane => ({ point: [0, 0, z] as unknown as Vec3, normal: [0, 0, 1], halfThicknessMm: 1.25 });
const P = patientPoint;

describe('shapeMeetsPlane', () => {
  it('a RECIST line drawn on a slice is shown there, not on the next slice', () => {
    const line = { kind: 'lines' as const, segments: [[P(0, 0, 10), P(20, 0, 10)]] as [[ReturnType<typeof P>, ReturnType<typeof P>]] };
    expect(shapeMeetsPlane(line, axial(10))).toBe(true);
    expect(shapeMeetsPlane(line, axial(12.5))).toBe(false);
    expect(shapeMeetsPlane(line, axial(7.5))).toBe(false);
  });

  it('a sphere of radius 10 mm crosses slices within 10 mm of its centre', () => {
    const s = { kind: 'sphere' as const, center: P(0, 0, 0), radiusMm: 10 };
    expect(shapeExtent(s, axial(0))).toEqual([-10, 10]);
    expect(shapeMeetsPlane(s, axial(10))).toBe(true);
    expect(shapeMeetsPlane(s, axial(12.5))).toBe(false);
    // A PET threshold ROI is bounded by its sphere.
    expect(shapeMeetsPlane({ kind: 'petThreshold', within: s, mode: { kind: 'absolute', suv: 2.5 } }, axial(-10))).toBe(true);
    expect(shapeMeetsPlane({ kind: 'petThreshold', within: s, mode: { kind: 'absolute', suv: 2.5 } }, axial(-12.5))).toBe(false);
  });

  it('an ellipse drawn on a sagittal plane crosses the axial slices of its height only', () => {
    // Centre (0,0,0), semi-axes 6 mm along y and 4 mm along z.
    const e = { kind: 'ellipse' as const, center: P(0, 0, 0), axisA: P(0, 6, 0), axisB: P(0, 0, 4), normal: [1, 0, 0] as Vec3 };
    expect(shapeExtent(e, axial(0))).toEqual([-4, 4]);
    expect(shapeMeetsPlane(e, axial(5))).toBe(true);
    expect(shapeMeetsPlane(e, axial(5.5))).toBe(false);
  });

  it('a box and a polygon: straddling or within half a slice', () => {
    const box = { kind: 'box' as const, min: P(-5, -5, -20), max: P(5, 5, 20) };
    expect(shapeMeetsPlane(box, axial(19))).toBe(true);
    expect(shapeMeetsPlane(box, axial(22))).toBe(false);
    const poly = { kind: 'polygon' as const, points: [P(0, 0, 3), P(5, 0, 3), P(5, 5, 3)], normal: [0, 0, 1] as Vec3 };
    expect(shapeMeetsPlane(poly, axial(2.5))).toBe(true);
    expect(shapeMeetsPlane(poly, axial(5))).toBe(false);
  });

  it('a mask crosses the slices of its voxel bbox (on its grid), else nothing without a grid', () => {
    const g = grid([10, 10, 10], [1, 1, 2.5]);
    const mask = { kind: 'mask' as const, volumeId: 'ct', mask: { dimensions: [10, 10, 10] as const, bbox: [[2, 2, 4], [3, 3, 6]] as [[number, number, number], [number, number, number]], data: new Uint8Array(12).fill(1) } };
    // Voxel slices k 4..6 are at z 10, 12.5, 15 mm.
    expect(shapeMeetsPlane(mask, axial(10), g)).toBe(true);
    expect(shapeMeetsPlane(mask, axial(15), g)).toBe(true);
    expect(shapeMeetsPlane(mask, axial(7.5), g)).toBe(false);
    expect(shapeMeetsPlane(mask, axial(17.5), g)).toBe(false);
    expect(shapeMeetsPlane(mask, axial(10))).toBe(false);
  });
});

describe('halfThickness', () => {
  const identity = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  it('half the spacing along the normal: axial 2.5 mm slices, sagittal 0.78 mm columns', () => {
    expect(halfThickness(identity, [0.78, 0.78, 2.5], [0, 0, 1])).toBeCloseTo(1.25, 12);
    expect(halfThickness(identity, [0.78, 0.78, 2.5], [-1, 0, 0])).toBeCloseTo(0.39, 12);
  });
  it('a MIP slab thicker than a voxel counts whole', () => {
    expect(halfThickness(identity, [4, 4, 4], [0, 1, 0], 500)).toBe(250);
  });
});
