import { metaData } from '@cornerstonejs/core';
import { prefetchPart10Instance } from '@cornerstonejs/dicom-image-loader';
import type { Instance } from '@caliper/dicom';
import { isRegistered, markRegistered } from '../../../viewports/prefetch';
import { headerModule } from './headerModule';

const inFlight = new Map<string, Promise<void>>();
const heads = new Map<string, Instance>();
const planes = new Map<string, object>();
let providing = false;

/**
 * Answers Cornerstone's metadata modules for a slice from the header Caliper parsed (headerModule),
 * until its full header is registered (ensureMetadata): Cornerstone looks the plane of every slice
 * up on each render of a volume viewport (getClosestImageId), far too often to leave it unanswered
 * or slow, and copies the series and pixel modules of every slice into derived labelmap images
 * (brush, scissors) whenever a segmentation is created, loaded or not.
 */
export function providePlane(imageId: string, inst: Instance): void {
  heads.set(imageId, inst);
  if (providing) return;
  providing = true;
  metaData.addProvider((type: string, id: string) => {
    if (isRegistered(id)) return undefined;
    const head = heads.get(id);
    if (!head) return undefined;
    if (type !== 'imagePlaneModule') return headerModule(type, head);
    let plane = planes.get(id);
    if (!plane) planes.set(id, (plane = headerModule(type, head)!));
    return plane;
  }, 20_000);
}
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
    const registered = () => {
      markRegistered(imageId);
      planes.delete(imageId);
      heads.delete(imageId);
    };
    p = prefetchPart10Instance(imageId, own).then(registered, registered);
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
