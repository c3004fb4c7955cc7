import { Enums, cache, getRenderingEngine, type Types } from '@cornerstonejs/core';
import { CALIPER_VOLUME_SCHEME } from './caliperVolumeLoader';
import { existingSeriesLoad } from './seriesLoad';

/**
 * Moves a series' load focus to the slice an axial (acquisition-plane) volume viewport shows, so
 * scrolling ahead of the load fetches and decodes there first. Cornerstone fires VOLUME_NEW_IMAGE on
 * the viewport element without bubbling: it is heard in the capture phase on the document.
 */
export function followViewportFocus(): void {
  document.addEventListener(
    Enums.Events.VOLUME_NEW_IMAGE,
    (evt) => {
      const d = (evt as CustomEvent<{ viewportId: string; renderingEngineId: string }>).detail;
      const vp = getRenderingEngine(d?.renderingEngineId)?.getViewport(d.viewportId) as Types.IVolumeViewport | undefined;
      const volumeId = vp?.getActors?.()[0]?.referencedId;
      if (!vp || !volumeId?.startsWith(`${CALIPER_VOLUME_SCHEME}:`)) return;
      const load = existingSeriesLoad(volumeId.slice(CALIPER_VOLUME_SCHEME.length + 1));
      const vol = cache.getVolume(volumeId);
      if (!load || !vol || load.progress.done === load.progress.total) return;
      const { focalPoint, viewPlaneNormal } = vp.getCamera();
      const n = vol.direction.slice(6, 9);
      if (Math.abs(n[0] * viewPlaneNormal![0] + n[1] * viewPlaneNormal![1] + n[2] * viewPlaneNormal![2]) < 0.99) return;
      const k = Math.round(((focalPoint![0] - vol.origin[0]) * n[0] + (focalPoint![1] - vol.origin[1]) * n[1] + (focalPoint![2] - vol.origin[2]) * n[2]) / vol.spacing[2]);
      const id = vol.imageIds[Math.min(Math.max(k, 0), vol.imageIds.length - 1)];
      load.focus(load.indexOf(id));
    },
    true,
  );
}
