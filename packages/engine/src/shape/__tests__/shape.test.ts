import { describe, expect, it } from 'vitest';
import { marchingCubesMask } from '../marchingCubesMask';
import { computeMeshMorphology } from '../computeMeshMorphology';
import { maxDiameter3d } from '../maxDiameter3d';
import { makeMask } from '../../testing/fixtures';

describe('marching cubes morphology (iso 0.5, zero padded)', () => {
  it('single voxel: octahedron with vertices at face centres', () => {
    const m = makeMask([1, 1, 1], [1]);
    const mesh = marchingCubesMask(m, [1, 1, 1]);
    expect(mesh.triangleCount).toBe(8);
    const r = computeMeshMorphology(mesh);
    // octahedron with half-diagonal 0.5: V = 4/3 · 0.5³ = 1/6, A = 8 · (√3/4)·(0.5√2)² = √3
    expect(r.volumeMm3).toBeCloseTo(1 / 6, 12);
    expect(r.surfaceMm2).toBeCloseTo(Math.sqrt(3), 12);
    expect(r.sphericity).toBeCloseTo(Math.cbrt(36 * Math.PI / 36) / Math.sqrt(3), 12);
  });
  it('scales with anisotropic spacing', () => {
    const m = makeMask([1, 1, 1], [1]);
    expect(computeMeshMorphology(marchingCubesMask(m, [2, 3, 4])).volumeMm3).toBeCloseTo(24 / 6, 12);
  });
  it('2x2x2 block: centre cube + 6 face slabs + 12 edge prisms + 8 corner tetrahedra', () => {
    // voxel centres at 0 and 1; the surface cuts padded edges at -0.5 / 1.5:
    // [0,1]³ = 1; 6 slabs 1×1×0.5 = 3; 12 prisms (0.5·0.5/2)×1 = 1.5; 8 tetrahedra 0.5³/6 = 1/6
    const m = makeMask([2, 2, 2], [1, 1, 1, 1, 1, 1, 1, 1]);
    const r = computeMeshMorphology(marchingCubesMask(m, [1, 1, 1]));
    expect(r.volumeMm3).toBeCloseTo(1 + 3 + 1.5 + 1 / 6, 12);
    // 6 squares 1 + 12 rectangles 1×(0.5√2) + 8 triangles (√3/4)(0.5√2)²
    expect(r.surfaceMm2).toBeCloseTo(6 + 12 * 0.5 * Math.SQRT2 + 8 * (Math.sqrt(3) / 4) * 0.5, 12);
  });
});

describe('maxDiameter3d (mesh vertices)', () => {
  it('single voxel: face-centre to opposite face-centre = 1 voxel', () => {
    expect(maxDiameter3d(makeMask([1, 1, 1], [1]), [2, 3, 4]).lengthMm).toBeCloseTo(4, 12);
  });
  it('3-voxel bar along x with 2 mm voxels: 3 voxels long', () => {
    expect(maxDiameter3d(makeMask([3, 1, 1], [1, 1, 1]), [2, 1, 1]).lengthMm).toBeCloseTo(6, 12);
  });
  it('equals brute force over all boundary-face midpoints', () => {
    const dims = [4, 4, 3] as const;
    const m = makeMask(dims, (i, j, k) => (i * 7 + j * 3 + k * 5) % 4 !== 0);
    const sp = [1, 1.5, 2] as const;
    const pts: number[][] = [];
    const at = (i: number, j: number, k: number) => i >= 0 && j >= 0 && k >= 0 && i < 4 && j < 4 && k < 3 && m.data[i + 4 * (j + 4 * k)] === 1;
    for (let k = 0; k < 3; k++) for (let j = 0; j < 4; j++) for (let i = 0; i < 4; i++) {
      if (!at(i, j, k)) continue;
      for (const [a, b, c] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]])
        if (!at(i + a, j + b, k + c)) pts.push([(i + a / 2) * sp[0], (j + b / 2) * sp[1], (k + c / 2) * sp[2]]);
    }
    let brute = 0;
    for (const p of pts) for (const q of pts) brute = Math.max(brute, Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
    expect(maxDiameter3d(m, sp).lengthMm).toBeCloseTo(brute, 12);
  });
});
