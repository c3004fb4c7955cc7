import { wadouri } from '@cornerstonejs/dicom-image-loader';

/** The string value of a tag (e.g. 'x00080018') of an image, from the loader's parsed data set. */
export function tagOf(imageId: string, tag: string): string | undefined {
  try {
    const ds = wadouri.dataSetCacheManager.get(wadouri.parseImageId(imageId).url) as { string(t: string): string | undefined } | undefined;
    const v = ds?.string(tag);
    return v === undefined || v === '' ? undefined : v;
  } catch {
    return undefined;
  }
}
