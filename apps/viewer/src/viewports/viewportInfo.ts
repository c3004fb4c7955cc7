import { StackViewport, metaData, type Types } from '@cornerstonejs/core';
import type { ViewportInfo } from '../features/readout/readoutSlice';
import { getEngine } from './engine';

/** The calls we make on either a stack or a volume viewport. */
type AnyViewport = Types.IViewport & {
  getSliceIndex?: () => number;
  getNumberOfSlices?: () => number;
  getCurrentImageIdIndex: () => number;
  getImageIds: () => string[];
  getCurrentImageId: () => string | undefined;
  getProperties: () => unknown;
};

/**
 * Slice location as radiologists read it: the patient coordinate (LPS mm) along the axis closest
 * to the view normal (S for axial, L for sagittal, P for coronal).
 */
function alongMajorAxis(p: ArrayLike<number>, normal: ArrayLike<number>): number {
  const a = [0, 1, 2].reduce((best, i) => (Math.abs(normal[i]) > Math.abs(normal[best]) ? i : best), 0);
  return p[a];
}

/** Reads slice index/position/thickness and W/L of a viewport for its overlay. */
export function readViewportInfo(viewportId: string, rendered: boolean): ViewportInfo | undefined {
  const vp = getEngine().getViewport(viewportId) as AnyViewport | undefined;
  if (!vp) return undefined;
  const camera = vp.getCamera();
  const normal = camera.viewPlaneNormal ?? [0, 0, 1];
  const imageId = vp.getCurrentImageId();
  const isStack = vp instanceof StackViewport;
  let sliceIndex = 0;
  let sliceCount = 0;
  let slicePosition: number | undefined;
  let sliceThickness: number | undefined;
  try {
    sliceIndex = vp.getSliceIndex?.() ?? vp.getCurrentImageIdIndex();
    sliceCount = vp.getNumberOfSlices?.() ?? vp.getImageIds().length;
  } catch {
    /* viewport has no data yet */
  }
  if (isStack && imageId) {
    const plane = metaData.get('imagePlaneModule', imageId) as { imagePositionPatient?: number[]; sliceThickness?: number } | undefined;
    if (plane?.imagePositionPatient) slicePosition = alongMajorAxis(plane.imagePositionPatient, normal);
    sliceThickness = plane?.sliceThickness;
  } else if (camera.focalPoint) {
    slicePosition = alongMajorAxis(camera.focalPoint, normal);
    sliceThickness = camera.parallelProjection ? (vp.getProperties() as { slabThickness?: number }).slabThickness : undefined;
  }
  const voi = (vp.getProperties() as { voiRange?: { lower: number; upper: number } }).voiRange;
  return {
    sliceIndex,
    sliceCount,
    slicePosition,
    sliceThickness,
    windowWidth: voi ? voi.upper - voi.lower : undefined,
    windowCenter: voi ? (voi.upper + voi.lower) / 2 : undefined,
    rendered,
  };
}
