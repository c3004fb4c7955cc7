import { prefetchPart10Instance } from '@cornerstonejs/dicom-image-loader';
import { metaData } from '@cornerstonejs/core';
import { parseInstance, type Instance } from '@caliper/dicom';

const done = new Set<string>();
const parsed = new Map<string, Instance>();
/** Parsed by Caliper's pipeline, which keeps only the bytes before Pixel Data. */
const headerOnly = new Set<string>();

/** Records an image whose bytes were already handed to Cornerstone (local files, DICOMweb). */
export function rememberInstance(imageId: string, inst: Instance): void {
  parsed.set(imageId, inst);
  // Its whole file is in memory now, even if the pipeline first remembered only its header.
  headerOnly.delete(imageId);
  done.add(imageId);
}

/** A header parsed by Caliper's progressive loader (its bytes not yet handed to Cornerstone). */
export function rememberParsed(imageId: string, inst: Instance): void {
  parsed.set(imageId, inst);
  headerOnly.add(imageId);
}

/** True once Cornerstone's metadata store knows the image (its header was handed over). */
export const isRegistered = (imageId: string): boolean => done.has(imageId);

export function markRegistered(imageId: string): void {
  done.add(imageId);
}

/** The header of a prefetched image, parsed by packages/dicom. */
export const prefetchedInstance = (imageId: string): Instance | undefined => parsed.get(imageId);

/** A prefetched image with its whole file in memory (local files, DICOMweb): its pixels can be decoded without a fetch. */
export const prefetchedFile = (imageId: string): Instance | undefined => (headerOnly.has(imageId) ? undefined : parsed.get(imageId));

/**
 * Fetches the Part 10 files behind wadouri imageIds and registers them with Cornerstone's metadata
 * store, so a volume can be laid out before its pixels decode. `onProgress` gets files fetched.
 * Returns the imageIds that failed with their reason (the rest can still be used).
 */
export async function prefetchPart10(
  imageIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
  /** Also parse headers with packages/dicom (needed for PET SUV factors). */
  parseHeaders = false,
  concurrency = 6,
): Promise<{ imageId: string; reason: string }[]> {
  const failures: { imageId: string; reason: string }[] = [];
  const todo = imageIds.filter(
    (id) => id.startsWith('wadouri:') && (parseHeaders ? !parsed.has(id) : !done.has(id) && !metaData.get('naturalized', id)),
  );
  let next = 0;
  let finished = imageIds.length - todo.length;
  const worker = async () => {
    while (next < todo.length) {
      const id = todo[next++];
      try {
        const res = await fetch(id.slice('wadouri:'.length));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const buf = await res.arrayBuffer();
        const url = id.slice('wadouri:'.length);
        if (parseHeaders) {
          const inst = parseInstance(new Uint8Array(buf), decodeURIComponent(url.split('/').pop() ?? url));
          if (!inst.ok) throw new Error(inst.error.reason);
          parsed.set(id, inst.value);
        }
        if (!metaData.get('naturalized', id)) await prefetchPart10Instance(id, buf);
        done.add(id);
      } catch (e) {
        failures.push({ imageId: id, reason: e instanceof Error ? e.message : String(e) });
      }
      onProgress?.(++finished, imageIds.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  return failures;
}
