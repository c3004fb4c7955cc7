import { metaData } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { readBValue, type BValue } from '@caliper/dicom';
import { prefetchPart10, prefetchedInstance } from './prefetch';

const pending = new Set<string>();

/**
 * b-value (s/mm²) of a displayed MR image, from the header Caliper parsed or the one Cornerstone's
 * loader holds for it (DiffusionBValue (0018,9087) or the vendor tags @caliper/dicom readBValue
 * knows). It is called on every render, so it never waits: when no header is at hand it starts
 * parsing it and calls `whenParsed` once it is (the caller redraws), returning undefined meanwhile.
 */
export function bValueOf(imageId: string | undefined, whenParsed?: () => void): BValue | undefined {
  if (!imageId) return undefined;
  const modality = (metaData.get('generalSeriesModule', imageId) as { modality?: string } | undefined)?.modality;
  if (modality !== 'MR') return undefined;
  const inst = prefetchedInstance(imageId);
  if (inst) return readBValue(inst.dataSet);
  if (!imageId.startsWith('wadouri:')) return undefined;
  const ds = wadouri.dataSetCacheManager.get(wadouri.parseImageId(imageId).url);
  if (ds) return readBValue(ds);
  if (!pending.has(imageId)) {
    pending.add(imageId);
    prefetchPart10([imageId], undefined, true)
      .then(() => whenParsed?.())
      .finally(() => pending.delete(imageId));
  }
  return undefined;
}
