import { volumeLoader, cache, type Types } from '@cornerstonejs/core';
import { appStore } from '../app/store';
import type { SeriesEntry } from '../app/types';
import { prepareSeries } from './prepareSeries';
import { loaderMode } from '../features/loading/pipeline/loaderMode';
import { forgetSeriesLoad, pipelineCanLoad, seriesLoad } from '../features/loading/pipeline/seriesLoad';
import { CALIPER_VOLUME_SCHEME } from '../features/loading/pipeline/caliperVolumeLoader';
import { seriesComplete, setEvictor, touchSeries } from '../features/loading/cache/volumeCache';

/** True when Caliper's pipeline (not Cornerstone's image loader) loads this series' volume. */
const viaPipeline = (series: SeriesEntry | undefined): boolean => loaderMode() === 'caliper' && !!series && pipelineCanLoad(series);

export const volumeIdOf = (seriesUID: string) =>
  viaPipeline(appStore.getState().series[seriesUID]) ? `${CALIPER_VOLUME_SCHEME}:${seriesUID}` : `cornerstoneStreamingImageVolume:${seriesUID}`;

const pending = new Map<string, Promise<Types.IImageVolume>>();

/**
 * Creates (once) and starts streaming the volume of a series. Resolves when the volume is laid out
 * (headers known), not when all pixels are in: with Caliper's pipeline, slices already decoded (e.g.
 * for the stack) are in at once and the rest land as they decode; progress goes to the store.
 */
export function ensureVolume(series: SeriesEntry): Promise<Types.IImageVolume> {
  const id = volumeIdOf(series.seriesInstanceUID);
  touchSeries(series.seriesInstanceUID);
  const cached = cache.getVolume(id) as Types.IImageVolume | undefined;
  if (cached) return Promise.resolve(cached);
  let p = pending.get(id);
  if (p) return p;
  const done = () => {
    volumeLoaded.add(id);
    performance.mark(`caliper:volume-loaded:${series.seriesInstanceUID}`);
    for (const cb of loadedCallbacks.get(id) ?? []) cb();
    loadedCallbacks.delete(id);
  };
  p = (async () => {
    if (viaPipeline(series)) {
      seriesLoad(series);
      const volume = (await volumeLoader.createAndCacheVolume(id, { imageIds: [...series.imageIds] })) as Types.IImageVolume & { load: (cb: () => void) => void };
      volume.load(done);
      return volume;
    }
    const key = `volume:${series.seriesInstanceUID}`;
    const { setProgress } = appStore.getState();
    const label = `${series.modality} ${series.seriesDescription}`;
    const ok = await prepareSeries(series);
    const volume = (await volumeLoader.createAndCacheVolume(id, { imageIds: [...ok] })) as Types.IImageVolume & {
      framesLoaded?: number;
      numFrames?: number;
      load: (cb: () => void) => void;
    };
    const total = ok.length;
    setProgress(key, { label: `Loading ${label}`, done: 0, total });
    const timer = setInterval(() => {
      setProgress(key, { label: `Loading ${label}`, done: volume.framesLoaded ?? 0, total });
    }, 150);
    volume.load(() => {
      // Called once all frames are in (or failed).
      clearInterval(timer);
      setProgress(key, null);
      const [x, y, z] = volume.dimensions;
      const perVoxel = (volume.voxelManager?.getConstructor?.() as { BYTES_PER_ELEMENT?: number } | undefined)?.BYTES_PER_ELEMENT ?? 4;
      seriesComplete(series.seriesInstanceUID, x * y * z * perVoxel);
      done();
    });
    return volume;
  })();
  pending.set(id, p);
  p.catch(() => pending.delete(id));
  return p;
}

const volumeLoaded = new Set<string>();
const loadedCallbacks = new Map<string, (() => void)[]>();

/** Resolves when every frame of the volume has been loaded. */
export function whenVolumeLoaded(seriesUID: string): Promise<void> {
  const id = volumeIdOf(seriesUID);
  if (volumeLoaded.has(id)) return Promise.resolve();
  return new Promise((resolve) => loadedCallbacks.set(id, [...(loadedCallbacks.get(id) ?? []), resolve]));
}

/**
 * Drops a series evicted from the volume cache (features/loading/cache): its volume (and texture),
 * its images and its pipeline load. The next ensureVolume loads it again from its source.
 */
function evictSeries(seriesUID: string): void {
  for (const id of [`${CALIPER_VOLUME_SCHEME}:${seriesUID}`, `cornerstoneStreamingImageVolume:${seriesUID}`]) {
    pending.delete(id);
    volumeLoaded.delete(id);
    if (cache.getVolume(id)) cache.removeVolumeLoadObject(id);
  }
  for (const imageId of appStore.getState().series[seriesUID]?.imageIds ?? []) {
    if (cache.getImageLoadObject(imageId)) cache.removeImageLoadObject(imageId, { force: true });
  }
  forgetSeriesLoad(seriesUID);
}
setEvictor(evictSeries);
