import type { Geometry, IntensityUnit, Mask, Vec3, Volume, VoxelArray } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { computeMaskBbox } from '../mask/computeMaskBbox';

/** Axis-aligned grid (rows along +x, columns along +y, slices along +z) for tests and benchmarks. */
export function makeGeometry(dims: readonly [number, number, number], spacing: readonly [number, number, number] = [1, 1, 1], origin: Vec3 = [0, 0, 0]): Geometry {
  return {
    dimensions: dims,
    spacing,
    origin: patientPoint(origin[0], origin[1], origin[2]),
    rowDirection: [1, 0, 0],
    columnDirection: [0, 1, 0],
    sliceDirection: [0, 0, 1],
  };
}

export function makeVolume<T extends VoxelArray>(geometry: Geometry, data: T, unit: IntensityUnit = 'raw', modality?: string): Volume<T> {
  return { geometry, data, unit, ...(modality ? { modality } : {}) };
}

/** A mask from a 0/1 array (or predicate over i, j, k). */
export function makeMask(dims: readonly [number, number, number], f: ArrayLike<number> | ((i: number, j: number, k: number) => boolean)): Mask {
  const data = new Uint8Array(dims[0] * dims[1] * dims[2]);
  if (typeof f === 'function') {
    for (let k = 0, n = 0; k < dims[2]; k++) for (let j = 0; j < dims[1]; j++) for (let i = 0; i < dims[0]; i++, n++) data[n] = f(i, j, k) ? 1 : 0;
  } else data.set(Array.from(f, (x) => (x ? 1 : 0)));
  return { dimensions: dims, data, bbox: computeMaskBbox(dims, data) };
}

/** Set voxel indices (i, j, k) of a mask, as strings "i,j,k", sorted. */
export function maskVoxels(m: Mask): string[] {
  const [ni, nj] = m.dimensions;
  const out: string[] = [];
  m.data.forEach((x, n) => {
    if (x) out.push(`${n % ni},${Math.floor(n / ni) % nj},${Math.floor(n / (ni * nj))}`);
  });
  return out.sort();
}
