import * as nifti from 'nifti-reader-js';
import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { SourceMask } from '@caliper/engine';

/**
 * Reads a NIfTI-1/2 mask (.nii or .nii.gz) as a SourceMask whose affine maps voxel (i,j,k) to
 * DICOM patient LPS mm. NIfTI world space is RAS, so the x and y rows of the affine are negated.
 * The sform is used when sform_code > 0 (NIfTI-1 standard), else the qform, else pixdim scaling;
 * nifti-reader-js prefers the qform when its code is higher, so the srow_* are re-read here then.
 * Voxel values are returned with scl_slope/inter applied when set.
 */
export function readNiftiMask(bytes: Uint8Array, name: string): Result<SourceMask, string> {
  try {
    let buf: ArrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    if (nifti.isCompressed(buf)) buf = nifti.decompress(buf) as ArrayBuffer;
    if (!nifti.isNIFTI(buf)) return err(`${name}: not a NIfTI file`);
    const h = nifti.readHeader(buf);
    const dims: [number, number, number] = [h.dims[1], Math.max(1, h.dims[2]), Math.max(1, h.dims[3])];
    if (h.dims[0] > 3 && h.dims.slice(4, h.dims[0] + 1).some((d) => d > 1)) return err(`${name}: 4D NIfTI masks are not supported`);
    const image = nifti.readImage(h, buf);
    const data = typedView(h.datatypeCode, image, dims[0] * dims[1] * dims[2], h.littleEndian);
    if (!data) return err(`${name}: NIfTI datatype ${h.datatypeCode} not supported for masks`);
    const a = h.affine.map((r) => [...r]);
    if (h.sform_code > 0 && h.qform_code > h.sform_code && h instanceof nifti.NIFTI1) {
      const dv = new DataView(buf);
      for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) a[r][c] = dv.getFloat32(280 + (r * 4 + c) * 4, h.littleEndian);
    }
    const lps = [-a[0][0], -a[0][1], -a[0][2], -a[0][3], -a[1][0], -a[1][1], -a[1][2], -a[1][3], a[2][0], a[2][1], a[2][2], a[2][3], 0, 0, 0, 1];
    const slope = h.scl_slope && Number.isFinite(h.scl_slope) ? h.scl_slope : 1;
    const inter = Number.isFinite(h.scl_inter) ? h.scl_inter : 0;
    const values = slope === 1 && inter === 0 ? data : Float32Array.from(data, (v) => v * slope + inter);
    return ok({ dimensions: dims, data: values, affine: lps });
  } catch (e) {
    return err(`${name}: cannot read NIfTI (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Voxel values as numbers, honouring the header's byte order (DataView for multi-byte types). */
function typedView(code: number, buf: ArrayBuffer, n: number, littleEndian: boolean): ArrayLike<number> | undefined {
  const T = nifti.NIFTI1;
  if (code === T.TYPE_UINT8) return new Uint8Array(buf, 0, n);
  if (code === T.TYPE_INT8) return new Int8Array(buf, 0, n);
  const dv = new DataView(buf);
  const readers: Record<number, [number, (o: number) => number]> = {
    [T.TYPE_INT16]: [2, (o) => dv.getInt16(o, littleEndian)],
    [T.TYPE_UINT16]: [2, (o) => dv.getUint16(o, littleEndian)],
    [T.TYPE_INT32]: [4, (o) => dv.getInt32(o, littleEndian)],
    [T.TYPE_UINT32]: [4, (o) => dv.getUint32(o, littleEndian)],
    [T.TYPE_FLOAT32]: [4, (o) => dv.getFloat32(o, littleEndian)],
    [T.TYPE_FLOAT64]: [8, (o) => dv.getFloat64(o, littleEndian)],
  };
  const r = readers[code];
  if (!r) return undefined;
  const [size, read] = r;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = read(i * size);
  return out;
}
