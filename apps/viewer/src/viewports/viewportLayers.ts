import type { Types } from '@cornerstonejs/core';
import { appStore } from '../app/store';
import { imageLayers } from './imageLayers';
import { volumeIdOf } from './volumes';

/** A volume id Caliper made for a series in the store (volumes.ts volumeIdOf), not a labelmap's. */
export function isSeriesVolumeId(volumeId: string): boolean {
  const uid = volumeId.split(':').pop();
  return !!uid && !!appStore.getState().series[uid] && volumeIdOf(uid) === volumeId;
}

/** The image layers (series volumes, no segmentation actors) a viewport shows; none for a stack. */
export function viewportImageLayers(vp: object | undefined): Types.ActorEntry[] {
  const v = vp as { getActors?: () => Types.ActorEntry[] } | undefined;
  if (typeof v?.getActors !== 'function') return [];
  return imageLayers(v.getActors(), isSeriesVolumeId);
}
