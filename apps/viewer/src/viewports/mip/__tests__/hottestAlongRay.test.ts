import { describe, expect, it } from 'vitest';
import { hottestAlongRay, type RayGrid } from '../hottestAlongRay';
import { lpsDirection, lpsPoint } from '../../navigation/spaces';

const I: RayGrid['axes'] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

/** 10×8×6 grid, 2×2×3 mm, origin (−9, −7, −7.5): background 1, with hot voxels placed by the tests. */
function grid(hot: [number, number, number, number][]) {
  const g: RayGrid = { dimensions: [10, 8, 6], spacing: [2, 2, 3], origin: [-9, -7, -7.5], axes: I };
  const at = (i: number, j: number, k: number) => hot.find((h) => h[0] === i && h[1] === j && h[2] === k)?.[3] ?? 1;
  return { g, at };
}

describe('hottestAlongRay', () => {
  it('finds the hottest voxel along an anterior–posterior ray (a coronal MIP click), not the middle plane', () => {
    const { g, at } = grid([[3, 1, 2, 8], [3, 6, 2, 5], [4, 1, 2, 20]]);
    // Voxel (3, y, 2) centre: x = −9 + 6 = −3, z = −7.5 + 6 = −1.5. The ray runs along y.
    const h = hottestAlongRay(g, at, lpsPoint([-3, 0, -1.5]), lpsDirection([0, -1, 0]));
    expect(h).toEqual({ ijk: [3, 1, 2], lps: [-3, -5, -1.5], value: 8 });
  });

  it('follows an oblique ray (rotated MIP) and ignores voxels off it', () => {
    // Ray through voxel (2,2,1) and (6,6,1) at 45° in the axial plane.
    const { g, at } = grid([[6, 6, 1, 9], [2, 2, 1, 4], [6, 2, 1, 50]]);
    const p = lpsPoint([-9 + 4, -7 + 4, -7.5 + 3]);
    const h = hottestAlongRay(g, at, p, lpsDirection([1, 1, 0]));
    expect(h?.ijk).toEqual([6, 6, 1]);
    expect(h?.value).toBe(9);
  });

  it('handles a grid with permuted axes (sagittal acquisition) and returns LPS voxel centres', () => {
    const g: RayGrid = { dimensions: [4, 4, 4], spacing: [1, 1, 1], origin: [0, 0, 0], axes: [[0, 1, 0], [0, 0, 1], [1, 0, 0]] };
    const at = (i: number, j: number, k: number) => (i === 2 && j === 3 && k === 1 ? 7 : 0);
    // Voxel (2,3,1): LPS = i·ŷ + j·ẑ + k·x̂ = (1, 2, 3); a ray along x through (0, 2, 3).
    const h = hottestAlongRay(g, at, lpsPoint([0, 2, 3]), lpsDirection([1, 0, 0]));
    expect(h).toEqual({ ijk: [2, 3, 1], lps: [1, 2, 3], value: 7 });
  });

  it('is null for a ray that misses the grid or has no direction', () => {
    const { g, at } = grid([]);
    expect(hottestAlongRay(g, at, lpsPoint([500, 0, 0]), lpsDirection([0, 1, 0]))).toBeNull();
    expect(hottestAlongRay(g, at, lpsPoint([0, 0, 0]), [0, 0, 0] as unknown as ReturnType<typeof lpsDirection>)).toBeNull();
  });
});
