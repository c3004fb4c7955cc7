import type { Geometry } from '@caliper/core';

/** Same voxel grid (dimensions, origin within 1 µm, spacing within 0.1 µm, orientation): `caliper dce`'s test. */
export const sameGrid = (a: Geometry, b: Geometry): boolean =>
  a.dimensions.every((d, i) => d === b.dimensions[i]) &&
  a.origin.every((x, i) => Math.abs(x - b.origin[i]) < 1e-3) &&
  a.spacing.every((x, i) => Math.abs(x - b.spacing[i]) < 1e-4) &&
  [...a.rowDirection, ...a.columnDirection].every((x, i) => Math.abs(x - [...b.rowDirection, ...b.columnDirection][i]) < 1e-4);
