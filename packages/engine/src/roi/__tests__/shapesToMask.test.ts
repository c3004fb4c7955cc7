import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { Geometry } from '@caliper/core';
import { sphereToMask } from '../sphereToMask';
import { boxToMask } from '../boxToMask';
import { polygonToMask } from '../polygonToMask';
import { ellipseToMask } from '../ellipseToMask';
import { makeGeometry, maskVoxels } from '../../testing/fixtures';

describe('sphereToMask', () => {
  it('includes voxel centres exactly on the sphere (inclusive)', () => {
    const g = makeGeometry([5, 5, 5], [1, 1, 1]);
    const m = sphereToMask(g, patientPoint(2, 2, 2), 1);
    // centre + its 6 face neighbours at distance exactly 1
    expect(maskVoxels(m)).toEqual(['1,2,2', '2,1,2', '2,2,1', '2,2,2', '2,2,3', '2,3,2', '3,2,2']);
    expect(m.bbox).toEqual([[1, 1, 1], [3, 3, 3]]);
  });
  it('uses mm on anisotropic grids and clips to the grid', () => {
    const g = makeGeometry([4, 4, 3], [1, 1, 3], [10, 0, 0]);
    // radius 1.5 mm around voxel (0,0,0): in-plane neighbours at 1 mm and (1,1) at 1.414; slices 3 mm away excluded
    expect(maskVoxels(sphereToMask(g, patientPoint(10, 0, 0), 1.5))).toEqual(['0,0,0', '0,1,0', '1,0,0', '1,1,0']);
  });
  it('works on a rotated grid (rows along -y)', () => {
    const g: Geometry = { ...makeGeometry([3, 3, 1]), rowDirection: [0, -1, 0], columnDirection: [1, 0, 0], sliceDirection: [0, 0, -1] };
    // voxel (i,j,0) at (j, -i, 0); sphere at (0,-2,0) r=0.5 -> voxel (2,0,0)
    expect(maskVoxels(sphereToMask(g, patientPoint(0, -2, 0), 0.5))).toEqual(['2,0,0']);
  });
});

describe('boxToMask', () => {
  it('is inclusive on all faces', () => {
    const g = makeGeometry([5, 5, 2], [2, 2, 2]);
    // x in [2,4] -> i = 1,2 ; y in [0,1.9] -> j = 0 ; z in [2,2] -> k = 1
    expect(maskVoxels(boxToMask(g, patientPoint(2, 0, 2), patientPoint(4, 1.9, 2)))).toEqual(['1,0,1', '2,0,1']);
  });
  it('returns an empty mask outside the grid', () => {
    const g = makeGeometry([3, 3, 3]);
    expect(boxToMask(g, patientPoint(10, 10, 10), patientPoint(12, 12, 12)).bbox).toBeNull();
  });
});

describe('polygonToMask', () => {
  const g = makeGeometry([6, 6, 3], [1, 1, 2]);
  it('fills a square including its boundary, on one slice only', () => {
    const sq = [patientPoint(1, 1, 2), patientPoint(3, 1, 2), patientPoint(3, 2, 2), patientPoint(1, 2, 2)];
    expect(maskVoxels(polygonToMask(g, 1, sq))).toEqual(['1,1,1', '1,2,1', '2,1,1', '2,2,1', '3,1,1', '3,2,1']);
  });
  it('triangle: centres left of the hypotenuse', () => {
    // (0,0)-(2,0)-(0,2): inside iff i + j <= 2
    const tri = [patientPoint(0, 0, 0), patientPoint(2, 0, 0), patientPoint(0, 2, 0)];
    expect(maskVoxels(polygonToMask(g, 0, tri))).toEqual(['0,0,0', '0,1,0', '0,2,0', '1,0,0', '1,1,0', '2,0,0']);
  });
});

describe('ellipseToMask', () => {
  it('rasterises an axis-aligned ellipse, boundary inclusive', () => {
    const g = makeGeometry([7, 5, 1], [1, 1, 1]);
    // centre (3,2), semi-axes 2 along x and 1 along y: (dx/2)^2 + dy^2 <= 1
    const m = ellipseToMask(g, 0, patientPoint(3, 2, 0), patientPoint(5, 2, 0), patientPoint(3, 3, 0));
    expect(maskVoxels(m)).toEqual(['1,2,0', '2,2,0', '3,1,0', '3,2,0', '3,3,0', '4,2,0', '5,2,0']);
  });
});
