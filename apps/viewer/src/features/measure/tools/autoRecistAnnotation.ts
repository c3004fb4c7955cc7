import type { Types } from '@cornerstonejs/core';
import type { MeasureRecistJson } from '@caliper/engine';
import type { AnnotationSnapshot } from '../model/lesion';
import type { EngineVolume } from '../service/engineVolumes';
import { CS_TOOL } from './toolNames';

let counter = 0;

/**
 * Auto-RECIST: the engine's long and short axes of a 3D segmentation as an editable Cornerstone
 * bidirectional annotation on the slice where the long axis was found.
 */
export function autoRecistAnnotation(r: MeasureRecistJson, ev: EngineVolume, vp: Types.IViewport | undefined): AnnotationSnapshot {
  const cam = vp?.getCamera();
  const pts = [r.long[0], r.long[1], r.short[0], r.short[1]].map((p) => [p[0], p[1], p[2]]);
  return {
    annotationUID: `auto-recist-${Date.now().toString(36)}-${++counter}`,
    highlighted: false,
    invalidated: true,
    isLocked: false,
    isVisible: true,
    metadata: {
      toolName: CS_TOOL.bidirectional,
      viewPlaneNormal: cam?.viewPlaneNormal ? [...cam.viewPlaneNormal] : [...ev.geometry.sliceDirection],
      viewUp: cam?.viewUp ? [...cam.viewUp] : [0, -1, 0],
      FrameOfReferenceUID: vp?.getFrameOfReferenceUID() ?? '',
      referencedImageId: ev.imageIds[r.sliceIndex],
    },
    data: { handles: { points: pts, activeHandleIndex: null, textBox: { hasMoved: false, worldPosition: [0, 0, 0], worldBoundingBox: { topLeft: [0, 0, 0], topRight: [0, 0, 0], bottomLeft: [0, 0, 0], bottomRight: [0, 0, 0] } } }, label: 'Auto-RECIST', cachedStats: {} },
  };
}
