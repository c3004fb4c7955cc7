import { volumeLoader, cache, type Types } from '@cornerstonejs/core';
import { appStore } from '../app/store';
import type { SeriesEntry } from '../app/types';
import { prepareSeries } from './prepareSeries';

export const volumeIdOf = (seriesUID: string) => `cornerstoneStreamingImageVolume:${seriesUID}`;

const pending = new Map<string, Promise<Types.IImageVolume>>();

/**
 * Creates (once) and starts streaming the volume of a series. Resolves when the volume is laid out
 * (metadata known), not when all pixels are in; progress goes to the store under `volume:<uid>`.
 */
export function ensureVolume(series: SeriesEntry): Promise<Types.IImageVolume> {
  const id = volumeIdOf(series.seriesInstanceUID);
  const cached = cache.getVolume(id) as Types.IImageVolume | undefined;
  if (cached) return Promise.resolve(cached);
  let p = pending.get(id);
  if (p) return p;
  p = (async () => {
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
      volumeLoaded.add(id);
      performance.mark(`caliper:volume-loaded:${series.seriesInstanceUID}`);
      for (const cb of loadedCallbacks.get(id) ?? []) cb();
      loadedCallbacks.delete(id);
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
