import type { PatientPoint, Vec3 } from '@caliper/core';

/**
 * A patient point (LPS mm) in the frame of reference of one side of a comparison. Prior and current
 * studies are usually acquired in different frames (another visit, another table position), so a
 * point of one is meaningless in the other until mapped through the alignment.
 */
export type PriorPoint = PatientPoint & { readonly __frame: 'prior' };
export type CurrentPoint = PatientPoint & { readonly __frame: 'current' };

export const priorPoint = (v: ArrayLike<number>): PriorPoint => [v[0], v[1], v[2]] as unknown as PriorPoint;
export const currentPoint = (v: ArrayLike<number>): CurrentPoint => [v[0], v[1], v[2]] as unknown as CurrentPoint;

/**
 * Rigid transform from current LPS mm to prior LPS mm: p_prior = R · p_current + t.
 * `rotation` is the 3×3 matrix R row-major (9 numbers, orthonormal, det +1); `translationMm` is t.
 */
export interface RigidTransform {
  readonly rotation: readonly number[];
  readonly translationMm: Vec3;
}

/** How an alignment was obtained (shown to the reader, saved with it). */
export type AlignmentMethod =
  /** Both series share a FrameOfReferenceUID: patient coordinates already agree (identity). */
  | 'same-frame'
  /** Different frames, nothing better yet: translation that superimposes the series' centres. */
  | 'series-centre'
  /** Computed by image registration (the engine worker's rigid alignment). */
  | 'registration'
  /** Translation corrected by the reader with one landmark pair. */
  | 'landmark';

/** Geometry of a displayed stack, read from its image headers (all in that series' own frame). */
export interface SeriesGeometry {
  readonly seriesInstanceUID: string;
  readonly frameOfReferenceUID?: string;
  /** Unit row direction (increasing column index) and column direction (increasing row index). */
  readonly rowDirection: Vec3;
  readonly columnDirection: Vec3;
  /** Unit slice normal, row × column. */
  readonly normal: Vec3;
  /** [row spacing, column spacing] mm (PixelSpacing order). */
  readonly pixelSpacing: readonly [number, number];
  readonly rows: number;
  readonly columns: number;
  /** ImagePositionPatient (centre of the first voxel) of each image, in stack order. */
  readonly positions: readonly PatientPoint[];
  /** SliceThickness (mm) of the first image, when given. */
  readonly sliceThicknessMm?: number;
}
