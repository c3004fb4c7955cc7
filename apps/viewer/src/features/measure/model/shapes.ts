import type { PatientPoint, Vec3 } from '@caliper/core';
import type { CroppedMask, PetThresholdMode } from '@caliper/engine';

/**
 * A ROI as the measure feature stores it: plain data in patient LPS mm, independent of the
 * Cornerstone tool that drew it (the bridge converts annotations into these).
 */
export type RoiShape =
  /** Closed contour on one plane (freehand, spline, rectangle). */
  | { readonly kind: 'polygon'; readonly points: readonly PatientPoint[]; readonly normal: Vec3 }
  /** Ellipse/circle on one plane: centre and the end points of two perpendicular semi-axes. */
  | { readonly kind: 'ellipse'; readonly center: PatientPoint; readonly axisA: PatientPoint; readonly axisB: PatientPoint; readonly normal: Vec3 }
  /** Length (one segment) or RECIST bidirectional (long then short axis). */
  | { readonly kind: 'lines'; readonly segments: readonly (readonly [PatientPoint, PatientPoint])[] }
  | { readonly kind: 'sphere'; readonly center: PatientPoint; readonly radiusMm: number }
  | { readonly kind: 'box'; readonly min: PatientPoint; readonly max: PatientPoint }
  /**
   * A rectangle drawn on a view (4 corners in drawing order, on the view plane) swept `depthMm`
   * along the view normal, centred on the plane: on a MIP, every voxel the rectangle covered.
   */
  | { readonly kind: 'prism'; readonly points: readonly PatientPoint[]; readonly normal: Vec3; readonly depthMm: number }
  /** A 3D segmentation on the grid of `volumeId` (grown region, accepted threshold ROI). */
  | {
      readonly kind: 'mask'; readonly volumeId: string; readonly mask: CroppedMask;
      /** Painted with the brush or scissors on a slice of some view: one voxel thick across a row or column axis, its RECIST is in its own plane (sheetRecist). */
      readonly painted?: boolean;
    }
  /** PET threshold ROI: voxels of a sphere/box/prism at or above the bound of `mode`. */
  | { readonly kind: 'petThreshold'; readonly within: SphereShape | BoxShape | PrismShape; readonly mode: PetThresholdMode };

export type SphereShape = Extract<RoiShape, { kind: 'sphere' }>;
export type BoxShape = Extract<RoiShape, { kind: 'box' }>;
export type PrismShape = Extract<RoiShape, { kind: 'prism' }>;
export type ShapeKind = RoiShape['kind'];

/** Shapes whose mask lies on one plane (their 3D morphology is not computed). */
export const isPlanar = (s: RoiShape): boolean => s.kind === 'polygon' || s.kind === 'ellipse' || s.kind === 'lines';
