import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface NiftiImage {
  readonly dims: [number, number, number];
  readonly pixdim: [number, number, number];
  readonly data: Float64Array;
  /** sform rows (voxel -> RAS mm), row-major 3x4 plus [0,0,0,1]. */
  readonly affine: number[];
}

/** Minimal NIfTI-1 reader for the conformance fixtures (little-endian, scalar types). */
export function readNifti(path: string): NiftiImage {
  let buf = readFileSync(path);
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getInt32(0, true) !== 348) throw new Error('not a little-endian NIfTI-1 file');
  const dims: [number, number, number] = [dv.getInt16(42, true), dv.getInt16(44, true), Math.max(1, dv.getInt16(46, true))];
  const datatype = dv.getInt16(70, true);
  const pixdim: [number, number, number] = [dv.getFloat32(80, true), dv.getFloat32(84, true), dv.getFloat32(88, true)];
  const voxOffset = dv.getFloat32(108, true);
  const slope = dv.getFloat32(112, true) || 1;
  const inter = dv.getFloat32(116, true);
  const affine: number[] = [];
  for (let q = 0; q < 12; q++) affine.push(dv.getFloat32(280 + 4 * q, true));
  affine.push(0, 0, 0, 1);
  const n = dims[0] * dims[1] * dims[2];
  const readers: Record<number, [number, (o: number) => number]> = {
    2: [1, (o) => dv.getUint8(o)],
    4: [2, (o) => dv.getInt16(o, true)],
    8: [4, (o) => dv.getInt32(o, true)],
    16: [4, (o) => dv.getFloat32(o, true)],
    64: [8, (o) => dv.getFloat64(o, true)],
    256: [1, (o) => dv.getInt8(o)],
    512: [2, (o) => dv.getUint16(o, true)],
  };
  const r = readers[datatype];
  if (!r) throw new Error(`unsupported NIfTI datatype ${datatype}`);
  const data = new Float64Array(n);
  for (let q = 0; q < n; q++) data[q] = r[1](voxOffset + q * r[0]) * slope + inter;
  return { dims, pixdim, data, affine };
}
