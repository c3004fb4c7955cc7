/**
 * Branded coordinate spaces of the navigation helpers: a point or direction in patient LPS (mm,
 * DICOM PS3.3 C.7.6.2.1.1: +x left, +y posterior, +z superior), a continuous voxel index (IJK, in
 * the acquisition's column/row/slice order) and canvas CSS pixels. Most geometry bugs are a point
 * in the wrong space; the brand makes the compiler catch them.
 */
export type Vec3 = readonly [number, number, number];
export type LpsPoint = Vec3 & { readonly __space: 'LPS mm' };
export type LpsDirection = Vec3 & { readonly __space: 'LPS unit' };
export type VoxelIndex = Vec3 & { readonly __space: 'IJK' };
export type CanvasPx = readonly [number, number] & { readonly __space: 'canvas px' };

export const lpsPoint = (v: ArrayLike<number>): LpsPoint => [v[0], v[1], v[2]] as unknown as LpsPoint;
export const voxelIndex = (v: ArrayLike<number>): VoxelIndex => [v[0], v[1], v[2]] as unknown as VoxelIndex;
export const canvasPx = (x: number, y: number): CanvasPx => [x, y] as unknown as CanvasPx;

/** Normalised LPS direction (a zero vector stays zero). */
export function lpsDirection(v: ArrayLike<number>): LpsDirection {
  const n = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / n, v[1] / n, v[2] / n] as unknown as LpsDirection;
}

export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const negate = (a: Vec3): Vec3 => [-a[0], -a[1], -a[2]];
