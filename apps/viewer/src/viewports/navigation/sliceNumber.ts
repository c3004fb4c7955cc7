import { dot, type LpsDirection, type Vec3, type VoxelIndex } from './spaces';

/**
 * Caliper's one definition of a slice number, used by every view (stack, MPR, fusion):
 * the 1-based index of the voxel plane along the acquisition axis the view looks along, counted in
 * the acquisition's sorted order (row × column normal increasing, @caliper/dicom buildStack and
 * Cornerstone's volume order). A stack's image index in slice order is the same number.
 */
export interface SliceNumber {
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  /** Voxel axis (0 = i/columns, 1 = j/rows, 2 = k/slices). */
  readonly axis: 0 | 1 | 2;
}

/** The voxel axis whose LPS direction is closest to the view normal (either sign). */
export function viewAxis(axes: readonly [Vec3, Vec3, Vec3], viewPlaneNormal: LpsDirection): 0 | 1 | 2 {
  const c = axes.map((a) => Math.abs(dot(a, viewPlaneNormal)));
  return (c[0] >= c[1] && c[0] >= c[2] ? 0 : c[1] >= c[2] ? 1 : 2) as 0 | 1 | 2;
}

/**
 * Slice number of a volume view: `focalIndex` is the camera focal point as a continuous voxel
 * index, `axes` the LPS directions of the i, j, k axes (Cornerstone volume.direction rows),
 * `dimensions` the voxel counts. The number is clamped into 1…count.
 */
export function volumeSliceNumber(focalIndex: VoxelIndex, dimensions: Vec3, axes: readonly [Vec3, Vec3, Vec3], viewPlaneNormal: LpsDirection): SliceNumber {
  const axis = viewAxis(axes, viewPlaneNormal);
  const count = dimensions[axis];
  const number = Math.min(count, Math.max(1, Math.round(focalIndex[axis]) + 1));
  return { number, count, axis };
}

/**
 * Which way a wheel step moves a volume view so that "wheel down" raises the slice number, as it
 * does in a stack (next image): +1 when the view normal points along the increasing axis, −1 when
 * against it (Cornerstone's axial and coronal cameras look along −k and −j).
 */
export function wheelSign(axes: readonly [Vec3, Vec3, Vec3], viewPlaneNormal: LpsDirection): 1 | -1 {
  const a = viewAxis(axes, viewPlaneNormal);
  return dot(axes[a], viewPlaneNormal) < 0 ? -1 : 1;
}
