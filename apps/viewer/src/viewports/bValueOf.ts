import { metaData } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { readBValue, type BValue } from '@caliper/dicom';
import { prefetchedInstance } from './prefetch';

/**
 * b-value (s/mm²) of a displayed MR image, from the header Caliper parsed or the one Cornerstone's
 * loader holds for it (DiffusionBValue (0018,9087) or the vendor tags @caliper/dicom readBValue
 * knows). undefined for other modalities or when no header is at hand yet (no fetch: it is
 * called on every render).
 */
export function bValueOf(imageId: string | undefined): BValue | undefined {
  if (!imageId) return undefined;
  const modality = (metaData.get('generalSeriesModule', imageId) as { modality?: string } | undefined)?.modality;
  if (modality !== 'MR') return undefined;
  const inst = prefetchedInstance(imageId);
  if (inst) return readBValue(inst.dataSet);
  if (!imageId.startsWith('wadouri:')) return undefined;
  const ds = wadouri.dataSetCacheManager.get(wadouri.parseImageId(imageId).url);
  return ds ? readBValue(ds) : undefined;
}
