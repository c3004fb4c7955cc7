import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';

const VOLUME_PREFIX = /^[^:]+:/;

/** Series UID of an imageId (the series whose imageIds contain it). */
export function seriesOfImageId(imageId: string): string | undefined {
  for (const s of Object.values(appStore.getState().series)) if (s.imageIds.includes(imageId)) return s.seriesInstanceUID;
  return undefined;
}

/**
 * Series shown in a viewport, in layer order (fusion: CT then PET): the measure targets of a ROI
 * drawn there. Volume ids are '<loader scheme>:<series UID>'.
 */
export function seriesOfViewport(viewportId: string): string[] {
  const vp = viewportById(viewportId);
  if (!vp) return [];
  const actors = (vp as Types.IVolumeViewport).getActors?.() ?? [];
  const fromVolumes = actors.map((a) => (a.referencedId ?? '').replace(VOLUME_PREFIX, '')).filter((u) => u && !u.includes(':'));
  if (fromVolumes.length && 'getVolumeId' in vp) return [...new Set(fromVolumes)];
  const imageId = (vp as Types.IStackViewport).getCurrentImageId?.();
  const uid = imageId ? seriesOfImageId(imageId) : undefined;
  return uid ? [uid] : [];
}
