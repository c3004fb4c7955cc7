import type { Types } from '@cornerstonejs/core';
import type { CursorReadout } from '../features/readout/readoutSlice';
import { getEngine } from './engine';
import { mipVoxelAt, isMip } from './mip/mipPick';
import { unitOf, valueAt } from './sample';
import { cache } from '@cornerstonejs/core';
import { viewportImageLayers } from './viewportLayers';
import { fusedReadout } from '../features/readout/fusedReadout';

/**
 * What the status bar reads under a canvas point (CSS px) of a viewport, or null off the image:
 * - a fused PET/CT pane: every layer's value at the same LPS point (HU of the CT, SUVbw of the PET);
 * - a MIP: the hottest voxel along the ray (the value the MIP draws) at that voxel's LPS centre;
 * - any other pane: the voxel value at the point.
 */
export function readoutAt(viewportId: string, x: number, y: number): CursorReadout | null {
  if (isMip(viewportId)) {
    const hot = mipVoxelAt(viewportId, x, y);
    if (!hot) return null;
    const vp = getEngine().getViewport(viewportId) as Types.IVolumeViewport;
    const vid = vp.getActors()[0]?.referencedId;
    const imageId = vid ? (cache.getVolume(vid) as Types.IImageVolume | undefined)?.imageIds?.[0] : undefined;
    return { viewportId, value: hot.value, unit: unitOf(imageId), lps: hot.lps, ijk: hot.ijk, mip: true };
  }
  // Image layers only (a brush labelmap is no layer to read).
  const actors = viewportImageLayers(getEngine().getViewport(viewportId));
  if (actors.length >= 2) {
    // Each layer on its own grid: a PET reaching beyond the CT still reads there (fusedReadout).
    const samples = actors.map((a) => valueAt(viewportId, x, y, a.referencedId));
    return fusedReadout(viewportId, samples[0].lps, samples);
  }
  const s = valueAt(viewportId, x, y, undefined);
  if (!s.inside) return null;
  return { viewportId, value: s.value, unit: s.unit, lps: s.lps, ijk: s.ijk ?? undefined };
}
