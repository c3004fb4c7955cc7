import type { PatientPoint, Vec3 } from '@caliper/core';
import type { RoiShape } from '../../measure/model/shapes';
import { directionToCurrent, toCurrent } from '../../timeline/align/rigidTransform';
import type { RigidTransform } from '../../timeline/align/types';
import { priorPoint } from '../../timeline/align/types';

/** A prior patient point (LPS mm, prior frame) in the current frame, through current → prior `t` inverted. */
export const mapPoint = (t: RigidTransform, p: ArrayLike<number>): PatientPoint => toCurrent(t, priorPoint(p)) as unknown as PatientPoint;

/**
 * A prior lesion's shape placed in the current study (the proposal's starting point): points
 * through the inverse alignment, plane normals rotated, sphere radii kept; a box is re-fitted
 * around its mapped corners. A mask cannot be carried across grids: undefined (re-grown instead).
 */
export function mapShape(shape: RoiShape, t: RigidTransform): RoiShape | undefined {
  const p = (q: ArrayLike<number>) => mapPoint(t, q);
  const n = (v: Vec3): Vec3 => directionToCurrent(t, v);
  switch (shape.kind) {
    case 'lines':
      return { kind: 'lines', segments: shape.segments.map(([a, b]) => [p(a), p(b)] as const) };
    case 'ellipse':
      return { kind: 'ellipse', center: p(shape.center), axisA: p(shape.axisA), axisB: p(shape.axisB), normal: n(shape.normal) };
    case 'polygon':
      return { kind: 'polygon', points: shape.points.map(p), normal: n(shape.normal) };
    case 'sphere':
      return { kind: 'sphere', center: p(shape.center), radiusMm: shape.radiusMm };
    case 'box': {
      const corners: number[][] = [];
      for (const x of [shape.min[0], shape.max[0]]) for (const y of [shape.min[1], shape.max[1]]) for (const z of [shape.min[2], shape.max[2]]) corners.push([...p([x, y, z])]);
      const lo = [0, 1, 2].map((d) => Math.min(...corners.map((c) => c[d])));
      const hi = [0, 1, 2].map((d) => Math.max(...corners.map((c) => c[d])));
      return { kind: 'box', min: lo as unknown as PatientPoint, max: hi as unknown as PatientPoint };
    }
    case 'prism':
      return { kind: 'prism', points: shape.points.map(p), normal: n(shape.normal), depthMm: shape.depthMm };
    case 'petThreshold': {
      const within = mapShape(shape.within, t);
      return within && (within.kind === 'sphere' || within.kind === 'box' || within.kind === 'prism') ? { kind: 'petThreshold', within, mode: shape.mode } : undefined;
    }
    case 'mask':
      return undefined;
  }
}
