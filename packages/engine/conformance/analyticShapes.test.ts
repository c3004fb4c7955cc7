import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { makeGeometry, makeMask, makeVolume } from '../src/testing/fixtures';
import { sphereToMask } from '../src/roi/sphereToMask';
import { computeRoiStats } from '../src/stats/computeRoiStats';
import { measureRecist } from '../src/recist/measureRecist';
import { marchingCubesMask } from '../src/shape/marchingCubesMask';
import { computeMeshMorphology } from '../src/shape/computeMeshMorphology';
import { maxDiameter3d } from '../src/shape/maxDiameter3d';
import { computeSuvPeak } from '../src/suv/computeSuvPeak';

// Ellipsoid with semi-axes (a, b, c) mm, rotated by `theta` in the axial plane, centred off-grid,
// on an anisotropic grid (0.7 × 0.9 × 2.5 mm).
const spacing = [0.7, 0.9, 2.5] as const;
const dims = [96, 80, 24] as const;
const centre = [33.37, 36.11, 28.9];
const [a, b, c] = [25, 12, 11];
const theta = (30 * Math.PI) / 180;
const inside = (x: number, y: number, z: number): boolean => {
  const dx = x - centre[0], dy = y - centre[1], dz = z - centre[2];
  const u = dx * Math.cos(theta) + dy * Math.sin(theta), v = -dx * Math.sin(theta) + dy * Math.cos(theta);
  return (u / a) ** 2 + (v / b) ** 2 + (dz / c) ** 2 <= 1;
};

/** Lattice points of the ellipsoid counted row by row from the analytic x-interval (independent of masks). */
function analyticCount(): number {
  let n = 0;
  for (let k = 0; k < dims[2]; k++)
    for (let j = 0; j < dims[1]; j++) {
      const dy = j * spacing[1] - centre[1], dz = k * spacing[2] - centre[2];
      // (A dx² + B dx + C <= 0) with u, v linear in dx
      const cs = Math.cos(theta), sn = Math.sin(theta);
      const A = (cs / a) ** 2 + (sn / b) ** 2;
      const B = 2 * ((dy * sn * cs) / a ** 2 - (dy * cs * sn) / b ** 2);
      const C = ((dy * sn) / a) ** 2 + ((dy * cs) / b) ** 2 + (dz / c) ** 2 - 1;
      const disc = B * B - 4 * A * C;
      if (disc < 0) continue;
      const x0 = centre[0] + (-B - Math.sqrt(disc)) / (2 * A), x1 = centre[0] + (-B + Math.sqrt(disc)) / (2 * A);
      n += Math.max(0, Math.floor(x1 / spacing[0] + 1e-9) - Math.ceil(x0 / spacing[0] - 1e-9) + 1);
    }
  return n;
}

describe('analytic shapes on anisotropic grids', () => {
  const g = makeGeometry(dims, spacing);
  const mask = makeMask(dims, (i, j, k) => inside(i * spacing[0], j * spacing[1], k * spacing[2]));
  const vol = makeVolume(g, new Float32Array(dims[0] * dims[1] * dims[2]).fill(1), 'HU');

  it('voxelised ellipsoid volume = lattice count × voxel volume, exactly', () => {
    const st = computeRoiStats(vol, mask);
    expect(st.voxelCount).toBe(analyticCount());
    expect(st.volumeMl).toBeCloseTo((analyticCount() * spacing[0] * spacing[1] * spacing[2]) / 1000, 12);
    // and close to the analytic 4/3 π abc
    expect(st.volumeMl / ((4 / 3) * Math.PI * a * b * c / 1000)).toBeCloseTo(1, 1);
  });

  it('RECIST on the rotated ellipse: long ≈ 2a, short ≈ 2b within one pixel', () => {
    const r = measureRecist(g, mask)!;
    const pixel = Math.max(spacing[0], spacing[1]);
    // the central slice (or a neighbour with the same in-plane extent) carries the long axis
    expect(Math.abs(r.sliceIndex * spacing[2] - centre[2])).toBeLessThanOrEqual(spacing[2]);
    expect(Math.abs(r.longMm - 2 * a)).toBeLessThanOrEqual(pixel);
    expect(Math.abs(r.shortMm - 2 * b)).toBeLessThanOrEqual(pixel);
    // long axis direction = the ellipse's major axis (30°), within a couple of degrees
    const [p, q] = r.long;
    const ang = Math.atan2(q[1] - p[1], q[0] - p[0]);
    const diff = Math.abs(((ang - theta + Math.PI / 2) % Math.PI + Math.PI) % Math.PI - Math.PI / 2);
    expect(diff).toBeLessThan((2 * Math.PI) / 180);
  });

  it('sphereToMask agrees with the analytic lattice count; mesh volume and 3D diameter of a sphere', () => {
    const sg = makeGeometry([60, 60, 30], [0.8, 0.8, 2]);
    const R = 17.3, cen = [24.1, 23.7, 29.2];
    const m = sphereToMask(sg, patientPoint(cen[0], cen[1], cen[2]), R);
    let n = 0;
    for (let k = 0; k < 30; k++)
      for (let j = 0; j < 60; j++) {
        const r2 = R * R - (j * 0.8 - cen[1]) ** 2 - (k * 2 - cen[2]) ** 2;
        if (r2 < 0) continue;
        const h = Math.sqrt(r2);
        n += Math.max(0, Math.floor((cen[0] + h) / 0.8) - Math.ceil((cen[0] - h) / 0.8) + 1);
      }
    const count = m.data.reduce((s, x) => s + x, 0);
    expect(count).toBe(n);
    const morph = computeMeshMorphology(marchingCubesMask(m, sg.spacing));
    expect(morph.volumeMm3 / ((4 / 3) * Math.PI * R ** 3)).toBeGreaterThan(0.97);
    expect(morph.volumeMm3 / ((4 / 3) * Math.PI * R ** 3)).toBeLessThan(1.03);
    // mesh vertices sit half a voxel beyond the outermost centres
    expect(Math.abs(maxDiameter3d(m, sg.spacing).lengthMm - 2 * R)).toBeLessThanOrEqual(2);
  });

  it('SUVpeak of a uniform sphere inside a uniform background is the sphere value', () => {
    const pg = makeGeometry([40, 40, 40], [4, 4, 4]);
    const m = sphereToMask(pg, patientPoint(80, 80, 80), 24);
    const data = new Float32Array(40 * 40 * 40).fill(1);
    m.data.forEach((x, q) => {
      if (x) data[q] = 4;
    });
    const pk = computeSuvPeak(makeVolume(pg, data, 'SUVbw'), m);
    expect(pk.peak).toBe(4);
    expect(pk.voxelsInSphere).toBe(19);
  });
});
