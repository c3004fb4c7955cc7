/**
 * Instances of a DICOMweb series that is listed before its pixels have arrived: the WADO-RS
 * retrieve (dicomwebSeries.ts) streams them in, and the progressive pipeline waits here for the one
 * it wants next instead of fetching it. Any other image is not tracked (`partArrival` → undefined).
 */
interface Pending {
  readonly promise: Promise<void>;
  resolve: () => void;
  reject: (e: Error) => void;
  settled: boolean;
}

const pending = new Map<string, Pending>();

/** These images' bytes will come from a streamed retrieve. */
export function expectParts(imageIds: readonly string[]): void {
  for (const id of imageIds) {
    if (pending.has(id)) continue;
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((a, b) => {
      resolve = a;
      reject = b;
    });
    promise.catch(() => undefined);
    pending.set(id, { promise, resolve, reject, settled: false });
  }
}

/** True while an expected image has neither arrived nor failed. */
export const isAwaited = (imageId: string): boolean => pending.get(imageId)?.settled === false;

/** The image's bytes are in (its instance remembered, its Part 10 handed to Cornerstone). */
export function partArrived(imageId: string): void {
  const p = pending.get(imageId);
  if (!p || p.settled) return;
  p.settled = true;
  p.resolve();
}

/** The retrieve ended without this image: the pipeline names it with this reason. */
export function partFailed(imageId: string, reason: string): void {
  const p = pending.get(imageId);
  if (!p || p.settled) return;
  p.settled = true;
  p.reject(new Error(reason));
}

/** Settles when a streamed image has arrived (rejects with the retrieve's error); undefined for any other image. */
export const partArrival = (imageId: string): Promise<void> | undefined => pending.get(imageId)?.promise;
