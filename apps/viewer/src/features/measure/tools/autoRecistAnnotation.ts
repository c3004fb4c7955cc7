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
function viewOf(ev: EngineVolume, cam: Types.ICamera | undefined, plane?: number[]): { normal: number[]; up: number[] } {
  if (plane) {
    // A sagittal/coronal sheet's axes (sheetRecist): drawn in their own plane, as the view that
    // looks along it shows it, else with the slice direction (head) up.
    if (cam?.viewPlaneNormal && cam.viewUp && parallel(cam.viewPlaneNormal, plane)) return { normal: [...cam.viewPlaneNormal], up: [...cam.viewUp] };
    const s = ev.geometry.sliceDirection, d = s[0] * plane[0] + s[1] * plane[1] + s[2] * plane[2];
    const up = [s[0] - d * plane[0], s[1] - d * plane[1], s[2] - d * plane[2]], l = Math.hypot(up[0], up[1], up[2]) || 1;
    return { normal: [...plane], up: up.map((x) => x / l || 0) };
  }
  const n = ev.geometry.sliceDirection;
  if (cam?.viewPlaneNormal && cam.viewUp && parallel(cam.viewPlaneNormal, n)) return { normal: [...cam.viewPlaneNormal], up: [...cam.viewUp] };
  const c = ev.geometry.columnDirection;
  // Image convention: row 0 at the top, so "up" is against the column direction.
  return { normal: [...n], up: [-c[0] || 0, -c[1] || 0, -c[2] || 0] };
}

/**
 * Unit normal of the plane of the RECIST axes when it is not the acquisition slice plane (a sheet
 * painted on a sagittal/coronal slice, see sheetRecist); undefined for the usual axial axes.
 */
export function offAcquisitionPlane(r: MeasureRecistJson, ev: EngineVolume): number[] | undefined {
  const a = [0, 1, 2].map((d) => r.long[1][d] - r.long[0][d]), b = [0, 1, 2].map((d) => r.short[1][d] - r.short[0][d]);
  const n = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const l = Math.hypot(n[0], n[1], n[2]);
  if (l < 1e-9 * Math.max(1, Math.hypot(...a) * Math.hypot(...b))) return undefined;
  const u = n.map((x) => x / l);
  return parallel(u, ev.geometry.sliceDirection) ? undefined : u;
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
  const plane = offAcquisitionPlane(r, ev);
  const view = viewOf(ev, vp?.getCamera(), plane);
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
      // An annotation on another plane than the acquisition's belongs to no one image (as drawn in an MPR view).
      ...(plane ? {} : { referencedImageId: ev.imageIds[r.sliceIndex] }),
    },
    data: { handles: { points: pts, activeHandleIndex: null, textBox: { hasMoved: false, worldPosition: [0, 0, 0], worldBoundingBox: { topLeft: [0, 0, 0], topRight: [0, 0, 0], bottomLeft: [0, 0, 0], bottomRight: [0, 0, 0] } } }, label: 'Auto-RECIST', cachedStats: {} },
  };
}
