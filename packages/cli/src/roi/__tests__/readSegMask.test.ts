import { describe, expect, it } from 'vitest';
import type { Geometry } from '@caliper/core';
import { readSegMask } from '../readSegMask';
import { grid, voxels } from './grid';

/** Packs 0/1 values LSB-first, frames contiguous (DICOM SEG BINARY). */
function pack(bits: number[]): ArrayBuffer {
  const out = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((b, i) => (out[i >> 3] |= b << (i & 7)));
  return out.buffer;
}

// Frame 1: segment 1 on z = 0, pixels (col 1, row 0) and (col 3, row 2). Frame 2: segment 2 on z = 2, pixel (0, 1).
const f1 = new Array(12).fill(0);
f1[1] = 1;
f1[3 + 4 * 2] = 1;
const f2 = new Array(12).fill(0);
f2[4] = 1;
const frame = (z: number, seg: number) => ({
  PlanePositionSequence: [{ ImagePositionPatient: [0, 0, z] }],
  SegmentIdentificationSequence: [{ ReferencedSegmentNumber: seg }],
});
const seg = {
  Modality: 'SEG',
  Rows: 3,
  Columns: 4,
  BitsAllocated: 1,
  SegmentSequence: [{ SegmentNumber: 1 }, { SegmentNumber: 2 }],
  SharedFunctionalGroupsSequence: [{ PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }], PixelMeasuresSequence: [{ PixelSpacing: [2, 2], SliceThickness: 2 }] }],
  PerFrameFunctionalGroupsSequence: [frame(0, 1), frame(2, 2)],
  PixelData: [pack([...f1, ...f2])],
};

describe('readSegMask (BINARY, frames placed by their own position)', () => {
  it('segment 1 and segment 2 land on their slices', () => {
    const a = readSegMask(seg, grid, 1, 'seg.dcm');
    const b = readSegMask(seg, grid, 2, 'seg.dcm');
    if (!a.ok || !b.ok) throw new Error('read failed');
    expect(voxels(grid.dimensions, a.value.data)).toEqual(['1,0,0', '3,2,0']);
    expect(voxels(grid.dimensions, b.value.data)).toEqual(['0,1,1']);
  });
  it('a target grid in reverse slice order still gets the right voxels', () => {
    const reversed: Geometry = { ...grid, origin: [0, 0, 2] as unknown as Geometry['origin'], sliceDirection: [0, 0, -1] };
    const a = readSegMask(seg, reversed, 1, 'seg.dcm');
    if (!a.ok) throw new Error(a.error);
    expect(voxels(grid.dimensions, a.value.data)).toEqual(['1,0,1', '3,2,1']);
  });
  it('unknown segment: a named error', () => {
    const r = readSegMask(seg, grid, 5, 'seg.dcm');
    expect(r.ok ? '' : r.error).toMatch(/no segment 5/);
  });
});
