import { metaData } from '@cornerstonejs/core';
import { prefetchPart10Instance } from '@cornerstonejs/dicom-image-loader';
import type { Instance } from '@caliper/dicom';
import { isRegistered, markRegistered } from '../../../viewports/prefetch';

const inFlight = new Map<string, Promise<void>>();
const planes = new Map<string, object>();
let providing = false;

/**
 * Answers Cornerstone's imagePlaneModule for a slice from the header Caliper parsed, until its full
 * header is registered (ensureMetadata): Cornerstone looks the plane of every slice up on each
 * render of a volume viewport (getClosestImageId), far too often to leave it unanswered or slow.
 * Same fields and conventions as @cornerstonejs/metadata (pixelSpacing = [row, column] spacing).
 */
export function providePlane(imageId: string, inst: Instance): void {
  const iop = inst.imageOrientationPatient;
  const ps = inst.pixelSpacing;
  planes.set(imageId, {
    frameOfReferenceUID: inst.frameOfReferenceUID,
    rows: inst.rows,
    columns: inst.columns,
    imageOrientationPatient: iop ? [...iop] : undefined,
    rowCosines: iop ? [iop[0], iop[1], iop[2]] : undefined,
    columnCosines: iop ? [iop[3], iop[4], iop[5]] : undefined,
    imagePositionPatient: inst.imagePositionPatient ? [...inst.imagePositionPatient] : undefined,
    sliceThickness: inst.sliceThickness,
    pixelSpacing: ps ? [ps[0], ps[1]] : undefined,
    rowPixelSpacing: ps?.[0],
    columnPixelSpacing: ps?.[1],
  });
  if (providing) return;
  providing = true;
  metaData.addProvider((type: string, id: string) => (type === 'imagePlaneModule' && !isRegistered(id) ? planes.get(id) : undefined), 20_000);
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
