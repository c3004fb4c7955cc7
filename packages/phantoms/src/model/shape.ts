import type { Vec3 } from '@caliper/core';

/** Axis-aligned bounds in patient LPS mm. */
export interface BoundsMm {
  readonly min: Vec3;
  readonly max: Vec3;
}

/** JSON description of a shape, written into the ground truth (all lengths in mm, LPS). */
export type ShapeDescription =
  | {
      readonly kind: 'ellipsoid';
      readonly centre_mm: Vec3;
      readonly semiAxes_mm: Vec3;
      /** Unit vectors (LPS) of the three semi-axes, in the order of semiAxes_mm. */
      readonly axes: readonly [Vec3, Vec3, Vec3];
    }
  | {
      readonly kind: 'lobulated';
      readonly centre_mm: Vec3;
      readonly baseRadius_mm: number;
      /** r(u) = baseRadius * (1 + sum amplitude * exp(sharpness * (u . direction - 1))) */
      readonly lobes: readonly { readonly direction: Vec3; readonly amplitude: number; readonly sharpness: number }[];
    }
  | {
      readonly kind: 'ellipticCylinder';
      readonly centreXY_mm: readonly [number, number];
      readonly semiAxesXY_mm: readonly [number, number];
    };

/**
 * A solid in patient space (LPS mm). `contains` is the voxel-centre-inside rule used to voxelise it.
 * `analyticVolumeMm3` is Infinity for unbounded solids (the body cylinder).
 */
export interface Shape {
  readonly bounds: BoundsMm;
  readonly analyticVolumeMm3: number;
  contains(x: number, y: number, z: number): boolean;
  /** Optional fast path: the x-interval [x0, x1] (mm) of the solid on the line (·, y, z), null if none (same set as `contains`). */
  xSpan?(y: number, z: number): readonly [number, number] | null;
  describe(): ShapeDescription;
}
