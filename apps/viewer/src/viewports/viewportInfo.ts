import { Enums, StackViewport, cache, metaData, type Types } from '@cornerstonejs/core';
import type { ViewportInfo } from '../features/readout/readoutSlice';
import { bValueOf } from './bValueOf';
import { mipAngleOf } from './mip/mipCamera';
import { getEngine } from './engine';
import { orientationMarkers } from './navigation/orientationMarkers';
import { volumeSliceNumber, type SliceNumber } from './navigation/sliceNumber';
import { lpsDirection, voxelIndex, type Vec3 } from './navigation/spaces';
import { viewportImageLayers } from './viewportLayers';
import { unitOf } from './sample';
import { appStore } from '../app/store';

/** Display unit of the PET layer among a pane's image layers (SUVbw, or Bq/mL when SUV is not computable). */
function petUnitOf(layers: readonly Types.ActorEntry[]): string | undefined {
  const { series } = appStore.getState();
  const pet = layers.find((a) => series[a.referencedId?.split(':').pop() ?? '']?.modality === 'PT');
  if (!pet?.referencedId) return undefined;
  return unitOf((cache.getVolume(pet.referencedId) as Types.IImageVolume | undefined)?.imageIds?.[0]);
}

/** The calls we make on either a stack or a volume viewport. */
type AnyViewport = Types.IViewport & {
  getCurrentImageIdIndex: () => number;
  getImageIds: () => string[];
  getCurrentImageId: () => string | undefined;
  getProperties: () => unknown;
  getImageData: () => Types.IImageData | undefined;
};

/**
 * Slice location as radiologists read it: the patient coordinate (LPS mm) along the axis closest
 * to the view normal (S for axial, L for sagittal, P for coronal).
 */
function alongMajorAxis(p: ArrayLike<number>, normal: ArrayLike<number>): number {
  const a = [0, 1, 2].reduce((best, i) => (Math.abs(normal[i]) > Math.abs(normal[best]) ? i : best), 0);
  return p[a];
}

/** The LPS directions of a volume's i, j, k axes (vtk image direction: one axis per 3 values). */
export function axesOf(direction: ArrayLike<number>): [Vec3, Vec3, Vec3] {
  return [0, 3, 6].map((o) => [direction[o], direction[o + 1], direction[o + 2]] as Vec3) as [Vec3, Vec3, Vec3];
}

/** Slice number of any viewport (stack: image index in slice order; volume: voxel plane of the focal point). */
export function sliceNumberOf(vp: AnyViewport, camera: Types.ICamera): SliceNumber | undefined {
  if (vp instanceof StackViewport) {
    const count = vp.getImageIds().length;
    return count ? { number: vp.getCurrentImageIdIndex() + 1, count, axis: 2 } : undefined;
  }
  const data = vp.getImageData();
  if (!data || !camera.focalPoint || !camera.viewPlaneNormal) return undefined;
  const idx = data.imageData.worldToIndex([...camera.focalPoint] as [number, number, number]);
  return volumeSliceNumber(voxelIndex(idx), data.dimensions as unknown as Vec3, axesOf(data.direction), lpsDirection(camera.viewPlaneNormal));
}

/** mm per CSS pixel along the canvas x axis (parallel projection: the same everywhere). */
function mmPerPxOf(vp: AnyViewport): number | undefined {
  const a = vp.canvasToWorld([0, 0]);
  const b = vp.canvasToWorld([100, 0]);
  const d = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / 100;
  return Number.isFinite(d) && d > 0 ? d : undefined;
}

/** Reads slice number/position/thickness, W/L, orientation, scale and b-value of a viewport for its overlay. */
export function readViewportInfo(viewportId: string, rendered: boolean): ViewportInfo | undefined {
  const vp = getEngine().getViewport(viewportId) as AnyViewport | undefined;
  if (!vp) return undefined;
  const camera = vp.getCamera();
  const normal = camera.viewPlaneNormal ?? [0, 0, 1];
  const imageId = vp.getCurrentImageId();
  const isStack = vp instanceof StackViewport;
  let slice: SliceNumber | undefined;
  try {
    slice = sliceNumberOf(vp, camera);
  } catch {
    /* viewport has no data yet */
  }
  let slicePosition: number | undefined;
  let sliceThickness: number | undefined;
  if (isStack && imageId) {
    const plane = metaData.get('imagePlaneModule', imageId) as { imagePositionPatient?: number[]; sliceThickness?: number } | undefined;
    if (plane?.imagePositionPatient) slicePosition = alongMajorAxis(plane.imagePositionPatient, normal);
    sliceThickness = plane?.sliceThickness;
  } else if (camera.focalPoint) {
    slicePosition = alongMajorAxis(camera.focalPoint, normal);
    sliceThickness = camera.parallelProjection ? (vp.getProperties() as { slabThickness?: number }).slabThickness : undefined;
    // No slab: a reformatted plane is one voxel thick along the axis it counts.
    if (sliceThickness === undefined && slice) sliceThickness = vp.getImageData()?.spacing[slice.axis];
  }
  const voi = (vp.getProperties() as { voiRange?: { lower: number; upper: number } }).voiRange;
  const markers = camera.viewUp && camera.viewPlaneNormal ? orientationMarkers(lpsDirection(camera.viewUp), lpsDirection(camera.viewPlaneNormal)) : undefined;
  // A header not parsed yet is parsed in the background, then the viewport redraws (and this runs again).
  const mip = !isStack && (vp as unknown as Types.IVolumeViewport).getBlendMode?.() === Enums.BlendModes.MAXIMUM_INTENSITY_BLEND;
  const mipAngle = mip ? mipAngleOf(camera.viewPlaneNormal ?? [0, 0, 1]) : undefined;
  // Image layers only: a brush lesion's labelmap actor does not make a pane "fused".
  const actors = isStack ? [] : viewportImageLayers(vp);
  const fused = actors.length > 1;
  const petUnit = petUnitOf(actors);
  // The series a volume pane shows (volume ids end with the series UID): its overlay names it.
  const seriesUID = actors[0]?.referencedId?.split(':').pop();
  const b = bValueOf(imageId, () => getEngine().getViewport(viewportId)?.render());
  return {
    sliceNumber: slice?.number ?? 0,
    sliceCount: slice?.count ?? 0,
    slicePosition,
    sliceThickness,
    windowWidth: voi ? voi.upper - voi.lower : undefined,
    windowCenter: voi ? (voi.upper + voi.lower) / 2 : undefined,
    ...(markers ? { markers } : {}),
    ...(slice ? { mmPerPx: mmPerPxOf(vp) } : {}),
    ...(mip ? { mip, ...(mipAngle !== undefined ? { mipAngle } : {}) } : {}),
    ...(fused ? { fused } : {}),
    ...(seriesUID ? { seriesUID } : {}),
    ...(petUnit ? { petUnit } : {}),
    ...(b ? { bValue: { value: b.bValue, source: b.source } } : {}),
    rendered,
  };
}
