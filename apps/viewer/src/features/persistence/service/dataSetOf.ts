import dicomParser from 'dicom-parser';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { prefetchedInstance } from '../../../viewports/prefetch';

interface DataSetLike { string(tag: string): string | undefined }
const parsed = new Map<string, DataSetLike | null>();

/** The header of an image: the loader's parsed data set, else the bytes the viewer registered (files, DICOMweb). */
function dataSetOf(imageId: string): DataSetLike | undefined {
  try {
    const ds = wadouri.dataSetCacheManager.get(wadouri.parseImageId(imageId).url) as DataSetLike | undefined;
    if (ds) return ds;
  } catch {
    /* not a wadouri imageId */
  }
  let hit = parsed.get(imageId);
  if (hit === undefined) {
    const inst = prefetchedInstance(imageId);
    try {
      hit = inst ? (dicomParser.parseDicom(inst.byteArray, { untilTag: 'x7fe00010' }) as DataSetLike) : null;
    } catch {
      hit = null;
    }
    parsed.set(imageId, hit);
  }
  return hit ?? undefined;
}

/** The string value of a tag (e.g. 'x00080018') of an image. */
export function tagOf(imageId: string, tag: string): string | undefined {
  const v = dataSetOf(imageId)?.string(tag);
  return v === undefined || v === '' ? undefined : v;
}
