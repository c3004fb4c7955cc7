import { describe, expect, it } from 'vitest';
import { makeAxialGrid } from '../../grid/makeAxialGrid';
import { forEachVoxelInShape } from '../../render/rasterizeShape';
import { createEllipsoid } from '../createEllipsoid';
import { createEllipticCylinder } from '../createEllipticCylinder';
import type { Shape } from '../shape';

/** Voxels by brute-force contains() on every voxel centre. */
function brute(shape: Shape, g: ReturnType<typeof makeAxialGrid>): number[] {
  const out: number[] = [];
  const [ni, nj, nk] = g.dimensions;
  for (let k = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++)
        if (shape.contains(g.origin[0] + i * g.spacing[0], g.origin[1] + j * g.spacing[1], g.origin[2] + k * g.spacing[2])) out.push(i + j * ni + k * ni * nj);
  return out;
}

describe('xSpan fast path voxelises exactly like contains()', () => {
  const g = makeAxialGrid({ columns: 40, rows: 40, slices: 30, fieldOfViewMm: 100, zStartMm: -37, zEndMm: 37 });
  it.each([
    ['oblique ellipsoid', createEllipsoid({ centre: [3.3, -2.1, 1.7], semiAxes: [30, 17, 12], rotationDeg: { aboutZ: 30, aboutX: 15, aboutY: -20 } })],
    ['elliptic cylinder', createEllipticCylinder({ centreXY: [1.2, -3], semiAxesXY: [33, 21] })],
  ])('%s', (_name, shape) => {
    const fast: number[] = [];
    forEachVoxelInShape(g, shape, (v) => fast.push(v));
    expect(fast).toEqual(brute(shape, g));
    expect(fast.length).toBeGreaterThan(1000);
  });
});
