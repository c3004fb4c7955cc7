import { registerImageLoader, type Types } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { appStore } from '../../../app/store';
import { pipelineCanLoad, seriesLoad, seriesLoadOfImage, type SeriesLoad } from './seriesLoad';

/** The load of the series an image belongs to, started if that series is shown in a viewport. */
function loadFor(imageId: string): SeriesLoad | undefined {
  const running = seriesLoadOfImage(imageId);
  if (running) return running;
  const s = appStore.getState();
  for (const a of Object.values(s.assignments)) {
    for (const uid of [a.seriesUID, a.overlayUID]) {
      const series = uid ? s.series[uid] : undefined;
      if (series && series.imageIds.includes(imageId) && pipelineCanLoad(series)) return seriesLoad(series);
    }
  }
  return undefined;
}

/**
 * Takes over Cornerstone's `wadouri` scheme: an image of a series shown in a viewport comes from
 * Caliper's pipeline, which starts streaming the whole series with that image first (a stack
 * scrolled ahead of the load moves the pipeline's focus there). Any other image (thumbnails of
 * series not opened, multi-frame objects) goes to @cornerstonejs/dicom-image-loader as before.
 */
export function registerCaliperImageLoader(): void {
  const fallback = wadouri.loadImageFromNaturalizedMetadata ?? wadouri.loadImage;
  registerImageLoader('wadouri', ((imageId: string, options: unknown) => {
    const load = loadFor(imageId);
    if (load) return { promise: load.imageFor(imageId, true) };
    return (fallback as (id: string, o: unknown) => Types.IImageLoadObject)(imageId, options);
  }) as never);
}
