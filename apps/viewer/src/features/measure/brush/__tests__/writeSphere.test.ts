import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { Geometry } from '@caliper/core';
import { sphereToMask } from '@caliper/engine';
import { writeSphere } from '../writeSphere';

const grid = (dims: [number, number, number], spacing: [number, number, number], origin: [number, number, number] = [0, 0, 0]): Geometry => ({
  dimensions: dims, spacing, origin: patientPoint(...origin), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1],
});
/** A labelmap as one Uint8Array per slice (i-fastest), like the brush labelmap images. */
const labelmap = (g: Geometry) => Array.from({ length: g.dimensions[2] }, () => new Uint8Array(g.dimensions[0] * g.dimensions[1]));
const voxels = (lm: Uint8Array[], value: number, ni: number, nj: number) =>
  lm.flatMap((s, k) => [...s].flatMap((v, p) => (v === value ? [`${p % ni},${Math.floor(p / ni) % nj},${k}`] : []))).sort();

describe('writeSphere', () => {
  it('fills the voxels whose centres are within the radius: centre voxel + 6 face neighbours at r = 1 mm (inclusive)', () => {
    const g = grid([5, 5, 5], [1, 1, 1]);
    const lm = labelmap(g);
    const r = writeSphere((k) => lm[k], g, patientPoint(2, 2, 2), 1, 3);
    expect(voxels(lm, 3, 5, 5)).toEqual(['1,2,2', '2,1,2', '2,2,1', '2,2,2', '2,2,3', '2,3,2', '3,2,2']);
    expect(r).toEqual({ changed: [1, 2, 3], inside: 7 });
  });

  it('is a sphere in mm on the demo CT grid spacing (0.78 × 0.78 × 2.5 mm), voxel for voxel the engine sphereToMask', () => {
    const g = grid([40, 40, 12], [0.78125, 0.78125, 2.5], [-10, -12, -14]);
    const center = patientPoint(4.3, 3.1, -0.6);
    const lm = labelmap(g);
    const r = writeSphere((k) => lm[k], g, center, 7.3, 1);
    const ref = sphereToMask(g, center, 7.3);
    const want: string[] = [];
    ref.data.forEach((v, n) => { if (v) want.push(`${n % 40},${Math.floor(n / 40) % 40},${Math.floor(n / 1600)}`); });
    expect(voxels(lm, 1, 40, 40)).toEqual(want.sort());
    expect(r.inside).toBe(want.length);
    // Slices within 7.3 mm of z = -0.6 (slice k at z = -14 + 2.5 k): k = 3 (z -6.5) … k = 8 (z 6).
    expect(r.changed).toEqual([3, 4, 5, 6, 7, 8]);
    // Not the ellipsoid Cornerstone's sphere strategy cuts (depth semi-axis r + half a slice): about 4/3 π r³ / voxel.
    const analytic = (4 / 3) * Math.PI * 7.3 ** 3 / (0.78125 * 0.78125 * 2.5);
    expect(Math.abs(r.inside - analytic) / analytic).toBeLessThan(0.05);
  });

  it('clips at the grid edge and overwrites other segments; erase clears every segment inside and reports the slices changed', () => {
    const g = grid([6, 6, 3], [1, 1, 1]);
    const lm = labelmap(g);
    lm[0][0] = 2; // another segment at (0,0,0)
    const f = writeSphere((k) => lm[k], g, patientPoint(0, 0, 0), 1.5, 5);
    // (0,0,0), (1,0,0), (0,1,0), (1,1,0) at √2, (0,0,1); (1,1,1) at √3 > 1.5 excluded; (1,0,1), (0,1,1) at √2.
    expect(voxels(lm, 5, 6, 6)).toEqual(['0,0,0', '0,0,1', '0,1,0', '0,1,1', '1,0,0', '1,0,1', '1,1,0']);
    expect(f).toEqual({ changed: [0, 1], inside: 7 });
    lm[1][2] = 4; // (2,0,1): outside a 1 mm sphere at (0,0,1)
    const e = writeSphere((k) => lm[k], g, patientPoint(0, 0, 1), 1, 5, { erase: true });
    expect(voxels(lm, 5, 6, 6)).toEqual(['0,1,0', '1,0,0', '1,1,0']);
    expect(voxels(lm, 4, 6, 6)).toEqual(['2,0,1']);
    expect(e.changed).toEqual([0, 1]);
    // Erasing again changes nothing.
    expect(writeSphere((k) => lm[k], g, patientPoint(0, 0, 1), 1, 5, { erase: true }).changed).toEqual([]);
  });

  it('does nothing for a sphere outside the grid or a negative radius', () => {
    const g = grid([4, 4, 4], [1, 1, 1]);
    const lm = labelmap(g);
    expect(writeSphere((k) => lm[k], g, patientPoint(20, 0, 0), 2, 1)).toEqual({ changed: [], inside: 0 });
    expect(writeSphere((k) => lm[k], g, patientPoint(1, 1, 1), -1, 1)).toEqual({ changed: [], inside: 0 });
  });
});
