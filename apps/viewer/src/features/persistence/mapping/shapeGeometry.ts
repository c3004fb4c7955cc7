import type { LesionGeometry } from '@caliper/report';
import type { RoiShape } from '../../measure/model/shapes';
import type { Lesion as MeasureLesion } from '../../measure/model/lesion';
import type { SeriesInfo } from './seriesInfo';
import { sliceIndexOf } from './seriesInfo';

type P3 = [number, number, number];
const p3 = (p: readonly number[]): P3 => [p[0], p[1], p[2]];
const mirror = (c: readonly number[], p: readonly number[]): P3 => [2 * c[0] - p[0], 2 * c[1] - p[1], 2 * c[2] - p[2]];
const len = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Tool string saved for a lesion: its ToolKind, plus the threshold mode of a PET threshold ROI. */
export function toolString(l: MeasureLesion): string {
  return l.shape.kind === 'petThreshold' ? `petThreshold ${JSON.stringify(l.shape.mode)}` : l.tool;
}

/**
 * A sphere as its central cross-section on the series' slice plane: an ellipse (circle) whose
 * axes run along the grid rows and columns. Restored as the sphere (tool 'sphere'/'petThreshold').
 */
function sphereEllipse(center: readonly number[], r: number, info: SeriesInfo | undefined): P3[] {
  const row = info?.grid.rowDirection ?? [1, 0, 0], col = info?.grid.columnDirection ?? [0, 1, 0];
  const at = (d: readonly number[], s: number): P3 => [center[0] + s * r * d[0], center[1] + s * r * d[1], center[2] + s * r * d[2]];
  return [at(col, 1), at(col, -1), at(row, -1), at(row, 1)];
}

/**
 * The report geometry of a planar or spherical shape (patient LPS mm) on the series `info`; masks
 * are handled by the segmentation builder, boxes have no DICOM geometry ('none').
 */
export function shapeGeometry(shape: RoiShape, info: SeriesInfo | undefined): LesionGeometry {
  const sop = (p: readonly number[]) => (info ? { sopInstanceUID: info.sopInstanceUIDs[sliceIndexOf(info.grid, p)] } : {});
  switch (shape.kind) {
    case 'lines': {
      const [a, b] = shape.segments;
      if (b) return { kind: 'recist', longAxis: [p3(a[0]), p3(a[1])], shortAxis: [p3(b[0]), p3(b[1])], ...sop(a[0]) };
      return { kind: 'line', points: [p3(a[0]), p3(a[1])], ...sop(a[0]) };
    }
    case 'ellipse': {
      const c = shape.center;
      // Cornerstone's handle order (bottom, top, left, right); DICOM ELLIPSE wants the major axis first.
      let pts: P3[] = [mirror(c, shape.axisA), p3(shape.axisA), mirror(c, shape.axisB), p3(shape.axisB)];
      if (len(c, shape.axisB) > len(c, shape.axisA)) pts = [pts[2], pts[3], pts[0], pts[1]];
      return { kind: 'ellipse', points: [pts[0], pts[1], pts[2], pts[3]], ...sop(c) };
    }
    case 'polygon':
      return { kind: 'polygon', points: shape.points.map(p3), ...sop(shape.points[0]) };
    case 'sphere': {
      const e = sphereEllipse(shape.center, shape.radiusMm, info);
      return { kind: 'ellipse', points: [e[0], e[1], e[2], e[3]], ...sop(shape.center) };
    }
    case 'petThreshold':
      return shape.within.kind === 'sphere' ? shapeGeometry(shape.within, info) : { kind: 'none' };
    case 'box':
    case 'prism':
    case 'mask':
      return { kind: 'none' };
  }
}
