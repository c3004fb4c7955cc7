import { metaData, type Types } from '@cornerstonejs/core';
import type { MeasureRecistJson } from '@caliper/engine';
import type { AnnotationSnapshot } from '../model/lesion';
import type { EngineVolume } from '../service/engineVolumes';
import { CS_TOOL } from './toolNames';

let counter = 0;

const parallel = (a: readonly number[], b: readonly number[]) => Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) > 0.9999 * Math.hypot(a[0], a[1], a[2]) * Math.hypot(b[0], b[1], b[2]);

/**
 * The view the drawing belongs to: the acquisition slice plane (the engine finds RECIST axes on
 * grid slices), with the viewport's own camera when it looks along that plane's normal. A lesion
 * grown or painted in a sagittal/coronal MPR view thus shows its axes in the axial view, where they lie.
 */
function viewOf(ev: EngineVolume, cam: Types.ICamera | undefined): { normal: number[]; up: number[] } {
  const n = ev.geometry.sliceDirection;
  if (cam?.viewPlaneNormal && cam.viewUp && parallel(cam.viewPlaneNormal, n)) return { normal: [...cam.viewPlaneNormal], up: [...cam.viewUp] };
  const c = ev.geometry.columnDirection;
  // Image convention: row 0 at the top, so "up" is against the column direction.
  return { normal: [...n], up: [-c[0] || 0, -c[1] || 0, -c[2] || 0] };
}

function frameOfReferenceOf(imageId: string | undefined): string {
  if (!imageId) return '';
  try {
    return (metaData.get('imagePlaneModule', imageId) as { frameOfReferenceUID?: string } | undefined)?.frameOfReferenceUID ?? '';
  } catch {
    return '';
  }
}

/**
 * Auto-RECIST: the engine's long and short axes of a 3D segmentation as an editable Cornerstone
 * bidirectional annotation on the slice where the long axis was found.
 */
export function autoRecistAnnotation(r: MeasureRecistJson, ev: EngineVolume, vp: Types.IViewport | undefined): AnnotationSnapshot {
  const view = viewOf(ev, vp?.getCamera());
  const pts = [r.long[0], r.long[1], r.short[0], r.short[1]].map((p) => [p[0], p[1], p[2]]);
  return {
    annotationUID: `auto-recist-${Date.now().toString(36)}-${++counter}`,
    highlighted: false,
    invalidated: true,
    isLocked: false,
    isVisible: true,
    metadata: {
      toolName: CS_TOOL.bidirectional,
      viewPlaneNormal: view.normal,
      viewUp: view.up,
      // Without a viewport (a proposal made on a follow-up not on screen), the image's own frame of
      // reference: an annotation filed under '' is never drawn.
      FrameOfReferenceUID: vp?.getFrameOfReferenceUID() ?? frameOfReferenceOf(ev.imageIds[r.sliceIndex]),
      referencedImageId: ev.imageIds[r.sliceIndex],
    },
    data: { handles: { points: pts, activeHandleIndex: null, textBox: { hasMoved: false, worldPosition: [0, 0, 0], worldBoundingBox: { topLeft: [0, 0, 0], topRight: [0, 0, 0], bottomLeft: [0, 0, 0], bottomRight: [0, 0, 0] } } }, label: 'Auto-RECIST', cachedStats: {} },
  };
}
