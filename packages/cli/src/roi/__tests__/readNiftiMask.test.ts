import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { mapMaskByAffine } from '@caliper/engine';
import { readNiftiMask } from '../readNiftiMask';
import { grid, voxels } from './grid';

/** A NIfTI-1 (.nii) uint8 volume with either an sform or a qform. */
function nifti(dims: [number, number, number], data: number[], form: { srow?: number[][]; q?: { pixdim: number[]; offset: number[]; qfac?: number } }): Uint8Array {
  const buf = new ArrayBuffer(352 + data.length);
  const v = new DataView(buf);
  v.setInt32(0, 348, true);
  [3, ...dims, 1, 1, 1, 1].forEach((d, i) => v.setInt16(40 + 2 * i, d, true));
  v.setInt16(70, 2, true); // DT_UINT8
  v.setInt16(72, 8, true);
  const pix = form.q ? [form.q.qfac ?? 1, ...form.q.pixdim] : [1, 1, 1, 1];
  pix.forEach((p, i) => v.setFloat32(76 + 4 * i, p, true));
  v.setFloat32(108, 352, true);
  if (form.srow) {
    v.setInt16(254, 1, true);
    form.srow.flat().forEach((x, i) => v.setFloat32(280 + 4 * i, x, true));
  }
  if (form.q) {
    v.setInt16(252, 1, true);
    form.q.offset.forEach((x, i) => v.setFloat32(268 + 4 * i, x, true));
  }
  new Uint8Array(buf, 344, 4).set([0x6e, 0x2b, 0x31, 0]);
  new Uint8Array(buf, 352).set(data);
  return new Uint8Array(buf);
}

// Source voxels (0,0,0), (3,2,1) and (1,1,0) set on a 4x3x2 grid.
const data = new Array(24).fill(0);
data[0] = 1;
data[3 + 4 * (2 + 3 * 1)] = 1;
data[1 + 4 * 1] = 1;

describe('readNiftiMask: RAS affine → LPS, mapped onto DICOM grids', () => {
  it('sform with x and y flipped (RAS −x,−y = LPS +x,+y) lands voxel-for-voxel on the LPS grid', () => {
    const srow = [[-2, 0, 0, 0], [0, -2, 0, 0], [0, 0, 2, 0]];
    const src = readNiftiMask(nifti([4, 3, 2], data, { srow }), 'm.nii');
    if (!src.ok) throw new Error(src.error);
    expect(src.value.affine.slice(0, 12)).toEqual([2, -0, -0, -0, -0, 2, -0, -0, 0, 0, 2, 0]);
    expect(voxels(grid.dimensions, mapMaskByAffine(grid, src.value).data)).toEqual(['0,0,0', '1,1,0', '3,2,1']);
  });
  it('gzip + qform (identity rotation, 2 mm): RAS i axis = LPS −x, so on an L→R-flipped DICOM grid it is the same voxels', () => {
    const bytes = gzipSync(nifti([4, 3, 2], data, { q: { pixdim: [2, 2, 2], offset: [0, 0, 0] } }));
    const src = readNiftiMask(bytes, 'm.nii.gz');
    if (!src.ok) throw new Error(src.error);
    // RAS (2i, 2j, 2k) = LPS (−2i, −2j, 2k): a grid running along −x and −y from the origin.
    const flipped: Geometry = { ...grid, rowDirection: [-1, 0, 0], columnDirection: [0, -1, 0] };
    expect(voxels(grid.dimensions, mapMaskByAffine(flipped, src.value).data)).toEqual(['0,0,0', '1,1,0', '3,2,1']);
    // On the ordinary grid with origin at the far corner the i and j indices reverse.
    const shifted: Geometry = { ...grid, origin: patientPoint(-6, -4, 0) };
    expect(voxels(grid.dimensions, mapMaskByAffine(shifted, src.value).data)).toEqual(['2,1,0', '3,2,0', '0,0,1']);
  });
  it('not NIfTI: a named error', () => {
    const r = readNiftiMask(new Uint8Array(400), 'x.nii');
    expect(r.ok).toBe(false);
  });
});
