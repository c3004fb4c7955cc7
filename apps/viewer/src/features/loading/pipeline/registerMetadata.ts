import { prefetchPart10Instance } from '@cornerstonejs/dicom-image-loader';
import type { Instance } from '@caliper/dicom';
import { isRegistered, markRegistered } from '../../../viewports/prefetch';

const inFlight = new Map<string, Promise<void>>();
const queue: [string, Instance][] = [];
let draining = false;

/**
 * Registers an image's header with Cornerstone's metadata store (naturalised by
 * @cornerstonejs/metadata: ~3 ms a header, so never on the critical path of a whole series): now for
 * a slice about to be shown in a stack, in the background (`queueMetadata`) for the rest. Only the
 * header bytes are given: Caliper's loader, not Cornerstone's, decodes the pixels.
 */
export function ensureMetadata(imageId: string, _bytes: Uint8Array | undefined, head: Instance | undefined): Promise<void> {
  if (isRegistered(imageId) || !head) return Promise.resolve();
  let p = inFlight.get(imageId);
  if (!p) {
    const b = head.byteArray;
    const own = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? (b.buffer as ArrayBuffer) : (b.slice().buffer as ArrayBuffer);
    p = prefetchPart10Instance(imageId, own).then(
      () => markRegistered(imageId),
      () => markRegistered(imageId),
    );
    inFlight.set(imageId, p);
    void p.finally(() => inFlight.delete(imageId));
  }
  return p;
}

/** Registers headers in the background, a few at a time between frames. */
export function queueMetadata(imageId: string, head: Instance): void {
  if (isRegistered(imageId)) return;
  queue.push([imageId, head]);
  if (draining) return;
  draining = true;
  const step = async () => {
    const t0 = performance.now();
    while (queue.length && performance.now() - t0 < 12) {
      const [id, h] = queue.shift()!;
      await ensureMetadata(id, undefined, h);
    }
    if (queue.length) setTimeout(step, 4);
    else draining = false;
  };
  setTimeout(step, 0);
}
