import { bytesPerVoxel, parseInstance, sliceDataType } from '@caliper/dicom';
import { decodeInPool } from './decodePool';
import { middleOut } from './sliceOrder';

export interface DecodeFloor {
  readonly slices: number;
  /** Every file fetched and its header parsed, ms. */
  readonly fetchMs: number;
  /** Every file fetched, parsed and decoded into one buffer, ms: the floor a viewer can approach. */
  readonly totalMs: number;
  /** Sum of the decoded voxels (a checksum against the viewer's volume). */
  readonly sum: number;
}

/**
 * The decode floor of a series (`pnpm bench load`): the same fetches, header parser, codecs and
 * worker pool as the pipeline, writing into one SharedArrayBuffer, with no viewer at all.
 */
export async function decodeFloor(urls: readonly string[]): Promise<DecodeFloor> {
  const t0 = performance.now();
  const files: Uint8Array[] = new Array(urls.length);
  let next = 0;
  const order = middleOut(urls.length);
  let fetchMs = 0;
  let fetched = 0;
  let out: Int16Array | Uint16Array | Uint8Array | Float32Array | undefined;
  let plane = 0;
  const decodes: Promise<unknown>[] = [];
  const take = (i: number, bytes: Uint8Array) => {
    const r = parseInstance(bytes, urls[i]);
    if (!r.ok) throw new Error(r.error.reason);
    const h = r.value;
    if (!out) {
      const type = sliceDataType({ bitsAllocated: h.bitsAllocated, bitsStored: h.bitsStored, pixelRepresentation: h.pixelRepresentation, rescales: [[h.rescaleSlope, h.rescaleIntercept]] });
      plane = h.rows * h.columns;
      const Ctor = { Uint8Array, Int16Array, Uint16Array, Float32Array }[type];
      out = new Ctor(new SharedArrayBuffer(urls.length * plane * bytesPerVoxel(type)) as unknown as ArrayBuffer);
    }
    decodes.push(decodeInPool('decode-floor', i, { bytes, name: urls[i], frame: 0, out, offset: i * plane, type: 'Float32Array', plane }));
  };
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < order.length) {
        const i = order[next++];
        const res = await fetch(urls[i]);
        files[i] = new Uint8Array(await res.arrayBuffer());
        take(i, files[i]);
        if (++fetched === urls.length) fetchMs = performance.now() - t0;
      }
    }),
  );
  await Promise.all(decodes);
  const totalMs = performance.now() - t0;
  let sum = 0;
  for (let i = 0; i < (out?.length ?? 0); i++) sum += out![i];
  return { slices: urls.length, fetchMs, totalMs, sum };
}
