import type { Volume } from '@caliper/core';
import { cropMask } from '@caliper/engine';
import type { CroppedMask } from '@caliper/engine';
import type { RoiShape } from '../model/shapes';
import { cropVolume } from './cropVolume';
import { rasterizeShape } from './rasterizeShape';
import { shapeBox } from './shapeBox';

/**
 * The voxels a shape selects on `volume`'s grid, as a bbox-cropped mask in that full grid's voxel
 * index (what the viewer outlines on screen): for a PET threshold ROI the thresholded lesion, not
 * its search sphere/box. Rasterised on a crop around the shape, so the cost follows the ROI's size.
 */
export function shapeRegionMask(volume: Volume, shape: RoiShape): CroppedMask {
  const g = volume.geometry;
  const box = shapeBox(g, shape);
  const empty: CroppedMask = { dimensions: g.dimensions, bbox: null, data: new Uint8Array(0) };
  if (!box) return empty;
  const crop = cropVolume(volume, box);
  const c = cropMask(rasterizeShape(crop.volume, shape, crop.offset));
  if (!c.bbox) return empty;
  const o = crop.offset;
  const [lo, hi] = c.bbox;
  return { dimensions: g.dimensions, bbox: [[lo[0] + o[0], lo[1] + o[1], lo[2] + o[2]], [hi[0] + o[0], hi[1] + o[1], hi[2] + o[2]]], data: c.data };
}
