import type { AnnotationSnapshot, ToolKind } from '../../measure/model/lesion';
import type { RoiShape } from '../../measure/model/shapes';
import { CS_TOOL } from '../../measure/tools/toolNames';
import type { SeriesInfo } from './seriesInfo';
import { sliceIndexOf } from './seriesInfo';

type P3 = [number, number, number];
const p3 = (p: readonly number[]): P3 => [p[0], p[1], p[2]];
const mirror = (c: readonly number[], p: readonly number[]): P3 => [2 * c[0] - p[0], 2 * c[1] - p[1], 2 * c[2] - p[2]];
const dot = (a: readonly number[], b: readonly number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Cornerstone tool (by measure ToolKind) that re-creates a restored shape. */
function csToolFor(kind: ToolKind, shape: RoiShape): string | null {
  switch (shape.kind) {
    case 'lines':
      return shape.segments.length > 1 ? CS_TOOL.bidirectional : CS_TOOL.length;
    case 'ellipse':
      return kind === 'circle' ? CS_TOOL.circle : CS_TOOL.ellipse;
    case 'polygon':
      return kind === 'rectangle' && shape.points.length === 4 ? CS_TOOL.rectangle : CS_TOOL.freehand;
    case 'sphere':
      return CS_TOOL.sphere;
    case 'petThreshold':
      return shape.within.kind === 'sphere' ? CS_TOOL.sphere : null;
    default:
      return null;
  }
}

function handlesOf(tool: string, shape: RoiShape, row: readonly number[]): P3[] {
  switch (shape.kind) {
    case 'lines':
      return shape.segments.flatMap(([a, b]) => [p3(a), p3(b)]);
    case 'ellipse':
      // CircleROI: centre, rim. EllipticalROI: bottom, top, left, right.
      return tool === CS_TOOL.circle ? [p3(shape.center), p3(shape.axisA)] : [mirror(shape.center, shape.axisA), p3(shape.axisA), mirror(shape.center, shape.axisB), p3(shape.axisB)];
    case 'polygon':
      // RectangleROI handles: tl, tr, bl, br (the polygon runs tl, tr, br, bl).
      return tool === CS_TOOL.rectangle ? [shape.points[0], shape.points[1], shape.points[3], shape.points[2]].map(p3) : [];
    case 'sphere':
      return [p3(shape.center), [0, 1, 2].map((d) => shape.center[d] + shape.radiusMm * row[d]) as P3];
    case 'petThreshold':
      return shape.within.kind === 'sphere' ? handlesOf(tool, shape.within, row) : [];
    default:
      return [];
  }
}

/** A point of the shape on its plane, to pick the slice it was drawn on. */
function anchorOf(shape: RoiShape): readonly number[] | undefined {
  switch (shape.kind) {
    case 'lines': return shape.segments[0][0];
    case 'ellipse': case 'sphere': return shape.center;
    case 'polygon': return shape.points[0];
    case 'petThreshold': return anchorOf(shape.within);
    default: return undefined;
  }
}

/**
 * A Cornerstone 5 annotation (plain JSON, the form the measure feature snapshots) that draws a
 * restored shape: same handle layouts as annotationToShape reads. Shapes on the acquisition plane
 * reference their slice's imageId (so stack viewports show them); others are plane-only.
 */
export function shapeToAnnotation(uid: string, kind: ToolKind, shape: RoiShape, info: SeriesInfo): AnnotationSnapshot | undefined {
  const toolName = csToolFor(kind, shape);
  if (!toolName) return undefined;
  const g = info.grid;
  const sliceNormal: P3 = [-g.sliceDirection[0], -g.sliceDirection[1], -g.sliceDirection[2]];
  const shapeNormal = shape.kind === 'polygon' || shape.kind === 'ellipse' ? shape.normal : sliceNormal;
  const onAcquisitionPlane = Math.abs(dot(shapeNormal, sliceNormal)) / (Math.hypot(...shapeNormal) || 1) > 0.999;
  const anchor = anchorOf(shape);
  const referencedImageId = onAcquisitionPlane && anchor ? info.imageIds[sliceIndexOf(g, anchor)] : undefined;
  const points = handlesOf(toolName, shape, g.rowDirection);
  const zero: P3 = [0, 0, 0];
  return {
    annotationUID: uid,
    highlighted: false,
    invalidated: true,
    isLocked: false,
    isVisible: true,
    metadata: {
      toolName,
      viewPlaneNormal: onAcquisitionPlane ? sliceNormal : p3(shapeNormal),
      viewUp: [-g.columnDirection[0], -g.columnDirection[1], -g.columnDirection[2]],
      FrameOfReferenceUID: info.frameOfReferenceUID,
      ...(referencedImageId ? { referencedImageId } : {}),
    },
    data: {
      handles: { points, activeHandleIndex: null, textBox: { hasMoved: false, worldPosition: zero, worldBoundingBox: { topLeft: zero, topRight: zero, bottomLeft: zero, bottomRight: zero } } },
      ...(shape.kind === 'polygon' && toolName === CS_TOOL.freehand ? { contour: { polyline: shape.points.map(p3), closed: true } } : {}),
      label: '',
      cachedStats: {},
    },
  };
}
