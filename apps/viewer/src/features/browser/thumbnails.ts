import { cache, utilities } from '@cornerstonejs/core';
import { appStore } from '../../app/store';
import { defaultPreset, voiRangeOf } from '../../viewports/presets';

const queued = new Set<string>();
let running = Promise.resolve();

/** Renders a 64×64 thumbnail of a series' middle image, one at a time, into the store. */
export function queueThumbnail(seriesUID: string): void {
  if (queued.has(seriesUID)) return;
  queued.add(seriesUID);
  running = running.then(async () => {
    // Thumbnails are cosmetic: never compete with a load the user is waiting for.
    while (Object.keys(appStore.getState().progress).length > 0) await new Promise((r) => setTimeout(r, 500));
    const s = appStore.getState().series[seriesUID];
    if (!s?.imageIds.length) return;
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    try {
      const preset = s.modality === 'CT' ? defaultPreset('CT') : undefined;
      const imageId = s.imageIds[Math.floor(s.imageIds.length / 2)];
      const wasCached = !!cache.getImageLoadObject(imageId);
      await utilities.loadImageToCanvas({
        canvas,
        imageId,
        ...(preset ? { viewportOptions: { displayArea: undefined }, voiRange: voiRangeOf(preset) } : {}),
      } as Parameters<typeof utilities.loadImageToCanvas>[0]);
      // Drop the decoded image again: a PET image decoded before its SUV factors were registered
      // would otherwise be reused, unscaled, by the stack/volume.
      if (!wasCached) cache.removeImageLoadObject(imageId, { force: true });
      appStore.getState().setThumbnail(seriesUID, canvas.toDataURL());
    } catch {
      /* a thumbnail is optional; opening the series reports real errors */
    }
  });
}
