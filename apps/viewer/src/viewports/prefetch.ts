import { prefetchPart10Instance } from '@cornerstonejs/dicom-image-loader';
import { metaData } from '@cornerstonejs/core';

const done = new Set<string>();

/**
 * Fetches the Part 10 files behind wadouri imageIds and registers them with Cornerstone's metadata
 * store, so a volume can be laid out before its pixels decode. `onProgress` gets files fetched.
 * Returns the imageIds that failed with their reason (the rest can still be used).
 */
export async function prefetchPart10(
  imageIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
  concurrency = 6,
): Promise<{ imageId: string; reason: string }[]> {
  const failures: { imageId: string; reason: string }[] = [];
  const todo = imageIds.filter((id) => id.startsWith('wadouri:') && !done.has(id) && !metaData.get('naturalized', id));
  let next = 0;
  let finished = imageIds.length - todo.length;
  const worker = async () => {
    while (next < todo.length) {
      const id = todo[next++];
      try {
        const res = await fetch(id.slice('wadouri:'.length));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        await prefetchPart10Instance(id, await res.arrayBuffer());
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
