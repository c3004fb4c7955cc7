import type { PatientPoint, Vec3 } from '@caliper/core';
import { asPatient, patientPoint } from '@caliper/core';
import type { ToolKind } from '../model/lesion';
import type { RoiShape } from '../model/shapes';

/** The parts of a Cornerstone annotation the conversion reads (plain data). */
export interface AnnotationLike {
  readonly metadata: { readonly toolName: string; readonly viewPlaneNormal?: ArrayLike<number> };
  readonly data: {
    readonly handles?: { readonly points?: readonly ArrayLike<number>[] };
    readonly contour?: { readonly polyline?: readonly ArrayLike<number>[] };
  };
}

const P = (v: ArrayLike<number>): PatientPoint => asPatient(v);
const mid = (a: ArrayLike<number>, b: ArrayLike<number>) => patientPoint((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2);

/**
 * The RoiShape of a measure-tool annotation (world = patient LPS mm), or null while it is
 * incomplete. Handle layouts are Cornerstone 5's: Length [a,b]; Bidirectional [long a, long b,
 * short a, short b]; EllipticalROI [bottom, top, left, right]; CircleROI [centre, rim];
 * RectangleROI [tl, tr, bl, br]; freehand/spline: data.contour.polyline.
 */
export function annotationToShape(kind: ToolKind, a: AnnotationLike): RoiShape | null {
  const pts = a.data.handles?.points ?? [];
  const n = a.metadata.viewPlaneNormal;
  const normal: Vec3 = n ? [n[0], n[1], n[2]] : [0, 0, 1];
  switch (kind) {
    case 'length':
      return pts.length >= 2 ? { kind: 'lines', segments: [[P(pts[0]), P(pts[1])]] } : null;
    case 'bidirectional':
      return pts.length >= 4 ? { kind: 'lines', segments: [[P(pts[0]), P(pts[1])], [P(pts[2]), P(pts[3])]] } : null;
    case 'ellipse': {
      if (pts.length < 4) return null;
      const center = mid(pts[0], pts[1]);
      return { kind: 'ellipse', center, axisA: P(pts[1]), axisB: P(pts[3]), normal };
    }
    case 'circle':
    case 'sphere': {
      if (pts.length < 2) return null;
      const c = P(pts[0]), e = P(pts[1]);
      const r = [e[0] - c[0], e[1] - c[1], e[2] - c[2]];
      const radiusMm = Math.hypot(r[0], r[1], r[2]);
      if (kind === 'sphere') return { kind: 'sphere', center: c, radiusMm };
      // Second semi-axis: the rim vector turned 90° in the view plane (normal × r).
      const b = [normal[1] * r[2] - normal[2] * r[1], normal[2] * r[0] - normal[0] * r[2], normal[0] * r[1] - normal[1] * r[0]];
      const bl = Math.hypot(b[0], b[1], b[2]) || 1;
      const axisB = patientPoint(c[0] + (b[0] * radiusMm) / bl, c[1] + (b[1] * radiusMm) / bl, c[2] + (b[2] * radiusMm) / bl);
      return { kind: 'ellipse', center: c, axisA: e, axisB, normal };
    }
    case 'rectangle':
      return pts.length >= 4 ? { kind: 'polygon', points: [P(pts[0]), P(pts[1]), P(pts[3]), P(pts[2])], normal } : null;
    case 'freehand':
    case 'spline': {
      const line = a.data.contour?.polyline ?? [];
      return line.length >= 3 ? { kind: 'polygon', points: line.map(P), normal } : null;
    }
    default:
      return null;
  }
}

/** A point to jump to for a shape (its centre), patient mm. */
export function shapeFocus(s: RoiShape): PatientPoint {
  switch (s.kind) {
    case 'ellipse':
    case 'sphere':
      return s.center;
    case 'box':
      return mid(s.min, s.max);
    case 'lines':
      return mid(s.segments[0][0], s.segments[0][1]);
    case 'polygon':
    case 'prism': {
      const m = [0, 1, 2].map((d) => s.points.reduce((t, p) => t + p[d], 0) / s.points.length);
      return patientPoint(m[0], m[1], m[2]);
    }
    case 'petThreshold':
      return shapeFocus(s.within);
    case 'mask': {
      return patientPoint(NaN, NaN, NaN);
    }
  }
}
