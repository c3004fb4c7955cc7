import { Enums, cache, type Types } from '@cornerstonejs/core';
import { getEngine } from '../engine';
import { axesOf } from '../viewportInfo';
import { lpsDirection, lpsPoint, type Vec3 } from '../navigation/spaces';
import { hottestAlongRay, type HottestVoxel } from './hottestAlongRay';

/** True when a viewport shows a maximum-intensity projection. */
export function isMip(viewportId: string): boolean {
  try {
    const vp = getEngine().getViewport(viewportId) as Types.IVolumeViewport | undefined;
    return vp?.getBlendMode?.() === Enums.BlendModes.MAXIMUM_INTENSITY_BLEND;
  } catch {
    return false;
  }
}

/**
 * The voxel a MIP shows at a canvas point (CSS px): the hottest voxel of its volume along the
 * projection ray through that point (hottestAlongRay). Null off a MIP or when the ray misses the volume.
 */
export function mipVoxelAt(viewportId: string, canvasX: number, canvasY: number): HottestVoxel | null {
  if (!isMip(viewportId)) return null;
  const vp = getEngine().getViewport(viewportId) as Types.IVolumeViewport;
  const volumeId = vp.getActors()[0]?.referencedId;
  const volume = volumeId ? (cache.getVolume(volumeId) as Types.IImageVolume | undefined) : undefined;
  if (!volume?.voxelManager) return null;
  const world = vp.canvasToWorld([canvasX, canvasY] as Types.Point2);
  const normal = vp.getCamera().viewPlaneNormal;
  if (!normal) return null;
  const vm = volume.voxelManager as Types.IVoxelManager<number>;
  return hottestAlongRay(
    {
      dimensions: [...volume.dimensions] as unknown as Vec3,
      spacing: [...volume.spacing] as unknown as Vec3,
      origin: [...volume.origin] as unknown as Vec3,
      axes: axesOf(volume.direction),
    },
    (i, j, k) => vm.getAtIJK(i, j, k) as number,
    lpsPoint(world),
    lpsDirection(normal),
  );
}

/**
 * The patient point (LPS mm) a click means on a viewport: on a MIP the centre of the hottest voxel
 * along the ray (what the reader sees there), elsewhere the point on the shown plane.
 */
export function pointAt(viewportId: string, canvasX: number, canvasY: number): [number, number, number] | null {
  const hot = mipVoxelAt(viewportId, canvasX, canvasY);
  if (hot) return hot.lps;
  if (isMip(viewportId)) return null;
  const w = getEngine().getViewport(viewportId).canvasToWorld([canvasX, canvasY] as Types.Point2);
  return [w[0], w[1], w[2]];
}
