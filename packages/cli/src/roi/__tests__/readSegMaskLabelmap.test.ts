import { describe, expect, it } from 'vitest';
import { readSegMask } from '../readSegMask';
import { grid, voxels } from './grid';

// Label Map SEG (Sup 243): one 4×3 frame per slice holding every segment, no Segment Identification.
// Slice z = 0: label 1 at (1, 0), label 2 at (3, 2); slice z = 2: label 1 at (0, 1).
const labels = new Uint8Array(24);
labels[1] = 1;
labels[3 + 4 * 2] = 2;
labels[12 + 4] = 1;
const labelmap = (pixelData: ArrayBuffer, extra: Record<string, unknown> = {}) => ({
  SOPClassUID: '1.2.840.10008.5.1.4.1.1.66.7',
  Modality: 'SEG',
  SegmentationType: 'LABELMAP',
  Rows: 3,
  Columns: 4,
  BitsAllocated: 8,
  SegmentSequence: [{ SegmentNumber: 1 }, { SegmentNumber: 2 }],
  SharedFunctionalGroupsSequence: [{ PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }], PixelMeasuresSequence: [{ PixelSpacing: [2, 2], SliceThickness: 2 }] }],
  PerFrameFunctionalGroupsSequence: [0, 2].map((z) => ({ PlanePositionSequence: [{ ImagePositionPatient: [0, 0, z] }] })),
  PixelData: [pixelData],
  ...extra,
});

describe('readSegMask: Label Map SEG', () => {
  it('label n is segment n on every frame (8-bit)', () => {
    const one = readSegMask(labelmap(labels.slice().buffer), grid, 1, 'lm.dcm');
    const two = readSegMask(labelmap(labels.slice().buffer), grid, 2, 'lm.dcm');
    expect(one.ok && voxels(grid.dimensions, one.value.data)).toEqual(['1,0,0', '0,1,1']);
    expect(two.ok && voxels(grid.dimensions, two.value.data)).toEqual(['3,2,0']);
  });

  it('16-bit labels, little endian', () => {
    const wide = new Uint8Array(Uint16Array.from(labels).buffer);
    const two = readSegMask(labelmap(wide.buffer, { BitsAllocated: 16 }), grid, 2, 'lm.dcm');
    expect(two.ok && voxels(grid.dimensions, two.value.data)).toEqual(['3,2,0']);
  });

  it('pixel data short of the frames is named, not read as empty', () => {
    expect(readSegMask(labelmap(labels.slice(0, 12).buffer), grid, 1, 'lm.dcm')).toEqual({ ok: false, error: 'lm.dcm: Pixel Data holds 1 of 2 frames (truncated, or compressed pixel data)' });
  });
});
